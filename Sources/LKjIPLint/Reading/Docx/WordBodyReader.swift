import Foundation

/// Streams `word/document.xml` (or `footnotes.xml`) into paragraphs and tables, as the
/// text would read with tracked changes accepted. One pass, no DOM: a 100-page report
/// is a few MB of XML.
final class WordBodyReader: XMLStreamHandler {
    /// The document body's blocks, in order.
    private(set) var blocks: [WordBlock] = []
    /// Footnotes and endnotes by id, in the order they appear in their part.
    private(set) var notes: [(id: String, blocks: [WordBlock])] = []
    private(set) var sawTrackedChanges = false

    private var containers: [[WordBlock]] = [[]]
    private var paragraphs: [WordParagraph] = []
    private var tables: [TableBuilder] = []
    private var noteIds: [String] = []
    /// > 0 while inside a subtree whose text is not part of the accepted document.
    private var skipDepth = 0
    /// `<w:p>` elements started so far (outside skipped subtrees), for `WordParagraph.bodyIndex`.
    private var paragraphStarts = 0
    private var capturingText = false
    private var inParagraphProperties = false
    private var math: [MathNode] = []
    private var capturingMath = false

    private struct TableBuilder {
        var table = WordTable()
        var row: WordRow?
        var cell: WordCell?
    }

    // MARK: elements

    func startElement(_ name: String, ns: OfficeNamespace, attributes: XMLAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
                if !math.isEmpty || (ns == .math && (name == "oMath" || name == "oMathPara")) {
            startMath(name, ns: ns, attributes: attributes)
            return
        }
        switch ns {
        case .word: startWord(name, attributes)
        case .markupCompatibility: if name == "Fallback" { skipDepth = 1 }   // the same content, older markup
        default: break
        }
    }

    private func startWord(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "p":
            var p = WordParagraph()
            p.bodyIndex = paragraphStarts
            paragraphStarts += 1
            paragraphs.append(p)
        case "pPr":
            inParagraphProperties = true
        case "pStyle":
            if inParagraphProperties, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].styleId = attributes.attribute("val") }
        case "outlineLvl":
            if inParagraphProperties, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].outlineLevel = attributes.attribute("val").flatMap(Int.init) }
        case "numId":
            if inParagraphProperties, !paragraphs.isEmpty, let id = attributes.attribute("val").flatMap(Int.init) {
                let level = paragraphs[paragraphs.count - 1].numbering?.level ?? 0
                paragraphs[paragraphs.count - 1].numbering = (id, level)
            }
        case "ilvl":
            if inParagraphProperties, !paragraphs.isEmpty, let l = attributes.attribute("val").flatMap(Int.init) {
                let id = paragraphs[paragraphs.count - 1].numbering?.numId ?? -1
                paragraphs[paragraphs.count - 1].numbering = (id, l)
            }
        case "t":
            capturingText = true
        case "tab":
            if !inParagraphProperties { appendText(" ") }
        case "br", "cr":
            appendText(" ")
        case "noBreakHyphen":
            appendText("-")
        case "ins", "moveTo":
            sawTrackedChanges = true
        case "del", "moveFrom":
            sawTrackedChanges = true
            skipDepth = 1
        case "instrText", "delText", "delInstrText", "rPr":
            skipDepth = 1
        case "txbxContent":
            containers.append([])
        case "tbl":
            tables.append(TableBuilder())
        case "tr":
            if !tables.isEmpty { tables[tables.count - 1].row = WordRow() }
        case "tblHeader":
            if !tables.isEmpty, tables[tables.count - 1].cell == nil, ["true", "1", "on", nil].contains(attributes.attribute("val")) {
                tables[tables.count - 1].row?.isHeader = true
            }
        case "gridBefore":
            if !tables.isEmpty, tables[tables.count - 1].cell == nil { tables[tables.count - 1].row?.gridBefore = attributes.attribute("val").flatMap(Int.init) ?? 0 }
        case "gridAfter":
            if !tables.isEmpty, tables[tables.count - 1].cell == nil { tables[tables.count - 1].row?.gridAfter = attributes.attribute("val").flatMap(Int.init) ?? 0 }
        case "tc":
            if !tables.isEmpty { tables[tables.count - 1].cell = WordCell() }
            containers.append([])
        case "gridSpan":
            if !tables.isEmpty, let n = attributes.attribute("val").flatMap(Int.init) { tables[tables.count - 1].cell?.gridSpan = max(1, min(n, 64)) }
        case "vMerge":
            if !tables.isEmpty { tables[tables.count - 1].cell?.vMerge = attributes.attribute("val") == "restart" ? .restart : .continuation }
        case "footnote", "endnote":
            let type = attributes.attribute("type") ?? "normal"
            if type != "normal" { skipDepth = 1; return }
            noteIds.append(attributes.attribute("id") ?? "")
            containers.append([])
        default:
            // Revision records (pPrChange, rPrChange, tblPrChange…) hold the old formatting.
            if name.hasSuffix("Change") { sawTrackedChanges = true; skipDepth = 1 }
        }
    }

    func endElement(_ name: String, ns: OfficeNamespace) {
        if skipDepth > 0 { skipDepth -= 1; return }
        if !math.isEmpty { endMath(name); return }
        guard ns == .word else { return }
        switch name {
        case "t": capturingText = false
        case "pPr": inParagraphProperties = false
        case "p":
            guard var p = paragraphs.popLast() else { return }
            p.flush()
            containers[containers.count - 1].append(.paragraph(p))
            let depth = paragraphs.count
            if pendingTextBoxes.count > depth {
                containers[containers.count - 1] += pendingTextBoxes[depth]
                pendingTextBoxes.removeSubrange(depth...)
            }
        case "txbxContent":
            let boxed = containers.count > 1 ? containers.removeLast() : []
            // Text box paragraphs follow the paragraph they are anchored in.
            if paragraphs.isEmpty { containers[containers.count - 1] += boxed } else { anchor(boxed) }
        case "tc":
            let cellBlocks = containers.count > 1 ? containers.removeLast() : []
            guard !tables.isEmpty, var cell = tables[tables.count - 1].cell else { return }
            cell.blocks = cellBlocks
            tables[tables.count - 1].row?.cells.append(cell)
            tables[tables.count - 1].cell = nil
        case "tr":
            guard !tables.isEmpty, let row = tables[tables.count - 1].row else { return }
            tables[tables.count - 1].table.rows.append(row)
            tables[tables.count - 1].row = nil
        case "tbl":
            guard let t = tables.popLast() else { return }
            containers[containers.count - 1].append(.table(t.table))
        case "footnote", "endnote":
            let noteBlocks = containers.count > 1 ? containers.removeLast() : []
            notes.append((noteIds.popLast() ?? "", noteBlocks))
        case "body":
            blocks = containers.first ?? []
        default: break
        }
    }

    func endDocument() {
        if blocks.isEmpty, let first = containers.first { blocks = first }
    }

    /// Text-box blocks waiting for their anchoring paragraph to end, one list per open paragraph.
    private var pendingTextBoxes: [[WordBlock]] = []

    private func anchor(_ boxed: [WordBlock]) {
        while pendingTextBoxes.count < paragraphs.count { pendingTextBoxes.append([]) }
        pendingTextBoxes[paragraphs.count - 1] += boxed
    }

    private func appendText(_ s: String) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].appendText(s)
    }

    // MARK: text

    func characters(_ string: String) {
        guard skipDepth == 0 else { return }
        if capturingMath, let node = math.last { node.text += string; return }
        if capturingText { appendText(string) }
    }

    // MARK: equations

    private func startMath(_ name: String, ns: OfficeNamespace, attributes: XMLAttributes) {
        guard ns == .math else { skipDepth = 1; return }   // Word run properties inside math carry no text
        let node = MathNode(name, value: attributes.attribute("val"))
        math.last?.children.append(node)
        math.append(node)
        if name == "t" { capturingMath = true }
    }

    private func endMath(_ name: String) {
        guard let node = math.popLast() else { return }
        if name == "t" { capturingMath = false }
        if math.isEmpty {
            let equations = MathText.equations(node).filter { !$0.isEmpty }
            guard !equations.isEmpty else { return }
            if paragraphs.isEmpty {
                var p = WordParagraph()
                p.appendMath(equations)
                containers[containers.count - 1].append(.paragraph(p))
            } else {
                paragraphs[paragraphs.count - 1].appendMath(equations)
            }
        }
    }
}
