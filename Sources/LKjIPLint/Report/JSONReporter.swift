import Foundation

/// `--format json`: the shape CI scripts parse. Keys sorted, order of files and findings stable.
public struct JSONReporter: Reporter {
    public init() {}

    struct Related: Encodable { let line: Int, column: Int, message: String }
    struct Item: Encodable {
        let rule: String, severity: String, line: Int, column: Int, message: String
        let stated: String?, expected: String?, related: [Related]
        /// Where a person finds it in a .docx/.pdf: as one phrase and as fields.
        let location: String?
        let page: Int?, paragraph: Int?, table: Int?, row: Int?, columnName: String?
    }
    struct File: Encodable { let path: String, unit: String?, year: Int?, diagnostics: [Item], error: String? }
    struct Totals: Encodable { let errors: Int, warnings: Int, infos: Int }
    struct Root: Encodable { let files: [File], summary: Totals }

    public func render(_ results: [FileResult], language: Language) -> String {
        let files = results.map { r in
            File(path: r.path, unit: r.identity?.unit, year: r.identity?.year, diagnostics: r.diagnostics.map { d in
                let o = r.document?.origin(d.location.line)
                return Item(rule: d.rule, severity: d.severity.rawValue, line: d.location.line, column: d.location.column,
                            message: d.message.text(language), stated: d.stated, expected: d.expected,
                            related: d.related.map { Related(line: $0.location.line, column: $0.location.column, message: $0.message.text(language)) },
                            location: OriginText.of(r.document, d.location, language),
                            page: o?.page, paragraph: o?.paragraph, table: o?.table, row: o?.row,
                            columnName: OriginText.columnName(r.document, d.location))
            }, error: r.error?.problem.text(language))
        }
        let s = Summary(results)
        let root = Root(files: files, summary: Totals(errors: s.errors, warnings: s.warnings, infos: s.infos))
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(root)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
