import Foundation

/// What the ratio checks share: whether a ratio claim holds, is capped, or is off.
enum RatioJudgement {
    case holds
    case truncated(down: Bool, expected: Decimal)
    /// 100% written where realisasi exceeds target: a cap, not arithmetic.
    case capped(raw: Decimal)
    case mismatch(expected: Decimal)
    case zeroDenominator

    static func of(_ claim: RatioClaim) -> RatioJudgement {
        if claim.hasZeroDenominator { return .zeroDenominator }
        let candidates = claim.candidates
        guard let primary = candidates.first?.0 else { return .zeroDenominator }
        let stated = claim.stated
        var truncated: RatioJudgement?
        for (computed, lower) in candidates {
            switch Agreement.of(stated: stated, computed: computed) {
            case .consistent: return .holds
            case .truncated(let down): truncated = truncated ?? .truncated(down: down, expected: (claim.point(lower: lower) ?? computed.mid).rounded(stated.decimals))
            case .mismatch: break
            }
        }
        if let truncated { return truncated }
        let point = claim.point(lower: candidates[0].lower) ?? primary.mid
        if claim.kind == .capaian && stated.value == 100 && primary.lower > 100 {
            return .capped(raw: point.rounded(2))
        }
        return .mismatch(expected: point.rounded(stated.decimals))
    }
}

enum Describe {
    /// "Realisasi 3,87 ÷ target 3,25 × 100%".
    static func ratio(_ c: RatioClaim) -> Message {
        let r = c.numerator.text, t = c.denominator.text
        if c.lowerIsBetter {
            return Message(id: "(2 × target \(t) − realisasi \(r)) ÷ target \(t) × 100% (indikator makin kecil makin baik)",
                           en: "(2 × target \(t) − realisasi \(r)) ÷ target \(t) × 100% (lower is better)")
        }
        switch c.kind {
        case .capaian:
            return Message(id: "realisasi \(r) ÷ target \(t) × 100%", en: "realisasi \(r) ÷ target \(t) × 100%")
        case .percent:
            return Message(id: "\(r) ÷ \(t) × 100%", en: "\(r) ÷ \(t) × 100%")
        }
    }

    static func truncation(_ down: Bool) -> Message {
        down ? Message(id: "dipotong, bukan dibulatkan", en: "truncated instead of rounded")
             : Message(id: "dibulatkan ke atas, bukan dibulatkan biasa", en: "rounded up instead of rounded")
    }
}
