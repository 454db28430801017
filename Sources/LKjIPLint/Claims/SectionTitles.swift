/// Bab III speaks of one indicator at a time, under a heading that names it ("1. Indeks
/// Kepuasan Masyarakat terhadap Layanan Keimigrasian"); the formula, the year table and
/// the sentences under it often do not name it again. Keeps the titles of the sections
/// the reading is in, so that figures can be keyed to what their section is about.
struct SectionTitles {
    private var stack: [(level: Int, text: String)] = []

    /// A short line with no figure or sentence stop: how text converted from a PDF writes a
    /// heading ("1. Persentase Tindakan Administratif Keimigrasian yang ditangani").
    static let titleLine = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*(?:\d{1,2}[.)]\s*)?[^\d.;:%]{8,160}?\s*(?:\*\*)?\s*$"#)
    /// Such a line stands below every real heading.
    static let titleLevel = Int.max

    var innermostFirst: [String] { stack.reversed().map(\.text) }

    mutating func enter(_ block: Block) {
        switch block.content {
        case .heading(let level, let t):
            stack.removeAll { $0.level >= level }
            stack.append((level, t.text))
        case .paragraph(let t), .listItem(_, let t):
            // The reader may join a bold title line to the paragraph below it.
            let first = SectionTitles.firstLine(of: t)
            guard SectionTitles.titleLine.isMatch(first) else { return }
            stack.removeAll { $0.level == SectionTitles.titleLevel }
            stack.append((SectionTitles.titleLevel, first))
        default:
            break
        }
    }

    static func firstLine(of t: LocatedText) -> String {
        let line = t.start.line
        guard let next = t.pieces.first(where: { $0.location.line != line }) else { return t.text }
        return t.text.utf8Slice(0..<next.offset)
    }
}
