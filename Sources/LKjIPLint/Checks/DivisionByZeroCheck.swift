import Foundation

public struct DivisionByZeroCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "division-by-zero", severity: .warning,
        summary: Message(id: "Capaian atau persentase dinyatakan untuk penyebut nol atau Nihil.",
                         en: "A capaian or percentage is stated for a zero or Nihil denominator."),
        rationale: Message(id: "0 ÷ 0 tidak terdefinisi: 0% untuk Nihil/Nihil mengubah \"tidak ada kasus\" menjadi kegagalan. Untuk target nol dengan realisasi positif, 100%, 0 atau \"-\" adalah konvensi yang lazim dan tidak dilaporkan; nilai lain tidak dapat dihitung dan dilaporkan.",
                           en: "0 ÷ 0 is undefined: 0% for Nihil/Nihil turns \"no cases\" into failure. For a zero target with a positive realisasi, 100%, 0 or \"-\" are the usual conventions and are not reported; any other value cannot be computed and is reported."),
        triggering: [
            "Tahun\tTarget\tRealisasi\tCapaian\n2024\tNihil\tNihil\t↓0%\n",
            "Kinerja Keuangan Tahun 2021 Tahun 2022\nTarget PNBP Rp. 0 Rp. 1.649.500.000\nRealisasi Rp. 12.388.036 Rp. 3.301.009.748\nCapaian ↓245 % 200 %\n",
        ],
        nonTriggering: [
            "Kinerja Keuangan Tahun 2021 Tahun 2022\nTarget PNBP Rp. 0 Rp. 1.649.500.000\nRealisasi Rp. 12.388.036 Rp. 3.301.009.748\nCapaian 100 % 200 %\n",
            "Akun\tTarget\tRealisasi\tPersentase\n425912\tRp -\tRp 2.269.900\t0\n",
            "Tahun\tTarget\tRealisasi\tCapaian\n2024\t4\t4\t100%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        context.claims.ratios.compactMap { claim in
            guard claim.hasZeroDenominator else { return nil }
            // "-" or "Nihil" as the result says "not applicable": exactly right.
            if claim.stated.kind == .zero { return nil }
            let numeratorZero = claim.numerator.value == 0
            // "0" or "100%" beside a positive numerator: the table's convention for a zero
            // target (GENRE.md §2.12), not a result.
            if !numeratorZero && (claim.stated.value == 0 || claim.stated.value == 100) { return nil }
            // 0 ÷ 0 shown as 0% in a budget table is the finance application's display; for an
            // indicator (or a Nihil case) it reads as "achieved nothing".
            if numeratorZero && claim.stated.value == 0 && claim.kind != .capaian && !claim.numerator.isNihil && !claim.denominator.isNihil { return nil }
            let what = numeratorZero
                ? Message(id: "\(claim.numerator.text) ÷ \(claim.denominator.text) tidak terdefinisi (0 ÷ 0), bukan \(claim.stated.text); tulis \"-\" atau \"tidak dapat diukur\"",
                          en: "\(claim.numerator.text) ÷ \(claim.denominator.text) is undefined (0 ÷ 0), not \(claim.stated.text); write \"-\" or \"not measurable\"")
                : Message(id: "\(claim.numerator.text) ÷ \(claim.denominator.text) tidak dapat dihitung karena penyebutnya nol, tetapi ditulis \(claim.stated.text)",
                          en: "\(claim.numerator.text) ÷ \(claim.denominator.text) cannot be computed because the denominator is zero, yet \(claim.stated.text) is written")
            return Diagnostic(rule: description.id, severity: description.severity, location: claim.stated.location,
                              message: Message(id: what.id + " (\(claim.origin.message.id))", en: what.en + " (\(claim.origin.message.en))"),
                              stated: claim.stated.text, expected: "-",
                              related: [RelatedLocation(claim.denominator.location, Message(id: "penyebut nol", en: "zero denominator"))])
        }
    }
}
