/// What a table column (or, in a transposed table, a row) holds, read from its header.
enum ColumnRole: Equatable {
    case target        // Target, Target PNBP, Pagu, Anggaran: the denominator
    case realisasi     // the numerator
    case result        // Capaian, Persentase, %, Penyerapan: the ratio
    case other

    static let targetWords = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:target(?:\s+(?:pnbp|pk|kinerja|\d{4}|tahun\s+\d{4}))?|(?:total\s+)?pagu(?:\s+anggaran)?|(?:jumlah\s+)?anggaran|alokasi(?:\s+anggaran)?|dipa)(?:\s*\((?:rp|%|indeks)\.?\))?\s*(?:\*\*)?\s*$"#)
    static let realisasiWords = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?realisasi(?:\s+(?:pnbp|anggaran|kinerja|\d{4}|tahun\s+\d{4}))?(?:\s*\((?:rp|%|indeks)\.?\))?\s*(?:\*\*)?\s*$"#)
    static let resultWords = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:%\s*)?(?:capaian(?:\s+(?:kinerja|\d{4}|tahun\s+\d{4}))?|persentase(?:\s+(?:realisasi|capaian|penyerapan))?|penyerapan|%)(?:\s*\(%\))?\s*(?:\*\*)?\s*$"#)

    static let ordinalPrefix = PCRE2Regex(literal: #"^(?:\d+\.?|[a-z]\.)\s*"#)

    /// Headers of a ratio column that names no target: "Persentase Penyelesaian", "Rasio".
    static let resultLike = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:%|persentase|rasio|capaian)\b"#)

    static func of(_ header: String) -> ColumnRole {
        if targetWords.isMatch(header) { return .target }
        if realisasiWords.isMatch(header) { return .realisasi }
        if resultWords.isMatch(header) { return .result }
        return .other
    }

    /// Row labels of a transposed table ("Target PNBP", "Realisasi", "Capaian") may carry
    /// a leading ordinal or "Total".
    static func ofRowLabel(_ label: String) -> ColumnRole {
        let t = label.trimmed()
        guard let m = ordinalPrefix.firstMatch(in: t) else { return of(t) }
        return of(t.utf8Slice(m.range.upperBound..<t.utf8.count))
    }
}
