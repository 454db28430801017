import Foundation

/// A list of weights a report states in prose ("Penyerapan anggaran dengan bobot 28,6%;",
/// "b) Deviasi Halaman III DIPA: 10 persen;"), with the sentence that introduces it.
struct WeightList {
    struct Item {
        let name: String
        let weight: Quantity
    }
    let items: [Item]
    let intro: String
    /// Index of the list's last block, to find the table that follows it.
    let lastBlock: Int

    static let item = PCRE2Regex(literal: #"^\W*(?:[\p{L}\d]{1,3}[.)]\s*)?(?<name>\p{L}[^:;%]{1,100}?)\s*(?::|\s(?:dengan\s+)?bobot(?:nya)?(?:\s+sebesar)?)\s*(?<w>\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|persen\b))"#, options: [.caseInsensitive])

    static func all(_ document: Document) -> [WeightList] {
        var out: [WeightList] = []
        var current: [Item] = []
        var start = 0
        let blocks = document.blocks
        func flush(_ end: Int) {
            if current.count >= 3 {
                // The introduction: the few blocks before the list (a caption table may sit between).
                let intro = blocks[max(0, start - 3)..<start].compactMap { $0.text?.text }.joined(separator: " ")
                out.append(WeightList(items: current, intro: intro, lastBlock: end))
            }
            current = []
        }
        for (i, b) in blocks.enumerated() {
            var parsed: Item?
            if case .listItem(_, let t) = b.content, let m = item.firstMatch(in: t.text),
               let nr = m.range(item.groupIndex("name")!), let wr = m.range(item.groupIndex("w")!),
               let w = NumberLexer.scan(t).first(startingIn: wr) {
                parsed = Item(name: t.text.utf8Slice(nr), weight: w)
            }
            if let p = parsed {
                if current.isEmpty { start = i }
                current.append(p)
            } else {
                flush(i - 1)
            }
        }
        flush(blocks.count - 1)
        return out
    }
}

/// A composite index written as a formula with weights: `IKM = (3,58 x 60%) + (3,68 x 40%)`,
/// `K1 = D1 \times 60\% + D2 \times 40\%`.
struct WeightedFormula {
    let weights: [Quantity]
    let line: Int

    static let term = PCRE2Regex(literal: #"(?:\d+(?:[.,]\d+)?|\b[A-Z]\w{0,5})\s*\)?\s*(?:×|x|\*|\\times|\\cdot|·)\s*\(?\s*(?<w>\d{1,3}(?:[.,]\d+)?\s*\\?%)"#)

    static func read(_ t: LocatedText, quantities: [Quantity]? = nil) -> WeightedFormula? {
        guard t.text.contains("=") else { return nil }
        let qs = quantities ?? NumberLexer.scan(t)
        var ws: [Quantity] = []
        let g = term.groupIndex("w")!
        term.forEachMatch(in: t.text) { m in
            // "× 100%" turns a ratio into a percentage; it is not a weight.
            if let r = m.range(g), !t.text.utf8Slice(r).hasPrefix("100") {
                if let q = qs.first(startingIn: r) { ws.append(q) }
                else if let v = ShownNumber.parse(t.text.utf8Slice(r).filter { $0.isNumber || $0 == "," || $0 == "." }) {
                    // `60\%` in LaTeX: the lexer does not see the escaped percent sign.
                    let text = t.text.utf8Slice(r)
                    ws.append(Quantity(text: text, number: v, unit: .percent, kind: .quantity, range: r, location: t.location(at: r.lowerBound)))
                }
            }
            return true
        }
        return ws.count >= 2 ? WeightedFormula(weights: ws, line: t.start.line) : nil
    }
}
