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
            "Kantor ini menetapkan ↓3 (tiga) sasaran kegiatan, yaitu:\n\n1. Meningkatnya kualitas layanan;\n2. Optimalnya penegakan hukum.\n\n## B. Perjanjian Kinerja\n\nTeks lain.\n",
            "Kantor ini menetapkan ↓3 (tiga) sasaran kegiatan, yaitu:\n1.\tMeningkatnya kualitas layanan;\n2.\tOptimalnya penegakan hukum.\nB.\tPerjanjian Kinerja\nTeks lain paragraf panjang di sini.\n",
            "Penilaian memperhatikan ↓4 (empat) aspek, yaitu: (1) kualitas perencanaan; (2) kualitas pelaksanaan; dan (3) kualitas hasil.\n",
            "1. Sasaran kedua memiliki ↓3 (tiga) indikator, yaitu:\n\na. Indeks Pengamanan;\n\nPenjelasan.\n\nb. Persentase penindakan.\n\n2. Sasaran ketiga.\n",
        ],
        nonTriggering: [
            "Kantor ini memiliki 2 (dua) indikator kinerja, yaitu:\n\n1. Indeks Kepuasan Masyarakat;\n2. Persentase layanan yang diselesaikan.\n",
            "Nilai Kinerja Anggaran dengan 2 (dua) sub komponen yaitu:\n\n1. Nilai Kinerja Perencanaan Anggaran\n\nPada kantor ini, nilai perencanaan memperhatikan variabel, yaitu:\n\n- a) CRO;\n- b) SBK.\n\n2. Nilai Kinerja Pelaksanaan Anggaran\n",
            "Kantor ini memiliki 3 (tiga) indikator kinerja. Rinciannya disajikan pada tabel berikut:\n\n1. Indeks Kepuasan Masyarakat;\n",
            "Kantor ini memiliki 3 (tiga) indikator kinerja sebagaimana tabel berikut:\n\n1. Indeks Kepuasan Masyarakat;\n",
            "Penilaian memperhatikan 3 (tiga) aspek, yaitu: (1) kualitas perencanaan; (2) kualitas pelaksanaan; dan (3) kualitas hasil.\n",
            "Kantor ini memiliki 2 (dua) sasaran, yaitu:\n\n1. Meningkatnya kualitas layanan;\n   a. Indeks kepuasan;\n   b. Persentase layanan tepat waktu;\n2. Optimalnya penegakan hukum.\n",
            "Pemohon melampirkan 1 (satu) berkas yang dilayani 1x24 jam sesuai misi ke-2, 3 dan 5.\n",
        ])

    static let wordNumbers = ["satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10]
    static let marker = PCRE2Regex(literal: #"^\W*(?:(\d{1,2})|([a-z]))[.)]"#)
    /// Items on the announcement's own line: "(1) …; (2) …; (3) …".
    static let shownElsewhere = PCRE2Regex(literal: #"(?i)\b(?:tabel|grafik|gambar|bagan|diagram|matriks|lampiran)\b"#)
    static let inlineMarker = PCRE2Regex(literal: #"(?:^|[\s;:,])\((\d{1,2})\)\s"#)

    /// The announcement patterns for a pack's nouns, compiled once per noun list: one that
    /// ends its block (the list follows), one followed by items on its own line.
    static let announcements = RegexCache()

    static func announcement(_ nouns: [String], inline: Bool) -> PCRE2Regex {
        announcements.regex(for: (inline ? "inline:" : "end:") + nouns.joined(separator: "|")) {
            let alternatives = nouns.map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }.joined(separator: "|")
            let tail = inline ? #":\s*(?<rest>\(1\)\s[^:]*)"# : #":\s*$"#
            return PCRE2Regex(literal: #"(?i)\b(?:memiliki|mempunyai|terdiri\s+(?:atas|dari)|meliputi|memperhatikan|terdapat|mencakup|menetapkan|ditetapkan|berupa|dengan|ada)\s+(?:(?<d>\d{1,2})(?:\s*\(\s*\p{L}+\s*\))?|(?<w>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))\s+(?:buah\s+)?(?:"# + alternatives + #")\b[^.:;]{0,80}"# + tail)
        }
    }

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let nouns = context.packs.domain.listNouns
        guard !nouns.isEmpty else { return [] }
        var out: [Diagnostic] = []
        let blocks = context.document.blocks
        for (i, b) in blocks.enumerated() {
            guard let t = b.text else { continue }
            let s = t.text.trimmingCharacters(in: .whitespaces)
            for inline in [false, true] {
                let announce = ListCountMismatchCheck.announcement(nouns, inline: inline)
                // "… sebagaimana tabel berikut:": the table's rows are the items, not a list.
                guard let m = announce.firstMatch(in: s), !ListCountMismatchCheck.shownElsewhere.isMatch(s.utf8Slice(m.range)) else { continue }
                let stated: Int
                let at: Range<Int>
                if let r = m.range(announce.groupIndex("d")!), let n = Int(s.utf8Slice(r)) { stated = n; at = r }
                else if let r = m.range(announce.groupIndex("w")!), let n = ListCountMismatchCheck.wordNumbers[s.utf8Slice(r).lowercased()] { stated = n; at = r }
                else { continue }
                let count: Int?
                if inline {
                    count = m.range(announce.groupIndex("rest")!).flatMap { inlineCount(s.utf8Slice($0)) }
                } else {
                    guard i + 1 < blocks.count else { continue }
                    // An announcement that is itself a numbered item ("1. Sasaran … memiliki 2
                    // indikator, yaitu:") owns the items of another style after it.
                    var own: (String, Int)?
                    if case .listItem = b.content { own = style(s) }
                    count = itemCount(ListCountMismatchCheck.items(blocks, from: i + 1), stated: stated, own: own)
                }
                guard let count, count != stated else { continue }
                let lead = t.text.utf8.count - t.text.drop(while: { $0 == " " }).utf8.count
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: t.location(at: at.lowerBound + lead),
                                      message: Message(id: "kalimat menyebut \(stated) butir, padahal daftar sesudahnya memuat \(count) butir",
                                                       en: "the sentence announces \(stated) items, but the list after it holds \(count)"),
                                      stated: String(stated), expected: String(count)))
            }
        }
        return out
    }

    /// "(1) …; (2) …; (3) …" on one line: the running numbering from 1.
    func inlineCount(_ rest: String) -> Int? {
        var n = 0
        for m in ListCountMismatchCheck.inlineMarker.matches(in: rest) {
            guard let k = m.string(1, in: rest).flatMap(Int.init) else { continue }
            if k == n + 1 { n = k } else { return nil }
        }
        return n >= 2 ? n : nil
    }

    /// What the blocks after an announcement are, for counting: numbered or lettered items
    /// (also the marker cells of a list a converter laid out as a table), bullets, headings,
    /// and anything else.
    enum Piece { case item(style: String, n: Int), bullet(String), heading, other }

    static func items(_ blocks: [Block], from start: Int) -> [Piece] {
        var out: [Piece] = []
        for b in blocks[start...].prefix(400) {
            switch b.content {
            case .heading: out.append(.heading)
            case .listItem(let mk, let t):
                // "- a) …": a lettered item under a bullet is a sub-item, whatever its letter.
                let bulleted = mk.allSatisfy { "-•*·–".contains($0) }
                if !bulleted, let (k, n) = ListCountMismatchCheck().style(t.text) { out.append(.item(style: k, n: n)) } else { out.append(.bullet(mk)) }
            case .table(let table):
                // "1.<TAB>Meningkatnya …" rows: a docx list read as a table.
                // A row that is no item (a heading "B.<TAB>Perjanjian Kinerja" glued to the
                // list) ends the list there.
                let marks = table.rows.map { $0.cells.first.flatMap { ListCountMismatchCheck().style($0.text.text + " ") } }
                let run = marks.prefix { $0 != nil }.compactMap { $0 }
                guard !run.isEmpty else { out.append(.other); continue }
                for mk in run { out.append(.item(style: mk.0, n: mk.1)) }
                if run.count < marks.count { out.append(.heading) }
            default: out.append(.other)
            }
        }
        return out
    }

    /// The style of an item is the kind of marker and its delimiter: "1." and "1)" are
    /// different lists.
    func style(_ text: String) -> (String, Int)? {
        guard let m = ListCountMismatchCheck.marker.firstMatch(in: text) else { return nil }
        let delim = text.utf8Slice(m.range).last.map(String.init) ?? ""
        if let r = m.range(1) { return ("n" + delim, Int(text.utf8Slice(r)) ?? 0) }
        if let r = m.range(2), let c = text.utf8Slice(r).unicodeScalars.first { return ("a" + delim, Int(c.value) - 96) }
        return nil
    }

    /// Items of the list that starts the pieces: a running numbering of one style (other
    /// blocks and sub-items of other styles may sit between its items) until the list ends,
    /// or consecutive bullets. Nil when the count is unclear.
    func itemCount(_ pieces: [Piece], stated: Int, own: (kind: String, n: Int)?) -> Int? {
        var pieces = pieces[...]
        guard let first = pieces.first else { return nil }
        if case .bullet(let mk) = first {
            guard own == nil else { return nil }
            // Bullets: count the consecutive ones of the same marker.
            return pieces.prefix { if case .bullet(let m) = $0 { return m == mk } else { return false } }.count
        }
        guard case .item(let kind, let firstN) = first, firstN == 1, kind != own?.kind else { return nil }
        pieces = pieces.dropFirst()
        var n = 1
        var interleaved = false
        var ended = false
        // The count when the first other block came: if no item follows it before another
        // list of the same style starts over, the list ended there.
        var beforeOther: Int?
        var ownRestarted = false
        for p in pieces {
            switch p {
            case .heading: ended = true
            case .item(let k2, let k) where k2 == kind:
                if k == n + 1 { n = k; continue }
                // Another list of the same style starting over: nested lists make the count
                // unclear unless the list ran without interruption until then.
                if interleaved && beforeOther != n { return nil }
                ended = true
            case .item(let k2, let k) where k2 == own?.kind && k == own!.n + 1 && !ownRestarted:
                // The announcement's own numbering goes on ("2. Sasaran berikutnya"): its list ended.
                ended = true
            case .item(let k2, let k) where k2 == own?.kind && k == 1:
                // A sub-list in the announcement's own style: its letters say nothing of the end.
                ownRestarted = true
                if !interleaved { beforeOther = n }
                interleaved = true
                continue
            default:
                if !interleaved { beforeOther = n }
                interleaved = true
                continue
            }
            if ended { break }
        }
        // A list with text between its items that runs past what we read: the rest may come later.
        if interleaved && !ended && n < stated { return nil }
        return n
    }
}

/// Regexes built from a pack's data, compiled once per distinct source.
final class RegexCache: @unchecked Sendable {
    private var cache: [String: PCRE2Regex] = [:]
    private let lock = NSLock()

    func regex(for key: String, _ make: () -> PCRE2Regex) -> PCRE2Regex {
        lock.lock()
        defer { lock.unlock() }
        if let r = cache[key] { return r }
        let r = make()
        cache[key] = r
        return r
    }
}
