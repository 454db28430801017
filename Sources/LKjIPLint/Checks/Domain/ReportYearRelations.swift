/// The report year Y against the places that must say it (GENRE §7 T1–T3): the report's
/// own name in its sistematika, its own Perjanjian Kinerja, "tahun X ini", "tahun
/// berjalan (X)", the Renstra period the report says it follows, and a quarter or semester
/// heading against the cumulative realisation under it. History, regulations and
/// comparisons with earlier years are left alone.
struct ReportYearRelations {
    /// A year written where the report year belongs, judged once every place has voted.
    struct Mention {
        enum Kind { case selfName, ownPK, thisYear, previousYear, plan(Int, Int) }
        let kind: Kind
        let offset: Int
        let year: Int
        let quote: String
        /// For a plan: whether the sentence also names a year alone or "tahun ini" (then a
        /// year it names decides), else nil.
        let standaloneYears: Set<Int>
        let namesThisYear: Bool
    }
    struct Verdict { let id: String; let en: String; let stated: String; let expected: String }

    /// "Laporan Kinerja Kantor … Tahun X berpedoman / menyajikan / ini …": the report
    /// naming itself. The words between are the unit's name (no punctuation).
    static let selfReport = PCRE2Regex(literal: #"(?i)\b(?:Laporan\s+Kinerja(?:\s+Instansi\s+Pemerintah)?|LKjIP|LAKIP|LKIP)\b(?:\s*\([^)]{0,12}\))?(?:\s+[^\s.,;:()]+){0,12}?\s+tahun\s+(?:anggaran\s+)?(20\d\d)\s+(?:ini\b|berpedoman|disusun\s+(?:berdasarkan|dengan|sesuai|untuk)|menyajikan|merupakan|memuat|terdiri|disajikan|sebagai\s+berikut)"#)
    /// Words before a report's name that make it the object of an evaluation ("hasil
    /// evaluasi atas LKjIP tahun 2023"): another year's report, not this one.
    static let judgedReport = PCRE2Regex(literal: #"(?i)\b(?:evaluasi|nilai|predikat|penilaian|hasil|atas|terhadap|rekomendasi|tindak\s+lanjut|reviu)\b"#)
    /// A plan kept on purpose while the next one is not issued yet.
    static let transition = PCRE2Regex(literal: #"(?i)\b(?:belum|transisi|peralihan|sementara|masih\s+(?:mengacu|menggunakan|berpedoman))\b"#)
    /// "tertuang dalam dokumen Perjanjian Kinerja tahun X": the report's own PK.
    static let ownPK = PCRE2Regex(literal: #"(?i)\b(?:tertuang\s+dalam|ditetapkan\s+dalam|sesuai\s+(?:dengan\s+)?|berdasarkan|mengacu\s+(?:pada|kepada)|dituangkan\s+dalam)\s+(?:dokumen\s+)?Perjanjian\s+Kinerja\s+(?:\(PK\)\s+)?tahun\s+(20\d\d)\b"#)
    /// "pada tahun X ini", "tahun berjalan (X)", "tahun ini (X)".
    static let thisYear = PCRE2Regex(literal: #"(?i)\btahun\s+(20\d\d)\s+ini\b|\btahun\s+(?:berjalan|ini)\s*\(\s*(?:tahun\s+)?(20\d\d)\s*\)"#)
    /// "tahun sebelumnya (X)", "tahun lalu (X)": X must be Y−1.
    static let previousYear = PCRE2Regex(literal: #"(?i)\btahun\s+(?:sebelumnya|lalu)\s*\(\s*(?:tahun\s+)?(20\d\d)\s*\)"#)
    /// Words that make a sentence a comparison or history rather than this year's own.
    static let comparison = PCRE2Regex(literal: #"(?i)\b(?:sebelumnya|tahun\s+lalu|dibandingkan|dibanding|perbandingan|sejak|dahulu|semula|telah\s+berakhir|berakhirnya|akhir\s+periode|periode\s+sebelumnya)\b"#)
    static let yearWord = PCRE2Regex(literal: #"\b(20\d\d)\b"#)

    /// "Rencana Strategis … Tahun 2020-2024", "RPJMN 2020–2024".
    static let planPeriod = PCRE2Regex(literal: #"(?i)\b(?:Rencana\s+Strategis|Renstra|RPJMN|RPJMD|RPJM)\b[^.;:]{0,100}?\b(20\d\d)\s*(?:-|–|—|s\.?\s?d\.?|sampai\s+dengan)\s*(20\d\d)\b"#)
    /// The report saying it follows a plan.
    static let followsPlan = PCRE2Regex(literal: #"(?i)\b(?:dituangkan|tertuang|ditetapkan|mengacu|berpedoman|sesuai\s+dengan|dijabarkan|menjabarkan|turunan\s+dari)\b"#)
    static let thisReport = PCRE2Regex(literal: #"(?i)\b(?:tahun\s+ini|tahun\s+berjalan|Perjanjian\s+Kinerja|laporan\s+(?:kinerja\s+)?ini|LKjIP\s+ini)\b"#)

    /// "Triwulan II", "Semester I" in a heading or an announcing line.
    static let periodHeading = PCRE2Regex(literal: #"(?i)\b(triwulan|semester)\s+(IV|III|II|I|[1-4])\b"#)
    /// A heading over several quarters ("Triwulan I s.d. IV", "Triwulan I, II dan III").
    static let severalPeriods = PCRE2Regex(literal: #"(?i)\b(?:triwulan|semester)\s+(?:IV|III|II|I|[1-4])\b\s*(?:-|–|s\.?\s?d\.?|s/d|sampai|hingga|,|dan|&)"#)
    /// "sampai dengan triwulan IV" under it.
    static let cumulativeTo = PCRE2Regex(literal: #"(?i)\b(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga)\s+(?:akhir\s+)?(triwulan|semester)\s+(IV|III|II|I|[1-4])\b"#)
    static let realised = PCRE2Regex(literal: #"(?i)\b(?:telah|sudah|terealisasi|tercapai|realisasi)\b"#)
    static let planned = PCRE2Regex(literal: #"(?i)\b(?:akan|target|rencana|direncanakan|diharapkan|ditargetkan)\b"#)

    static func ordinal(_ s: String) -> Int? {
        ["I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4][s.uppercased()]
    }

    /// Sentence-level relations in one prose window (only matches in the block's own part);
    /// the years the report gives itself are counted in `votes`. The patterns run over the
    /// whole window; the sentence around a match is found only when there is one.
    static func mentions(_ w: ProseWindow, votes: inout [Int: Int]) -> [Mention] {
        let s = w.text.text
        var out: [Mention] = []
        var split: [Range<Int>]? = nil
        func sentence(at offset: Int) -> Range<Int> {
            if split == nil { split = ProseClaims.sentences(s) }
            return split!.first { $0.lowerBound <= offset && offset < $0.upperBound } ?? 0..<s.utf8.count
        }
        func add(_ kind: Mention.Kind, _ m: RegexMatch, _ r: Range<Int>) {
            out.append(Mention(kind: kind, offset: r.lowerBound, year: Int(s.utf8Slice(r)) ?? 0, quote: s.utf8Slice(m.range),
                               standaloneYears: [], namesThisYear: false))
        }
        selfReport.forEachMatch(in: s) { m in
            guard let r = m.range(1), r.lowerBound < w.ownLength, let x = Int(s.utf8Slice(r)) else { return true }
            let around = sentence(at: m.range.lowerBound)
            guard !comparison.isMatch(s.utf8Slice(around)),
                  !judgedReport.isMatch(s.utf8Slice(around.lowerBound..<max(around.lowerBound, m.range.lowerBound))) else { return true }
            votes[x, default: 0] += 1
            add(.selfName, m, r)
            return true
        }
        ownPK.forEachMatch(in: s) { m in
            guard let r = m.range(1), r.lowerBound < w.ownLength else { return true }
            let text = s.utf8Slice(sentence(at: m.range.lowerBound)), x = s.utf8Slice(r)
            guard !comparison.isMatch(text), yearWord.matches(in: text).filter({ text.utf8Slice($0.range) == x }).count == 1 else { return true }
            add(.ownPK, m, r)
            return true
        }
        thisYear.forEachMatch(in: s) { m in
            if let r = m.range(1) ?? m.range(2), r.lowerBound < w.ownLength { add(.thisYear, m, r) }
            return true
        }
        previousYear.forEachMatch(in: s) { m in
            if let r = m.range(1), r.lowerBound < w.ownLength { add(.previousYear, m, r) }
            return true
        }
        planPeriod.forEachMatch(in: s) { m in
            guard let a = m.string(1, in: s).flatMap({ Int($0) }), let b = m.string(2, in: s).flatMap({ Int($0) }),
                  b > a, b - a <= 6, let r = m.range(1), r.lowerBound < w.ownLength else { return true }
            let text = s.utf8Slice(sentence(at: m.range.lowerBound))
            guard !comparison.isMatch(text), !transition.isMatch(text), followsPlan.isMatch(text) else { return true }
            // Years standing alone, not the ends of a period ("2020-2024").
            var alone: Set<Int> = []
            for y in yearWord.matches(in: text) {
                let after = text.utf8Slice(y.range.upperBound..<min(text.utf8.count, y.range.upperBound + 3))
                let before = text.utf8Slice(max(0, y.range.lowerBound - 3)..<y.range.lowerBound)
                if !(after + before).contains(where: { "-–—".contains($0) }) && !before.contains("d."), let v = Int(text.utf8Slice(y.range)) { alone.insert(v) }
            }
            out.append(Mention(kind: .plan(a, b), offset: r.lowerBound, year: a, quote: s.utf8Slice(m.range), standaloneYears: alone,
                               namesThisYear: thisReport.isMatch(text)))
            return true
        }
        return out
    }

    /// What a mention means in a report on `year`; nil when it holds.
    static func judge(_ m: Mention, year: Int) -> Verdict? {
        let x = m.year, q = Claims.short(m.quote, 70)
        switch m.kind {
        case .selfName:
            guard x != year else { return nil }
            return Verdict(id: "laporan ini menyebut dirinya \"\(q)\" dengan tahun \(x), padahal laporan ini tentang tahun \(year)",
                           en: "the report names itself \"\(q)\" with the year \(x), but it reports on \(year)", stated: String(x), expected: String(year))
        case .ownPK:
            guard x < year else { return nil }
            return Verdict(id: "Perjanjian Kinerja laporan ini disebut tahun \(x) (\"\(q)\"), padahal laporan ini tentang tahun \(year)",
                           en: "the report's own Perjanjian Kinerja is called the one for \(x) (\"\(q)\"), but the report is about \(year)", stated: String(x), expected: String(year))
        case .thisYear:
            guard x < year else { return nil }
            return Verdict(id: "\"\(q)\" menyebut tahun \(x) sebagai tahun ini, padahal laporan ini tentang tahun \(year)",
                           en: "\"\(q)\" calls \(x) this year, but the report is about \(year)", stated: String(x), expected: String(year))
        case .previousYear:
            guard x != year - 1 else { return nil }
            return Verdict(id: "\"\(q)\" menyebut tahun \(x) sebagai tahun sebelumnya, padahal laporan ini tentang tahun \(year) (tahun sebelumnya \(year - 1))",
                           en: "\"\(q)\" calls \(x) the previous year, but the report is about \(year) (the previous year is \(year - 1))", stated: String(x), expected: String(year - 1))
        case .plan(let a, let b):
            guard !(a...b).contains(year), m.standaloneYears.contains(year) || m.namesThisYear && m.standaloneYears.isEmpty else { return nil }
            return Verdict(id: "periode rencana \"\(q)\" (\(a)–\(b)) tidak mencakup tahun laporan \(year), padahal kalimat ini menyebutnya sebagai acuan tahun ini",
                           en: "the plan period \"\(q)\" (\(a)–\(b)) does not hold the report year \(year), yet the sentence cites it as this year's reference",
                           stated: "\(a)-\(b)", expected: String(year))
        }
    }
}

/// A quarter or semester named by a heading, against "sampai dengan triwulan Z … telah"
/// under it: the data under a Triwulan II heading cannot run to Triwulan IV.
struct QuarterScopes {
    struct Finding { let location: SourceLocation; let heading: String; let said: String }

    static func findings(_ document: Document) -> [Finding] {
        var out: [Finding] = []
        var current: (kind: String, n: Int, title: String)? = nil
        // An announcing line ("… Triwulan II diuraikan berikut:") covers the blocks just
        // after it; a heading, its section (bounded: PDF text may lose the next heading).
        var left = 0
        for block in document.blocks {
            if current != nil { left -= 1; if left < 0 { current = nil } }
            guard let t = block.text else { continue }
            let s = t.text
            let isHeading: Bool
            if case .heading = block.content { isHeading = true } else { isHeading = s.trimmed().hasSuffix(":") && s.utf8.count < 200 }
            if isHeading {
                if let m = ReportYearRelations.periodHeading.firstMatch(in: s), let k = m.string(1, in: s)?.lowercased(),
                   let n = m.string(2, in: s).flatMap(ReportYearRelations.ordinal) {
                    current = ReportYearRelations.severalPeriods.isMatch(s) ? nil : (k, n, Claims.short(s, 60))
                    if case .heading = block.content { left = 40 } else { left = 12 }
                    continue
                }
                if case .heading = block.content { current = nil }
                continue
            }
            guard let scope = current else { continue }
            for range in ProseClaims.sentences(s) {
                let sentence = s.utf8Slice(range)
                guard ReportYearRelations.realised.isMatch(sentence), !ReportYearRelations.planned.isMatch(sentence) else { continue }
                ReportYearRelations.cumulativeTo.forEachMatch(in: sentence) { m in
                    guard sentence.utf8Slice(m.range(1)!).lowercased() == scope.kind,
                          let z = m.string(2, in: sentence).flatMap(ReportYearRelations.ordinal), z > scope.n else { return true }
                    out.append(Finding(location: t.location(at: range.lowerBound + m.range.lowerBound), heading: scope.title,
                                       said: sentence.utf8Slice(m.range)))
                    return true
                }
            }
        }
        return out
    }
}
