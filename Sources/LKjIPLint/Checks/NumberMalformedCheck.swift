import Foundation

/// A figure whose separators give no clean reading (`Rp.2.118.400.250.000.00`,
/// `6.412.330,000` as an amount, `24.000.1`): the linter does not guess what was meant, it
/// says where the figure is so that the writer can fix it (GENRE.md §1 N10).
public struct NumberMalformedCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "number-malformed", severity: .warning,
        summary: Message(id: "Angka ditulis dengan pemisah ribuan/desimal yang tidak dapat dibaca dengan pasti, mis. Rp.2.118.400.250.000.00.",
                         en: "A figure written with thousands/decimal separators that give no certain reading, e.g. Rp.2.118.400.250.000.00."),
        rationale: Message(id: "Titik memisahkan ribuan dan koma menandai desimal (atau sebaliknya dalam gaya Inggris); kelompok ribuan selalu tiga angka. Angka yang melanggar itu tidak ditebak maknanya.",
                           en: "Dots group thousands and a comma marks decimals (or the other way round in English style); thousands groups always have three digits. A figure that breaks this is not guessed."),
        triggering: [
            "Pagu anggaran tahun 2024 sebesar ↓Rp.2.118.400.250.000.00 telah direalisasikan.\n",
            "Uraian\tPagu\nBelanja Barang\t↓Rp 6.412.330,000\n",
        ],
        nonTriggering: [
            "Pagu anggaran tahun 2024 sebesar Rp 2.118.400.250.000,00 telah direalisasikan.\n",
            "Direktorat Jenderal dan seluruh satuan kerja di bawahnya mengemban misi ke 2,3,6 dan 7.\n",
            "Rentang nilai 3.0712 – 3.5006 termasuk kategori Baik; pagu Rp 2,561,189,000 dan 1.204,55% dari target.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for a in context.analysis.blocks {
            // "misi ke 2,3,6 dan 7" lists small numbers: only amounts, percentages and long
            // figures are figures that went wrong.
            for q in a.quantities + a.cells.joined().joined() where q.number.malformed && q.kind == .quantity
                && (q.isAmount || q.isPercent || q.text.filter(\.isNumber).count >= 5) {
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: q.location,
                                      message: Message(id: "angka \(q.text) ditulis dengan pemisah yang janggal (kelompok ribuan harus tiga angka; titik dan koma tidak boleh tertukar); periksa penulisannya",
                                                       en: "the figure \(q.text) has odd separators (thousands groups have three digits; dots and commas must not be mixed up); check how it is written"),
                                      stated: q.text))
            }
        }
        return out
    }
}
