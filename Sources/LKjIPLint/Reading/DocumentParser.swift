import Foundation

/// Groups the lines of a text view into blocks: headings, paragraphs (joined across the
/// line breaks a PDF text layer leaves mid-sentence), list items, `$$` formulas, and
/// tables in the three shapes drafts come in (tab-separated, Markdown pipes, and
/// PDF-extracted rows of numbers under a header line of role words).
public struct DocumentParser {
    let lines: [String]
    let shapes: [LineShape]
    var blocks: [Block] = []

    public static func parse(path: String, lines: [String], origins: [LineOrigin?]? = nil, notes: [ReaderNote] = []) -> Document {
        // Page furniture (running headers and footers, page numbers, flipbook markers) is
        // read as blank lines: line numbers stay those of the text view (GENRE.md §9 X1, X2).
        let furniture = PageFurnitureLines.find(lines)
        var parser = DocumentParser(lines: lines, shapes: lines.indices.map { furniture.contains($0) ? .blank : LineShape.of(lines[$0]) })
        parser.run()
        return Document(path: path, lines: lines, origins: origins, blocks: parser.blocks, readerNotes: notes)
    }

    /// A PDF line cut mid-sentence: long, and ending in a word or figure, not a title.
    static func brokenLine(_ line: String) -> Bool {
        let t = line.trimmed()
        return t.utf8.count >= 50 && !t.hasSuffix(":") && t.contains(where: \.isLowercase)
    }

    /// A sentence's end; "Rp." and "No." before a figure on the next line are not one.
    static let sentenceEnd = PCRE2Regex(literal: #"(?:(?<!\b[Rr]p)(?<!\bNo)[.:;!?]["”)*]*|,-)\s*$"#)
    static let startsLower = PCRE2Regex(literal: #"^\s*(?:[\p{Ll}(\d]|Rp)"#)
    static let lowerStart = PCRE2Regex(literal: #"^\s*\p{Ll}"#)

    func loc(_ i: Int, _ col: Int = 1) -> SourceLocation { SourceLocation(line: i + 1, column: col) }

    func leadingColumn(_ line: String) -> Int {
        line.prefix(while: { $0 == " " }).count + 1
    }

    mutating func run() {
        var i = 0
        while i < lines.count {
            switch shapes[i] {
            case .blank, .pipeSeparator:
                i += 1
            case .markdownHeading(let level, let text):
                let col = lines[i].utf8.count - text.utf8.count + 1
                blocks.append(Block(.heading(level: level, text: LocatedText(text, at: loc(i, max(1, col)))), firstLine: i + 1, lastLine: i + 1))
                i += 1
            case .chapterHeading:
                let t = lines[i].trimmed()
                blocks.append(Block(.heading(level: 1, text: LocatedText(t, at: loc(i, leadingColumn(lines[i])))), firstLine: i + 1, lastLine: i + 1))
                i += 1
            case .formulaStart:
                i = formula(from: i)
            case .pipeRow:
                i = delimitedTable(from: i, style: .pipe)
            case .tabRow:
                i = delimitedTable(from: i, style: .tabSeparated)
            case .numericRow:
                i = layoutTable(from: i)
            case .roleHeader, .columnNumbers:
                // The title line under "Tabel 3.1" is the caption, whatever words it has (X8).
                i = numericRowAhead(i) && !captionTitle(i) ? layoutTable(from: i) : paragraph(from: i, marker: nil)
            case .listItem(let marker):
                i = paragraph(from: i, marker: marker)
            case .prose:
                i = paragraph(from: i, marker: nil)
            }
        }
    }

    // MARK: formulas

    mutating func formula(from start: Int) -> Int {
        var text = LocatedText()
        var i = start
        repeat {
            let raw = lines[i]
            text.append(raw.trimmed(), at: loc(i, leadingColumn(raw)))
            let t = raw.trimmed()
            i += 1
            if (i - 1 == start && t.count > 2 && t.hasSuffix("$$")) || (i - 1 > start && t.hasSuffix("$$")) { break }
        } while i < lines.count && i - start < 20
        blocks.append(Block(.formula(text), firstLine: start + 1, lastLine: i))
        return i
    }

    // MARK: paragraphs

    mutating func paragraph(from start: Int, marker: String?) -> Int {
        var text = LocatedText()
        var i = start
        var last = start
        while i < lines.count {
            let shape = shapes[i]
            if i > start {
                if case .prose = shape {} else if shape == .blank {} else if (shape == .roleHeader || shape == .columnNumbers) && !numericRowAhead(i) {} else { break }
            }
            if shape == .blank {
                // A PDF text layer leaves blank lines mid-sentence: go on when the sentence
                // is unfinished and the next text line reads as its continuation.
                var j = i
                while j < lines.count && shapes[j] == .blank && j - i < 3 { j += 1 }
                // A list item broken by the PDF goes on whatever the case of its next line
                // ("… terhadap Layanan" / "Keimigrasian di Wilayah memperoleh …").
                guard j < lines.count, case .prose = shapes[j],
                      !DocumentParser.sentenceEnd.isMatch(lines[last]),
                      marker != nil || DocumentParser.startsLower.isMatch(lines[j]) || DocumentParser.brokenLine(lines[last]) else { break }
                i = j
                continue
            }
            let raw = lines[i]
            let piece = raw.trimmed()
            // "Rp.4.600.000" / ".000": a figure a PDF broke over two lines is one figure
            // when the two halves make one well-grouped number (GENRE.md §9 X4).
            text.appendPlain(piece, at: loc(i, leadingColumn(raw)), separator: DocumentParser.numberContinues(text.text, piece) ? "" : " ")
            last = i
            i += 1
            if marker != nil || (i < lines.count && shapes[i] != .blank) { continue }
        }
        let content: Block.Content = marker.map { .listItem(marker: $0, text: text) } ?? .paragraph(text)
        blocks.append(Block(content, firstLine: start + 1, lastLine: last + 1))
        return max(i, start + 1)
    }

    // MARK: tab and pipe tables

    mutating func delimitedTable(from start: Int, style: Table.Style) -> Int {
        var rows: [TableRow] = []
        var i = start
        let want: LineShape = style == .pipe ? .pipeRow : .tabRow
        while i < lines.count, shapes[i] == want || shapes[i] == .pipeSeparator {
            if shapes[i] == want { rows.append(TableRow(cells: splitCells(lines[i], line: i, style: style), line: i + 1)) }
            i += 1
        }
        blocks.append(Block(.table(Table(style: style, rows: rows, caption: caption(before: start))), firstLine: start + 1, lastLine: i))
        return i
    }

    func splitCells(_ line: String, line index: Int, style: Table.Style) -> [TableCell] {
        let sep: Character = style == .pipe ? "|" : "\t"
        var cells: [TableCell] = []
        var column = 1
        var parts = line.split(separator: sep, omittingEmptySubsequences: false).map(String.init)
        if style == .pipe {
            // Drop what stands outside the outer pipes.
            if let f = parts.first, f.trimmed().isEmpty { parts.removeFirst(); column += (f.count + 1) }
            if let l = parts.last, l.trimmed().isEmpty { parts.removeLast() }
        }
        for part in parts {
            let lead = part.prefix(while: { $0 == " " }).count
            let trimmed = part.trimmed()
            cells.append(TableCell(LocatedText(trimmed, at: loc(index, column + lead))))
            column += part.count + 1
        }
        return cells
    }

    // MARK: PDF-extracted tables

    /// Rows of numbers under a header of role words. Label cells that a PDF splits over
    /// the lines above a row of numbers are gathered back into the row's first cell.
    mutating func layoutTable(from start: Int) -> Int {
        var rows: [TableRow] = []
        var pendingLabel = LocatedText()
        var i = start
        var lastUsed = start
        var sawData = false
        var firstHeader: String?
        while i < lines.count {
            let shape = shapes[i]
            let raw = lines[i]
            if shape == .columnNumbers && !sawData {
                // "1 2 3 4 5 = 6 7 8 =" over "4/3x100% 7/6x100%": one row of column numbers.
                if let last = rows.indices.last, i > start, shapes[i - 1] == .columnNumbers, let merged = DocumentParser.completeFormulas(rows[last], with: raw) {
                    rows[last] = merged
                } else {
                    rows.append(columnNumberRow(raw, line: i))
                }
                lastUsed = i
                i += 1
            } else if shape == .roleHeader || shape == .numericRow {
                // Header lines stack (year groups over role words); a header line after rows of
                // figures (the table repeated after a page break, or the next year's group)
                // starts a table of its own.
                if shape == .roleHeader && sawData {
                    // The same header again is the table going on after a page break (C10).
                    if let first = firstHeader, DocumentParser.sameHeader(first, raw) { i += 1; continue }
                    break
                }
                if shape == .roleHeader && firstHeader == nil { firstHeader = raw }
                rows.append(layoutRow(raw, line: i, label: pendingLabel, header: shape == .roleHeader))
                // A row of years ("BELANJA 2023 2024") is a group header over the next line.
                sawData = sawData || (shape == .numericRow && !DocumentParser.yearsOnly.isMatch(raw))
                pendingLabel = LocatedText()
                lastUsed = i
                i += 1
            } else if shape == .blank {
                i += 1
            } else if sawData || rows.contains(where: { $0.cells.count > 2 }), DocumentParser.figuresRow(raw, shape: shape) {
                // "2. Persentase paspor terbit tepat waktu 95% 98,40% 103,58%": a numbered
                // label with its figures after it is a row, not a list item.
                rows.append(layoutRow(raw, line: i, label: pendingLabel, header: false))
                sawData = true
                pendingLabel = LocatedText()
                lastUsed = i
                i += 1
            } else if case .prose = shape, DocumentParser.summaryRow.isMatch(raw) {
                rows.append(layoutRow(raw, line: i, label: pendingLabel, header: false))
                sawData = true
                pendingLabel = LocatedText()
                lastUsed = i
                i += 1
            } else if case .prose = shape, isLabelFragment(raw) {
                // A wrapped label's tail under its numbers line ("bersertifikat") continues
                // the row above; a capitalised line starts the next row's label (C8).
                if sawData, pendingLabel.text.isEmpty, let last = rows.indices.last, shapes[i - 1] == .numericRow || continuesLabel(i),
                   DocumentParser.lowerStart.isMatch(raw), !rows[last].cells.isEmpty {
                    var cells = rows[last].cells
                    var label = cells[0].text
                    label.append(raw.trimmed(), at: loc(i, leadingColumn(raw)))
                    cells[0] = TableCell(label)
                    rows[last] = TableRow(cells: cells, line: rows[last].line)
                    lastUsed = i
                } else {
                    pendingLabel.append(raw.trimmed(), at: loc(i, leadingColumn(raw)))
                }
                i += 1
            } else if case .listItem = shape, isLabelFragment(raw) {
                pendingLabel.append(raw.trimmed(), at: loc(i, leadingColumn(raw)))
                i += 1
            } else {
                break
            }
            if i - lastUsed > 20 { break }
        }
        // Label lines after the last row belong to what follows, not to the table.
        let end = lastUsed + 1
        blocks.append(Block(.table(Table(style: .layout, rows: rows, caption: caption(before: start))), firstLine: start + 1, lastLine: end))
        return end
    }

    /// A role header only opens a table when rows of numbers follow it soon.
    func numericRowAhead(_ i: Int) -> Bool {
        var j = i + 1
        var base = i
        while j < lines.count && j - base <= 16 {
            switch shapes[j] {
            case .numericRow: return true
            case .roleHeader, .columnNumbers: base = j
            case .blank: break
            case .prose, .listItem: if !isLabelFragment(lines[j]) { return false }
            default: return false
            }
            j += 1
        }
        return false
    }

    func isLabelFragment(_ line: String) -> Bool {
        let t = line.trimmed()
        // A caption or a section title ends a table; it is no wrapped label.
        return t.utf8.count <= 90 && !DocumentParser.sentenceEnd.isMatch(t) && !LineShape.captionOrTitle.isMatch(t)
    }

    /// "Rata-rata capaian 102,63%", "Jumlah 1.204": one figure, but a row of the table.
    static let summaryRow = PCRE2Regex(literal: #"(?i)^\s*(?:rata\s*-?\s*rata|total|jumlah)\b[^.]{0,40}?\d+(?:[.,]\d+)*\s?%?\s*$"#)
    static let leadingYear = PCRE2Regex(literal: #"^(?:19|20)\d\d$"#)
    static let runningNumber = PCRE2Regex(literal: #"^\d{1,3}\.?$"#)
    static let accountCode = PCRE2Regex(literal: #"^\d{4,9}$"#)
    static let codeName = PCRE2Regex(literal: #"^\s*(?:[-–]\s*)?\p{Lu}"#)
    static let yearsOnly = PCRE2Regex(literal: #"^[^\d]*(?:(?:19|20)\d\d\b[^\d]*)+$"#)
    static let layoutNumber = PCRE2Regex(literal: #"(?<!\S)\(\d+(?:[.,]\d+)*\s?%\)(?!\S)|(?<!\S)(?:(?i:rp)\.?\s?)?\d+(?:[.,]\d+)*(?:,-)?(?:\s?%)?(?:\s?\((?i:indeks)\))?(?!\S)|(?<!\S)(?:(?i:rp)\.?\s?)?-(?!\S)(?!\s+(?!(?i:rp)\b)\p{L})|(?<!\S)\[(?:…|\.\.\.)%?\](?!\S)|(?i:\bnihil\b)"#)
    static let roleSplit = PCRE2Regex(literal: #"(?i)\b(?:target(?:\s+pnbp)?|realisasi|capaian|anggaran|pagu|persentase|penyerapan|tahun\s+20\d\d|20\d\d)\b|(?<!\S)(?<!\d\s)%(?!\S)"#)

    func layoutRow(_ raw: String, line: Int, label: LocatedText, header: Bool) -> TableRow {
        var cells: [TableCell] = []
        let pattern = header ? DocumentParser.roleSplit : DocumentParser.layoutNumber
        var matches = pattern.matches(in: raw)
        // "2021 75% 78,45% 104,60%": the year names the row, it is not a figure; nor is
        // the running number before a label ("1 Januari 410 120").
        if !header, let first = matches.first, matches.count > 1,
           raw.utf8Slice(0..<first.range.lowerBound).trimmed().isEmpty {
            let text = raw.utf8Slice(first.range)
            let between = raw.utf8Slice(first.range.upperBound..<matches[1].range.lowerBound)
            // ("2 kejadian 1 kejadian 150%": a lower-case unit after it makes it a figure.)
            // An account or unit code before its name ("429991 - Pendapatan …") names the row too.
            let code = DocumentParser.accountCode.isMatch(text) && DocumentParser.codeName.isMatch(between)
            if code || DocumentParser.leadingYear.isMatch(text) || (DocumentParser.runningNumber.isMatch(text) && between.trimmed().first?.isUppercase == true) {
                matches.removeFirst()
            }
        }
        let firstStart = matches.first?.range.lowerBound ?? raw.utf8.count
        var labelText = label
        let lead = raw.utf8Slice(0..<firstStart)
        let leadTrim = lead.trimmed()
        if !leadTrim.isEmpty {
            labelText.append(leadTrim, at: loc(line, leadingColumn(raw)))
        }
        cells.append(TableCell(labelText))
        let columns = LocatedText(raw, at: loc(line)).locator()
        for m in matches {
            let text = raw.utf8Slice(m.range)
            cells.append(TableCell(LocatedText(text, at: columns.location(at: m.range.lowerBound))))
        }
        return TableRow(cells: cells, line: line + 1)
    }

    /// A line right under a "Tabel 3.1" caption line.
    func captionTitle(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && shapes[j] == .blank && i - j < 3 { j -= 1 }
        return j >= 0 && DocumentParser.tableCaption.isMatch(lines[j])
    }
    static let tableCaption = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?tabel\s+(?:[IVX]+|\d+)(?:[.\-]\d+)*\.?\s*(?:\*\*)?\s*$"#)

    /// The line above is a label tail already joined to its row.
    func continuesLabel(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && shapes[j] == .blank { j -= 1 }
        return j >= 0 && shapes[j] == .prose && DocumentParser.lowerStart.isMatch(lines[j])
    }

    static let numberTail = PCRE2Regex(literal: #"(?<![\d,])(?<!\d\.)(\d{1,3}(?:[.,]\d{1,3})+)$"#)
    static let numberHead = PCRE2Regex(literal: #"^([.,]?\d{1,3}(?:[.,]\d{3})*(?:,-)?)(?=[\s,;)]|$)"#)
    static let grouped = PCRE2Regex(literal: #"^\d{1,3}(?:(?:\.\d{3})+(?:,\d{1,2})?|(?:,\d{3})+(?:\.\d{1,2})?)(?:,-)?$"#)
    static func numberContinues(_ before: String, _ next: String) -> Bool {
        guard let tail = numberTail.firstMatch(in: before).flatMap({ $0.string(1, in: before) }),
              let head = numberHead.firstMatch(in: next).flatMap({ $0.string(1, in: next) }) else { return false }
        // Both halves must be needed: the first alone is not a clean number, or the joint is.
        return grouped.isMatch(tail + head) && !grouped.isMatch(tail) || (head.hasPrefix(".") || head.hasPrefix(",")) && grouped.isMatch(tail + head)
    }

    /// Two header lines with the same words (case and spacing aside).
    static func sameHeader(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [Substring] { s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        return words(a) == words(b)
    }

    /// A label line ending in two or more figures, with no sentence words: a table row.
    static func figuresRow(_ raw: String, shape: LineShape) -> Bool {
        switch shape {
        case .prose, .listItem: break
        default: return false
        }
        guard !sentenceEnd.isMatch(raw), !LineShape.proseWords.isMatch(raw), let tail = trailingFigures.firstMatch(in: raw) else { return false }
        return layoutNumber.count(in: raw.utf8Slice(tail.range)) >= 2
    }
    static let trailingFigures = PCRE2Regex(literal: #"(?:(?<!\S)(?:(?i:rp)\.?\s?)?\d+(?:[.,]\d+)*\s?%?(?:\s+|$)){2,}$"#)

    /// A row of column numbers: an empty label cell, then one cell per number.
    func columnNumberRow(_ raw: String, line: Int) -> TableRow {
        let columns = LocatedText(raw, at: loc(line)).locator()
        let cells = LineShape.columnNumberTokens.matches(in: raw).map { m in
            TableCell(LocatedText(raw.utf8Slice(m.range), at: columns.location(at: m.range.lowerBound)))
        }
        return TableRow(cells: [TableCell(LocatedText("", at: loc(line)))] + cells, line: line + 1)
    }

    /// Hands the formula halves of a continuation line ("4/3x100% 7/6x100%") to the column
    /// numbers left open above it ("5 =", "8 ="), in order; nil when they do not pair up.
    static func completeFormulas(_ row: TableRow, with raw: String) -> TableRow? {
        let fragments = LineShape.columnNumberTokens.matches(in: raw).map { raw.utf8Slice($0.range).trimmed() }
        let open = row.cells.indices.filter { row.cells[$0].string.hasSuffix("=") }
        guard !fragments.isEmpty, fragments.count == open.count, fragments.allSatisfy({ LineShape.formulaFragment.isMatch($0) }) else { return nil }
        var cells = row.cells
        for (k, c) in open.enumerated() {
            cells[c] = TableCell(LocatedText(cells[c].string + fragments[k], at: cells[c].text.start))
        }
        return TableRow(cells: cells, line: row.line)
    }

    /// The nearest non-empty line above a table: its caption or the sentence leading to it.
    func caption(before start: Int) -> String {
        var j = start - 1
        while j >= 0 && shapes[j] == .blank && start - j < 4 { j -= 1 }
        return j >= 0 ? lines[j].trimmed() : ""
    }
}
