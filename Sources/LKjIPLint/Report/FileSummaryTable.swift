import Foundation

/// The per-file table that ends a text run over several reports:
/// file, unit, year, errors, warnings, infos — aligned for a terminal or a printout.
public enum FileSummaryTable {
    public static func render(_ results: [FileResult], language: Language) -> String {
        let en = language == .en
        let head = en ? ["file", "unit", "year", "errors", "warnings", "infos"] : ["berkas", "satuan kerja", "tahun", "galat", "peringatan", "info"]
        var rows: [[String]] = results.map { r in
            let id = r.identity ?? r.document.map { ReportIdentity.detect($0) } ?? ReportIdentity()
            let counts = r.error == nil ? [r.count(.error), r.count(.warning), r.count(.info)].map(String.init)
                                        : [en ? "unreadable" : "tidak terbaca", "", ""]
            return [r.path, id.unit ?? "-", id.year.map(String.init) ?? "-"] + counts
        }
        let s = Summary(results)
        rows.append([en ? "total" : "jumlah", "", "", String(s.errors), String(s.warnings), String(s.infos)])
        let all = [head] + rows
        let widths = head.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, v in
                c >= 3 ? String(repeating: " ", count: widths[c] - v.count) + v : v + String(repeating: " ", count: widths[c] - v.count)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        return "\n" + line(head) + rule + rows.dropLast().map(line).joined() + rule + line(rows.last!)
    }
}
