import Foundation
/// Another unit's rows left in the report's own detail table (GENRE §7 T7): a long table
/// whose row groups are headed by a unit name, one of them the report's own unit and one
/// another unit of the same kind. A recap table names a unit on most of its rows and is
/// left alone; so are the parent offices (Kantor Wilayah, Direktorat Jenderal).
enum OtherUnitRows {
    struct Finding { let location: SourceLocation; let unit: String }

    /// A cell that is a unit's name and nothing else.
    static let unitCell = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?\s*(?:"# + ReportIdentity.unitStart + #")[^\t|]{0,80}$"#)
    static let parent = PCRE2Regex(literal: #"(?i)\b(?:Wilayah|Direktorat|Jenderal|Kementerian|Pusat)\b"#)

    /// Tables split across pages (C10) are read as one run: consecutive detail tables with
    /// no heading between them.
    static func findings(_ document: Document, unit: String) -> [Finding] {
        let own = normalised(unit)
        let kind = own.split(separator: " ").prefix(2).joined(separator: " ")
        var out: [Finding] = []
        var run: [(cell: TableCell, name: String)] = []
        func close() {
            defer { run = [] }
            guard run.count >= 2, run.count <= 3, run.contains(where: { $0.name == own }) else { return }
            for n in run where n.name != own && n.name.hasPrefix(kind) {
                out.append(Finding(location: n.cell.text.start, unit: n.cell.string.replacingOccurrences(of: "**", with: "").trimmed()))
            }
        }
        for block in document.blocks {
            switch block.content {
            case .table(let table):
                let named = table.rows.compactMap { row in
                    row.cells.first { mayBeUnit($0.string) && unitCell.isMatch($0.string) && !parent.isMatch($0.string) }.map { ($0, normalised($0.string)) }
                }
                // A detail table names a unit on few of its rows; a recap names one on most.
                guard table.rows.count >= 5, named.count * 4 <= table.rows.count else { close(); continue }
                run += named
            case .heading:
                close()
            default:
                continue
            }
        }
        close()
        return out
    }

    /// A byte gate before the pattern: unit names start with K, L, R, B, D, S or I
    /// (Kantor, Lembaga, Rumah, Balai, Direktorat, Sekretariat, Inspektorat, Badan).
    static func mayBeUnit(_ cell: String) -> Bool {
        guard cell.utf8.count <= 120, let first = cell.utf8.first(where: { $0 != 32 && $0 != 42 }) else { return false }
        return "KLRBDSIklrbdsi".utf8.contains(first)
    }

    static func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: "**", with: "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
