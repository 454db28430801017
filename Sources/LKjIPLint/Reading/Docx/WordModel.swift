/// What the WordprocessingML reader keeps of a document: paragraphs and tables in
/// order, with just the properties the text view needs.
enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
}

struct WordParagraph {
    enum Segment {
        case text(String)
        case math([String])
    }

    var segments: [Segment] = []
    /// Which `<w:p>` of its part this is, counting every paragraph start in document
    /// order (text boxes and table cells included): lets a writer find it again.
    var bodyIndex: Int?
    var styleId: String?
    var outlineLevel: Int?
    var numbering: (numId: Int, level: Int)?

    /// Text not yet closed into a segment (appending to it is amortised O(1)).
    private var buffer = ""

    mutating func appendText(_ s: String) { buffer += s }

    mutating func appendMath(_ equations: [String]) {
        flush()
        segments.append(.math(equations))
    }

    /// Call once the paragraph ends, before reading its text.
    mutating func flush() {
        if !buffer.isEmpty { segments.append(.text(buffer)); buffer = "" }
    }

    var plainText: String {
        segments.reduce(into: "") { if case .text(let t) = $1 { $0 += t } }
    }

    /// Equations alone in their paragraph are shown as `$$…$$` lines.
    var displayEquations: [String]? {
        let eqs = segments.flatMap { if case .math(let m) = $0 { return m } else { return [] } }
        guard !eqs.isEmpty, plainText.allSatisfy(\.isWhitespace) else { return nil }
        return eqs
    }

    /// The paragraph as one line, equations written inline.
    var inlineText: String {
        segments.map {
            switch $0 {
            case .text(let t): return t
            case .math(let m): return m.joined(separator: " ")
            }
        }.joined()
    }
}

struct WordTable {
    var rows: [WordRow] = []
}

struct WordRow {
    var cells: [WordCell] = []
    var isHeader = false
    var gridBefore = 0
    var gridAfter = 0
}

struct WordCell {
    enum VMerge { case none, restart, continuation }
    var blocks: [WordBlock] = []
    var gridSpan = 1
    var vMerge = VMerge.none

    /// A cell's paragraphs joined with spaces, nested tables flattened.
    var text: String {
        WordCell.flatten(blocks)
    }

    static func flatten(_ blocks: [WordBlock]) -> String {
        flattenWithSpans(blocks).text
    }

    /// The flattened text and, for each paragraph in it, where its text starts
    /// (in Unicode scalars) and which `<w:p>` it is.
    static func flattenWithSpans(_ blocks: [WordBlock]) -> (text: String, spans: [ParagraphSpan]) {
        var text = ""
        var scalars = 0
        var spans: [ParagraphSpan] = []
        func add(_ part: (text: String, spans: [ParagraphSpan])) {
            guard !part.text.isEmpty else { return }
            if !text.isEmpty { text += " "; scalars += 1 }
            spans += part.spans.map { ParagraphSpan(column: $0.column + scalars, paragraph: $0.paragraph) }
            text += part.text
            scalars += part.text.unicodeScalars.count
        }
        for b in blocks {
            switch b {
            case .paragraph(let p):
                let t = WordText.oneLine(p.inlineText)
                add((t, p.bodyIndex.map { [ParagraphSpan(column: 0, paragraph: $0)] } ?? []))
            case .table(let t):
                for row in t.rows {
                    var rowText = ""
                    var rowScalars = 0
                    var rowSpans: [ParagraphSpan] = []
                    for cell in row.cells {
                        let c = flattenWithSpans(cell.blocks)
                        guard !c.text.isEmpty else { continue }
                        if !rowText.isEmpty { rowText += " "; rowScalars += 1 }
                        rowSpans += c.spans.map { ParagraphSpan(column: $0.column + rowScalars, paragraph: $0.paragraph) }
                        rowText += c.text
                        rowScalars += c.text.unicodeScalars.count
                    }
                    add((rowText, rowSpans))
                }
            }
        }
        return (text, spans)
    }
}

enum WordText {
    /// Tabs and line breaks inside a paragraph or cell become single spaces: in the text
    /// view a tab separates table cells and a newline ends the paragraph.
    static func oneLine(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for ch in s {
            if ch.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }
}
