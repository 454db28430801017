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
        if DecimalInterval(value, value + ulp).intersects(computed) && computed.lower >= value { return .truncated(down: true) }
        if DecimalInterval(value - ulp, value).intersects(computed) && computed.upper <= value { return .truncated(down: false) }
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
    public var computed: DecimalInterval? {
        let scale: Decimal = stated.unit == .percent || stated.value > 10 || kind == .capaian ? 100 : 1
        let num = numerator.interval, den = denominator.interval
        if lowerIsBetter {
            guard let q = (den * 2 - num) / den else { return nil }
            return q * scale
        }
        guard let q = num / den else { return nil }
        return q * scale
    }

    public var hasZeroDenominator: Bool { denominator.value == 0 }
}
