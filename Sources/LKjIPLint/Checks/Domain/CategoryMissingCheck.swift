import Foundation

/// A sentence that announces a category for a value ("dikategorikan [kategori]",
/// "dikategorikan karena berada pada range nilai …") and leaves it out.
public struct CategoryMissingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "category-missing", severity: .warning,
        summary: Message(id: "Kalimat mengumumkan kategori nilai (IKPA, IKM, SAKIP) tetapi kategorinya tidak diisi.",
                         en: "A sentence announces the category of a value (IKPA, IKM, SAKIP) but leaves it empty."),
        rationale: Message(id: "Kategori yang seharusnya dihitung dari nilai dengan skema di paket checks/categories.yml.",
                           en: "The category it should be is computed from the value with the scheme in the pack checks/categories.yml."),
        source: "PER-5/PB/2022; Permenpan-RB 14/2017; Permenpan-RB 88/2021", pack: "categories.yml",
        triggering: [
            "Nilai akhir IKPA adalah sebesar 98,29. Berdasarkan PER-5/PB/2022 nilai akhir IKPA dikategorikan ↓[kategori] karena berada pada range nilai [range nilainya].\n",
            "Nilai akhir IKPA tahun 2023 sebesar 98,29 dikategorikan ↓karena berada pada range nilai 95 - 100.\n",
        ],
        nonTriggering: [
            "Nilai akhir IKPA adalah sebesar 96,12 dikategorikan Sangat Baik karena berada pada range nilai 95 - 100.\n",
            "Pengaduan dikategorikan [jenis] oleh petugas.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        context.claims.categories.compactMap { st in
            guard st.label == nil else { return nil }
            let should = st.scheme.band(for: st.value.value)?.label ?? "?"
            return Diagnostic(rule: description.id, severity: description.severity, location: st.labelLocation,
                              message: Message(id: "kategori \(st.scheme.name) \(st.value.text) tidak diisi; menurut \(st.scheme.source) seharusnya \(should)",
                                               en: "the category of \(st.scheme.name) \(st.value.text) is left empty; under \(st.scheme.source) it is \(should)"),
                              expected: should,
                              related: [RelatedLocation(st.value.location, Message(id: "nilai \(st.value.text)", en: "value \(st.value.text)"))])
        }
    }
}
