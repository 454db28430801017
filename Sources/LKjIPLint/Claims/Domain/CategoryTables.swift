import Foundation

/// A category table the document carries itself ("1.00 – 2.5996 D TIDAK BAIK", "A Sangat Baik
/// 3.5324 - 4"): at least three rows, each a range and one band of a scheme, near a mention of
/// the scheme's measure.
struct CategoryTable {
    struct Row {
        let line: Int                 // 0-based
        let band: CategoryScheme.Band  // the pack's band the row names
        let lower: Decimal
        let upper: Decimal
        let lowerText: String
        let upperText: String
        let lowerColumn: Int           // 1-based, in Unicode scalars
        let upperColumn: Int
    }

    let scheme: CategoryScheme
    let rows: [Row]
    var firstLine: Int { rows[0].line }

    /// The scheme as the document's table draws it, when the table names every band.
    var documentScheme: CategoryScheme? {
        guard Set(rows.map(\.band.label)) == Set(scheme.bands.map(\.label)), rows.count == scheme.bands.count else { return nil }
        let bands = rows.map { r in
            var b = CategoryScheme.Band(label: r.band.label, aliases: r.band.aliases, min: r.lower, above: r.band.above && r.lower == r.band.min)
            b.max = r.upper
            return b
        }
        return CategoryScheme(scheme, bands: bands, source: "tabel kategori dokumen (baris \(firstLine + 1))")
    }

    static let range = PCRE2Regex(literal: #"(?<![\d.,])(?:>\s*)?(\d{1,3}(?:[.,]\d{1,5})?)\s*(?:–|—|-|s\.?\s?d\.?)\s*(?:<\s*)?(\d{1,3}(?:[.,]\d{1,5})?)(?![.,]?\d)"#)

    static func all(_ lines: [String], schemes: [CategoryScheme]) -> [CategoryTable] {
        var out: [CategoryTable] = []
        for scheme in schemes {
            var run: [Row] = []
            func close() {
                defer { run = [] }
                guard run.count >= 3, Set(run.map(\.band.label)).count == run.count else { return }
                let from = max(0, run[0].line - 15)
                guard lines[from...run[run.count - 1].line].contains(where: { scheme.context.isMatch($0) }) else { return }
                out.append(CategoryTable(scheme: scheme, rows: run))
            }
            for (i, l) in lines.enumerated() where l.utf8.count <= 160 {
                guard let row = row(l, at: i, scheme) else { continue }
                if let last = run.last, i - last.line > 4 { close() }
                run.append(row)
            }
            close()
        }
        return out.sorted { $0.firstLine < $1.firstLine }
    }

    static func row(_ l: String, at i: Int, _ scheme: CategoryScheme) -> Row? {
        let ranges = range.matches(in: l)
        guard ranges.count == 1, let m = ranges.first,
              let lo = decimal(m.string(1, in: l)), let hi = decimal(m.string(2, in: l)),
              lo < hi, lo >= scheme.lowest, hi <= scheme.highest else { return nil }
        // The band the row names: its longest name, as a word; one-letter grades only in capitals.
        var rest = l.utf8Slice(0..<m.range.lowerBound) + " " + l.utf8Slice(m.range.upperBound..<l.utf8.count)
        rest = " " + rest.replacingOccurrences(of: #"[^\p{L}]+"#, with: " ", options: .regularExpression) + " "
        var found: CategoryScheme.Band?
        for name in scheme.allNames {
            let hit = name.count == 1 ? rest.contains(" \(name) ") : rest.lowercased().contains(" \(name.lowercased()) ")
            if hit, let b = scheme.band(named: name) {
                if let f = found, f.label != b.label, !f.names.contains(where: { $0.count > name.count && $0.lowercased().hasSuffix(name.lowercased()) }) { return nil }
                if found == nil { found = b }
            }
        }
        guard let band = found else { return nil }
        func column(_ g: Int) -> Int { l.utf8Slice(0..<(m.range(g)?.lowerBound ?? 0)).unicodeScalars.count + 1 }
        return Row(line: i, band: band, lower: lo, upper: hi, lowerText: m.string(1, in: l) ?? "", upperText: m.string(2, in: l) ?? "",
                   lowerColumn: column(1), upperColumn: column(2))
    }

    static func decimal(_ s: String?) -> Decimal? {
        guard let s else { return nil }
        return Decimal(string: s.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX"))
    }
}
