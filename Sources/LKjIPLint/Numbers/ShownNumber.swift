import Foundation

/// A number as the report shows it: its value, how many decimals it shows (its
/// precision), and how its separators were read.
public struct ShownNumber: Sendable, Equatable {
    public enum Style: String, Sendable { case plain, indonesian, english }

    public let value: Decimal
    public let decimals: Int
    public let style: Style
    /// Separators that fit no reading cleanly (`7.981.992,000`, `24.0001` in a count).
    public let malformed: Bool

    public var interval: DecimalInterval { DecimalInterval(shown: value, decimals: decimals) }

    /// Digits to Decimal without going through Foundation's string parser (a hot path).
    static func decimal(_ intPart: String, _ frac: String) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        for part in [intPart, frac] {
            for ch in part.utf8 {
                guard ch >= 48 && ch <= 57 else { return nil }
                if significand == 0 && ch == 48 { continue }
                significand = significand &* 10 &+ UInt64(ch - 48)
                digits += 1
            }
        }
        if digits > 18 {
            let text = frac.isEmpty ? intPart : intPart + "." + frac
            return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        }
        return Decimal(sign: .plus, exponent: -frac.count, significand: Decimal(significand))
    }

    /// Reads the digits and separators of one token. `amount` says the token is a Rupiah
    /// amount (whole rupiah, so a lone `,ddd` group is a thousands group, not decimals).
    public static func parse(_ raw: String, amount: Bool = false) -> ShownNumber? {
        let s = raw.filter { $0 != " " }
        guard let first = s.first, first.isASCII, first.isNumber else { return nil }
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        let groups = s.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        let tail = groups.count > 1 ? groups.last! : ""
        let inner = groups.dropFirst().dropLast()
        let innerAreThousands = inner.allSatisfy { $0.count == 3 } && groups[0].count <= 3

        func make(_ intPart: String, _ frac: String, _ style: Style, malformed: Bool = false) -> ShownNumber? {
            guard let v = ShownNumber.decimal(intPart, frac) else { return nil }
            return ShownNumber(value: v, decimals: frac.count, style: style, malformed: malformed)
        }

        if dots == 0 && commas == 0 { return make(s, "", .plain) }

        if dots > 0 && commas > 0 {
            // Both separators: the last one to appear marks the decimals.
            let lastDot = s.lastIndex(of: ".")!, lastComma = s.lastIndex(of: ",")!
            let decimalIsComma = lastComma > lastDot
            let groupSep: Character = decimalIsComma ? "." : ","
            let parts = s.split(separator: decimalIsComma ? "," : ".", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let intGroups = parts[0].split(separator: groupSep).map(String.init)
            let grouped = intGroups.dropFirst().allSatisfy { $0.count == 3 } && intGroups[0].count <= 3
            // `7.981.992,000` in an amount: three "decimals" of zeros read as a stray group.
            let suspicious = amount && parts[1].count == 3
            return make(intGroups.joined(), String(parts[1]), decimalIsComma ? .indonesian : .english,
                        malformed: !grouped || suspicious)
        }

        let sep: Character = dots > 0 ? "." : ","
        let count = max(dots, commas)
        if count > 1 {
            // Several of one separator: thousands grouping (10.633.000 or 2,561,189,000).
            let ok = innerAreThousands && tail.count == 3
            if ok { return make(groups.joined(), "", sep == "." ? .indonesian : .english) }
            // `24.000.1`, `1.23.456`: no clean reading.
            return make(groups.joined(), "", sep == "." ? .indonesian : .english, malformed: true)
        }
        // One separator.
        let head = groups[0]
        if tail.count == 3 && head.count <= 3 {
            if sep == "." {
                // 10.633: Indonesian thousands (a dot-decimal with exactly three places is rare).
                return make(head + tail, "", .indonesian)
            }
            // 2,561 is a decimal in Indonesian, but in an amount it is English grouping.
            return amount ? make(head + tail, "", .english) : make(head, tail, .indonesian)
        }
        return make(head, tail, sep == "," ? .indonesian : .english)
    }
}

/// Writing numbers back the way the reports write them.
public enum NumberFormat {
    /// `98,77`, `10.062.360.000`, `3,96`.
    public static func indonesian(_ value: Decimal, decimals: Int) -> String {
        let rounded = value.rounded(decimals)
        let negative = rounded < 0
        let absValue = negative ? -rounded : rounded
        var intPart = absValue.rounded(0, .down)
        var frac = absValue - intPart
        var fracDigits = ""
        for _ in 0..<decimals {
            frac *= 10
            let d = frac.rounded(0, .down)
            fracDigits += "\(NSDecimalNumber(decimal: d).intValue)"
            frac -= d
        }
        if intPart < 0 { intPart = 0 }
        let digits = "\(NSDecimalNumber(decimal: intPart).stringValue)"
        var grouped = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(".") }
            grouped.append(ch)
        }
        var out = String(grouped.reversed())
        if decimals > 0 { out += "," + fracDigits }
        return (negative ? "-" : "") + out
    }

    public static func percent(_ value: Decimal, decimals: Int) -> String {
        indonesian(value, decimals: decimals) + "%"
    }

    public static func rupiah(_ value: Decimal) -> String {
        "Rp " + indonesian(value, decimals: value == value.rounded(0) ? 0 : 2)
    }
}
