import Foundation

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
public struct SARIFReporter: Reporter {
    public init() {}
    public static let version = ToolVersion.current

    public func render(_ results: [FileResult], language: Language) -> String {
        let descriptions = CheckRegistry.descriptions
        let rules: [[String: Any]] = descriptions.map { d in
            var rule: [String: Any] = [
                "id": d.id,
                "name": d.id.split(separator: "-").map { $0.capitalized }.joined(),
                "shortDescription": ["text": d.summary.text(language)],
                "fullDescription": ["text": d.rationale.text(language)],
                "defaultConfiguration": ["level": SARIFReporter.level(d.severity)],
                "helpUri": "https://github.com/lkjip-lint/lkjip-lint#rules",
            ]
            if let s = d.source { rule["properties"] = ["source": s] }
            return rule
        }
        let index = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.id, $0) })
        var sarifResults: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for r in results {
            let uri = SARIFReporter.relativeURI(r.path)
            if let e = r.error {
                notifications.append(["level": "error", "message": ["text": e.problem.text(language)],
                                      "locations": [["physicalLocation": ["artifactLocation": ["uri": uri]]]]])
                continue
            }
            for d in r.diagnostics {
                var res: [String: Any] = [
                    "ruleId": d.rule,
                    "level": SARIFReporter.level(d.severity),
                    "message": ["text": d.message.text(language)],
                    "locations": [["physicalLocation": [
                        "artifactLocation": ["uri": uri],
                        "region": ["startLine": d.location.line, "startColumn": d.location.column],
                    ]]],
                ]
                if let i = index[d.rule] { res["ruleIndex"] = i }
                if !d.related.isEmpty {
                    res["relatedLocations"] = d.related.enumerated().map { i, rel in
                        ["id": i + 1, "message": ["text": rel.message.text(language)],
                         "physicalLocation": ["artifactLocation": ["uri": uri],
                                              "region": ["startLine": rel.location.line, "startColumn": rel.location.column]]] as [String: Any]
                    }
                }
                var props: [String: Any] = [:]
                if let s = d.stated { props["stated"] = s }
                if let e = d.expected { props["expected"] = e }
                if let o = OriginText.of(r.document, d.location, language) { props["location"] = o }
                if let o = r.document?.origin(d.location.line) {
                    if let v = o.page { props["page"] = v }
                    if let v = o.paragraph { props["paragraph"] = v }
                    if let v = o.table { props["table"] = v }
                    if let v = o.row { props["row"] = v }
                }
                if let c = OriginText.columnName(r.document, d.location) { props["columnName"] = c }
                if !props.isEmpty { res["properties"] = props }
                sarifResults.append(res)
            }
        }
        var invocation: [String: Any] = ["executionSuccessful": notifications.isEmpty]
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = notifications }
        let root: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "lkjip-lint", "version": SARIFReporter.version,
                                    "informationUri": "https://github.com/lkjip-lint/lkjip-lint", "rules": rules]],
                "results": sarifResults,
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ s: Severity) -> String { s == .error ? "error" : s == .warning ? "warning" : "note" }

    /// Repository-relative path with forward slashes, as code scanning matches files.
    static func relativeURI(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        var rel = abs.hasPrefix(cwd + "/") ? String(abs.dropFirst(cwd.count + 1)) : path
        if rel.hasPrefix("./") { rel.removeFirst(2) }
        return rel.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
    }
}
