import Foundation

/// A table of contents (Daftar Isi) and the body headings its entries point to: an entry
/// whose title or lettering differs from the heading it lists ("IKHTISAR EKSEKUTIF" in the
/// Daftar Isi, "RINGKASAN EKSEKUTIF" in the body; "B. Realisasi Anggaran" listed, "A. Realisasi
/// Anggaran" written).
struct TableOfContents {
    enum Label: Equatable {
        case none
        case chapter(Int)
        case section(chapter: Int?, letter: String)
    }

    struct Entry {
        let line: Int
        let label: Label
        let title: String
        /// The entry as written, without leaders and page number.
        let text: String
    }

    struct Heading {
        let line: Int
        let label: Label
        let title: String
        let text: String
    }

    struct Disagreement {
        let entry: Entry
        let heading: Heading
        /// True when the title agrees and only the lettering differs.
        let lettering: Bool
    }

    let entries: [Entry]
    /// First line after the table of contents.
    let bodyStart: Int

    /// The table of contents that follows a "Daftar Isi" heading: consecutive entry lines
    /// (blank lines between them allowed), up to the first line that is not one.
    static func read(_ lines: [String], spec: TOCSpec) -> TableOfContents? {
        guard let start = lines.indices.first(where: { lines[$0].utf8.count <= 60 && spec.start.isMatch(clean(lines[$0])) }) else { return nil }
        var entries: [Entry] = []
        var chapter: Int?
        var i = start + 1
        var end = i
        while i < lines.count {
            let l = lines[i]
            if !l.contains(where: { !$0.isWhitespace }) { i += 1; continue }
            guard l.utf8.count <= 200, let m = spec.entry.firstMatch(in: l), let t = m.string(1, in: l) else { break }
            let text = clean(t.replacingOccurrences(of: #"[.…\s]+$"#, with: "", options: .regularExpression))
            if let c = spec.chapter.firstMatch(in: text), let n = number(c.string(1, in: text) ?? "") {
                chapter = n
                entries.append(Entry(line: i, label: .chapter(n), title: c.string(2, in: text) ?? "", text: text))
            } else if let s = spec.section.firstMatch(in: text), let letter = s.string(1, in: text) {
                entries.append(Entry(line: i, label: .section(chapter: chapter, letter: letter), title: s.string(2, in: text) ?? "", text: text))
            } else {
                chapter = nil
                entries.append(Entry(line: i, label: .none, title: text, text: text))
            }
            i += 1
            end = i
        }
        guard entries.count >= 3 else { return nil }
        return TableOfContents(entries: entries, bodyStart: end)
    }

    /// The entries whose heading in the body has another title or lettering.
    func disagreements(_ lines: [String], spec: TOCSpec, chapters: [ChapterSpec]) -> [Disagreement] {
        // Chapter headings of the body, in order: a chapter number must rise.
        var chapterHeads: [Heading] = []
        for i in bodyStart..<lines.count where lines[i].utf8.count <= 120 {
            let l = TableOfContents.clean(lines[i])
            guard let c = spec.chapter.firstMatch(in: l), let n = TableOfContents.number(c.string(1, in: l) ?? "") else { continue }
            if let last = chapterHeads.last, case .chapter(let p) = last.label, n <= p { continue }
            var title = c.string(2, in: l) ?? ""
            if title.isEmpty, let next = lines[(i + 1)..<min(lines.count, i + 5)].first(where: { $0.contains { !$0.isWhitespace } }) {
                let t = TableOfContents.clean(next)
                if t.utf8.count <= 80 && !spec.section.isMatch(t) { title = t }
            }
            chapterHeads.append(Heading(line: i, label: .chapter(n), title: title, text: l))
        }
        var out: [Disagreement] = []
        // Chapters: the same number, another title.
        for e in entries {
            guard case .chapter(let n) = e.label, !e.title.isEmpty,
                  let h = chapterHeads.first(where: { $0.label == .chapter(n) }), !h.title.isEmpty,
                  TableOfContents.similarity(e.title, h.title) == 0 else { continue }
            out.append(Disagreement(entry: e, heading: h, lettering: false))
        }
        // Unlettered entries the pack's chapter list knows (Ringkasan/Ikhtisar Eksekutif, Lampiran):
        // the first body heading of that chapter.
        for e in entries where e.label == .none {
            guard let ch = chapters.first(where: { $0.match.isMatch(e.text) }), !spec.chapter.isMatch(e.text) else { continue }
            let end = chapterHeads.first?.line ?? lines.count
            let upTo = ch.id == chapters.first?.id ? end : lines.count
            guard let i = (bodyStart..<upTo).first(where: { i in
                let l = TableOfContents.clean(lines[i])
                return l.utf8.count <= 60 && !l.contains(",") && ch.match.isMatch(l)
            }) else { continue }
            let l = TableOfContents.clean(lines[i])
            if TableOfContents.similarity(e.text, l) == 0 {
                out.append(Disagreement(entry: e, heading: Heading(line: i, label: .none, title: l, text: l), lettering: false))
            }
        }
        // Sections, chapter by chapter.
        for (k, head) in chapterHeads.enumerated() {
            guard case .chapter(let n) = head.label else { continue }
            let listed = entries.filter { if case .section(let c, _) = $0.label { return c == n } else { return false } }
            guard !listed.isEmpty else { continue }
            let upTo = k + 1 < chapterHeads.count ? chapterHeads[k + 1].line : lines.count
            var heads: [Heading] = []
            for i in (head.line + 1)..<upTo where lines[i].utf8.count <= 120 {
                let l = TableOfContents.clean(lines[i])
                guard let s = spec.section.firstMatch(in: l), let letter = s.string(1, in: l), let title = s.string(2, in: l),
                      !title.hasSuffix("."), !title.hasSuffix(","), !title.hasSuffix(";"), !title.hasSuffix(":") else { continue }
                heads.append(Heading(line: i, label: .section(chapter: n, letter: letter), title: title, text: l))
            }
            // Titles first, exact before prefix; each heading answers one entry.
            var match = [Int?](repeating: nil, count: listed.count)
            var taken = Set<Int>()
            for level in [2, 1] {
                for (j, e) in listed.enumerated() where match[j] == nil {
                    if let h = heads.indices.first(where: { !taken.contains($0) && TableOfContents.similarity(e.title, heads[$0].title) == level }) {
                        match[j] = h
                        taken.insert(h)
                    }
                }
            }
            for (j, e) in listed.enumerated() {
                guard case .section(_, let letter) = e.label else { continue }
                if let h = match[j] {
                    if case .section(_, let l) = heads[h].label, l != letter { out.append(Disagreement(entry: e, heading: heads[h], lettering: true)) }
                    continue
                }
                // No heading with this title: the heading with this letter, between its neighbours' headings.
                guard TableOfContents.words(e.title).count > 0 else { continue }
                let after = match[..<j].compactMap { $0 }.last.map { heads[$0].line } ?? head.line
                let before = match[(j + 1)...].compactMap { $0 }.first.map { heads[$0].line } ?? upTo
                if let h = heads.indices.first(where: { !taken.contains($0) && heads[$0].label == e.label && heads[$0].line > after && heads[$0].line < before }) {
                    taken.insert(h)
                    out.append(Disagreement(entry: e, heading: heads[h], lettering: false))
                }
            }
        }
        return out.sorted { $0.heading.line < $1.heading.line }
    }

    /// 2: the same words; 1: one title is the start of the other (a template's "[Satuan Kerja]"
    /// ends a title); 0: different.
    static func similarity(_ a: String, _ b: String) -> Int {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 1 }
        if wa == wb { return 2 }
        let n = min(wa.count, wb.count)
        return Array(wa.prefix(n)) == Array(wb.prefix(n)) ? 1 : 0
    }

    static func words(_ s: String) -> [String] {
        let cut = s.split(separator: "[", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? s
        return cut.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A line without Markdown marks (`#`, `**`, `_`) and outer spaces.
    static func clean(_ s: String) -> String {
        s.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "#*_ \t\u{A0}"))
    }

    static func number(_ s: String) -> Int? {
        if let n = Int(s) { return n }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0, prev = 0
        for c in s.uppercased().reversed() {
            guard let v = values[c] else { return nil }
            total += v < prev ? -v : v
            prev = max(prev, v)
        }
        return total > 0 ? total : nil
    }
}
