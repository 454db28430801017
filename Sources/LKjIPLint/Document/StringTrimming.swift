extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode space separators
    /// included). Foundation's `trimmingCharacters` bridges through NSString, which was a
    /// tenth of the run time on large reports; this only walks the ends.
    public func trimmed() -> String {
        let scalars = unicodeScalars
        var lo = scalars.startIndex
        while lo < scalars.endIndex && scalars[lo].isBlank { lo = scalars.index(after: lo) }
        guard lo < scalars.endIndex else { return "" }
        var hi = scalars.index(before: scalars.endIndex)
        while hi > lo && scalars[hi].isBlank { hi = scalars.index(before: hi) }
        return String(self[lo...hi])
    }
}

extension Unicode.Scalar {
    /// Space, tab, NBSP and the other space separators: not line breaks.
    var isBlank: Bool {
        value == 0x20 || value == 0x09 || (value > 0x7F && properties.generalCategory == .spaceSeparator)
    }
}
