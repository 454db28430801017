import Foundation

/// A closed interval of decimals: the set of values a shown (rounded) number may stand for.
/// Arithmetic follows interval rules so that a recomputed ratio carries its inputs' doubt.
public struct DecimalInterval: Sendable, Equatable, CustomStringConvertible {
    public let lower: Decimal
    public let upper: Decimal

    public init(_ lower: Decimal, _ upper: Decimal) {
        self.lower = Swift.min(lower, upper)
        self.upper = Swift.max(lower, upper)
    }

    public init(exactly value: Decimal) { self.init(value, value) }

    /// The values that round to `value` at `decimals` places: [v − h, v + h].
    public init(shown value: Decimal, decimals: Int) {
        let half = Decimal(sign: .plus, exponent: -decimals, significand: 5) / 10
        self.init(value - half, value + half)
    }

    public var description: String { "[\(lower), \(upper)]" }
    public var mid: Decimal { (lower + upper) / 2 }

    public func intersects(_ other: DecimalInterval) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    public func contains(_ v: Decimal) -> Bool { lower <= v && v <= upper }

    public static func + (a: DecimalInterval, b: DecimalInterval) -> DecimalInterval {
        DecimalInterval(a.lower + b.lower, a.upper + b.upper)
    }

    public static func - (a: DecimalInterval, b: DecimalInterval) -> DecimalInterval {
        DecimalInterval(a.lower - b.upper, a.upper - b.lower)
    }

    public static func * (a: DecimalInterval, b: DecimalInterval) -> DecimalInterval {
        let p = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
        return DecimalInterval(p.min()!, p.max()!)
    }

    /// Nil when the divisor's interval contains zero: the quotient is unbounded.
    public static func / (a: DecimalInterval, b: DecimalInterval) -> DecimalInterval? {
        if b.lower <= 0 && b.upper >= 0 { return nil }
        let q = [a.lower / b.lower, a.lower / b.upper, a.upper / b.lower, a.upper / b.upper]
        return DecimalInterval(q.min()!, q.max()!)
    }

    public static func * (a: DecimalInterval, k: Decimal) -> DecimalInterval {
        DecimalInterval(a.lower * k, a.upper * k)
    }

    /// Sum of many intervals.
    public static func sum<S: Sequence>(_ items: S) -> DecimalInterval where S.Element == DecimalInterval {
        items.reduce(DecimalInterval(exactly: 0), +)
    }
}

extension Decimal {
    /// Rounds to `places` decimals with the given mode (plain, down, up).
    public func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, places, mode)
        return result
    }

    public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }
}
