import Foundation

public struct PercentMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "percent-mismatch", severity: .error,
        summary: Message(id: "Persentase tidak sama dengan bagian ÷ keseluruhan × 100% (anggaran, PNBP, \"N dari M\", kenaikan).",
                         en: "A percentage differs from part ÷ whole × 100% (budget, PNBP, \"N of M\", growth)."),
        rationale: Message(id: "Penyerapan anggaran = realisasi ÷ pagu; capaian PNBP = realisasi ÷ target; kenaikan = (baru − lama) ÷ lama.",
                           en: "Budget absorption = realisasi ÷ pagu; PNBP capaian = realisasi ÷ target; growth = (new − old) ÷ old."),
        triggering: [
            "Realisasi belanja tahun 2023 adalah sebesar Rp. 8.497.875.809 atau ↓98,53% dari total anggaran Rp. 8.538.182.000.\n",
            "Kegiatan\tAnggaran\tRealisasi\tPersentase\nProgram Dukungan Manajemen\tRp. 5.976.993.000\tRp. 5.942.804.456\t↓99,76 %\n",
            "Sebanyak 45 dari 50 pegawai (↓80%) telah mengikuti pelatihan.\n",
            "Nilai IKM naik dari 3,20 menjadi 3,87 atau mengalami peningkatan sebesar ↓17,3%.\n",
            "Kinerja Keuangan Tahun 2022 Tahun 2023\nTarget PNBP Rp. 1.649.500.000 Rp. 1.732.400.000\nRealisasi Rp. 3.301.009.748 Rp. 4.242.992.013\nCapaian 200 % ↓254 %\n",
            "Serapan anggaran mencapai ↓98,93 persen dari pagu senilai Rp4.600.000, atau terealisasi Rp4.551.000.000.\n",
            "Pagu DIPA tahun 2024 sebesar Rp 4.600.000.000. Sampai dengan Triwulan II, anggaran terealisasi Rp.\n1.932.000.000 (↓44.00%).\n",
            "Nilai IKM tahun 2024 sebesar 3,74, mengalami kenaikan sebanyak 0,06 indeks atau sebesar ↓1,60% dibanding tahun 2023 (3,68).\n",
            "Nilai IKM tahun 2024 sebesar 3,74, mengalami kenaikan sebanyak ↓0,05 indeks atau sebesar 1,63% dibanding tahun 2023 (3,68).\n",
            "Target tercapai dengan capaian 106,86%, lebih tinggi ↓16,86% dari target.\n",
        ],
        nonTriggering: [
            "Realisasi belanja tahun 2023 adalah sebesar Rp. 8.497.875.809 atau 99,53% dari total anggaran Rp. 8.538.182.000.\n",
            "Kegiatan\tAnggaran\tRealisasi\tPersentase\nProgram Dukungan Manajemen\tRp. 5,976,993,000\tRp. 5,942,804,456\t99.43 %\n",
            "Sebanyak 45 dari 50 pegawai (90%) telah mengikuti pelatihan.\n",
            "Nilai IKM naik dari 3,20 menjadi 3,87 atau mengalami peningkatan sebesar 20,9%.\n",
            "Kinerja Keuangan Tahun 2022 Tahun 2023\nTarget PNBP Rp. 1.649.500.000 Rp. 1.732.400.000\nRealisasi Rp. 3.301.009.748 Rp. 4.242.992.013\nCapaian 200 % 245 %\n",
            "Serapan anggaran mencapai 98,93 persen dari pagu senilai Rp4.600.000.000, atau terealisasi Rp4.551.000.000.\n",
            "Realisasi PNBP tahun 2024 sebesar Rp.3.125.000.000 atau 208,33% dari target sebesar Rp.1.500.000.000.\n",
            "Pagu DIPA tahun 2024 sebesar Rp 4.600.000.000. Sampai dengan Triwulan II, anggaran terealisasi Rp.\n1.932.000.000 (42.00%).\n",
            "Dari pagu awal Rp 4.800.000.000 dan pagu revisi Rp 4.600.000.000, realisasi mencapai Rp 4.551.000.000 atau 98,93%.\n",
            "Nilai IKM tahun 2024 sebesar 3,74, mengalami kenaikan sebanyak 0,06 indeks atau sebesar 1,63% dibanding tahun 2023 (3,68).\n",
            "Capaian tahun 2024 sebesar 105,22%, naik 3,67% dibanding tahun 2023 (101,50%).\n",
            "Target tercapai dengan capaian 106,86%, lebih tinggi 6,86% dari target.\n",
            "Capaian realisasi 98,40%, lebih tinggi 3,40% dari target 95%.\n",
            "Dari 4 indikator, nilai IKM mengalami kenaikan sebanyak 0,06 indeks dibanding tahun 2023 (3,68).\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for claim in context.claims.ratios where claim.kind == .percent {
            guard case .mismatch(let expected) = RatioJudgement.of(claim) else { continue }
            let exp = claim.stated.formatted(expected)
            let how = Describe.ratio(claim)
            let slip = DigitSlip.hint(claim)
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: claim.stated.location,
                                  message: Message(id: "persentase tertulis \(claim.stated.text), padahal \(how.id) = \(exp) (\(claim.origin.message.id))\(slip.id)",
                                                   en: "the percentage is written \(claim.stated.text), but \(how.en) = \(exp) (\(claim.origin.message.en))\(slip.en)"),
                                  stated: claim.stated.text, expected: exp,
                                  related: [RelatedLocation(claim.numerator.location, Message(id: "bagian", en: "part")),
                                            RelatedLocation(claim.denominator.location, Message(id: "keseluruhan", en: "whole"))]))
        }
        for g in context.claims.growths {
            guard let v = GrowthJudgement.of(g), case .mismatch(let expected) = v else { continue }
            let exp = g.stated.formatted(expected)
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: g.stated.location,
                                  message: Message(id: "kenaikan/penurunan tertulis \(g.stated.text), padahal dari \(g.from.text) ke \(g.to.text) perubahannya (\(g.to.text) − \(g.from.text)) ÷ \(g.from.text) = \(exp)",
                                                   en: "the change is written \(g.stated.text), but from \(g.from.text) to \(g.to.text) it is (\(g.to.text) − \(g.from.text)) ÷ \(g.from.text) = \(exp)"),
                                  stated: g.stated.text, expected: exp,
                                  related: [RelatedLocation(g.from.location, Message(id: "nilai awal", en: "earlier value")),
                                            RelatedLocation(g.to.location, Message(id: "nilai akhir", en: "later value"))]))
        }
        out += differences(context)
        return out
    }

    /// Difference sentences: the absolute difference and its percentage, each against the
    /// two values the sentence names.
    func differences(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for c in context.claims.differences {
            let related = [c.from.map { RelatedLocation($0.location, Message(id: "nilai awal", en: "earlier value")) },
                           RelatedLocation(c.to.location, Message(id: "nilai akhir", en: "later value"))].compactMap { $0 }
            if let d = c.difference, case .mismatch(let e, _) = DifferenceJudgement.difference(c), let from = c.from {
                let exp = d.formatted(e)
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: d.location,
                                      message: Message(id: "selisih tertulis \(d.text), padahal \(c.to.text) − \(from.text) = \(exp)",
                                                       en: "the difference is written \(d.text), but \(c.to.text) − \(from.text) = \(exp)"),
                                      stated: d.text, expected: exp, related: related))
            }
            guard let p = c.percent, case .mismatch(let e, let wrongBase) = DifferenceJudgement.percent(c) else { continue }
            let exp = p.formatted(e)
            let message: Message
            if let from = c.from, !c.againstTarget {
                let base = wrongBase ? Message(id: "; \(p.text) adalah selisih ÷ nilai akhir \(c.to.text), bukan ÷ nilai awal", en: "; \(p.text) is the change ÷ the later value \(c.to.text), not ÷ the earlier one") : Message(id: "", en: "")
                message = Message(id: "perubahan tertulis \(p.text), padahal (\(c.to.text) − \(from.text)) ÷ \(from.text) = \(exp)\(base.id)",
                                  en: "the change is written \(p.text), but (\(c.to.text) − \(from.text)) ÷ \(from.text) = \(exp)\(base.en)")
            } else {
                message = Message(id: "selisih terhadap target tertulis \(p.text), padahal capaian \(c.to.text) − 100% = \(exp)",
                                  en: "the margin over the target is written \(p.text), but capaian \(c.to.text) − 100% = \(exp)")
            }
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: p.location,
                                  message: message, stated: p.text, expected: exp, related: related))
        }
        return out
    }
}

enum GrowthJudgement {
    case holds, truncated(down: Bool, expected: Decimal), mismatch(expected: Decimal)

    /// Relative change; between two percentages a change in points is also accepted.
    static func of(_ g: GrowthClaim) -> GrowthJudgement? {
        guard let rel = (g.to.interval - g.from.interval) / g.from.interval else { return nil }
        let relative = DecimalInterval(abs(rel.lower), abs(rel.upper)) * 100
        let candidates = [relative] + (g.from.isPercent && g.to.isPercent ? [DecimalInterval(abs((g.to.interval - g.from.interval).lower), abs((g.to.interval - g.from.interval).upper))] : [])
        var truncated: GrowthJudgement?
        for c in candidates {
            let lo = min(c.lower, c.upper), hi = max(c.lower, c.upper)
            let fixed = DecimalInterval(lo, hi)
            switch Agreement.of(stated: g.stated, computed: fixed) {
            case .consistent: return .holds
            case .truncated(let d): truncated = truncated ?? .truncated(down: d, expected: Agreement.expected(fixed, decimals: g.stated.decimals))
            case .mismatch: break
            }
        }
        return truncated ?? .mismatch(expected: Agreement.expected(relative, decimals: g.stated.decimals))
    }
}

/// A part or whole typed with three digits too few (`Rp4.600.000` for `Rp4.600.000.000`):
/// the stated percentage fits once that amount is a thousand times larger.
enum DigitSlip {
    static func hint(_ claim: RatioClaim) -> Message {
        guard claim.numerator.isAmount, claim.denominator.isAmount else { return Message(id: "", en: "") }
        let scaled = claim.denominator.interval * Decimal(1000)
        if let r = claim.numerator.interval / scaled, case .consistent = Agreement.of(stated: claim.stated, computed: r * 100) {
            return Message(id: "; \(claim.denominator.text) tampaknya kurang tiga digit (× 1.000 memberi \(claim.stated.text))",
                           en: "; \(claim.denominator.text) looks three digits short (× 1,000 gives \(claim.stated.text))")
        }
        if let r = (claim.numerator.interval * Decimal(1000)) / claim.denominator.interval, case .consistent = Agreement.of(stated: claim.stated, computed: r * 100) {
            return Message(id: "; \(claim.numerator.text) tampaknya kurang tiga digit (× 1.000 memberi \(claim.stated.text))",
                           en: "; \(claim.numerator.text) looks three digits short (× 1,000 gives \(claim.stated.text))")
        }
        return Message(id: "", en: "")
    }
}
