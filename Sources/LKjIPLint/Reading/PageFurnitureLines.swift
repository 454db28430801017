/// Lines of a text view that are page furniture, not content (GENRE.md §9 X1, X2):
/// flipbook and web markers ("Page 27 - LAKIP …", "P. 27"), page numbers alone on a line
/// ("27", "- 57 -", "iii"), and running headers or footers: a short line that recurs on
/// three or more pages once its page number is set aside. The PDF reader removes its own
/// furniture by position; this serves text converted by other tools.
enum PageFurnitureLines {
    static let marker = PCRE2Regex(literal: #"^\s*(?:(?:Page|Halaman|Hal\.?)\s+\d{1,4}\s*[-–—:|]\s*\S.*|P\.\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,3}|[ivxl]{1,6})\s*$"#)
    /// A page number at the end, not a (broken) year after "TAHUN".
    static let pageAtEnd = PCRE2Regex(literal: #"(?i)(?<!\btahun)(?<!\bta)(?<!\banggaran)(?<!\bsemester)(?<!\btriwulan)\s\d{1,3}\s*$"#)
    static let trailingPage = PCRE2Regex(literal: #"\s*\d{1,4}\s*$"#)
    static let sentenceEnd = PCRE2Regex(literal: #"[.:;,]\s*$"#)

    static func find(_ lines: [String]) -> Set<Int> {
        var out = Set<Int>()
        var seen: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() {
            let t = line.trimmed()
            if t.isEmpty || line.utf8.contains(9) || t.hasPrefix("|") { continue }
            if marker.isMatch(t) { out.insert(i); continue }
            // "LAPORAN KINERJA … 2024 27": the report's title in capitals with a page number
            // is a running header even where it shows once (the rest of the pages lost).
            if !t.contains(where: \.isLowercase), reportTitle.isMatch(t), pageAtEnd.isMatch(t) { out.insert(i); continue }
            // Candidates for a running header: short, letters first, not a sentence.
            guard t.utf8.count <= 120, t.utf8.count >= 12, !sentenceEnd.isMatch(t), t.first?.isLetter == true else { continue }
            let key = trailingPage.firstMatch(in: t).map { t.utf8Slice(0..<$0.range.lowerBound) } ?? t
            seen[key, default: []].append(i)
        }
        for (key, at) in seen where at.count >= 3 && isRunningTitle(key) { out.formUnion(at) }
        return out
    }

    /// Running titles name the report ("LAPORAN KINERJA …", "LAKIP …", "LKjIP …"): a
    /// repeated table header or label line is content, and stays.
    static let reportTitle = PCRE2Regex(literal: #"(?i)\b(?:laporan\s+kinerja|lakip|lkjip|lkip|lakin|l\s?a\s?p\s?o\s?r\s?a\s?n)\b"#)
    static func isRunningTitle(_ key: String) -> Bool { reportTitle.isMatch(key) }
}
