import Foundation

/// Finds the numbers in a piece of report text and says what each one is: an amount,
/// a percentage, an index, a count, or something that must never enter a calculation
/// (a year, a list marker, a regulation number, a NIP, a page number).
public enum NumberLexer {
    // A number not glued to a code (`PER-5/PB/2022`, `M.HH-01.PR.03`, `IMI-0010.PR.01.01`).
    static let token = PCRE2Regex(literal: #"""
        (?<![\p{L}\p{N}_\-/])(?<!\p{L}\.)(?<!\d[.,])
        (?<rp>(?i:rp)\.?\s?)?
        (?<num>\d+(?:[.,]\d+)*)
        (?<dash>,-)?
        (?![\p{L}\p{N}]|/\d|-\d|\.\d)
        (?<pct>\s?%|\s?persen\b)?
        (?<idx>\s?\((?i:indeks)\))?
        """#, options: [.extended])

    static let numGroup = token.groupIndex("num")!, rpGroup = token.groupIndex("rp")!
    static let pctGroup = token.groupIndex("pct")!, idxGroup = token.groupIndex("idx")!

    // Words that make the next number a reference rather than a quantity.
    static let referenceBefore = PCRE2Regex(literal: #"""
        (?i:\b(?:nomor|no\.?|nip\.?|pasal|ayat|huruf|angka|halaman|hal\.|hlm\.?|kode|lampiran|bab|tabel|gambar|grafik|pp|uu|perpres|permen\w*|pmk|kep\w*|per|sk|se)\s*:?\s*$)
        """#, options: [.extended])
    static let yearBefore = PCRE2Regex(literal: #"(?i:\b(?:tahun|ta\.?|th\.?|periode|tanggal|semester|triwulan)\s*$)"#)
    static let monthBefore = PCRE2Regex(literal: #"(?i:\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s*$)"#)
    static let leaderBefore = PCRE2Regex(literal: #"(?:\.{3,}|…)\s*$"#)
    static let ordinalAfter = PCRE2Regex(literal: #"^(?:\.(?!\d)|\))"#)
    static let indexAfter = PCRE2Regex(literal: #"^\s*(?i:indeks|poin)\b"#)
    static let dashZero = PCRE2Regex(literal: #"(?:(?<=^)|(?<=\t)|(?<=\|)|(?<=\s))(?:(?<rp>(?i:rp)\.?\s?)-|-|(?i:nihil))(?=\s*$|\s*\t|\s*\|)"#)

    /// The quantities in `text`, in order.
    public static func scan(_ text: LocatedText) -> [Quantity] {
        let s = text.text
        var out: [Quantity] = []
        let locator = text.locator()
        token.forEachMatch(in: s) { m in
            guard let numRange = m.range(numGroup) else { return true }
            let raw = s.utf8Slice(numRange)
            let isRp = m.range(rpGroup) != nil
            guard let shown = ShownNumber.parse(raw, amount: isRp) else { return true }
            let isPct = m.range(pctGroup) != nil
            let isIdx = m.range(idxGroup) != nil
            let before = s.utf8Slice(max(0, m.range.lowerBound - 40)..<m.range.lowerBound)
            let after = s.utf8Slice(m.range.upperBound..<min(s.utf8.count, m.range.upperBound + 12))
            let kind = classify(raw: raw, shown: shown, before: before, after: after,
                                atStart: before.trimmed().isEmpty,
                                hasUnit: isRp || isPct)
            var unit: Quantity.Unit = isRp ? .rupiah : isPct ? .percent : .plain
            if unit == .plain && (isIdx || indexAfter.isMatch(after)) { unit = .index }
            out.append(Quantity(text: s.utf8Slice(m.range).trimmed(),
                                number: shown, unit: unit, kind: kind, range: m.range,
                                location: locator.location(at: m.range.lowerBound)))
            return true
        }
        return out
    }

    /// A cell or fragment that stands for zero: `-`, `Rp -`, `Nihil`.
    public static func zeroCell(_ text: LocatedText) -> Quantity? {
        let t = text.text.trimmed()
        guard let m = dashZero.firstMatch(in: t), m.range.lowerBound == 0 else { return nil }
        let lead = text.text.utf8.count - text.text.drop(while: { $0 == " " }).utf8.count
        var q = Quantity(text: t, number: ShownNumber(value: 0, decimals: 0, style: .plain, malformed: false),
                         unit: m.range(1) != nil ? .rupiah : .plain, kind: .zero,
                         range: lead..<(lead + m.range.upperBound), location: text.location(at: lead))
        q.isNihil = t.lowercased() == "nihil"
        return q
    }

    static func classify(raw: String, shown: ShownNumber, before: String, after: String, atStart: Bool, hasUnit: Bool) -> Quantity.Kind {
        let digitsOnly = raw.allSatisfy(\.isNumber)
        if digitsOnly && raw.count >= 9 && !hasUnit { return .reference }      // NIP, satker and account codes
        if !hasUnit && referenceBefore.isMatch(before) { return .reference }
        if leaderBefore.isMatch(before) { return .reference }                 // table of contents page number
        if digitsOnly && raw.count == 4 && !hasUnit, let y = Int(raw), (1945...2100).contains(y) { return .year }
        if !hasUnit && yearBefore.isMatch(before) { return .year }
        if !hasUnit && monthBefore.isMatch(before) { return .reference }      // a date's day
        if !hasUnit && digitsOnly && raw.count <= 2 && ordinalAfter.isMatch(after) && atStartOfItem(before) { return .ordinal }
        if !hasUnit && digitsOnly && before.hasSuffix("(") && after.hasPrefix(")") && raw.count <= 2 { return .ordinal }
        return .quantity
    }

    private static func atStartOfItem(_ before: String) -> Bool {
        let t = before.trimmed()
        return t.isEmpty || t.hasSuffix("\t") || t.hasSuffix("|") || t.hasSuffix(":") || t.hasSuffix(".") || t.hasSuffix("-")
    }
}
