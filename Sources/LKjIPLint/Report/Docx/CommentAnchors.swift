/// Where a comment goes in the Word file: a paragraph (as the scanner counts them) and a
/// range of scalars of its text, end exclusive.
struct CommentAnchor: Hashable {
    let paragraph: Int
    let start: Int
    let end: Int
}

/// Finds the text a finding refers to in the Word file, starting from the reader's record
/// of which paragraph each text-view column came from. The figure as written is looked for
/// first where the finding points, then in the other cells of its line, then on nearby
/// lines (a total may be written a few paragraphs above its items).
struct AnchorFinder {
    let scanner: WordParagraphScanner
    let document: Document
    /// How many text-view lines either side a stated figure is looked for.
    static let nearbyLines = 60

    private final class Cache {
        var texts: [Int: ParagraphText] = [:]
    }
    private let cache = Cache()

    struct ParagraphText {
        var scalars: [Unicode.Scalar] = []
        /// Indices of the non-space scalars, and their folded values (what a figure is matched on).
        var real: [Int] = []
        var folded: [UInt32] = []
        /// Each scalar's position in the reader's one-line text (runs of spaces read as one).
        var oneLine: [Int] = []
    }

    init(scanner: WordParagraphScanner, document: Document) {
        self.scanner = scanner
        self.document = document
    }

    func text(_ paragraph: Int) -> ParagraphText {
        if let t = cache.texts[paragraph] { return t }
        var t = ParagraphText()
        var position = 0
        var lastSpace = true
        for (s, _, _) in scanner.text(of: paragraph) {
            t.scalars.append(s)
            if s.properties.isWhitespace {
                t.oneLine.append(position)
                if !lastSpace { position += 1 }
                lastSpace = true
            } else {
                t.oneLine.append(position)
                position += 1
                lastSpace = false
                t.real.append(t.scalars.count - 1)
                t.folded.append(AnchorFinder.fold(s))
            }
        }
        cache.texts[paragraph] = t
        return t
    }

    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        (s.value >= 65 && s.value <= 90) ? s.value + 32 : s.value
    }

    /// The figure's scalars as matched: no spaces (Word and the text view space differently),
    /// no backslashes (equations are shown as `98,76\%`), ASCII case folded.
    static func needle(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\\" }.map(fold)
    }

    /// `text` in the paragraph, the occurrence nearest `expected` (an offset in the one-line text).
    func search(_ needle: [UInt32], in paragraph: Int, near expected: Int?) -> CommentAnchor? {
        guard !needle.isEmpty else { return nil }
        let t = text(paragraph)
        guard t.folded.count >= needle.count else { return nil }
        var best: (distance: Int, anchor: CommentAnchor)?
        let first = needle[0], n = needle.count
        for i in 0...(t.folded.count - n) where t.folded[i] == first {
            var k = 1
            while k < n && t.folded[i + k] == needle[k] { k += 1 }
            guard k == n else { continue }
            let start = t.real[i], end = t.real[i + n - 1] + 1
            // A figure is not part of a longer number or word: 3,1 is not in 3,12.
            if AnchorFinder.isWordy(needle[0]), start > 0, AnchorFinder.isWordy(AnchorFinder.fold(t.scalars[start - 1])) { continue }
            if AnchorFinder.isWordy(needle[n - 1]), end < t.scalars.count, AnchorFinder.isWordy(AnchorFinder.fold(t.scalars[end])) { continue }
            let distance = expected.map { abs(t.oneLine[start] - $0) } ?? 0
            if best == nil || distance < best!.distance { best = (distance, CommentAnchor(paragraph: paragraph, start: start, end: end)) }
        }
        return best?.anchor
    }

    private static func isWordy(_ v: UInt32) -> Bool {
        (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 0xC0 && v < 0x2000)
    }

    /// The figure where a finding points, else in its line's other paragraphs, else nearby.
    func find(_ figure: String, line: Int, column: Int, nearby: Bool) -> CommentAnchor? {
        let needle = AnchorFinder.needle(figure)
        guard let origin = document.origin(line), let here = origin.span(at: column) else { return nil }
        if let a = search(needle, in: here.paragraph, near: here.offset) { return a }
        for s in origin.spans ?? [] where s.paragraph != here.paragraph {
            if let a = search(needle, in: s.paragraph, near: nil) { return a }
        }
        guard nearby else { return nil }
        for distance in 1...AnchorFinder.nearbyLines {
            for l in [line - distance, line + distance] {
                for s in document.origin(l)?.spans ?? [] {
                    if let a = search(needle, in: s.paragraph, near: nil) { return a }
                }
            }
        }
        return nil
    }

    /// The figure or word that starts at a column of the text view (a related place names no text).
    func token(line: Int, column: Int) -> String? {
        let scalars = Array(document.line(line).unicodeScalars.dropFirst(max(0, column - 1)).prefix { $0 != "\t" })
        guard let first = scalars.first else { return nil }
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < scalars.count && scalars[k].properties.numericType != nil && scalars[k].isASCII }
        if (first == "R" || first == "r"), scalars.count > 1, scalars[1] == "p" || scalars[1] == "P" {
            i = 2
            if i < scalars.count, scalars[i] == "." { i += 1 }
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        if isDigit(i) {
            while i < scalars.count, isDigit(i) || scalars[i] == "." || scalars[i] == "," { i += 1 }
            while i > 0, scalars[i - 1] == "." || scalars[i - 1] == "," { i -= 1 }
            var j = i
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\\" { j += 1 }
            if j < scalars.count, scalars[j] == "%" { i = j + 1 }
        } else {
            while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }
            while i > 0, ".,;:)".unicodeScalars.contains(scalars[i - 1]) { i -= 1 }
        }
        guard i > 0 else { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[0..<i])
        return String(s)
    }

    /// The whole text of the paragraph a column falls in.
    func paragraph(line: Int, column: Int) -> CommentAnchor? {
        guard let here = document.origin(line)?.span(at: column) else { return nil }
        return whole(here.paragraph)
    }

    func whole(_ paragraph: Int) -> CommentAnchor? {
        let t = text(paragraph)
        guard let first = t.real.first, let last = t.real.last else { return nil }
        return CommentAnchor(paragraph: paragraph, start: first, end: last + 1)
    }

    /// The first paragraph with text, for the summary comment.
    func firstParagraph() -> CommentAnchor? {
        for o in document.origins {
            for s in o?.spans ?? [] { if let a = whole(s.paragraph) { return a } }
        }
        return nil
    }

    /// The anchored text, for tests and messages.
    func string(_ a: CommentAnchor) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: text(a.paragraph).scalars[a.start..<a.end])
        return String(v)
    }
}
