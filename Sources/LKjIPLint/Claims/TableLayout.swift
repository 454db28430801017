/// How a table was read, computed once per table and shared by every claim it gives and by
/// `lkjip-lint text --blocks`: which leading rows are header furniture (role words, year
/// groups, column numbers such as `(1) (2)` or `1 2 3 4 5=4/3x100%`), what each column
/// holds and for which year, which column triples are ratios, and what each row is (data,
/// a total, a mean, furniture, or skipped and why). Shapes it does not understand give rows
/// marked skipped, never guesses (GENRE.md §10.2–§10.4).
struct TableLayout {
    enum RowKind: Equatable {
        case header, columnNumbers, data, total, subtotal, mean
    }

    struct Column {
        var role: ColumnRole = .other
        var year: Int? = nil
        var name: String = ""
    }

    struct Triple {
        let target: Int, realisasi: Int, result: Int
        var year: Int?
        /// Read from a column-formula cell (`5=4/3x100%`) rather than from role words.
        let fromFormula: Bool
    }

    let style: Table.Style
    /// Grid width: the cell count of the widest header row (0 when no header was found).
    private(set) var width = 0
    private(set) var roleRow: Int? = nil
    private(set) var columns: [Column] = []
    private(set) var triples: [Triple] = []
    private(set) var kinds: [RowKind] = []
    /// Per row, how far its cells shift right to meet the header's grid (rows with fewer
    /// cells are aligned from the right); nil when the row cannot be aligned.
    private(set) var shifts: [Int?] = []
    private(set) var headerless = false
    /// Rows whose cells go to chosen columns rather than a shift: a Rata-rata row of a
    /// year-group table holds one value per group, under each group's capaian column.
    private(set) var placements: [Int: [Int: Int]] = [:]

    /// Leading rows that are header furniture, and the body rows after them.
    var headerCount: Int { kinds.prefix(while: { $0 == .header || $0 == .columnNumbers }).count }
    var roles: [ColumnRole] { columns.map(\.role) }

    init(_ table: Table) {
        style = table.style
        let rows = table.rows
        let classes = rows.map { $0.cells.map(TableLayout.cellClass) }
        // Header rows: the leading rows that hold no measured figure (words, years, column
        // numbers, empty cells) and are not a lone label; stop at the first row of data.
        var header = 0
        while header < rows.count && header < 6 {
            let c = classes[header]
            let numbers = TableLayout.isColumnNumberRow(rows[header], c)
            let furniture = numbers || c.allSatisfy { $0 == .empty || $0 == .text || $0 == .year }
            let words = c.filter { $0 == .text || $0 == .year }.count
            guard furniture, numbers || words >= 2 || (words >= 1 && c.contains(.year)) else { break }
            header += 1
        }
        // Rows with role words (Target/Realisasi/Capaian…) among the header rows, or among the
        // first three rows when a header holds figures ("Target 2023").
        var best: (row: Int, distinct: Int)? = nil
        for i in 0..<min(rows.count, max(header, 3)) {
            let distinct = Set(rows[i].cells.map { ColumnRole.of($0.string) }.filter { $0 != .other }).count
            if distinct >= 2, distinct > (best?.distinct ?? 0) { best = (i, distinct) }
        }
        roleRow = best?.row
        if let r = roleRow, r >= header { header = r + 1 }
        // A column-number row right under the header is furniture too.
        while header < rows.count, TableLayout.isColumnNumberRow(rows[header], classes[header]) { header += 1 }
        // A PDF row of column numbers or of year groups has its own count of cells: the
        // grid is the role row's.
        width = roleRow.map { rows[$0].cells.count } ?? rows.prefix(header).map(\.cells.count).max() ?? 0
        // No header: the widest row is the grid, and only rows that say what they are
        // (Total, Rata-rata) or PDF rows of figures are aligned to it from the right.
        headerless = width == 0
        if headerless { width = rows.map(\.cells.count).max() ?? 0 }
        columns = Array(repeating: Column(), count: width)
        readColumns(rows: rows, headerRows: header)
        kinds = rows.indices.map { i in i < header ? (TableLayout.isColumnNumberRow(rows[i], classes[i]) ? .columnNumbers : .header) : TableLayout.kind(of: rows[i], classes: classes[i]) }
        triples = formulaTriples(rows: rows, classes: classes, headerRows: header) ?? TableLayout.roleTriples(roles).map { Triple(target: $0.t, realisasi: $0.r, result: $0.c, year: nil, fromFormula: false) }
        assignYears(rows: rows, headerRows: header)
        shifts = rows.indices.map { alignment(of: rows[$0], kind: kinds[$0], classes: classes[$0]) }
        if triples.count >= 2 {
            for i in rows.indices where kinds[i] == .mean {
                let filled = rows[i].cells.indices.filter { $0 > 0 && classes[i][$0] == .measure }
                guard filled.count == triples.count else { continue }
                placements[i] = Dictionary(uniqueKeysWithValues: zip(filled, triples.map(\.result)))
            }
        }
    }

    // MARK: cells

    enum CellClass: Equatable { case empty, text, year, columnNumber, measure }

    static let columnNumberCell = PCRE2Regex(literal: #"^\(?\d{1,2}\)?(?:\s*=\s*(?:\(?\d{1,2}\)?\s*[/:]\s*\(?\d{1,2}\)?\s*(?:[x×X*]\s*100\s*%?)?)?)?$|^\d{1,2}\s*[/:]\s*\d{1,2}\s*[x×X*]\s*100\s*%?$"#)
    static let columnFormula = PCRE2Regex(literal: #"(\d{1,2})\)?\s*=\s*\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})"#)

    static func cellClass(_ cell: TableCell) -> CellClass {
        let s = cell.string
        if s.isEmpty { return .empty }
        if !s.contains(where: \.isNumber) { return NumberLexer.zeroCell(cell.text) == nil ? .text : .measure }
        if columnNumberCell.isMatch(s) { return .columnNumber }
        if TableClaims.year(in: s) != nil || TableLayout.labelledYear.isMatch(s) { return .year }
        return .measure
    }

    /// A header cell naming a role and a year ("Target 2023", "Realisasi Tahun 2024").
    static let labelledYear = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?\p{L}[\p{L}\s.()%]*\b(?:tahun\s+|ta\.?\s+)?((?:19|20)\d\d)\s*(?:\*\*)?\s*$"#)
    static let anyYear = PCRE2Regex(literal: #"\b((?:19|20)\d\d)\b"#)

    /// `(1) (2) (3)`, `1 2 3 4 5=4/3x100%`: consecutive small numbers naming the columns.
    static func isColumnNumberRow(_ row: TableRow, _ classes: [CellClass]) -> Bool {
        let filled = classes.filter { $0 != .empty }
        guard filled.count >= 3, filled.allSatisfy({ $0 == .columnNumber }) else { return false }
        // Column numbers rise one by one; a row of small counts ("2 | 2 | 3") does not.
        let numbers = row.cells.compactMap { c in leadingNumber.firstMatch(in: c.string).flatMap { $0.string(1, in: c.string) }.flatMap(Int.init) }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    static func kind(of row: TableRow, classes: [CellClass]) -> RowKind {
        if isColumnNumberRow(row, classes) { return .columnNumbers }
        let label = row.cells.first(where: { !$0.string.isEmpty && $0.string.contains(where: \.isLetter) })?.string ?? ""
        if TableClaims.totalLabel.isMatch(label) { return .total }
        if TableClaims.sectionEnd.isMatch(label) { return .subtotal }
        if TableClaims.meanLabel.isMatch(label) { return .mean }
        return .data
    }

    // MARK: columns

    /// Names, roles and positional years of the columns, from the header rows top down. A
    /// group cell ("2023" over three columns in a .docx) spans the empty cells after it.
    mutating func readColumns(rows: [TableRow], headerRows: Int) {
        for i in 0..<headerRows where rows[i].cells.count == width || style != .layout {
            var span: String? = nil
            for (c, cell) in rows[i].cells.enumerated() where c < width {
                let s = cell.string
                if !s.isEmpty { span = s } else if c == 0 { span = nil }
                let text = s.isEmpty ? (span ?? "") : s
                guard !text.isEmpty, !TableLayout.columnNumberCell.isMatch(text) else { continue }
                if !columns[c].name.contains(text) { columns[c].name += (columns[c].name.isEmpty ? "" : " ") + text }
                if let y = TableLayout.anyYear.firstMatch(in: text).flatMap({ $0.string(1, in: text) }).flatMap(Int.init),
                   TableLayout.cellClass(TableCell(LocatedText(text, at: SourceLocation(line: 1, column: 1)))) == .year {
                    columns[c].year = y
                }
            }
        }
        if let r = roleRow {
            for (c, cell) in rows[r].cells.enumerated() where c < width { columns[c].role = ColumnRole.of(cell.string) }
        }
    }

    static func roleTriples(_ roles: [ColumnRole]) -> [(t: Int, r: Int, c: Int)] {
        var out: [(Int, Int, Int)] = []
        var i = 0
        while i < roles.count {
            if roles[i] == .target, let r = roles[(i + 1)...].firstIndex(of: .realisasi), r <= i + 2,
               let c = roles[(r + 1)...].firstIndex(of: .result), c <= r + 2 {
                out.append((i, r, c))
                i = c + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// `5=4/3x100%` says column 5 is column 4 over column 3: the triple, whatever the
    /// header words. Columns are matched to the numbers by position (docx, Markdown) or,
    /// in PDF rows, counted from the right.
    func formulaTriples(rows: [TableRow], classes: [[CellClass]], headerRows: Int) -> [Triple]? {
        guard let i = (0..<headerRows).first(where: { TableLayout.isColumnNumberRow(rows[$0], classes[$0]) }) else { return nil }
        let cells = rows[i].cells
        var position: [Int: Int] = [:]
        for (c, cell) in cells.enumerated() {
            if let n = TableLayout.leadingNumber.firstMatch(in: cell.string).flatMap({ $0.string(1, in: cell.string) }).flatMap(Int.init) { position[n] = c }
        }
        guard let highest = position.keys.max() else { return nil }
        func grid(_ n: Int) -> Int? {
            if style == .layout { let g = width - 1 - (highest - n); return g >= 0 && g < width ? g : nil }
            return position[n].flatMap { $0 < width ? $0 : nil }
        }
        var out: [Triple] = []
        for cell in cells {
            let s = cell.string
            for m in TableLayout.columnFormula.matches(in: s) {
                guard let a = m.string(1, in: s).flatMap(Int.init), let b = m.string(2, in: s).flatMap(Int.init),
                      let d = m.string(3, in: s).flatMap(Int.init), let ga = grid(a), let gb = grid(b), let gd = grid(d),
                      Set([ga, gb, gd]).count == 3 else { continue }
                out.append(Triple(target: gd, realisasi: gb, result: ga, year: nil, fromFormula: true))
            }
        }
        return out.isEmpty ? nil : out
    }
    static let leadingNumber = PCRE2Regex(literal: #"^\(?(\d{1,2})"#)

    /// Each triple's year: a year in its own header cells, else the group cell over it; else,
    /// when a header row names as many years as there are triples (a PDF row of group
    /// labels, "TAHUN 2022 TAHUN 2023"), the years left to right.
    mutating func assignYears(rows: [TableRow], headerRows: Int) {
        for k in triples.indices {
            let t = triples[k]
            triples[k].year = columns[safe: t.result]?.year ?? columns[safe: t.target]?.year
        }
        guard triples.count >= 2, triples.allSatisfy({ $0.year == nil }) || Set(triples.compactMap(\.year)).count < triples.count else { return }
        for i in 0..<headerRows {
            let years = rows[i].cells.compactMap { c in TableLayout.cellClass(c) == .year ? TableLayout.anyYear.firstMatch(in: c.string).flatMap { $0.string(1, in: c.string) }.flatMap(Int.init) : nil }
            if years.count == triples.count && Set(years).count == years.count {
                for k in triples.indices { triples[k].year = years[k] }
                return
            }
        }
    }

    // MARK: rows

    /// A row below the header that is read (data, totals, means), not header furniture.
    func isBody(_ i: Int) -> Bool {
        switch kinds[i] {
        case .data, .total, .subtotal, .mean: return true
        case .header, .columnNumbers: return false
        }
    }

    /// Rows as wide as the header read left to right; shorter rows are aligned from the
    /// right (Total/Jumlah/Rata-rata rows leave the No and label cells out). A PDF row
    /// holds its label and then only figures: it is aligned from the right when every
    /// cell after the label is a figure.
    func alignment(of row: TableRow, kind: RowKind, classes: [CellClass]) -> Int? {
        guard width > 0 else { return 0 }
        let n = row.cells.count
        if headerless && style != .layout && kind == .data { return 0 }
        if style == .layout {
            guard classes.dropFirst().allSatisfy({ $0 == .measure || $0 == .year || $0 == .columnNumber }) else { return nil }
            // More figures than columns: the extra ones on the left belong to the label (a
            // running number, "(per 1.000 KH)"); count from the right (GENRE.md §10.5).
            // Fewer figures than the columns of several groups: which cell is missing is
            // unknown, so the row is not guessed (§10.4).
            if n < width && triples.count >= 2 && kind == .data { return nil }
            return width - n
        }
        return n < width ? width - n : 0
    }

    /// Why a row gives no claims, for `--blocks`.
    func note(_ i: Int) -> String {
        switch kinds[i] {
        case .header: return "kepala tabel"
        case .columnNumbers: return "nomor kolom (kepala tabel)"
        case .total: return "baris total" + (shifts[i].map { $0 > 0 ? ", rata kanan" : "" } ?? "")
        case .subtotal: return "subtotal (menutup bagian)"
        case .mean:
            if placements[i] != nil { return "baris rata-rata, satu nilai per kelompok tahun (kolom capaian)" }
            return "baris rata-rata" + (shifts[i].map { $0 > 0 ? ", rata kanan" : "" } ?? "")
        case .data:
            guard let s = shifts[i] else { return "dilewati: sel tidak dapat diselaraskan dengan kepala tabel" }
            if s < 0 { return "data, dihitung dari kanan (\(-s) angka paling kiri bagian dari label)" }
            return s > 0 ? "data, rata kanan (\(s) sel kosong di kiri)" : "data"
        }
    }

    /// The whole reading, as `text --blocks` prints it under the table's rows.
    func describe() -> [String] {
        var out: [String] = []
        if headerless { out.append("kepala tabel: tidak ditemukan" + (style == .layout ? " (baris angka diselaraskan dari kanan)" : " (baris Total/Rata-rata diselaraskan dari kanan)")) }
        var tripleYear: [Int: Int] = [:]
        for t in triples { if let y = t.year { for c in [t.target, t.realisasi, t.result] { tripleYear[c] = y } } }
        for (c, col) in columns.enumerated() where col.role != .other || col.year != nil || !col.name.isEmpty {
            var parts = ["kolom \(c + 1)"]
            if !col.name.isEmpty { parts.append("'\(Claims.short(col.name, 40))'") }
            if col.role != .other { parts.append("peran \(col.role.word)") }
            if let y = col.year ?? tripleYear[c] { parts.append("tahun \(y)") }
            out.append(parts.joined(separator: " "))
        }
        for t in triples {
            let y = t.year.map { " tahun \($0)" } ?? ""
            let src = t.fromFormula ? " (dari rumus kolom)" : ""
            out.append("rasio: kolom \(t.result + 1) = kolom \(t.realisasi + 1) ÷ kolom \(t.target + 1) × 100%\(y)\(src)")
        }
        return out
    }
}

extension ColumnRole {
    var word: String {
        switch self {
        case .target: return "target"
        case .realisasi: return "realisasi"
        case .result: return "capaian"
        case .other: return "lain"
        }
    }
}
