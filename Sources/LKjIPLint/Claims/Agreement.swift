import Foundation

/// How a stated (rounded) number relates to what its inputs give.
public enum Agreement: Equatable, Sendable {
    case consistent
    /// Consistent only if the writer cut digits off (or rounded up) instead of rounding.
    case truncated(down: Bool)
    case mismatch

    /// `computed` is the interval the inputs allow; `stated` is read with its precision.
    public static func of(stated: Quantity, computed: DecimalInterval) -> Agreement {
        of(value: stated.value, decimals: stated.decimals, computed: computed)
    }

    public static func of(value: Decimal, decimals: Int, computed: DecimalInterval) -> Agreement {
        if DecimalInterval(shown: value, decimals: decimals).intersects(computed) { return .consistent }
        let ulp = Decimal(sign: .plus, exponent: -decimals, significand: 1)
        // Truncation: the true value lies in [v, v + ulp). Rounding up: in (v − ulp, v].
        if computed.lower >= value && computed.lower < value + ulp { return .truncated(down: true) }
        if computed.upper <= value && computed.upper > value - ulp { return .truncated(down: false) }
        return .mismatch
    }

    /// The value the inputs give, rounded the way the stated number is shown.
    public static func expected(_ computed: DecimalInterval, decimals: Int) -> Decimal {
        computed.mid.rounded(decimals)
    }
}

extension RatioClaim {
    /// The interval of realisasi/target × scale (or its lower-is-better form); nil when
    /// the denominator can be zero.
    public var computed: DecimalInterval? { lowerIsBetter ? lowerForm : higherForm }

    /// The formulas the claim may follow: the catalog's when it knows the polarity, either
    /// when it does not (an unknown indicator is not held to a guess).
    public var candidates: [(DecimalInterval, lower: Bool)] {
        switch polarity {
        case .lower: return lowerForm.map { [($0, true)] } ?? []
        case .higher: return higherForm.map { [($0, false)] } ?? []
        case nil: return (higherForm.map { [($0, false)] } ?? []) + (kind == .capaian ? (lowerForm.map { [($0, true)] } ?? []) : [])
        }
    }

    var scale: Decimal { stated.unit == .percent || stated.value > 10 || kind == .capaian ? 100 : 1 }

    var higherForm: DecimalInterval? {
        (numerator.interval / denominator.interval).map { $0 * scale }
    }

    /// The value from the figures as written (no rounding doubt): what a message shows.
    func point(lower: Bool) -> Decimal? {
        let n = numerator.value, d = denominator.value
        guard d != 0 else { return nil }
        return (lower ? (2 * d - n) / d : n / d) * scale
    }

    var lowerForm: DecimalInterval? {
        let den = denominator.interval
        return ((den * 2 - numerator.interval) / den).map { $0 * scale }
    }

    public var hasZeroDenominator: Bool { denominator.value == 0 }
}
