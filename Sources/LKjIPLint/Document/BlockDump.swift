/// A plain listing of how the parser grouped a document, for `lkjip-lint text --blocks`:
/// it shows a report writer (and us) which lines were read as a table and how.
public enum BlockDump {
    public static func render(_ document: Document) -> String {
        var out = ""
        for b in document.blocks {
            let span = b.firstLine == b.lastLine ? "\(b.firstLine)" : "\(b.firstLine)-\(b.lastLine)"
            switch b.content {
            case .heading(let level, let t): out += "\(span)\theading\(level)\t\(t.text)\n"
            case .paragraph(let t): out += "\(span)\tparagraph\t\(t.text.prefix(100))\n"
            case .listItem(let m, let t): out += "\(span)\tlist[\(m)]\t\(t.text.prefix(100))\n"
            case .formula(let t): out += "\(span)\tformula\t\(t.text)\n"
            case .table(let table):
                // How the claims stage reads the table: each row's part, each column's role and
                // year, the ratios it computes (GENRE.md §10: say why a finding was or wasn't made).
                let layout = TableLayout(table)
                out += "\(span)\ttable(\(table.style.rawValue))\n"
                for (i, r) in table.rows.enumerated() {
                    out += "  \(r.line)\t" + r.cells.map { "[\($0.string.prefix(40))]" }.joined(separator: " ") + "\t← \(layout.note(i))\n"
                }
                for line in layout.describe() { out += "  ·\t\(line)\n" }
            }
        }
        return out
    }
}
