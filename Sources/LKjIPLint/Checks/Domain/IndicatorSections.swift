/// Bab III's part on Capaian Kinerja, cut into one stretch of lines per indicator: from a
/// title line that names the indicator ("Persentase penegakan Hukum Pro Yustisia …",
/// "b.1 Capaian Indikator Kinerja …") to the next title line naming another, or the part's
/// end (Realisasi Anggaran, Bab IV). An indicator named again later gets a second stretch.
struct IndicatorSections {
    struct Indicator {
        let subject: String
        let name: String
        let names: (String) -> Bool
    }

    /// Line ranges (0-based, end exclusive) per indicator subject, and the first title line.
    private(set) var stretches: [String: [Range<Int>]] = [:]
    private(set) var titleLine: [String: Int] = [:]

    static let partEnd = PCRE2Regex(literal: #"(?i)^\W*(?:[A-H][.)]\s*)?(?:realisasi\s+anggaran|akuntabilitas\s+keuangan|capaian\s+kinerja\s+anggaran|kinerja\s+(?:anggaran|lainnya)|bab\s+(?:IV|4)\b)"#)
    /// "1.", "a).", "b.1", "a.", "II." before a title.
    static let marker = PCRE2Regex(literal: #"^[\s#*]*(?:[a-z]\.\d{1,2}\.?|[a-z]\)\.?|\d{1,2}[.)]|[a-z]\.|[IVX]{1,4}\.)?\s*"#)

    /// The title a line holds once its marker and emphasis are gone, if it is one.
    static func title(_ line: String) -> String? {
        guard line.utf8.count <= 250, !line.contains("\t"), !line.hasPrefix("|") else { return nil }
        let m = marker.firstMatch(in: line)
        let rest = line.utf8Slice((m?.range.upperBound ?? 0)..<line.utf8.count).replacingOccurrences(of: "*", with: "")
        return SectionTitles.titleLine.isMatch(rest) ? rest : nil
    }

    /// `tableLines`: lines of table blocks (0-based), whose row labels are no titles.
    init(lines: [String], in part: Range<Int>, tableLines: Set<Int>, indicators: [Indicator]) {
        var current: (subject: String, start: Int)?
        var end = part.upperBound
        for i in part where !tableLines.contains(i) {
            if i > part.lowerBound, IndicatorSections.partEnd.isMatch(lines[i]), IndicatorSections.title(lines[i]) != nil {
                end = i
                break
            }
            guard let t = IndicatorSections.title(lines[i]) else { continue }
            let named = indicators.filter { $0.names(t) }
            guard named.count == 1, named[0].subject != current?.subject else { continue }
            if let c = current { stretches[c.subject, default: []].append(c.start..<i) }
            current = (named[0].subject, i)
            if titleLine[named[0].subject] == nil { titleLine[named[0].subject] = i }
        }
        if let c = current { stretches[c.subject, default: []].append(c.start..<end) }
    }
}
