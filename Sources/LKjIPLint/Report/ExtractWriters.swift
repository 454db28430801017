import Foundation

/// `lkjip-lint extract` output: CSV (one row per figure, RFC 4180) or JSON.
public enum ExtractWriter {
    public static let columns = ["file", "unit", "year", "kind", "label", "target", "realisasi", "stated", "recomputed", "status",
                                 "target_value", "realisasi_value", "stated_value", "target_line", "realisasi_line", "stated_line", "recomputed_range"]

    public static func csv(_ reports: [ExtractedReport]) -> String {
        var out = CSVReporter.row(columns)
        for r in reports {
            for f in r.figures {
                let cells: [String?] = [r.path, r.unit, r.year.map(String.init), f.kind.rawValue, f.label, f.target, f.realisasi, f.stated,
                                        f.recomputed, f.status, f.targetValue, f.realisasiValue, f.statedValue,
                                        f.targetLine.map(String.init), f.realisasiLine.map(String.init), f.statedLine.map(String.init),
                                        f.recomputedRange]
                out += CSVReporter.row(cells.map { $0 ?? "" })
            }
        }
        return out
    }

    public static func json(_ reports: [ExtractedReport]) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        enc.keyEncodingStrategy = .convertToSnakeCase
        struct Root: Encodable { let reports: [ExtractedReport] }
        return String(decoding: (try? enc.encode(Root(reports: reports))) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
