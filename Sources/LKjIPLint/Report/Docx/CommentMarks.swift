/// Cuts comment ranges into `document.xml`: a `commentRangeStart` before the first
/// character of each anchor and a `commentRangeEnd` plus the reference run after its
/// last, splitting a run in two (same properties) where a boundary falls inside its text.
/// Everything between the cuts is the original bytes.
enum CommentMarks {
    private struct Insertion {
        let position: Int
        let order: Int      // at one position: ends and references before starts
        let sequence: Int
        let text: String
    }

    /// A cut: before scalar `index` of text node `node` (index == count: after the node).
    private struct Cut: Hashable {
        let node: Int
        let index: Int
    }

    static func insert(_ anchors: [CommentAnchor], ids: [Int], into scanner: WordParagraphScanner) -> [UInt8] {
        let b = scanner.bytes, w = scanner.w, m = scanner.m ?? "m"
        var starts: [Cut: [Int]] = [:], ends: [Cut: [Int]] = [:]
        var locations: [Int: [(node: Int, index: Int)]] = [:]
        for (anchor, id) in zip(anchors, ids) {
            if locations[anchor.paragraph] == nil { locations[anchor.paragraph] = scanner.text(of: anchor.paragraph).map { ($0.node, $0.index) } }
            let text = locations[anchor.paragraph]!
            guard anchor.start < anchor.end, anchor.end <= text.count else { continue }
            let s = text[anchor.start], e = text[anchor.end - 1]
            starts[Cut(node: s.node, index: s.index), default: []].append(id)
            ends[Cut(node: e.node, index: e.index + 1), default: []].append(id)
        }

        var insertions: [Insertion] = []
        var preserved = Set<Int>()
        func add(_ position: Int, _ order: Int, _ text: String) {
            insertions.append(Insertion(position: position, order: order, sequence: insertions.count, text: text))
        }
        let cuts = Set(starts.keys).union(ends.keys).sorted { ($0.node, $0.index) < ($1.node, $1.index) }
        for cut in cuts {
            let node = scanner.nodes[cut.node]
            let run = scanner.runs[node.run]
            let runTag = run.isMath ? m + ":r" : w + ":r", textTag = run.isMath ? m + ":t" : w + ":t"
            let startMarks = (starts[cut] ?? []).map { "<\(w):commentRangeStart \(w):id=\"\($0)\"/>" }.joined()
            let endIds = ends[cut] ?? []
            let endMarks = endIds.map { "<\(w):commentRangeEnd \(w):id=\"\($0)\"/>" }.joined()
            var references = endIds.map { "<\(w):r><\(w):commentReference \(w):id=\"\($0)\"/></\(w):r>" }.joined()
            // A reference run cannot sit inside an equation: it follows the equation.
            if run.isMath, let after = run.mathEnd, !references.isEmpty { add(after, 1, references); references = "" }
            let reopen = String(decoding: b[run.startTag], as: UTF8.self) + run.properties.map { String(decoding: b[$0], as: UTF8.self) }.joined()
            let marks = endMarks + references + startMarks
            if cut.index > 0 && cut.index < node.scalars.count {
                add(node.offsets[cut.index], 0, "</\(textTag)></\(runTag)>" + marks + reopen + "<\(textTag) xml:space=\"preserve\">")
                if !preserved.contains(cut.node), !String(decoding: b[node.startTag], as: UTF8.self).contains("xml:space") {
                    preserved.insert(cut.node)
                    add(node.startTag.upperBound - 1, 0, " xml:space=\"preserve\"")
                }
            } else if cut.index == 0 {
                if run.firstNode == cut.node && !run.contentBeforeFirst {
                    add(run.startTag.lowerBound, 2, marks)
                } else {
                    add(node.startTag.lowerBound, 2, "</\(runTag)>" + marks + reopen)
                }
            } else {
                if run.lastNode == cut.node && !run.contentAfterLast {
                    add(run.end, 0, marks)
                } else {
                    add(node.endTag, 0, "</\(runTag)>" + marks + reopen)
                }
            }
        }
        insertions.sort { ($0.position, $0.order, $0.sequence) < ($1.position, $1.order, $1.sequence) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + insertions.count * 200)
        var at = 0
        for i in insertions {
            out += b[at..<i.position]
            out += Array(i.text.utf8)
            at = i.position
        }
        out += b[at...]
        return out
    }
}
