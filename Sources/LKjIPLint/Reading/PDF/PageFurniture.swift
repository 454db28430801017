/// Running headers, footers and bare page numbers: text a PDF repeats on every page
/// that is not part of the report's content and would break tables and sentences
/// that run across a page.
enum PageFurniture {
    static let pageNumber = PCRE2Regex(literal: #"^\s*(?:[-–]\s*)?(?:(?i:hal(?:aman)?\.?|page)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?i:dari|of)\s*\d{1,4})?(?:\s*[-–])?\s*$"#)

    /// The pages' lines with furniture removed.
    static func strip(_ pages: [[String]]) -> [[String]] {
        let tops = pages.map { firstTextIndex($0) }
        let bottoms = pages.map { lastTextIndex($0) }
        let repeatedTop = repeated(pages.indices.compactMap { i in tops[i].map { key(pages[i][$0]) } }, pageCount: pages.count)
        let repeatedBottom = repeated(pages.indices.compactMap { i in bottoms[i].map { key(pages[i][$0]) } }, pageCount: pages.count)
        return pages.indices.map { i in
            var lines = pages[i]
            var drop = Set<Int>()
            // Up to two lines at each edge: a header line and a page number under it.
            for j in edgeLines(lines, fromTop: true) where isPageNumber(lines[j], pageCount: pages.count) || repeatedTop.contains(key(lines[j])) {
                drop.insert(j)
            }
            for j in edgeLines(lines, fromTop: false) where isPageNumber(lines[j], pageCount: pages.count) || repeatedBottom.contains(key(lines[j])) {
                drop.insert(j)
            }
            if !drop.isEmpty { lines = lines.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
            return lines
        }
    }

    /// "12", "- 12 -", "Halaman 12", "ii": a number no larger than the document is long.
    static func isPageNumber(_ line: String, pageCount: Int) -> Bool {
        guard pageNumber.isMatch(line) else { return false }
        let digits = line.split(whereSeparator: { !$0.isNumber }).first.flatMap { Int($0) }
        return digits.map { $0 <= pageCount + 50 } ?? true
    }

    static func edgeLines(_ lines: [String], fromTop: Bool) -> [Int] {
        let indices = fromTop ? Array(lines.indices) : lines.indices.reversed()
        return Array(indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.prefix(2))
    }

    static func firstTextIndex(_ lines: [String]) -> Int? { lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } }
    static func lastTextIndex(_ lines: [String]) -> Int? { lines.lastIndex { !$0.allSatisfy(\.isWhitespace) } }

    /// A line with its digits and spacing normalised, so "Halaman 3" matches "Halaman 4".
    static func key(_ line: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in line {
            if ch.isNumber { if out.last != "#" { out.append("#") }; lastSpace = false }
            else if ch.isWhitespace { if !lastSpace && !out.isEmpty { out.append(" ") }; lastSpace = true }
            else { out.append(ch); lastSpace = false }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Keys on the edge of at least 60% of the pages (and at least 3 pages).
    static func repeated(_ keys: [String], pageCount: Int) -> Set<String> {
        var counts: [String: Int] = [:]
        for k in keys where k.count >= 3 { counts[k, default: 0] += 1 }
        let needed = max(3, (pageCount * 3 + 4) / 5)
        return Set(counts.filter { $0.value >= needed }.map(\.key))
    }
}
