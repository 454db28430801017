import Foundation

public struct CapaianMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "capaian-mismatch", severity: .error,
        summary: Message(id: "Capaian indikator tidak sama dengan realisasi ÷ target × 100%.",
                         en: "An indicator's capaian differs from realisasi ÷ target × 100%."),
        rationale: Message(id: "Capaian = realisasi ÷ target × 100%; untuk indikator yang makin kecil makin baik, (2 × target − realisasi) ÷ target × 100%. Angka dibandingkan sesuai ketelitian yang ditulis.",
                           en: "Capaian = realisasi ÷ target × 100%; for lower-is-better indicators, (2 × target − realisasi) ÷ target × 100%. Numbers are compared at the precision they are written with."),
        source: "Permenpan-RB 53/2014",
        triggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,87\t↓125,00%\n",
            "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase TAK yang ditangani | 90% | 81% | ↓100% |\n",
            "Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau ↓110,00%.\n",
            "Target Realisasi Capaian\n\n1. Persentase pelanggaran disiplin\n\n5%  4% ↓80%\n",
        ],
        nonTriggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,87\t119,08%\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Unit Kerja\t3,1 (Indeks)\t3,21 (Indeks)\t103,55 %\n",
            "Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 119,08%.\n",
            "Target Realisasi Capaian\n\n1. Persentase pelanggaran disiplin\n\n5%  4% 120%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        context.claims.ratios.filter { $0.kind == .capaian }.compactMap { claim in
            guard case .mismatch(let expected) = RatioJudgement.of(claim) else { return nil }
            let how = Describe.ratio(claim)
            let exp = claim.stated.formatted(expected)
            return Diagnostic(
                rule: description.id, severity: description.severity, location: claim.stated.location,
                message: Message(id: "capaian tertulis \(claim.stated.text), padahal \(how.id) = \(exp) (\(claim.origin.message.id))",
                                 en: "capaian is written \(claim.stated.text), but \(how.en) = \(exp) (\(claim.origin.message.en))"),
                stated: claim.stated.text, expected: exp,
                related: [RelatedLocation(claim.denominator.location, Message(id: "target", en: "target")),
                          RelatedLocation(claim.numerator.location, Message(id: "realisasi", en: "realisasi"))])
        }
    }
}
