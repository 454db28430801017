import Foundation

/// A value whose stated category is not the band the regulation puts it in.
public struct CategoryMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "category-mismatch", severity: .warning,
        summary: Message(id: "Kategori yang ditulis tidak sesuai dengan rentang nilai menurut peraturan (IKPA, IKM, predikat SAKIP).",
                         en: "The category written does not match the value's band under the regulation (IKPA, IKM, SAKIP predicate)."),
        rationale: Message(id: "Rentang kategori ada di paket checks/categories.yml: IKPA (PER-5/PB/2022), IKM skala 1–4 dan 25–100 (Permenpan-RB 14/2017), predikat SAKIP (Permenpan-RB 88/2021). Nilai yang pembulatannya melintasi batas kategori tidak dinilai.",
                           en: "The bands live in the pack checks/categories.yml: IKPA (PER-5/PB/2022), IKM on the 1–4 and 25–100 scales (Permenpan-RB 14/2017), SAKIP predicates (Permenpan-RB 88/2021). A value whose rounding straddles a band boundary is not judged."),
        source: "PER-5/PB/2022; Permenpan-RB 14/2017; Permenpan-RB 88/2021", pack: "categories.yml",
        triggering: [
            "Nilai IKPA tahun 2024 sebesar 93,48 dengan kategori ↓Sangat Baik.\n",
            "Nilai IKM tahun 2023 sebesar 3,20 sehingga termasuk kategori ↓Sangat Baik.\n",
            "Hasil evaluasi SAKIP memberikan nilai 78,10 dengan predikat ↓A.\n",
        ],
        nonTriggering: [
            "Nilai IKPA tahun 2024 sebesar 93,48 dengan kategori Baik.\n",
            "Nilai IKPA Kanwil sebesar 96,20 dari target 95,00 atau 101,26%, dengan kategori Sangat Baik.\n",
            "Nilai IKM tahun 2025 memperoleh hasil sebesar 3,78 dari target 3,60 atau capaian 100%, dengan kategori Sangat Baik.\n",
            "Hasil evaluasi SAKIP memberikan nilai 82,89 (kategori A) dari target 80,00.\n",
            "Nilai akhir IKPA adalah sebesar 96,12. Berdasarkan PER-5/PB/2022 nilai akhir IKPA dikategorikan Sangat Baik karena berada pada range nilai 95 - 100.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        CategoryStatement.all(context.document, packs: context.packs).compactMap { st in
            guard let label = st.label, let written = st.scheme.band(named: label) else { return nil }
            let iv = st.value.interval
            // A value whose rounding straddles a boundary is not judged.
            guard let lo = st.scheme.band(for: iv.lower), let hi = st.scheme.band(for: iv.upper), lo.label == hi.label,
                  lo.label != written.label else { return nil }
            let range = bandText(st.scheme, lo)
            return Diagnostic(rule: description.id, severity: description.severity, location: st.labelLocation,
                              message: Message(id: "\(st.scheme.name) \(st.value.text) ditulis berkategori \(label), padahal menurut \(st.scheme.source) nilai \(range) berkategori \(lo.label)",
                                               en: "\(st.scheme.name) \(st.value.text) is written as category \(label), but under \(st.scheme.source) a value \(range) is \(lo.label)"),
                              stated: label, expected: lo.label,
                              related: [RelatedLocation(st.value.location, Message(id: "nilai \(st.value.text)", en: "value \(st.value.text)"))])
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
