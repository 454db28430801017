/// Dates that cannot be right as written (GENRE §7 T4, T5, T6, T8): a range without its end
/// month or ending before it starts, a signature block's place without a date, one NIP
/// under two different names, a Perjanjian Kinerja signed late in (or after) its year, a
/// weekday that does not fall on the date beside it.
public struct DateMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "date-mismatch", severity: .warning,
        summary: Message(id: "Tanggal atau blok tanda tangan yang tidak mungkin benar: rentang tanpa bulan akhir atau terbalik, tempat tanpa tanggal, satu NIP untuk dua nama, PK ditandatangani di akhir tahunnya, hari yang tidak cocok dengan tanggal.",
                         en: "A date or signature block that cannot be right: a range without its end month or running backwards, a place without a date, one NIP for two names, a PK signed late in its year, a weekday that does not match its date."),
        rationale: Message(id: "Tanggal dibaca dengan bulannya. PK tahun Y lazim ditandatangani di awal tahun Y; PK revisi/perubahan boleh kemudian. NIP sama untuk nama yang sama (dengan atau tanpa gelar, dengan atau tanpa spasi) tidak dilaporkan; baris tanda tangan berdampingan (beberapa NIP dalam satu baris) tidak dipasangkan dengan nama.",
                           en: "Dates are read with their month. The PK for year Y is signed at the start of Y; a revised PK (revisi/perubahan) may be later. A NIP repeated for the same name (with or without degrees or spaces) is not reported; side-by-side blocks (several NIPs on one line) are not paired with names."),
        source: "Permenpan-RB 53/2014", pack: "periods.yml",
        triggering: [
            "Sepanjang Januari s.d. ↓2024, pelayanan paspor berjalan normal.\n",
            "Pengambilan data survei berlangsung ↓18 s.d. 7 Oktober 2024.\n",
            "Demikian laporan ini disusun.\n\n↓Jakarta,\nKepala Kantor,\n\nDewi Contohwati\nNIP. 198402292009122001\n",
            "Kepala Seksi Lalu Lintas,\n\nBudi Santoso\nNIP. 198402292009122001\n\nKepala Seksi Intelijen,\n\nAndi Pratama\nNIP. ↓198402292009122001\n",
            "PERJANJIAN KINERJA TAHUN 2025\n\nPihak pertama berjanji mewujudkan target kinerja.\n\nKota Contoh, ↓1 Desember 2025\n\nPihak Kedua,\nKepala Kantor Wilayah\n",
            "Kepala kantor menyampaikan capaian dalam konferensi pers, ↓Rabu (19/5/2024).\n",
            "Perjanjian Kinerja Tahun 2024 ditandatangani pada tanggal ↓2 Januari 2024 oleh Kepala Kantor.\n\nLAMPIRAN\n\nPERJANJIAN KINERJA TAHUN 2024\n\nKota Contoh, 5 Januari 2024\n",
        ],
        nonTriggering: [
            "Sepanjang Januari s.d. Desember 2024, pelayanan paspor berjalan normal. Pengambilan data survei berlangsung 7 s.d. 18 Oktober 2024.\n",
            "Data semester ini mencakup Januari hingga 19 Juni 2024.\n",
            "Sukamaju, 15 Januari 2025\nKepala Kantor,\n\nDewi Contohwati\nNIP. 198402292009122001\n\nMengetahui,\nPihak Kedua,\n\nDewi Contohwati, S.H.\nNIP 19840229 200912 2 001\n",
            "PERJANJIAN KINERJA TAHUN 2025\n\nPihak pertama berjanji mewujudkan target kinerja.\n\nKota Contoh, 3 Januari 2025\n",
            "REVISI PERJANJIAN KINERJA TAHUN 2025\n\nPihak pertama berjanji mewujudkan target kinerja.\n\nKota Contoh, 1 Oktober 2025\n",
            "Konferensi pers digelar Rabu (19/6/2024); rapat evaluasi pada Senin, 8 Juli 2024.\n",
            "Pihak Kedua,\nKepala Kantor Wilayah\n\nPengkoordinasian,\npelaksanaan dan evaluasi kegiatan.\n",
            "Perjanjian Kinerja Tahun 2024 ditandatangani pada tanggal 5 Januari 2024 oleh Kepala Kantor. Perubahan Perjanjian Kinerja ditandatangani 14 Oktober 2024.\n\nLAMPIRAN\n\nPERJANJIAN KINERJA TAHUN 2024\n\nKota Contoh, 5 Januari 2024\n",
        ])

    static let range = #"\s*(?:s\.?\s?d\.?|s/d|sampai\s+dengan|hingga|sampai)\s*"#
    /// "Januari s.d. 2024": a start month and an end year with no month.
    static let openRange = PCRE2Regex(literal: #"(?i)\b("# + CalendarWords.monthPattern + #")\b"# + range + #"((?:19|20)\d\d)\b"#)
    /// "18 s.d. 7 Oktober 2024": two days of one month.
    static let dayRange = PCRE2Regex(literal: #"(?i)(?<![\d.,/])\b(\d{1,2})"# + range + #"(\d{1,2})\s+("# + CalendarWords.monthPattern + #")\s+((?:19|20)\d\d)\b"#)
    /// "Juli 2024 s.d. Maret 2024", "1 Juli 2024 s.d. 31 Maret 2024": both ends with their years.
    static let fullRange = PCRE2Regex(literal: #"(?i)(?<![\d.,/])\b(?:(\d{1,2})\s+)?("# + CalendarWords.monthPattern + #")\s+((?:19|20)\d\d)"# + range + #"(?:(\d{1,2})\s+)?("# + CalendarWords.monthPattern + #")\s+((?:19|20)\d\d)\b"#)
    /// "Rabu (19/6/2024)", "Senin, 8 Juli 2024", "hari Senin tanggal 8 Juli 2024".
    static let weekdayDate = PCRE2Regex(literal: #"\b("# + CalendarWords.weekdayPattern + #")\s*(?:,\s*|\(\s*|\s+)(?:tanggal\s+|tgl\.?\s+)?(?:(\d{1,2})\s+("# + CalendarWords.monthPattern + #")\s+((?:19|20)\d\d)|(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d))\b"#)

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var said: [(location: SourceLocation, year: Int?, date: CalendarDate, written: String)] = []
        for block in context.document.blocks {
            switch block.content {
            case .table(let t):
                for row in t.rows { for cell in row.cells { out += dates(in: cell.text) } }
            case .formula: continue
            default:
                guard let text = block.text else { continue }
                out += dates(in: text)
                said += signingSentences(text)
            }
        }
        let spec = context.packs.domain.signatures ?? SignatureSpec()
        let signatures = SignatureBlocks.read(context.document.lines, titles: spec.titleLine)
        out += undatedPlaces(signatures)
        out += sharedNIPs(signatures)
        out += lateAgreements(signatures, signedBy: spec.pkSignedByMonth)
        out += signingDatesDisagree(said, signatures)
        return out
    }

    /// Any range word: one call instead of three on text that has none.
    static let rangeWord = PCRE2Regex(literal: #"(?i)\bs\.?\s?d\b|\bs/d\b|\bsampai\b|\bhingga\b"#)

    /// Ranges and weekday dates in one block's prose or one table cell.
    func dates(in text: LocatedText) -> [Diagnostic] {
        let s = text.text
        var out: [Diagnostic] = []
        guard s.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return [] }
        if DateMismatchCheck.rangeWord.isMatch(s) { out += ranges(in: text) }
        DateMismatchCheck.weekdayDate.forEachMatch(in: s) { m in
            guard let wordRange = m.range(1), let named = CalendarWords.weekday(s.utf8Slice(wordRange)) else { return true }
            let date = m.range(2) != nil
                ? CalendarWords.date(day: m.string(2, in: s), month: m.string(3, in: s), year: m.string(4, in: s))
                : CalendarWords.date(day: m.string(5, in: s), month: m.string(6, in: s), year: m.string(7, in: s))
            guard let date, date.weekday != named else { return true }
            let said = s.utf8Slice(wordRange), real = CalendarWords.weekdayNames[date.weekday]
            out.append(diag(text.location(at: wordRange.lowerBound),
                            "hari \(said) tidak cocok dengan tanggal \(date.written), yang jatuh pada hari \(real)",
                            "\(said) does not match the date \(date.written), which was a \(real) (\(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][date.weekday]))",
                            stated: said, expected: real))
            return true
        }
        return out
    }

    /// A range without its end month, or one that ends before it starts.
    func ranges(in text: LocatedText) -> [Diagnostic] {
        let s = text.text
        var out: [Diagnostic] = []
        DateMismatchCheck.openRange.forEachMatch(in: s) { m in
            guard let r = m.range(2) else { return true }
            let written = s.utf8Slice(m.range)
            out.append(diag(text.location(at: r.lowerBound),
                            "rentang \"\(written)\" tidak menyebut bulan akhirnya (s.d. bulan apa pada \(s.utf8Slice(r))?)",
                            "the range \"\(written)\" has no end month (up to which month of \(s.utf8Slice(r))?)", stated: written))
            return true
        }
        DateMismatchCheck.dayRange.forEachMatch(in: s) { m in
            guard let a = m.string(1, in: s).flatMap({ Int($0) }), let b = m.string(2, in: s).flatMap({ Int($0) }), a > b,
                  let r = m.range(1) else { return true }
            let written = s.utf8Slice(m.range)
            out.append(diag(text.location(at: r.lowerBound),
                            "rentang \"\(written)\" berakhir sebelum dimulai (tanggal \(a) sesudah tanggal \(b))",
                            "the range \"\(written)\" ends before it starts (day \(a) is after day \(b))", stated: written))
            return true
        }
        DateMismatchCheck.fullRange.forEachMatch(in: s) { m in
            guard let start = ends(m, s, day: 1, month: 2, year: 3, first: true),
                  let end = ends(m, s, day: 4, month: 5, year: 6, first: false), start > end, let r = m.range(2) else { return true }
            let written = s.utf8Slice(m.range)
            out.append(diag(text.location(at: m.range(1)?.lowerBound ?? r.lowerBound),
                            "rentang \"\(written)\" berakhir sebelum dimulai",
                            "the range \"\(written)\" ends before it starts", stated: written))
            return true
        }
        return out
    }

    /// One end of a range; a missing day is the first (start) or last (end) day of its month.
    func ends(_ m: RegexMatch, _ s: String, day: Int, month: Int, year: Int, first: Bool) -> CalendarDate? {
        guard let mo = m.string(month, in: s).flatMap(CalendarWords.month), let y = m.string(year, in: s).flatMap({ Int($0) }) else { return nil }
        let d = m.string(day, in: s).flatMap { Int($0) } ?? (first ? 1 : CalendarDate.daysIn(month: mo, year: y))
        let date = CalendarDate(year: y, month: mo, day: d)
        return date.isValid ? date : nil
    }

    func undatedPlaces(_ sig: SignatureBlocks) -> [Diagnostic] {
        sig.undated.map { p in
            diag(SourceLocation(line: p.line, column: p.column),
                 "blok tanda tangan \"\(p.place),\" tanpa tanggal",
                 "the signature block \"\(p.place),\" has no date", stated: "\(p.place),")
        }
    }

    /// One NIP written under two names that share no word: the second name's NIP is a copy.
    func sharedNIPs(_ sig: SignatureBlocks) -> [Diagnostic] {
        var first: [String: SignatureBlocks.NIPLine] = [:]
        var out: [Diagnostic] = []
        for n in sig.nips {
            let words = SignatureBlocks.nameWords(n.name)
            guard !words.isEmpty else { continue }
            guard let f = first[n.nip] else { first[n.nip] = n; continue }
            guard SignatureBlocks.nameWords(f.name).isDisjoint(with: words) else { continue }
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: n.line, column: n.column),
                                  message: Message(id: "NIP \(n.written) tertulis untuk \(Claims.short(n.name, 40)), padahal NIP yang sama sudah milik \(Claims.short(f.name, 40)) (baris \(f.line)); satu NIP hanya untuk satu pegawai",
                                                   en: "NIP \(n.written) is given for \(Claims.short(n.name, 40)), but the same NIP belongs to \(Claims.short(f.name, 40)) (line \(f.line)); one NIP is one official"),
                                  stated: n.written, related: [RelatedLocation(SourceLocation(line: f.line, column: f.column), Message(id: "NIP yang sama untuk \(f.name)", en: "the same NIP for \(f.name)"))]))
        }
        return out
    }

    /// "Perjanjian Kinerja Tahun 2024 ditandatangani pada tanggal 2 Januari 2024" in the body.
    static let pkSignedSentence = PCRE2Regex(literal: #"(?i)\bPerjanjian\s+Kinerja\b(?:\s*\(PK\))?(?:\s+Tahun\s+(20\d\d))?[^.;]{0,80}?\bditandatangani\b[^.;]{0,40}?\b(\d{1,2})\s+("# + CalendarWords.monthPattern + #")\s+(20\d\d)\b"#)

    func signingSentences(_ text: LocatedText) -> [(location: SourceLocation, year: Int?, date: CalendarDate, written: String)] {
        let s = text.text
        var out: [(location: SourceLocation, year: Int?, date: CalendarDate, written: String)] = []
        DateMismatchCheck.pkSignedSentence.forEachMatch(in: s) { m in
            // A sentence about a revised PK is about another signing.
            guard !SignatureBlocks.revised.isMatch(s.utf8Slice(max(0, m.range.lowerBound - 30)..<m.range.upperBound)), let r = m.range(2),
                  let date = CalendarWords.date(day: m.string(2, in: s), month: m.string(3, in: s), year: m.string(4, in: s)) else { return true }
            out.append((text.location(at: r.lowerBound), m.string(1, in: s).flatMap { Int($0) }, date, s.utf8Slice(r.lowerBound..<m.range(4)!.upperBound)))
            return true
        }
        return out
    }

    /// Each PK title (not a revision) with the first dated place line under it.
    func signings(_ sig: SignatureBlocks) -> [(pk: SignatureBlocks.PKTitle, signed: SignatureBlocks.DatedLine)] {
        sig.pkTitles.enumerated().compactMap { k, pk in
            guard !pk.revised, (2000...2099).contains(pk.year) else { return nil }
            let limit = min(pk.line + 80, k + 1 < sig.pkTitles.count ? sig.pkTitles[k + 1].line : Int.max)
            return sig.dated.first(where: { $0.line > pk.line && $0.line < limit }).map { (pk, $0) }
        }
    }

    /// The body's signing date of the PK against the date under the PK itself, when the
    /// document holds one PK of that year and no revision of it.
    func signingDatesDisagree(_ said: [(location: SourceLocation, year: Int?, date: CalendarDate, written: String)], _ sig: SignatureBlocks) -> [Diagnostic] {
        guard !said.isEmpty else { return [] }
        let pages = signings(sig)
        var out: [Diagnostic] = []
        for s in said {
            let year = s.year ?? s.date.year
            let same = pages.filter { $0.pk.year == year }
            guard same.count >= 1, Set(same.map(\.signed.date)).count == 1, let page = same.first,
                  !sig.pkTitles.contains(where: { $0.year == year && $0.revised }), page.signed.date != s.date,
                  page.signed.line != s.location.line else { continue }
            out.append(diag(s.location,
                            "teks menyebut Perjanjian Kinerja Tahun \(year) ditandatangani \(s.written), padahal PK itu (baris \(page.pk.line)) bertanggal \(page.signed.written) (baris \(page.signed.line))",
                            "the text says the Perjanjian Kinerja for \(year) was signed \(s.written), but that PK (line \(page.pk.line)) is dated \(page.signed.written) (line \(page.signed.line))",
                            stated: s.written, expected: page.signed.written))
        }
        return out
    }

    /// A PK for year Y signed after the pack's month of Y (September), after Y, or before Y−1, unless it says it
    /// is a revision. The signing date is the first dated place line under its title.
    func lateAgreements(_ sig: SignatureBlocks, signedBy: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (pk, signed) in signings(sig) {
            let d = signed.date
            let late = d.year > pk.year || (d.year == pk.year && d.month > signedBy)
            guard late || d.year < pk.year - 1 else { continue }
            out.append(diag(SourceLocation(line: signed.line, column: signed.column),
                            late ? "Perjanjian Kinerja Tahun \(pk.year) (baris \(pk.line)) ditandatangani \(signed.written); PK tahun \(pk.year) ditandatangani di awal tahun itu (kecuali PK revisi, yang harus menyebutnya)"
                                 : "Perjanjian Kinerja Tahun \(pk.year) (baris \(pk.line)) ditandatangani \(signed.written), lebih dari setahun sebelum tahunnya",
                            late ? "the Perjanjian Kinerja for \(pk.year) (line \(pk.line)) is signed \(signed.written); the PK for \(pk.year) is signed at the start of that year (unless it is a revision and says so)"
                                 : "the Perjanjian Kinerja for \(pk.year) (line \(pk.line)) is signed \(signed.written), more than a year before its year",
                            stated: signed.written))
        }
        return out
    }

    func diag(_ loc: SourceLocation, _ id: String, _ en: String, stated: String? = nil, expected: String? = nil) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: loc, message: Message(id: id, en: en),
                   stated: stated, expected: expected)
    }
}
