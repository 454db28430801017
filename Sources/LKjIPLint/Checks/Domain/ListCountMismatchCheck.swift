import Foundation

/// `memiliki 2 (dua) indikator:` followed by a numbered or bulleted list of another length.
public struct ListCountMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "list-count-mismatch", severity: .warning,
        summary: Message(id: "Jumlah yang diumumkan kalimat (\"terdiri atas 3 komponen:\") tidak sama dengan jumlah butir daftar sesudahnya.",
                         en: "The count a sentence announces (\"terdiri atas 3 komponen:\") differs from the number of items in the list after it."),
        rationale: Message(id: "Hanya kalimat yang berakhir dengan titik dua dan langsung diikuti daftar; butir dihitung menurut penomoran yang berurutan (1., 2., …; a., b., …) atau butir berpoin yang berurutan. Kata benda yang dihitung ada di paket checks/structure.yml.",
                           en: "Only a sentence ending in a colon and followed directly by a list; items are counted by their running numbering (1., 2., …; a., b., …) or consecutive bullets. The counted nouns live in the pack checks/structure.yml."),
        source: "Permenpan-RB 53/2014", pack: "structure.yml",
        triggering: [
            "Kantor ini memiliki ↓3 (tiga) indikator kinerja, yaitu:\n\n1. Indeks Kepuasan Masyarakat;\n2. Persentase layanan yang diselesaikan.\n",
            "Penilaian memperhatikan ↓empat aspek sebagai berikut:\n\na. Kualitas perencanaan;\nb. Kualitas pelaksanaan;\nc. Kualitas hasil.\n",
        ],
        nonTriggering: [
            "Kantor ini memiliki 2 (dua) indikator kinerja, yaitu:\n\n1. Indeks Kepuasan Masyarakat;\n2. Persentase layanan yang diselesaikan.\n",
            "Nilai Kinerja Anggaran dengan 2 (dua) sub komponen yaitu:\n\n1. Nilai Kinerja Perencanaan Anggaran\n\nPada kantor ini, nilai perencanaan memperhatikan variabel, yaitu:\n\n- a) CRO;\n- b) SBK.\n\n2. Nilai Kinerja Pelaksanaan Anggaran\n",
            "Kantor ini memiliki 3 (tiga) indikator kinerja. Rinciannya disajikan pada tabel berikut:\n\n1. Indeks Kepuasan Masyarakat;\n",
        ])

    static let wordNumbers = ["satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10]
    static let marker = PCRE2Regex(literal: #"^\W*(?:(\d{1,2})|([a-z]))[.)]"#)

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let nouns = context.packs.domain.listNouns
        guard !nouns.isEmpty else { return [] }
        let alternatives = nouns.map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }.joined(separator: "|")
        let announce = PCRE2Regex(literal: #"(?i)\b(?:memiliki|terdiri\s+(?:atas|dari)|meliputi|memperhatikan|terdapat|mencakup|dengan|ada)\s+(?:(?<d>\d{1,2})(?:\s*\(\s*\p{L}+\s*\))?|(?<w>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))\s+(?:buah\s+)?(?:"# + alternatives + #")\b[^.:;]{0,80}:\s*$"#)
        let dg = announce.groupIndex("d")!, wg = announce.groupIndex("w")!
        var out: [Diagnostic] = []
        let blocks = context.document.blocks
        for (i, b) in blocks.enumerated() where i + 1 < blocks.count {
            guard let t = b.text, case .listItem = blocks[i + 1].content else { continue }
            if case .listItem = b.content { continue }
            let s = t.text.trimmingCharacters(in: .whitespaces)
            guard let m = announce.firstMatch(in: s) else { continue }
            let stated: Int
            let at: Range<Int>
            if let r = m.range(dg), let n = Int(s.utf8Slice(r)) { stated = n; at = r }
            else if let r = m.range(wg), let n = ListCountMismatchCheck.wordNumbers[s.utf8Slice(r).lowercased()] { stated = n; at = r }
            else { continue }
            guard let count = itemCount(blocks, from: i + 1, stated: stated), count != stated else { continue }
            let lead = t.text.utf8.count - t.text.drop(while: { $0 == " " }).utf8.count
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: t.location(at: at.lowerBound + lead),
                                  message: Message(id: "kalimat menyebut \(stated) butir, padahal daftar sesudahnya memuat \(count) butir",
                                                   en: "the sentence announces \(stated) items, but the list after it holds \(count)"),
                                  stated: String(stated), expected: String(count)))
        }
        return out
    }

    /// Items of the list starting at `start`: a running numbering of one style (other blocks
    /// may sit between its items), or consecutive bullets. Nil when the count is unclear.
    func itemCount(_ blocks: [Block], from start: Int, stated: Int) -> Int? {
        guard case .listItem(let first, let ft) = blocks[start].content else { return nil }
        guard let st = ListCountMismatchCheck.marker.firstMatch(in: ft.text) else {
            // Bullets: count the consecutive ones of the same marker.
            var n = 0
            for b in blocks[start...] {
                guard case .listItem(let mk, _) = b.content, mk == first else { break }
                n += 1
            }
            return n
        }
        // The style is the kind of marker and its delimiter: "1." and "1)" are different lists.
        func style(_ text: String) -> (String, Int)? {
            guard let m = ListCountMismatchCheck.marker.firstMatch(in: text) else { return nil }
            let delim = text.utf8Slice(m.range).last.map(String.init) ?? ""
            if let r = m.range(1) { return ("n" + delim, Int(text.utf8Slice(r)) ?? 0) }
            if let r = m.range(2), let c = text.utf8Slice(r).unicodeScalars.first { return ("a" + delim, Int(c.value) - 96) }
            return nil
        }
        _ = st
        guard let (kind, firstN) = style(ft.text), firstN == 1 else { return nil }
        var n = 1
        var interleaved = false
        var endedClearly = true
        for b in blocks[(start + 1)...].prefix(400) {
            if case .heading = b.content { break }
            guard case .listItem(_, let t) = b.content, let (k2, k) = style(t.text), k2 == kind else {
                interleaved = true
                continue
            }
            if k == n + 1 { n = k } else { endedClearly = false; break }
        }
        // Items apart from each other, ended by another list of the same style: nested lists
        // make the count unclear, so say nothing.
        if interleaved && !endedClearly { return nil }
        // Fewer items than announced, with other text between them: the rest may come later
        // (after a table or a heading); only a consecutive list is counted for sure.
        if interleaved && n < stated { return nil }
        return n
    }
}
