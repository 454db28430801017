import Foundation

/// Prose read across the breaks a PDF text layer puts in: each prose block joined with the
/// next one, so a phrase broken over two "paragraphs" is still one phrase. Findings are kept
/// only where they start inside the first block, so nothing is reported twice.
struct ProseWindow {
    let text: LocatedText
    /// UTF-8 length of the first block's part.
    let ownLength: Int
    let blockIndex: Int

    static func all(_ document: Document) -> [ProseWindow] {
        let blocks = document.blocks
        var out: [ProseWindow] = []
        for (i, b) in blocks.enumerated() {
            guard let t = b.text else { continue }
            if case .formula = b.content { continue }
            var joined = t
            let own = t.text.utf8.count
            if i + 1 < blocks.count, let next = blocks[i + 1].text, blocks[i + 1].firstLine - b.lastLine <= 2 {
                if case .heading = blocks[i + 1].content {} else {
                    for p in next.pieces.indices {
                        let end = p + 1 < next.pieces.count ? next.pieces[p + 1].offset : next.text.utf8.count
                        joined.append(next.text.utf8Slice(next.pieces[p].offset..<end), at: next.pieces[p].location)
                    }
                }
            }
            out.append(ProseWindow(text: joined, ownLength: own, blockIndex: i))
        }
        return out
    }
}
