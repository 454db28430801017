import Foundation

public struct AverageMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "average-mismatch", severity: .error,
        summary: Message(id: "Nilai rata-rata tidak sama dengan rata-rata dari nilai yang dirangkumnya.",
                         en: "An average differs from the mean of the values it summarises."),
        rationale: Message(id: "Baris \"Rata-rata capaian\" dibandingkan dengan rata-rata capaian baris di atasnya (sampai baris rata-rata sebelumnya); kalimat \"rata-rata capaian … sebesar X%\" dengan capaian yang dirinci sesudahnya.",
                           en: "A \"Rata-rata capaian\" row is compared with the mean of the capaian above it (back to the previous average row); a sentence \"rata-rata capaian … sebesar X%\" with the capaian itemised after it."),
        triggering: [
            "Sasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nMeningkatnya penegakan hukum\t1. Persentase TAK ditindaklanjuti\t90%\t99%\t110,00%\nMeningkatnya kualitas layanan\t2. Indeks Kepuasan Masyarakat\t3,50\t3,74\t106,86%\n\t3. Persentase paspor terbit tepat waktu\t95%\t98,40%\t103,58%\n\nSecara keseluruhan rata-rata capaian kinerja unit ini sebesar ↓108,81%.\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nRencana Aksi RB\t100%\t125,48 %\t125,48 %\nIndeks Kepuasan Unit Kerja\t3,1 (Indeks)\t3,21 (Indeks)\t103,55 %\nRata-rata capaian Sasaran Kegiatan\t\t\t↓112,24%\n",
            "Nilai rata-rata capaian kinerja sebesar ↓105%, dengan rincian sebagai berikut:\n\n1. Capaian IKM memperoleh hasil sebesar 3,25 dari target 3,25 atau 100%.\n2. Capaian IPK memperoleh hasil sebesar 3,13 dari target 3,13 atau 100%.\n",
        ],
        nonTriggering: [
            // The mean of the sasaran means (110,00 and (106,86 + 103,58) / 2) is the other method (P10).
            "Sasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nMeningkatnya penegakan hukum\t1. Persentase TAK ditindaklanjuti\t90%\t99%\t110,00%\nMeningkatnya kualitas layanan\t2. Indeks Kepuasan Masyarakat\t3,50\t3,74\t106,86%\n\t3. Persentase paspor terbit tepat waktu\t95%\t98,40%\t103,58%\n\nSecara keseluruhan rata-rata capaian kinerja unit ini sebesar 107,61%.\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nRencana Aksi RB\t100%\t125,48 %\t125,48 %\nIndeks Kepuasan Unit Kerja\t3,1 (Indeks)\t3,21 (Indeks)\t103,55 %\nRata-rata capaian Sasaran Kegiatan\t\t\t114,52%\n",
            "Nilai rata-rata capaian kinerja sebesar 100%, dengan rincian sebagai berikut:\n\n1. Capaian IKM memperoleh hasil sebesar 3,25 dari target 3,25 atau 100%.\n2. Capaian IPK memperoleh hasil sebesar 3,13 dari target 3,13 atau 100%.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        context.claims.means.compactMap { claim in
            guard let mean = DecimalInterval.sum(claim.items.map(\.interval)) * (1 / Decimal(claim.items.count)) as DecimalInterval?,
                  Agreement.of(stated: claim.stated, computed: mean) == .mismatch,
                  // Either method the report may use holds (by indicator, or by sasaran).
                  !claim.alternatives.contains(where: { Agreement.of(stated: claim.stated, computed: $0) != .mismatch }) else { return nil }
            // A whole-number mean stated against a fractional one: show the fraction (4,50, not 4).
            let fractional = NSDecimalNumber(decimal: mean.mid).doubleValue.truncatingRemainder(dividingBy: 1) != 0
            let exp = claim.stated.formatted(mean.mid, decimals: claim.stated.decimals == 0 && fractional ? 2 : claim.stated.decimals)
            let terms = claim.items.count <= 6 ? "(" + claim.items.map(\.text).joined(separator: " + ") + ") ÷ \(claim.items.count)" : "rata-rata \(claim.items.count) nilai"
            return Diagnostic(
                rule: description.id, severity: description.severity, location: claim.stated.location,
                message: Message(id: "rata-rata tertulis \(claim.stated.text), padahal \(terms) = \(exp) (\(claim.origin.message.id))",
                                 en: "the average is written \(claim.stated.text), but \(terms) = \(exp) (\(claim.origin.message.en))"),
                stated: claim.stated.text, expected: exp,
                related: claim.items.prefix(12).map { RelatedLocation($0.location, Message(id: "nilai \($0.text)", en: "value \($0.text)")) })
        }
    }
}
