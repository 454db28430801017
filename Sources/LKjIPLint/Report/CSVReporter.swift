/// `--format csv`: one row per finding, for an auditor's spreadsheet working paper.
/// RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
/// quoted with doubled quotes. Column names stay English so formulas and scripts keep
/// working whatever `--lang` the messages are in.
public struct CSVReporter: Reporter {
    public init() {}
    public static let columns = ["file", "unit", "year", "rule", "severity", "line", "location", "stated", "expected", "message"]

    public func render(_ results: [FileResult], language: Language) -> String {
        var out = CSVReporter.row(CSVReporter.columns)
        for r in results {
            let id = r.identity ?? r.document.map { ReportIdentity.detect($0) } ?? ReportIdentity()
            let head = [r.path, id.unit ?? "", id.year.map(String.init) ?? ""]
            if let e = r.error {
                out += CSVReporter.row(head + ["input", "error", "", "", "", "", e.problem.text(language)])
                continue
            }
            for d in r.diagnostics {
                let location = OriginText.of(r.document, d.location, language) ?? "\(d.location.line):\(d.location.column)"
                out += CSVReporter.row(head + [d.rule, d.severity.rawValue, String(d.location.line), location,
                                               d.stated ?? "", d.expected ?? "", d.message.text(language)])
            }
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
