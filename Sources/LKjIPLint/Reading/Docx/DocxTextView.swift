/// Lays Word blocks out as the text view the parser reads: one line per paragraph with
/// blank lines between, `#` headings, list markers written out, `$$…$$` equations, and
/// one TAB-separated line per table row on the table's full grid. Each line keeps its
/// origin (paragraph number, or table, row and column names).
struct DocxTextView {
    private(set) var lines: [String] = []
    private(set) var origins: [LineOrigin?] = []
    private var paragraphNumber = 0
    private var tableNumber = 0
    private var numbering: WordNumbering
    private let styles: WordStyles

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
        lines.reserveCapacity(4096)
        origins.reserveCapacity(4096)
    }

    mutating func add(_ blocks: [WordBlock]) {
        for block in blocks {
            switch block {
            case .paragraph(let p): paragraph(p)
            case .table(let t): table(t)
            }
        }
    }

    /// Footnotes and endnotes at the end, under their own heading, numbered in order.
    mutating func addNotes(_ notes: [[WordBlock]]) {
        let texts = notes.map { WordCell.flatten($0) }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return }
        emit("# Catatan Kaki", origin: nil)
        for (i, t) in texts.enumerated() { emit("(\(i + 1)) \(t)", origin: nil) }
    }

    private mutating func emit(_ line: String, origin: LineOrigin?) {
        if let last = lines.last, !last.isEmpty { append("", nil) }
        append(line, origin)
    }

    private mutating func append(_ line: String, _ origin: LineOrigin?) {
        lines.append(line)
        origins.append(origin)
    }

    // MARK: paragraphs

    private mutating func paragraph(_ p: WordParagraph) {
        let marker = listMarker(p)
        if let equations = p.displayEquations {
            paragraphNumber += 1
            for eq in equations { emit("$$\(eq)$$", origin: LineOrigin(paragraph: paragraphNumber, spans: spans(p, column: 3))) }
            return
        }
        let text = WordText.oneLine(p.inlineText)
        guard !text.isEmpty else { return }
        paragraphNumber += 1
        var line = marker.map { "\($0) \(text)" } ?? text
        if let level = headingLevel(p) { line = String(repeating: "#", count: level) + " " + line }
        let column = line.unicodeScalars.count - text.unicodeScalars.count + 1
        emit(line, origin: LineOrigin(paragraph: paragraphNumber, spans: spans(p, column: column)))
    }

    private func spans(_ p: WordParagraph, column: Int) -> [ParagraphSpan]? {
        p.bodyIndex.map { [ParagraphSpan(column: column, paragraph: $0)] }
    }

    private func headingLevel(_ p: WordParagraph) -> Int? {
        if let l = p.outlineLevel { return l < 9 ? min(l + 1, 6) : nil }
        return styles.headingLevel(p.styleId)
    }

    /// The marker Word draws for an auto-numbered paragraph. Empty numbered paragraphs
    /// still advance the counter, as in Word.
    private mutating func listMarker(_ p: WordParagraph) -> String? {
        let fromStyle = styles.numbering(p.styleId)
        guard var n = p.numbering ?? fromStyle else { return nil }
        if n.numId < 0 { guard let s = fromStyle else { return nil }; n.numId = s.numId }
        return numbering.nextMarker(numId: n.numId, ilvl: n.level)
    }

    // MARK: tables

    private mutating func table(_ t: WordTable) {
        let grid = t.rows.map(DocxTextView.gridCells)
        let width = grid.map(\.count).max() ?? 0
        guard width > 1 else {
            // A one-column table is a framed paragraph, not data.
            for row in t.rows { for cell in row.cells { add(cell.blocks) } }
            return
        }
        tableNumber += 1
        let names = DocxTextView.columnNames(t, grid: grid, width: width)
        if let last = lines.last, !last.isEmpty { append("", nil) }
        for (i, cells) in grid.enumerated() where cells.contains(where: { !$0.isEmpty }) {
            append(cells.joined(separator: "\t"), LineOrigin(table: tableNumber, row: i + 1, columnNames: names,
                                                            spans: DocxTextView.gridSpans(t.rows[i])))
        }
        append("", nil)
    }

    /// A row on the table grid: `gridBefore` blanks, each cell followed by blanks for
    /// the columns it spans, a vertically merged continuation as a blank.
    static func gridCells(_ row: WordRow) -> [String] {
        var out = Array(repeating: "", count: row.gridBefore)
        for cell in row.cells {
            out.append(cell.vMerge == .continuation ? "" : cell.text)
            out += Array(repeating: "", count: cell.gridSpan - 1)
        }
        out += Array(repeating: "", count: row.gridAfter)
        return out
    }

    /// Where each cell paragraph of a row starts on its line, laid out as `gridCells` lays the text.
    static func gridSpans(_ row: WordRow) -> [ParagraphSpan] {
        var column = 1 + row.gridBefore      // one TAB per blank grid column before
        var spans: [ParagraphSpan] = []
        for cell in row.cells {
            if cell.vMerge != .continuation {
                let c = WordCell.flattenWithSpans(cell.blocks)
                spans += c.spans.map { ParagraphSpan(column: column + $0.column, paragraph: $0.paragraph) }
                column += c.text.unicodeScalars.count
            }
            column += cell.gridSpan     // the TABs after the cell and its spanned blanks
        }
        return spans
    }

    /// The header rows: those marked to repeat on each page, else the first row and,
    /// when it has merged cells (a "Tahun 2023" over Target/Realisasi/Capaian), the next.
    static func headerRowCount(_ t: WordTable) -> Int {
        let marked = t.rows.prefix(while: \.isHeader).count
        if marked > 0 { return min(marked, 3) }
        guard let first = t.rows.first else { return 0 }
        let merged = first.cells.contains { $0.gridSpan > 1 || $0.vMerge == .restart }
        return merged && t.rows.count > 2 ? 2 : 1
    }

    /// Each grid column's name from the header rows, spanning cells named over every
    /// column they cover: "Tahun 2023 / Capaian".
    static func columnNames(_ t: WordTable, grid: [[String]], width: Int) -> [String] {
        let headerRows = headerRowCount(t)
        var names = Array(repeating: [String](), count: width)
        for r in 0..<headerRows {
            var col = t.rows[r].gridBefore
            for cell in t.rows[r].cells {
                let text = cell.vMerge == .continuation ? "" : cell.text
                for c in col..<min(col + cell.gridSpan, width) where !text.isEmpty && names[c].last != text {
                    names[c].append(text)
                }
                col += cell.gridSpan
            }
        }
        return names.map { $0.joined(separator: " / ") }
    }
}
