import Foundation

/// One number found in report text, with what surrounds it and where it is.
public struct Quantity: Sendable {
    public enum Unit: String, Sendable { case plain, percent, rupiah, index }
    public enum Kind: String, Sendable {
        case quantity
        case year          // "Tahun 2023", or a bare 19xx/20xx
        case ordinal       // "1." list markers, "(3)" column numbers
        case reference     // regulation numbers, NIP, codes, page numbers
        case zero          // "-" or "Nihil" standing for nothing in a numeric place
    }

    public let text: String
    public let number: ShownNumber
    public let unit: Unit
    public let kind: Kind
    /// Byte range in the text the lexer read (a paragraph or a cell).
    public let range: Range<Int>
    public let location: SourceLocation
    /// `Nihil` is "none", not a measured zero: 0/0 stated as 0% is undefined, not 0%.
    public var isNihil: Bool = false

    public var value: Decimal { number.value }
    public var decimals: Int { number.decimals }
    /// Counts and Rupiah amounts written as whole numbers are exact; percentages, indices
    /// and anything with decimals stand for the interval their rounding allows.
    public var interval: DecimalInterval {
        if number.decimals == 0 && (unit == .plain || unit == .rupiah) { return DecimalInterval(exactly: number.value) }
        return number.interval
    }
    public var isAmount: Bool { unit == .rupiah }
    public var isPercent: Bool { unit == .percent }
    public var isMeasure: Bool { kind == .quantity || kind == .zero }

    /// The value written back in the document's own style, e.g. `98,77%` or `Rp 10.062.360.000`.
    public func formatted(_ v: Decimal, decimals: Int? = nil) -> String {
        let d = decimals ?? self.decimals
        switch unit {
        case .percent: return NumberFormat.percent(v, decimals: d)
        case .rupiah: return NumberFormat.rupiah(v)
        default: return NumberFormat.indonesian(v, decimals: d)
        }
    }
}

extension Array where Element == Quantity {
    /// The first quantity (in text order) that starts inside `range`; the array is in
    /// text order, so this is a binary search, not a scan.
    public func first(startingIn range: Range<Int>, where accept: (Quantity) -> Bool = { _ in true }) -> Quantity? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < count && self[i].range.lowerBound < range.upperBound {
            if accept(self[i]) { return self[i] }
            i += 1
        }
        return nil
    }

    /// The quantities lying wholly inside `range`.
    public func within(_ range: Range<Int>) -> ArraySlice<Quantity> {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < count && self[end].range.upperBound <= range.upperBound { end += 1 }
        return self[lo..<end]
    }
}
