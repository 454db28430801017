/// Indicators the catalog does not know, read from the report's own capaian tables (the
/// Perjanjian Kinerja names them in full: "Persentase permohonan paspor yang diselesaikan
/// sesuai standar waktu layanan"). A row label becomes a key when it is long enough to be
/// an indicator's name and is not a total, an average, a budget line or another unit.
struct DocumentIndicators {
    /// Key ("doc:" + the label's words) → the label as written and its content words.
    private(set) var names: [String: (name: String, words: Set<String>)] = [:]

    static let word = PCRE2Regex(literal: #"\p{L}{4,}"#)
    static let notAnIndicator = PCRE2Regex(literal: #"(?i)^\W*(?:total|rata\s*-?\s*rata|sub\s*total)\b"#)

    static func words(_ text: String) -> [String] {
        word.matches(in: text).map { text.utf8Slice($0.range).lowercased() }
    }

    init(_ ratios: [RatioClaim], packs: RulePacks) {
        for c in ratios where c.kind == .capaian {
            guard case .tableRow = c.origin, let key = DocumentIndicators.key(c.label, packs: packs) else { continue }
            if names[key] == nil {
                let name = DocumentIndicators.name(c.label)
                names[key] = (Claims.short(name, 90), Set(DocumentIndicators.words(name)))
            }
        }
    }

    /// "2. Persentase …", or a PDF row that glued the Sasaran before it ("Meningkatnya …
    /// 1. Persentase …"): the name is what follows the last running number.
    static let ordinal = PCRE2Regex(literal: #"(?:^|\s)\d{1,2}[.)]\s+(?=\p{L})"#)

    static func name(_ label: String) -> String {
        let plain = label.replacingOccurrences(of: "**", with: "")
        var start = 0
        ordinal.forEachMatch(in: plain) { start = $0.range.upperBound; return true }
        return plain.utf8Slice(start..<plain.utf8.count).trimmed()
    }

    /// The key a table row's label gives, or nil when the catalog names it or it is no name.
    static func key(_ label: String, packs: RulePacks) -> String? {
        let w = words(name(label))
        // A family pattern of the catalog (lower-is-better violations, durations) names no one indicator.
        // "Jumlah rekomendasi … ditindaklanjuti" is an indicator; "Jumlah", "Sub Total" are not.
        let summary = TableClaims.totalLabel.isMatch(label) || TableClaims.sectionEnd.isMatch(label) || TableClaims.meanLabel.isMatch(label)
        guard w.count >= 3, packs.indicator(for: label)?.generic ?? true, !summary, !notAnIndicator.isMatch(label),
              !TableClaims.budgetWords.isMatch(label), !FactExtractor.unitName.isMatch(label),
              !FactExtractor.otherEntity.isMatch(label) else { return nil }
        return "doc:" + w.joined(separator: " ")
    }

    /// The one indicator whose name's words stand (three in four at least) in `text`.
    func named(in text: String) -> String? {
        let present = Set(DocumentIndicators.words(text))
        var best: [String] = []
        var bestScore = 0.0
        for (key, entry) in names {
            guard let score = DocumentIndicators.score(entry.words, present) else { continue }
            if score > bestScore { (best, bestScore) = ([key], score) } else if score == bestScore { best.append(key) }
        }
        return best.count == 1 ? best[0] : nil
    }

    /// How much of a name stands among `present` words; nil below three words and three in four.
    static func score(_ name: Set<String>, _ present: Set<String>) -> Double? {
        let hits = name.intersection(present).count
        let score = Double(hits) / Double(name.count)
        return hits >= 3 && score >= 0.75 ? score : nil
    }

    /// The words of a "doc:" key, for matching it again in other text.
    static func words(ofKey key: String) -> Set<String>? {
        key.hasPrefix("doc:") ? Set(key.dropFirst(4).split(separator: " ").map(String.init)) : nil
    }
}
