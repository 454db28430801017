/// The report year Y against the places that must say it (GENRE §7 T1–T3): the report's
/// own name in its sistematika, its own Perjanjian Kinerja, "tahun X ini", "tahun
/// berjalan (X)", the Renstra period the report says it follows, and a quarter or semester
/// heading against the cumulative realisation under it. History, regulations and
/// comparisons with earlier years are left alone.
struct ReportYearRelations {
    /// A year written where the report year belongs, judged once every place has voted.
    struct Mention {
        enum Kind { case selfName, ownPK, thisYear, plan(Int, Int) }
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
    static let selfReport = PCRE2Regex(literal: #"(?i)\b(?:Laporan\s+Kinerja(?:\s+Instansi\s+Pemerintah)?|LKjIP|LAKIP|LKIP)\b(?:\s*\([^)]{0,12}\))?(?:\s+[^\s.,;:()]+){0,12}?\s+tahun\s+(?:anggaran\s+)?(20\d\d)\s+(?:ini\b|berpedoman|disusun\s+(?:berdasarkan|dengan|sesuai|untuk)|menyajikan|merupakan|memuat|terdiri|disajikan|adalah|sebagai\s+berikut)"#)
    /// "tertuang dalam dokumen Perjanjian Kinerja tahun X": the report's own PK.
    static let ownPK = PCRE2Regex(literal: #"(?i)\b(?:tertuang\s+dalam|ditetapkan\s+dalam|sesuai\s+(?:dengan\s+)?|berdasarkan|mengacu\s+(?:pada|kepada)|dituangkan\s+dalam)\s+(?:dokumen\s+)?Perjanjian\s+Kinerja\s+(?:\(PK\)\s+)?tahun\s+(20\d\d)\b"#)
    /// "pada tahun X ini", "tahun berjalan (X)", "tahun ini (X)".
    static let thisYear = PCRE2Regex(literal: #"(?i)\btahun\s+(20\d\d)\s+ini\b|\btahun\s+(?:berjalan|ini)\s*\(\s*(?:tahun\s+)?(20\d\d)\s*\)"#)
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
    /// "sampai dengan triwulan IV" under it.
    static let cumulativeTo = PCRE2Regex(literal: #"(?i)\b(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga)\s+(?:akhir\s+)?(triwulan|semester)\s+(IV|III|II|I|[1-4])\b"#)
    static let realised = PCRE2Regex(literal: #"(?i)\b(?:telah|sudah|terealisasi|tercapai|realisasi)\b"#)
    static let planned = PCRE2Regex(literal: #"(?i)\b(?:akan|target|rencana|direncanakan|diharapkan|ditargetkan)\b"#)

    static func ordinal(_ s: String) -> Int? {
        ["I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4][s.uppercased()]
    }

    /// Sentence-level relations in one prose window (only matches in the block's own part);
    /// the years the report gives itself are counted in `votes`.
    static func mentions(_ w: ProseWindow, votes: inout [Int: Int]) -> [Mention] {
        let s = w.text.text
        var out: [Mention] = []
        for range in ProseClaims.sentences(s) where range.lowerBound < w.ownLength {
            let sentence = s.utf8Slice(range)
            let compares = comparison.isMatch(sentence)
            func add(_ kind: Mention.Kind, _ r: Range<Int>, _ x: Int, _ quote: String) {
                guard own(r) else { return }
                out.append(Mention(kind: kind, offset: range.lowerBound + r.lowerBound, year: x, quote: quote, standaloneYears: [], namesThisYear: false))
            }
            // Only what starts in the window's own block: the next block has its own window.
            let own = { (r: Range<Int>) in range.lowerBound + r.lowerBound < w.ownLength }
            selfReport.forEachMatch(in: sentence) { m in
                guard !compares, let r = m.range(1), own(r), let x = Int(sentence.utf8Slice(r)) else { return true }
                votes[x, default: 0] += 1
                add(.selfName, r, x, sentence.utf8Slice(m.range))
                return true
            }
            ownPK.forEachMatch(in: sentence) { m in
                guard !compares, let r = m.range(1), let x = Int(sentence.utf8Slice(r)),
                      yearWord.matches(in: sentence).filter({ sentence.utf8Slice($0.range) == String(x) }).count == 1
                else { return true }
                add(.ownPK, r, x, sentence.utf8Slice(m.range))
                return true
            }
            thisYear.forEachMatch(in: sentence) { m in
                guard let r = m.range(1) ?? m.range(2), let x = Int(sentence.utf8Slice(r)) else { return true }
                add(.thisYear, r, x, sentence.utf8Slice(m.range))
                return true
            }
            guard !compares, followsPlan.isMatch(sentence) else { continue }
            var plans: [(Range<Int>, Int, Int, String)] = []
            planPeriod.forEachMatch(in: sentence) { m in
                if let a = m.string(1, in: sentence).flatMap({ Int($0) }), let b = m.string(2, in: sentence).flatMap({ Int($0) }),
                   b > a, b - a <= 6, let r = m.range(1), own(r) { plans.append((r, a, b, sentence.utf8Slice(m.range))) }
                return true
            }
            guard !plans.isEmpty else { continue }
            // Years standing alone, not the ends of a period ("2020-2024").
            var alone: Set<Int> = []
            for m in yearWord.matches(in: sentence) {
                let after = sentence.utf8Slice(m.range.upperBound..<min(sentence.utf8.count, m.range.upperBound + 3))
                let before = sentence.utf8Slice(max(0, m.range.lowerBound - 3)..<m.range.lowerBound)
                if !(after + before).contains(where: { "-–—".contains($0) }) && !before.contains("d."), let y = Int(sentence.utf8Slice(m.range)) { alone.insert(y) }
            }
            let thisOne = thisReport.isMatch(sentence)
            for (r, a, b, quote) in plans {
                out.append(Mention(kind: .plan(a, b), offset: range.lowerBound + r.lowerBound, year: a, quote: quote, standaloneYears: alone, namesThisYear: thisOne))
            }
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
        for block in document.blocks {
            guard let t = block.text else { continue }
            let s = t.text
            let isHeading: Bool
            if case .heading = block.content { isHeading = true } else { isHeading = s.trimmed().hasSuffix(":") && s.utf8.count < 200 }
            if isHeading {
                if let m = ReportYearRelations.periodHeading.firstMatch(in: s), let k = m.string(1, in: s)?.lowercased(),
                   let n = m.string(2, in: s).flatMap(ReportYearRelations.ordinal) {
                    current = (k, n, Claims.short(s, 60))
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
