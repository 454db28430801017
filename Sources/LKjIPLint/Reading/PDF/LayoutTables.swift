/// Rebuilds tables from `pdftotext -layout` text: lines whose runs line up in columns
/// with their neighbours become rows of TAB-separated cells. A row starts at a line
/// holding its numbers (cells are top-aligned, so a label wrapped over several lines
/// continues below it); a number broken over two lines is joined back; a header
/// repeated at the top of a page is dropped.
struct LayoutTables {
    struct Row {
        var cells: [String]
        var firstLine: Int
    }

    struct Table {
        var columnStarts: [Int]
        var header: [String]?
        var rows: [Row]          // including the header row, first
        var lines: Range<Int>    // source lines covered
    }

    let lines: [LayoutLine]

    /// Tables found, in order, as non-overlapping line ranges.
    func tables() -> [Table] {
        var out: [Table] = []
        var i = 0
        var floor = 0
        while i < lines.count {
            if isCandidate(i), let table = table(from: i, floor: floor) {
                floor = table.lines.upperBound
                out.append(table)
                i = table.lines.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: finding the region

    /// A line with runs in two or more places that is not a list marker before its text.
    func isCandidate(_ i: Int) -> Bool {
        let runs = lines[i].runs
        guard runs.count >= 2 else { return false }
        if runs.count == 2 && LayoutLine.listMarker.isMatch(runs[0].text) { return false }
        return true
    }

    /// The table whose rows start at `start`, with header lines above it down to `floor`.
    func table(from start: Int, floor: Int) -> Table? {
        // Column starts from the candidate lines that follow, gaps of one blank line allowed.
        // pdftotext scales each page on its own, so each page keeps its own column starts.
        var end = start
        var candidates: [Int] = []
        var starts: [Int] = []
        var pageColumns: [Int: [Int]] = [:]
        var previousColumns: [Int] = []
        var page = lines[start].page
        let headerTexts = Set((max(floor, start - 4)..<min(lines.count, start + 4)).map { LayoutTables.collapsed(lines[$0].text) })
        var j = start
        var blanks = 0
        while j < lines.count {
            // An equation put on one line (StackedFormulas) ends a table.
            if lines[j].text.hasPrefix("$$") { break }
            if lines[j].isBlank {
                // Blank lines at a page break are the page margins, not a gap in the table.
                if isPageMargin(j) { j += 1; continue }
                blanks += 1
                if blanks > 1 { break }
                j += 1
                continue
            }
            if lines[j].page != page {
                // A new page: the table goes on if it opens with the header again or with
                // as many columns, or with a line that fits the columns it had.
                let columns = LayoutTables.cluster(starts)
                let line = lines[j]
                let goesOn = headerTexts.contains(LayoutTables.collapsed(line.text))
                    || (isCandidate(j) && line.runs.count == columns.count) || fits(line, columns: columns)
                if !goesOn { break }
                pageColumns[page] = columns
                previousColumns = columns
                page = line.page
                starts = []
            }
            let columns = starts.isEmpty ? previousColumns : LayoutTables.cluster(starts)
            if isCandidate(j) {
                if !candidates.isEmpty && !starts.isEmpty && !fits(lines[j], columns: columns) && !sharesColumns(lines[j], starts) { break }
                candidates.append(j)
                starts += lines[j].runs.map(\.start)
            } else if columns.isEmpty || !fits(lines[j], columns: columns) {
                break
            }
            blanks = 0
            end = j + 1
            j += 1
        }
        pageColumns[page] = LayoutTables.cluster(starts)
        guard candidates.count >= 2 else { return nil }
        let columns = pageColumns[lines[start].page] ?? []
        guard columns.count >= 2 else { return nil }
        // Every multi-run line being "marker  text" means a list, not a table.
        if candidates.allSatisfy({ lines[$0].runs.count == 2 && lines[$0].runs[0].text.count <= 3 }) { return nil }
        // Header fragments just above the first candidate ("Indikator" over "Kinerja").
        var first = start
        while first > floor, start - first < 4, !lines[first - 1].isBlank, !lines[first - 1].text.hasPrefix("$$"),
              !(lines[first - 1].runs.count == 1 && LayoutTables.sectionHeading.isMatch(lines[first - 1].text)), fits(lines[first - 1], columns: columns),
              lines[first - 1].runs.allSatisfy({ $0.text.count <= 30 }) {
            first -= 1
        }
        return build(first..<end, columns: columns, pageColumns: pageColumns)
    }

    /// A blank line with only blank lines between it and the page's top or bottom.
    func isPageMargin(_ j: Int) -> Bool {
        var k = j
        while k < lines.count, lines[k].page == lines[j].page, lines[k].isBlank { k += 1 }
        if k == lines.count || lines[k].page != lines[j].page { return true }
        k = j
        while k >= 0, lines[k].page == lines[j].page, lines[k].isBlank { k -= 1 }
        return k < 0 || lines[k].page != lines[j].page
    }

    /// Every run of the line starts near a column start and stays within its column.
    func fits(_ line: LayoutLine, columns: [Int]) -> Bool {
        guard !line.isBlank else { return true }
        for run in line.runs {
            guard let c = LayoutTables.column(of: run.start, in: columns), abs(columns[c] - run.start) <= 2 else { return false }
            if c + 1 < columns.count && run.end > columns[c + 1] + 1 { return false }
        }
        return true
    }

    /// Some of the line's runs start where the table's columns start (a header line
    /// names columns the rows above did not use yet).
    func sharesColumns(_ line: LayoutLine, _ starts: [Int]) -> Bool {
        let columns = LayoutTables.cluster(starts)
        let hits = line.runs.filter { r in columns.contains { abs($0 - r.start) <= 2 } }.count
        return hits >= 2 || (hits == 1 && line.runs.count <= 3)
    }

    /// Column starts: run starts clustered within two characters.
    static func cluster(_ starts: [Int]) -> [Int] {
        let sorted = starts.sorted()
        var out: [Int] = []
        var group: [Int] = []
        for s in sorted {
            if let last = group.last, s - last > 2 {
                out.append(group.min()!)
                group = []
            }
            group.append(s)
        }
        if let m = group.min() { out.append(m) }
        return out
    }

    /// The column a run starting at `start` belongs to: the nearest column start.
    static func column(of start: Int, in columns: [Int]) -> Int? {
        guard !columns.isEmpty else { return nil }
        var best = 0
        for (k, c) in columns.enumerated() where abs(c - start) < abs(columns[best] - start) { best = k }
        return best
    }

    // MARK: rows

    func build(_ range: Range<Int>, columns: [Int], pageColumns: [Int: [Int]] = [:]) -> Table {
        let width = columns.count
        let anchors = range.filter { isAnchor($0, columns: pageColumns[lines[$0].page] ?? columns) }
        let hasNumbers = !anchors.isEmpty
        var header: [String] = Array(repeating: "", count: width)
        var headerLines: [String] = []
        var headerCells: [[Int: String]] = []
        var rows: [Row] = []
        var current: Row?

        func place(_ line: LayoutLine) -> [Int: String] {
            var cells: [Int: String] = [:]
            // On a later page, its own column starts when it has as many.
            let own = pageColumns[line.page].flatMap { $0.count == width ? $0 : nil } ?? columns
            for run in line.runs.flatMap({ LayoutTables.split($0, at: own) }) {
                let c = LayoutTables.column(of: run.start, in: own)!
                cells[c] = cells[c].map { $0 + " " + run.text } ?? run.text
            }
            return cells
        }

        for i in range where !lines[i].isBlank {
            let line = lines[i]
            let cells = place(line)
            let startsRow: Bool
            if hasNumbers {
                let own = pageColumns[line.page].flatMap { $0.count == width ? $0 : nil } ?? columns
                startsRow = isAnchor(i, columns: own) && !isNumberTail(cells, of: current)
            } else {
                startsRow = cells[0] != nil && (current == nil || line.runs.count >= 2)
            }
            if current == nil && !startsRow {
                // Before the first row: the header, or its column numbering "(1) (2) (3)".
                if line.runs.allSatisfy({ LayoutLine.columnNumber.isMatch($0.text) }) {
                    rows.append(Row(cells: (0..<width).map { cells[$0] ?? "" }, firstLine: i))
                } else if !headerLines.isEmpty && headerLines.contains(LayoutTables.collapsed(line.text)) {
                    continue
                } else {
                    for (c, t) in cells { header[c] = header[c].isEmpty ? t : header[c] + " " + t }
                    headerLines.append(LayoutTables.collapsed(line.text))
                    headerCells.append(cells)
                }
                continue
            }
            // A header repeated at the top of the next page.
            if i > range.lowerBound, line.page != lines[i - 1].page || repeatsHeader(i, headerLines) {
                if headerLines.contains(LayoutTables.collapsed(line.text)) { continue }
            }
            if startsRow {
                if let r = current { rows.append(r) }
                current = Row(cells: (0..<width).map { cells[$0] ?? "" }, firstLine: i)
            } else if var r = current {
                for (c, t) in cells { r.cells[c] = LayoutTables.join(r.cells[c], t) }
                current = r
            }
        }
        if let r = current { rows.append(r) }
        let hasHeader = header.contains { !$0.isEmpty }
        if let (top, sub, names) = LayoutTables.groupedHeader(headerCells, width: width) {
            rows.insert(contentsOf: [Row(cells: top, firstLine: range.lowerBound), Row(cells: sub, firstLine: range.lowerBound)], at: 0)
            return Table(columnStarts: columns, header: names, rows: rows, lines: range)
        }
        if hasHeader { rows.insert(Row(cells: header, firstLine: range.lowerBound), at: 0) }
        return Table(columnStarts: columns, header: hasHeader ? header : nil, rows: rows, lines: range)
    }

    /// A header whose first line names groups of columns ("Tahun 2023" over Target,
    /// Realisasi, Capaian) as two header rows, the way a Word table with a merged cell
    /// reads: the group's name over its first column, the sub-names below, other
    /// columns' wrapped names whole in the first row. A group's columns are empty on the
    /// first line and filled on the next, its name left-aligned over the first.
    /// Column names are "Tahun 2023 / Capaian".
    static func groupedHeader(_ lines: [[Int: String]], width: Int) -> (top: [String], sub: [String], names: [String])? {
        guard lines.count >= 2 else { return nil }
        let first = lines[0], next = lines[1]
        var group = Array(repeating: -1, count: width)   // the group's first column, per column
        var label = -1
        for c in 0..<width {
            if first[c] != nil { label = c; continue }
            // The first column names rows, never a group.
            guard label >= 1, next[c] != nil, next[label] != nil else { label = -1; continue }
            group[label] = label
            group[c] = label
        }
        // A two-column group could as well be two wrapped names with the last column's
        // name at the bottom ("Pro Yustisia / ditindaklanjuti", "Capaian"): taken only
        // when it names a year or its sub-names repeat under another group.
        let starts = Set(group.filter { $0 >= 0 })
        let subNames = Dictionary(uniqueKeysWithValues: starts.map { g in (g, (0..<width).filter { group[$0] == g }.map { next[$0] ?? "" }) })
        for g in starts {
            let span = subNames[g]!.count
            let year = first[g]!.split(whereSeparator: { !$0.isNumber }).contains { isYear(String($0)) }
            let repeats = starts.contains { $0 != g && subNames[$0] == subNames[g] }
            if span < 3 && !year && !repeats {
                for c in 0..<width where group[c] == g { group[c] = -1 }
            }
        }
        guard group.contains(where: { $0 >= 0 }) else { return nil }
        var top = Array(repeating: "", count: width), sub = Array(repeating: "", count: width)
        for c in 0..<width {
            let below = lines.dropFirst().compactMap { $0[c] }.joined(separator: " ")
            if group[c] >= 0 {
                top[c] = first[c] ?? ""
                sub[c] = below
            } else {
                top[c] = [first[c], below.isEmpty ? nil : below].compactMap { $0 }.joined(separator: " ")
            }
        }
        let names = (0..<width).map { c in
            group[c] >= 0 ? [top[group[c]], sub[c]].filter { !$0.isEmpty }.joined(separator: " / ") : top[c]
        }
        return (top, sub, names)
    }

    func repeatsHeader(_ i: Int, _ headerLines: [String]) -> Bool {
        headerLines.contains(LayoutTables.collapsed(lines[i].text))
    }

    /// A run pdftotext glued to the next column's number with a single space
    /// ("1. Persentase 100%"): split where a word starts at a column start and the
    /// rest reads as a number.
    static func split(_ run: LayoutLine.Run, at columns: [Int]) -> [LayoutLine.Run] {
        let chars = Array(run.text)
        var k = chars.count - 1
        while k > 0 {
            if chars[k - 1] == " ", columns.contains(where: { abs($0 - (run.start + k)) <= 2 && $0 > run.start + 2 }) {
                let rest = String(chars[k...])
                if LayoutLine.isNumeric(rest) {
                    let head = LayoutLine.Run(start: run.start, end: run.start + k - 1, text: String(chars[..<(k - 1)]))
                    return split(head, at: columns) + [LayoutLine.Run(start: run.start + k, end: run.end, text: rest)]
                }
            }
            k -= 1
        }
        return [run]
    }

    /// A line holding a value in a column other than the first.
    func isAnchor(_ i: Int, columns: [Int]) -> Bool {
        lines[i].runs.flatMap { LayoutTables.split($0, at: columns) }.contains { run in
            (LayoutTables.column(of: run.start, in: columns) ?? 0) > 0 && LayoutLine.isNumeric(run.text) && !LayoutTables.isYear(run.text)
        }
    }

    /// The line's numbers finish numbers the row above left broken ("Rp.9.933.860" / ".000").
    func isNumberTail(_ cells: [Int: String], of row: Row?) -> Bool {
        guard let row else { return false }
        let numeric = cells.filter { $0.key > 0 && (LayoutLine.isNumeric($0.value) || LayoutLine.numberTail.isMatch($0.value)) }
        guard !numeric.isEmpty else { return false }
        return numeric.allSatisfy { c, t in LayoutLine.numberTail.isMatch(t) || LayoutTables.isBroken(row.cells[c]) }
    }

    /// A number cut short: ends with a separator or "Rp", or its last dot group has fewer
    /// than three digits where the others have three ("9.912.780.80").
    static func isBroken(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard let last = t.last else { return false }
        if last == "." || last == "," || t.lowercased().hasSuffix("rp") { return true }
        guard last.isNumber else { return false }
        let number = t.split(separator: " ").last.map(String.init) ?? t
        let digits = number.drop { !$0.isNumber }
        let groups = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 3, !digits.contains(",") else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 } && groups.last!.count < 3
    }

    /// Appends a wrapped fragment: digits run on, words get a space.
    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if let x = a.last, let y = b.first, (x.isNumber || x == "." || x == ","), (y.isNumber || y == "." || y == ","), isBroken(a) || y == "." || y == "," {
            return a + b
        }
        return a + " " + b
    }

    /// "2023" over a group of columns is a header, not a row of values.
    static func isYear(_ s: String) -> Bool {
        s.count == 4 && (s.hasPrefix("19") || s.hasPrefix("20")) && s.allSatisfy(\.isNumber)
    }

    /// "B. Realisasi Anggaran" just above a table is the section's heading, not its header.
    static let sectionHeading = PCRE2Regex(literal: #"^(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.\s+\p{Lu}"#)

    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
