import Foundation

/// A weighted score table as the IKPA (OM-SPAN) and Nilai Kinerja Anggaran apps print it:
/// one column per component, rows `Nilai`, `Bobot`, `Nilai Akhir`, `Nilai Aspek`, and
/// columns `Nilai Total`, `Konversi Bobot`, `Dispensasi SPM (Pengurang)`, `Nilai Akhir`.
/// Read from the table's cells; the checks judge it.
public struct ScoreTable: Sendable {
    public struct Component: Sendable {
        public let name: String
        public let column: Int
        public let nilai: Quantity
        public var bobot: Quantity?
        public var akhir: Quantity?
    }

    public var components: [Component] = []
    /// The Bobot row's weights as written (they may be fewer than the components).
    public var weights: [Quantity] = []
    public var bobotRowLine: Int?
    /// True when every component has its weight in its own column.
    public var weightsAligned = false
    public var nilaiTotal: Quantity?
    public var konversi: Quantity?
    public var dispensasi: Quantity?
    public var nilaiAkhirFinal: Quantity?
    /// Aspect values with the components of their group (the header's spanning cell).
    public var aspects: [(value: Quantity, members: [Component])] = []

    static let nilaiLabel = PCRE2Regex(literal: #"(?i)^\W*nilai\W*$"#)
    static let bobotLabel = PCRE2Regex(literal: #"(?i)^\W*bobot\W*$"#)
    static let akhirLabel = PCRE2Regex(literal: #"(?i)^\W*nilai\s+akhir\W*$"#)
    static let aspekLabel = PCRE2Regex(literal: #"(?i)^\W*nilai\s+aspek\W*$"#)
    static let totalHeader = PCRE2Regex(literal: #"(?i)\bnilai\s+total\b"#)
    static let konversiHeader = PCRE2Regex(literal: #"(?i)\bkonversi\b"#)
    static let dispensasiHeader = PCRE2Regex(literal: #"(?i)\bpengurang\b"#)
    static let finalHeader = PCRE2Regex(literal: #"(?i)^\W*nilai\s+akhir\b"#)

    /// Reads a horizontal score table; nil when the table is not one.
    /// `cells`: each cell's figures as the block analysis lexed them (lexed here when absent).
    public static func read(_ table: Table, cells: [[[Quantity]]]? = nil) -> ScoreTable? {
        func find(_ re: PCRE2Regex) -> (row: Int, label: Int)? {
            for (i, r) in table.rows.enumerated() {
                if let c = r.cells.firstIndex(where: { re.isMatch($0.string) }) { return (i, c) }
            }
            return nil
        }
        guard let nilai = find(nilaiLabel), let bobot = find(bobotLabel) ?? find(akhirLabel) else { return nil }
        _ = bobot
        let headers = Array(table.rows.prefix(nilai.row))
        guard !headers.isEmpty else { return nil }
        func header(_ c: Int) -> String {
            for r in headers.reversed() where c < r.cells.count {
                let s = r.cells[c].string.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { return s }
            }
            return ""
        }
        let nilaiRow = table.rows[nilai.row]
        func number(_ row: TableRow, _ c: Int) -> Quantity? {
            guard c < row.cells.count else { return nil }
            if let cells, let i = table.rows.firstIndex(where: { $0.line == row.line }), let lexed = cells[safe: i]?[safe: c] {
                return lexed.first { $0.isMeasure }
            }
            return NumberLexer.scan(row.cells[c].text).first { $0.isMeasure }
        }
        let width = nilaiRow.cells.count
        var special: [Int] = []
        var st = ScoreTable()
        for c in (nilai.label + 1)..<max(width, nilai.label + 1) {
            let h = header(c)
            // "Nilai Akhir (Nilai Total/Konversi Bobot)" names all three: test the final column first.
            if finalHeader.isMatch(h) { st.nilaiAkhirFinal = number(nilaiRow, c); special.append(c) }
            else if totalHeader.isMatch(h) { st.nilaiTotal = number(nilaiRow, c); special.append(c) }
            else if konversiHeader.isMatch(h) { st.konversi = number(nilaiRow, c); special.append(c) }
            else if dispensasiHeader.isMatch(h) { st.dispensasi = number(nilaiRow, c); special.append(c) }
        }
        let end = special.min() ?? width
        for c in (nilai.label + 1)..<max(end, nilai.label + 1) {
            guard let q = number(nilaiRow, c) else { continue }
            st.components.append(Component(name: header(c), column: c, nilai: q))
        }
        guard st.components.count >= 2 else { return nil }
        let cols = st.components.map(\.column)
        if let b = find(bobotLabel) {
            let row = table.rows[b.row]
            st.bobotRowLine = row.line
            let filled = (b.label + 1)..<max(end, b.label + 1)
            st.weights = filled.compactMap { number(row, $0) }
            let weightCols = filled.filter { number(row, $0) != nil }
            st.weightsAligned = weightCols == cols
            if st.weightsAligned {
                for i in st.components.indices { st.components[i].bobot = number(row, cols[i]) }
            }
        }
        if let a = find(akhirLabel), a.row != nilai.row {
            let row = table.rows[a.row]
            for i in st.components.indices { st.components[i].akhir = number(row, cols[i]) }
        }
        if let a = find(aspekLabel) {
            let row = table.rows[a.row]
            let groups = groupSpans(headers, within: cols.first!...cols.last!)
            for c in cols.first!...cols.last! {
                guard let v = number(row, c), let g = groups.first(where: { $0.contains(c) }) else { continue }
                let members = st.components.filter { g.contains($0.column) }
                if !members.isEmpty { st.aspects.append((v, members)) }
            }
        }
        return st
    }

    /// The spans of the header row that groups components (a cell followed by empty cells):
    /// the row with the fewest filled cells over the component columns, if some span is wider than one.
    static func groupSpans(_ headers: [TableRow], within cols: ClosedRange<Int>) -> [ClosedRange<Int>] {
        var best: [ClosedRange<Int>] = []
        for r in headers {
            let starts = cols.filter { $0 < r.cells.count && !r.cells[$0].string.trimmingCharacters(in: .whitespaces).isEmpty }
            guard let first = starts.first, first == cols.lowerBound, starts.count >= 1, starts.count < cols.count else { continue }
            var spans: [ClosedRange<Int>] = []
            for (i, s) in starts.enumerated() {
                let e = i + 1 < starts.count ? starts[i + 1] - 1 : cols.upperBound
                spans.append(s...e)
            }
            if best.isEmpty || spans.count < best.count { best = spans }
        }
        return best
    }
}
