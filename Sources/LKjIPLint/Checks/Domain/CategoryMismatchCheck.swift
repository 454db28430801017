import Foundation

/// A value whose stated category is not the band the regulation puts it in.
public struct CategoryMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "category-mismatch", severity: .warning,
        summary: Message(id: "Kategori yang ditulis tidak sesuai dengan rentang nilai menurut peraturan (IKPA, IKM, predikat SAKIP).",
                         en: "The category written does not match the value's band under the regulation (IKPA, IKM, SAKIP predicate)."),
        rationale: Message(id: "Rentang kategori ada di paket checks/categories.yml: IKPA (PER-5/PB/2022), IKM skala 1–4 dan 25–100 (Permenpan-RB 14/2017), predikat SAKIP (Permenpan-RB 88/2021). Nilai yang pembulatannya melintasi batas kategori tidak dinilai. Bila dokumen memuat tabel kategorinya sendiri (misalnya tabel interval IKM), nilai dinilai dengan tabel itu, dan batas tabel yang berbeda dengan peraturan dilaporkan.",
                           en: "The bands live in the pack checks/categories.yml: IKPA (PER-5/PB/2022), IKM on the 1–4 and 25–100 scales (Permenpan-RB 14/2017), SAKIP predicates (Permenpan-RB 88/2021). A value whose rounding straddles a band boundary is not judged. When the document carries its own category table (an IKM interval table, say), values are judged with that table, and a bound of the table that differs from the regulation's is reported."),
        source: "PER-5/PB/2022; Permenpan-RB 14/2017; Permenpan-RB 88/2021", pack: "categories.yml",
        triggering: [
            "Nilai IKPA tahun 2024 sebesar 93,48 dengan kategori ↓Sangat Baik.\n",
            "Nilai IKM tahun 2023 sebesar 3,20 sehingga termasuk kategori ↓Sangat Baik.\n",
            "Hasil evaluasi SAKIP memberikan nilai 78,10 dengan predikat ↓A.\n",
            // The document's own IKM table disagrees with Permenpan-RB 14/2017 (2,59996 for 2,5996).
            "Interval Indeks Kepuasan Masyarakat:\n\nA Sangat Baik 3.5324 - 4\nB Baik 3.0644 - 3.532\nC Kurang Baik 2.60 - 3.064\nD Tidak Baik 1 - ↓2.59996\n",
            // A value judged with the document's own table (here its Baik starts at 3,00).
            "Nilai Interval IKM:\n\n1 1,00 – 2,5996 D TIDAK BAIK\n2 2,60 – 3,064 C KURANG BAIK\n3 ↓3,00 – 3,532 B BAIK\n4 3,5324 – 4,00 A SANGAT BAIK\n\nNilai IKM tahun 2023 sebesar 3,02 sehingga termasuk kategori ↓Kurang Baik.\n",
        ],
        nonTriggering: [
            "Nilai IKPA tahun 2024 sebesar 93,48 dengan kategori Baik.\n",
            "Nilai IKPA Kanwil sebesar 96,20 dari target 95,00 atau 101,26%, dengan kategori Sangat Baik.\n",
            "Nilai IKM tahun 2025 memperoleh hasil sebesar 3,78 dari target 3,60 atau capaian 100%, dengan kategori Sangat Baik.\n",
            "Hasil evaluasi SAKIP memberikan nilai 82,89 (kategori A) dari target 80,00.\n",
            "Nilai akhir IKPA adalah sebesar 96,12. Berdasarkan PER-5/PB/2022 nilai akhir IKPA dikategorikan Sangat Baik karena berada pada range nilai 95 - 100.\n",
            // The document's own IKM table, as the regulation draws it, and a value it places.
            "Nilai Persepsi Nilai Interval Ikm Mutu Pelayanan Kinerja Unit Pelayanan\n\n1 1.00 – 2.5996 D TIDAK BAIK\n2 2.60 – 3.064 C KURANG BAIK\n3 3.0644 – 3.532 B BAIK\n4 3.5324 – 4.00 A SANGAT BAIK\n\nNilai IKM sebesar 3,96 dengan mutu pelayanan sangat baik.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let tables = CategoryTable.all(context.document.lines, schemes: context.packs.domain.categorySchemes)
        return tableFindings(tables) + statementFindings(context, tables)
    }

    /// A value judged with the document's own table for its scheme when it carries one (the
    /// nearest table before the value, else the first), with the pack's bands otherwise.
    func statementFindings(_ context: CheckContext, _ tables: [CategoryTable]) -> [Diagnostic] {
        context.claims.categories.compactMap { st in
            let own = tables.filter { $0.scheme.id == st.scheme.id }.compactMap { t in t.documentScheme.map { (t.firstLine, $0) } }
            let scheme = (own.last { $0.0 < st.value.location.line - 1 } ?? own.first)?.1 ?? st.scheme
            guard let label = st.label, let written = scheme.band(named: label) else { return nil }
            let iv = st.value.interval
            // A value whose rounding straddles a boundary is not judged.
            guard let lo = scheme.band(for: iv.lower), let hi = scheme.band(for: iv.upper), lo.label == hi.label,
                  lo.label != written.label else { return nil }
            let range = bandText(scheme, lo)
            return Diagnostic(rule: description.id, severity: description.severity, location: st.labelLocation,
                              message: Message(id: "\(scheme.name) \(st.value.text) ditulis berkategori \(label), padahal menurut \(scheme.source) nilai \(range) berkategori \(lo.label)",
                                               en: "\(scheme.name) \(st.value.text) is written as category \(label), but under \(scheme.source) a value \(range) is \(lo.label)"),
                              stated: label, expected: lo.label,
                              related: [RelatedLocation(st.value.location, Message(id: "nilai \(st.value.text)", en: "value \(st.value.text)"))])
        }
    }

    /// The document's own category table against the regulation's bands: each bound as written.
    func tableFindings(_ tables: [CategoryTable]) -> [Diagnostic] {
        tables.flatMap { t in
            t.rows.flatMap { r -> [Diagnostic] in
                var out: [Diagnostic] = []
                let reg = NumberFormat.indonesian(r.band.min, decimals: decimals(r.band.min)) + (r.band.max.map { " – " + NumberFormat.indonesian($0, decimals: decimals($0)) } ?? "")
                func add(_ text: String, _ column: Int, _ should: Decimal) {
                    let s = NumberFormat.indonesian(should, decimals: decimals(should))
                    out.append(Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: r.line + 1, column: column),
                                          message: Message(id: "tabel kategori \(t.scheme.name) di dokumen memberi \(r.band.label) batas \(text), padahal menurut \(t.scheme.source) rentangnya \(reg)",
                                                           en: "the document's \(t.scheme.name) category table gives \(r.band.label) the bound \(text), but under \(t.scheme.source) its range is \(reg)"),
                                          stated: text, expected: s))
                }
                if r.lower != r.band.min { add(r.lowerText, r.lowerColumn, r.band.min) }
                if let m = r.band.max, r.upper != m { add(r.upperText, r.upperColumn, m) }
                return out
            }
        }
    }

    func bandText(_ s: CategoryScheme, _ b: CategoryScheme.Band) -> String {
        let upper = s.bands.filter { $0.min > b.min }.map(\.min).min()
        let lo = (b.above ? "> " : "") + NumberFormat.indonesian(b.min, decimals: decimals(b.min))
        guard let u = upper else { return "\(lo) – \(NumberFormat.indonesian(s.highest, decimals: decimals(s.highest)))" }
        return "\(lo) – < \(NumberFormat.indonesian(u, decimals: decimals(u)))"
    }

    func decimals(_ d: Decimal) -> Int {
        var n = 0
        var v = d
        while v != v.rounded(0) && n < 4 { v *= 10; n += 1 }
        return n
    }
}
