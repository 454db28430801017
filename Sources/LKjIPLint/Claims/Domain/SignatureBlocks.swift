/// The line-shaped parts of a report's signature blocks and Perjanjian Kinerja pages, read
/// once from the text view: place lines with and without a date, NIP lines with the name
/// above them, and PK title lines with their year. Signature blocks are laid out in lines
/// (place, date / title / name / NIP), so they are read by line, not by sentence.
public struct SignatureBlocks {
    struct PlaceLine { let line: Int; let column: Int; let place: String }
    struct DatedLine { let line: Int; let column: Int; let date: CalendarDate; let written: String }
    struct NIPLine { let line: Int; let column: Int; let nip: String; let written: String; let name: String }
    struct PKTitle { let line: Int; let column: Int; let year: Int; let revised: Bool }

    var undated: [PlaceLine] = []
    var dated: [DatedLine] = []
    var nips: [NIPLine] = []
    var pkTitles: [PKTitle] = []

    /// `Jakarta,` alone on its line: a place with its comma and nothing after it.
    static let placeOnly = PCRE2Regex(literal: #"^\s*(?:\*\*)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})\s*,\s*(?:\*\*)?\s*$"#)
    /// Words that open a title or a salutation line ending in a comma, never a place.
    static let notPlace = PCRE2Regex(literal: #"^(?:Pihak|Kepala|Plt|Plh|Sekretaris|Direktur|Inspektur|Hormat|Mengetahui|Menyetujui|Yang|Tembusan|Catatan|Keterangan|Kami|Demikian|Dengan|Sumber|Selaku|Atas|Ketua|Anggota|Camat|Bupati|Gubernur|Menteri)\b"#, options: [.caseInsensitive])
    /// The title line a signature block puts under its place and date.
    public static let titleLine = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*(?:a\.?\s?n\.?\s+|Plt\.?\s+|Plh\.?\s+)?(?:Kepala|Pihak\s+(?:Pertama|Kedua)|Direktur|Sekretaris|Inspektur|Camat|Bupati|Wali\s*kota|Gubernur|Menteri|Mengetahui|Menyetujui)\b"#, options: [.caseInsensitive])
    /// `Sukamaju, 15 Januari 2025`.
    static let placeDate = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*\p{Lu}[\p{L}'. -]{1,40}?,\s*(\d{1,2})\s+("# + CalendarWords.monthPattern + #")\.?\s+(\d{4})\b"#)
    /// `NIP. 198402292009122001` or `NIP 19840229 200912 2 001`, alone on its line.
    static let nipLine = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*NIP\.?\s*:?\s*(\d{8}\s?\d{6}\s?\d\s?\d{3})\s*(?:\*\*)?\s*$"#)
    /// Lines between a name and its NIP that are not a name: the signature mark, a stamp, a rank.
    static let notName = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*(?:Ttd|Tertanda|Cap|Materai|Meterai|Pembina|Penata|Pengatur|Juru|Pangkat|Jabatan|Golongan)\b"#, options: [.caseInsensitive])
    static let nameField = PCRE2Regex(literal: #"^\s*Nama\s*:\s*(.+?)\s*$"#, options: [.caseInsensitive])
    /// A name line: letters, dots, commas and degree marks, no digits, no colon.
    static let nameShape = PCRE2Regex(literal: #"^\s*(?:\*\*)?\s*\p{Lu}[\p{L}.,' -]{2,80}?\s*(?:\*\*)?\s*$"#)
    static let pkTitle = PCRE2Regex(literal: #"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:(?:REVISI|PERUBAHAN)\s+)?PERJANJIAN\s+KINERJA\s+TAHUN\s+(\d{3,4})\b"#)
    static let revised = PCRE2Regex(literal: #"(?i)\b(?:revisi|perubahan|addendum|adendum)\b"#)

    static func read(_ lines: [String], titles: PCRE2Regex = titleLine) -> SignatureBlocks {
        var out = SignatureBlocks()
        for (i, raw) in lines.enumerated() {
            // Table rows (TAB or pipe cells) are lists of people or dates, not signature blocks.
            if isCellRow(raw) { continue }
            // Byte gates: most lines are prose that none of these shapes can match.
            var comma = false, digit = false
            for b in raw.utf8 { if b == 44 { comma = true } else if b >= 48 && b <= 57 { digit = true } }
            if comma && !digit, let m = placeOnly.firstMatch(in: raw), let place = m.string(1, in: raw), !notPlace.isMatch(place),
               let next = nextNonEmpty(lines, after: i, within: 4), titles.isMatch(lines[next]) {
                out.undated.append(PlaceLine(line: i + 1, column: column(raw, m.range(1)!.lowerBound), place: place))
            }
            guard digit else { continue }
            if comma, let m = placeDate.firstMatch(in: raw),
               let date = CalendarWords.date(day: m.string(1, in: raw), month: m.string(2, in: raw), year: m.string(3, in: raw)) {
                out.dated.append(DatedLine(line: i + 1, column: column(raw, m.range(1)!.lowerBound), date: date,
                                           written: raw.utf8Slice(m.range(1)!.lowerBound..<m.range(3)!.upperBound)))
            }
            if let m = nipLine.firstMatch(in: raw), let r = m.range(1), let name = nameAbove(lines, i, titles: titles) {
                let written = raw.utf8Slice(r)
                out.nips.append(NIPLine(line: i + 1, column: column(raw, r.lowerBound), nip: written.filter(\.isNumber),
                                        written: written, name: name))
            }
            if let t = pkTitle(lines, i) { out.pkTitles.append(t) }
        }
        return out
    }

    /// Only the PK titles, for the checks that need no more of the signature blocks.
    static func pkTitles(_ lines: [String]) -> [PKTitle] {
        lines.indices.compactMap { i in lines[i].utf8.contains(where: { $0 >= 48 && $0 <= 57 }) && !isCellRow(lines[i]) ? pkTitle(lines, i) : nil }
    }

    static func pkTitle(_ lines: [String], _ i: Int) -> PKTitle? {
        let raw = lines[i]
        guard let m = pkTitle.firstMatch(in: raw), let y = m.string(1, in: raw).flatMap({ Int($0) }) else { return nil }
        let around = lines[max(0, i - 1)..<min(lines.count, i + 4)].joined(separator: " ")
        return PKTitle(line: i + 1, column: column(raw, m.range(1)!.lowerBound), year: y, revised: revised.isMatch(around))
    }

    /// A line of TAB or pipe cells (a byte scan: Foundation's `contains` is slow on long texts).
    static func isCellRow(_ line: String) -> Bool {
        line.utf8.contains { $0 == 9 || $0 == 124 }
    }

    /// The first non-empty line within `n` lines after `i`.
    static func nextNonEmpty(_ lines: [String], after i: Int, within n: Int) -> Int? {
        (i + 1..<min(lines.count, i + 1 + n)).first { !lines[$0].trimmed().isEmpty }
    }

    /// The name on the nearest non-empty line above a NIP line (or a `Nama : …` field), if
    /// that line looks like a name; titles, ranks and side-by-side blocks give none.
    static func nameAbove(_ lines: [String], _ i: Int, titles: PCRE2Regex) -> String? {
        var j = i - 1
        while j >= 0 && i - j <= 4 && lines[j].trimmed().isEmpty { j -= 1 }
        guard j >= 0, i - j <= 4 else { return nil }
        let l = lines[j]
        if isCellRow(l) || nipLine.isMatch(l) { return nil }
        if let m = nameField.firstMatch(in: l) { return m.string(1, in: l) }
        guard nameShape.isMatch(l), !titles.isMatch(l), !notName.isMatch(l), !l.trimmed().hasSuffix(","), !l.trimmed().hasSuffix(":") else { return nil }
        return l.replacingOccurrences(of: "**", with: "").trimmed()
    }

    /// The words that tell two names apart: before the first comma (degrees follow it),
    /// without honorifics, three letters or more.
    static func nameWords(_ name: String) -> Set<String> {
        let head = name.split(separator: ",").first.map(String.init) ?? name
        let honorific: Set<String> = ["dr", "drs", "dra", "ir", "prof", "hj", "h"]
        return Set(head.lowercased().split { !$0.isLetter }.map(String.init)
            .filter { $0.count >= 3 && !honorific.contains($0) })
    }

    static func column(_ line: String, _ utf8Offset: Int) -> Int {
        line.utf8Slice(0..<utf8Offset).unicodeScalars.count + 1
    }
}
