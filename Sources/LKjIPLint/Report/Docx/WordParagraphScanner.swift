/// Finds, in the bytes of `word/document.xml`, every paragraph the .docx reader counts
/// (each `<w:p>` start outside `mc:Fallback`, in document order) and the text of its runs,
/// with the byte offset of every character, so a comment range can be cut in exactly.
/// A byte scanner, not a parser: the writer edits the original bytes and keeps the rest.
struct WordParagraphScanner {
    /// One `w:t` or `m:t` element's text, or a tab/break read as one space (`isVirtual`).
    struct TextNode {
        var scalars: [Unicode.Scalar]
        /// Byte offset of each scalar in the part, plus the offset where the text ends.
        var offsets: [Int]
        var isVirtual: Bool
        /// The `<w:t …>` start tag, to add `xml:space="preserve"` when the text is cut.
        var startTag: Range<Int>
        /// Offset after the end tag (after the empty tag for a tab).
        var endTag: Int
        var run: Int
    }

    struct Run {
        var isMath: Bool
        var startTag: Range<Int>
        var end: Int                    // offset after `</w:r>`
        var properties: [Range<Int>]    // `rPr` children, copied into each half of a cut run
        var firstNode: Int?             // first and last child node of the run with content
        var lastNode: Int?
        var contentBeforeFirst = false  // a non-text child (drawing, field char) before the first node
        var contentAfterLast = false
        /// Offset after the outermost math element holding the run: the comment reference goes there.
        var mathEnd: Int?
    }

    struct Paragraph {
        var nodes: [Int] = []
    }

    let bytes: [UInt8]
    let w: String
    let m: String?
    private(set) var nodes: [TextNode] = []
    private(set) var runs: [Run] = []
    private(set) var paragraphs: [Paragraph] = []
    /// The largest `w:id` seen (comment, bookmark, revision ids share no space, but new ones stay above all).
    private(set) var maxId = -1

    static let wordNamespaces = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]
    static let mathNamespaces = ["http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"]
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    enum ScanError: Error { case noWordNamespace, malformed(Int) }

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        var tags = XMLTagCursor(bytes)
        var prefixes: [String: String] = [:]
        while let tag = tags.next() {
            guard case .start = tag.kind else { continue }
            for (name, value) in tag.attributes(bytes) where name.hasPrefix("xmlns:") { prefixes[value] = String(name.dropFirst(6)) }
            break
        }
        guard let w = WordParagraphScanner.wordNamespaces.lazy.compactMap({ prefixes[$0] }).first else { throw ScanError.noWordNamespace }
        self.w = w
        m = WordParagraphScanner.mathNamespaces.lazy.compactMap { prefixes[$0] }.first
        try scan(fallback: prefixes[WordParagraphScanner.compatibilityNamespace].map { $0 + ":Fallback" })
    }

    private mutating func scan(fallback: String?) throws {
        let wp = w + ":p", wr = w + ":r", wt = w + ":t", wrPr = w + ":rPr"
        let mr = m.map { $0 + ":r" }, mt = m.map { $0 + ":t" }, mrPr = m.map { $0 + ":rPr" }
        let mathRoots: Set<String> = m.map { [$0 + ":oMath", $0 + ":oMathPara"] } ?? []
        let skipped: Set<String> = [w + ":del", w + ":moveFrom", w + ":instrText", w + ":delText", w + ":delInstrText", w + ":pPr", fallback ?? "\u{0}"]
        let spaces: Set<String> = [w + ":tab", w + ":br", w + ":cr"]
        var skipDepth = 0
        var openParagraphs: [Int] = []
        var openRuns: [Int] = []
        var runDepth: [Int] = []        // element depth at which each open run started
        var depth = 0
        var mathDepth = 0
        var mathRuns: [Int] = []        // runs inside the current outermost math element
        var textStart: (tag: Range<Int>, math: Bool)?
        var propertyStart: Int?
        var tags = XMLTagCursor(bytes)
        while let tag = tags.next() {
            switch tag.kind {
            case .start, .empty:
                let name = tag.name(bytes)
                if tag.kind == .start { depth += 1 }
                if let id = tag.wordId(bytes, w: w) { maxId = max(maxId, id) }
                if skipDepth > 0 { if tag.kind == .start { skipDepth += 1 }; continue }
                if skipped.contains(name) || (name.hasSuffix("Change") && name.hasPrefix(w + ":")) {
                    if tag.kind == .start { skipDepth = 1 }
                    continue
                }
                if mathRoots.contains(name), tag.kind == .start { mathDepth += 1 }
                let inRun = !openRuns.isEmpty && runDepth.last == depth - (tag.kind == .start ? 1 : 0)
                if name == wp {
                    if tag.kind == .start { openParagraphs.append(paragraphs.count) }
                    paragraphs.append(Paragraph())
                } else if name == wr || name == mr {
                    guard tag.kind == .start, !openParagraphs.isEmpty else { continue }
                    openRuns.append(runs.count)
                    runDepth.append(depth)
                    runs.append(Run(isMath: name == mr, startTag: tag.range, end: tag.range.upperBound, properties: []))
                    if mathDepth > 0 { mathRuns.append(runs.count - 1) }
                } else if inRun, name == wrPr || name == mrPr {
                    if tag.kind == .empty { runs[openRuns.last!].properties.append(tag.range) } else { propertyStart = tag.range.lowerBound }
                    if tag.kind == .start { skipDepth = 1 }   // nothing inside properties is text
                } else if inRun, name == wt || name == mt {
                    if tag.kind == .start { textStart = (tag.range, name == mt) }
                } else if inRun, spaces.contains(name) {
                    addNode(TextNode(scalars: [" "], offsets: [tag.range.lowerBound, tag.range.upperBound], isVirtual: true,
                                     startTag: tag.range, endTag: tag.range.upperBound, run: openRuns.last!), paragraph: openParagraphs.last)
                } else if inRun {
                    runs[openRuns.last!].markContent()
                }
            case .end:
                let name = tag.name(bytes)
                depth -= 1
                if skipDepth > 0 {
                    skipDepth -= 1
                    if skipDepth == 0, let start = propertyStart, !openRuns.isEmpty {
                        runs[openRuns.last!].properties.append(start..<tag.range.upperBound)
                        propertyStart = nil
                    }
                    continue
                }
                if name == wp {
                    _ = openParagraphs.popLast()
                } else if (name == wr || name == mr), let r = openRuns.last, runDepth.last == depth + 1 {
                    runs[r].end = tag.range.upperBound
                    openRuns.removeLast()
                    runDepth.removeLast()
                } else if (name == wt || name == mt), let start = textStart {
                    let (scalars, offsets) = XMLText.decode(bytes, start.tag.upperBound..<tag.range.lowerBound)
                    if !scalars.isEmpty, let r = openRuns.last {
                        addNode(TextNode(scalars: scalars, offsets: offsets, isVirtual: false, startTag: start.tag,
                                         endTag: tag.range.upperBound, run: r),
                                paragraph: openParagraphs.last)
                    }
                    textStart = nil
                } else if mathRoots.contains(name) {
                    mathDepth -= 1
                    if mathDepth == 0 {
                        for r in mathRuns { runs[r].mathEnd = tag.range.upperBound }
                        mathRuns = []
                    }
                }
            case .text:
                continue
            }
        }
        if depth != 0 { throw ScanError.malformed(depth) }
    }

    private mutating func addNode(_ node: TextNode, paragraph: Int?) {
        guard let p = paragraph else { return }
        let index = nodes.count
        nodes.append(node)
        paragraphs[p].nodes.append(index)
        runs[node.run].addNode(index)
    }

    /// A paragraph's text with each scalar's node and index in it.
    func text(of paragraph: Int) -> [(scalar: Unicode.Scalar, node: Int, index: Int)] {
        guard paragraph >= 0, paragraph < paragraphs.count else { return [] }
        var out: [(Unicode.Scalar, Int, Int)] = []
        for n in paragraphs[paragraph].nodes {
            for (i, s) in nodes[n].scalars.enumerated() { out.append((s, n, i)) }
        }
        return out
    }
}

extension WordParagraphScanner.Run {
    mutating func addNode(_ n: Int) {
        if firstNode == nil { firstNode = n }
        lastNode = n
        contentAfterLast = false
    }

    mutating func markContent() {
        if firstNode == nil { contentBeforeFirst = true } else { contentAfterLast = true }
    }
}
