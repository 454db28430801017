import Foundation

/// Reads claims out of sentences: "hasil 3,87 dari target 3,25 atau 119,08%",
/// "Rp X atau Y% dari total anggaran Rp Z", "N dari M (P%)", growth between years,
/// and totals broken down "dengan rincian" into the list that follows.
struct ProseClaims {
    let packs: RulePacks

    // A number as prose writes it; the named groups below wrap this.
    static let num = #"(?:(?i:rp)\.?\s?)?\d+(?:[.,]\d+)*(?:,-)?(?:\s?%|\s?persen)?(?:\s?\((?i:indeks)\))?"#
    static let pct = #"\d+(?:[.,]\d+)*\s?%"#
    static let amount = #"(?i:rp)\.?\s?\d+(?:[.,]\d+)*(?:,-)?"#
    static let filler = #"(?:(?:sebesar|yaitu|adalah|mencapai|senilai|sejumlah)\s+)?"#

    static let capaianDariTarget = PCRE2Regex(literal: #"(?<r>\#(num))(?:\s*\([\p{L}\s]{1,30}\))?(?:\s+\p{L}+){0,2}?\s+dari\s+target\s+(?:\w+\s+){0,3}?\#(filler)(?<t>\#(num))(?:\s+\p{L}+){0,2}?\s*,?\s+(?:atau|dengan|sehingga)\s+(?:dengan\s+)?(?:(?:persentase\s+)?capaian\s+(?:kinerja\s+)?)?\#(filler)(?<c>\#(pct))"#, options: [.caseInsensitive])
    /// "dengan capaian 3,12 atau 103,54% dari target 3,1": realisasi, then its capaian.
    static let valueOrPercentOfTarget = PCRE2Regex(literal: #"(?<r>\#(num))\s+atau\s+(?:sebesar\s+)?(?<c>\#(pct))\s+dari\s+target\s+\#(filler)(?<t>\#(num))"#, options: [.caseInsensitive])
    static let capaianOfTarget = PCRE2Regex(literal: #"capaian\s+(?:kinerja\s+)?\#(filler)(?<c>\#(pct))\s+dari\s+target\s+\#(filler)(?<t>\#(num))"#, options: [.caseInsensitive])
    /// The words before a realisasi amount that say it is the whole budget's ("realisasi
    /// belanja … sebesar", "anggaran … direalisasikan") or PNBP's, not a part's.
    static let wholeBudget = PCRE2Regex(literal: #"(?i)(?:\brealisasi\s+(?:belanja|anggaran)\b(?!\s+(?:pegawai|barang|modal|program|kegiatan|jenis|per\b))|\bdirealisasikan\b)(?![^.]*\b(?:pnbp|belanja\s+(?:pegawai|barang|modal)))[^.]*$"#)
    static let pnbpLead = PCRE2Regex(literal: #"(?i)\b(?:pnbp|penerimaan\s+negara\s+bukan\s+pajak)\b[^.,;]*$"#)
    static let yearBefore = PCRE2Regex(literal: #"(?i)\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)\b(?!\s*-)"#)

    /// The last "tahun YYYY" in the sentence before a match, if any.
    static func year(before range: Range<Int>, in s: String) -> Int? {
        var year: Int?
        let head = s.utf8Slice(0..<range.upperBound)
        yearBefore.forEachMatch(in: head) { m in
            year = m.string(1, in: head).flatMap(Int.init)
            return true
        }
        return year
    }

    static let ceilingTarget = PCRE2Regex(literal: #"target\s+(?:paling\s+(?:banyak|tinggi)|maksimal|maksimum|tidak\s+lebih\s+dari|sebanyak-banyaknya)"#, options: [.caseInsensitive])
    static let targetThenRealisasi = PCRE2Regex(literal: #"target\s+(?:[\p{L}\d-]+\s+){0,12}?\#(filler)(?<t>\#(num))\s*,?\s+(?:dan\s+)?realisasi\s+(?:\p{L}+\s+){0,3}?\#(filler)(?<r>\#(num))\s*,?\s+(?:\p{L}+\s+){0,2}?capaian\s+(?:kinerja\s+)?\#(filler)(?<c>\#(pct))"#, options: [.caseInsensitive])
    /// "target … sebesar 3,45, realisasi tahun 2023 sebesar 3,52 atau 102,03% dari target":
    /// the share is said against the target named before (often a Renstra one).
    static let targetThenShare = PCRE2Regex(literal: #"target\s+(?:[\p{L}\d-]+\s+){0,12}?(?:ditetapkan\s+)?(?:sebesar|adalah|yaitu)\s+(?<t>\#(num))\s*,?\s+(?:(?:sehingga|dan|sedangkan)\s+)?realisasi\s+(?:[\p{L}\d]+\s+){0,4}?\#(filler)(?<r>\#(num))\s+atau\s+(?:sebesar\s+)?(?<c>\#(pct))\s+dari\s+target\b"#, options: [.caseInsensitive])
    static let realisasiWord = PCRE2Regex(literal: #"realisasi\s+(?:\w+\s+){0,6}?\#(filler)(?<r>\#(num))"#, options: [.caseInsensitive])
    static let amountOfTotal = PCRE2Regex(literal: #"(?<x>\#(amount))\s*(?:atau|\(|yaitu)\s*(?:sebesar\s+)?(?<p>\#(pct))\s*\)?\s*(?:dari|terhadap)\s+(?:total\s+|jumlah\s+|keseluruhan\s+)?(?:anggaran|pagu|target|alokasi|dana|dipa)\b[^%.]{0,60}?(?<z>\#(amount))"#, options: [.caseInsensitive])
    static let budgetThenRealisasi = PCRE2Regex(literal: #"(?:anggaran|pagu)\b[^%]{0,80}?(?<z>\#(amount))[^%]{0,160}?(?:direalisasikan|realisasi(?:nya)?|terserap|penyerapan(?:nya)?)\s+(?:\w+\s+){0,3}?\#(filler)(?<x>\#(amount))\s*(?:atau|\(|dengan\s+persentase)\s*(?:sebesar\s+)?(?<p>\#(pct))"#, options: [.caseInsensitive])
    static let partOfWhole = PCRE2Regex(literal: #"(?<![\d.,])(?<n>\d+(?:\.\d{3})*)\s+dari\s+(?:total\s+)?(?<m>\d+(?:\.\d{3})*)\s+(?:\p{L}+\s+){0,4}?(?:\(\s*|atau\s+(?:sebesar\s+)?)(?<p>\#(pct))"#, options: [.caseInsensitive])
    static let growthFrom = PCRE2Regex(literal: #"(?:peningkatan|kenaikan|penurunan|naik|turun)\b[^.%]{0,80}?dari\s+(?:capaian\s+|realisasi\s+|nilai\s+)?(?:tahun\s+\d{4}\s+)?\#(filler)(?<a>\#(num))\s*(?:menjadi\s+(?<b>\#(num))\s*)?,?\s*(?:atau\s+)?(?:mengalami\s+)?(?:peningkatan|kenaikan|penurunan|naik|turun)\s+(?:sebesar\s+)?(?<p>\#(pct))"#, options: [.caseInsensitive])
    static let rincianAnchor = PCRE2Regex(literal: #"(?<total>\#(amount))[^.]{0,80}?(?:dengan\s+rincian|terdiri\s+(?:atas|dari)|meliputi)\s*:?\s*(?<rest>.*)$"#, options: [.caseInsensitive])
    static let meanSentence = PCRE2Regex(literal: #"rata\s*-?\s*rata\s+capaian[^.%]{0,80}?\#(filler)(?<m>\#(pct))"#, options: [.caseInsensitive])
    /// An average over this report's indicators, not "seluruh Kantor Imigrasi" or a national one.
    static let overallMean = PCRE2Regex(literal: #"rata\s*-?\s*rata\s+capaian\s+(?:kinerja\s+)?(?:(?:dari\s+)?(?:seluruh|semua)\s+(?!kantor|satuan|satker|unit|upt|divisi|kanwil)|indikator|sebesar|adalah|(?:unit|kantor|organisasi|instansi|satuan\s+kerja|satker)\s+ini\s+(?:sebesar|adalah|mencapai)|(?=\d))(?![^.]{0,80}\bnasional\b)"#, options: [.caseInsensitive])
    static let sentenceBreak = PCRE2Regex(literal: #"(?<![Rr]p\.)(?<!\bNo\.)(?<!\bd\.)(?<!\b\p{L}\.)(?<=[.!?])\s+(?=\p{Lu}|\*\*)"#)

    /// Sentences of a block as byte ranges of its text.
    static func sentences(_ text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for m in sentenceBreak.matches(in: text) {
            out.append(start..<m.range.lowerBound)
            start = m.range.upperBound
        }
        out.append(start..<text.utf8.count)
        return out
    }

    /// The lexed quantity that starts inside a group's range.
    static func quantity(_ m: RegexMatch, _ group: String, in regex: PCRE2Regex, offset: Int, _ qs: [Quantity]) -> Quantity? {
        guard let g = regex.groupIndex(group), let r = m.range(g) else { return nil }
        return qs.first(startingIn: (r.lowerBound + offset)..<(r.upperBound + offset)) { $0.isMeasure }
    }

    func extract(block: Block, analysis: BlockAnalysis, following: ArraySlice<Block>, into claims: inout Claims) {
        guard let text = block.text else { return }
        if case .formula = block.content { return }
        let qs = analysis.quantities
        guard !qs.isEmpty else { return }
        var previousRealisasi: Quantity?
        let ratiosBefore = claims.ratios.count
        let sentences = analysis.sentences
        for range in sentences {
            let sentence = text.text.utf8Slice(range)
            let off = range.lowerBound
            let line = text.location(at: off).line
            if let r = capaian(sentence, off, qs, line: line, into: &claims) { previousRealisasi = r }
            percentages(sentence, off, qs, line: line, into: &claims)
            growth(sentence, off, qs, previous: previousRealisasi, line: line, into: &claims)
            rincian(sentence, off, qs, following: following, line: line, into: &claims)
            BreakdownTotals.counts(sentence, off, qs, line: line, into: &claims)
            BreakdownTotals.listedCounts(sentence, off, qs, following: following, line: line, into: &claims)
            GrowthSentences.extract(sentence, off, qs, line: line, into: &claims)
            mean(sentence, off, qs, following: following, line: line, into: &claims)
            statedTargets(sentence, off, qs, into: &claims)
            restatements(sentence, off, qs, into: &claims)
        }
        // Shapes read over a block's sentences together (GENRE P3–P6): new files, one job each.
        BudgetSentences.extract(text, sentences: sentences, qs, ratiosOfBlock: ratiosBefore, into: &claims)
    }

    // MARK: capaian

    typealias Figures = (r: Quantity, t: Quantity, c: Quantity)

    /// The ways prose states a capaian, tried in order; the first that reads a sentence wins.
    func capaianForms(_ s: String, _ off: Int, _ qs: [Quantity]) -> [(PCRE2Regex, (RegexMatch) -> Figures?)] {
        func groups(_ re: PCRE2Regex) -> (RegexMatch) -> Figures? {
            { m in
                guard let r = ProseClaims.quantity(m, "r", in: re, offset: off, qs), let t = ProseClaims.quantity(m, "t", in: re, offset: off, qs),
                      let c = ProseClaims.quantity(m, "c", in: re, offset: off, qs) else { return nil }
                return (r, t, c)
            }
        }
        let ofTarget = ProseClaims.capaianOfTarget
        return [
            (ProseClaims.capaianDariTarget, groups(ProseClaims.capaianDariTarget)),
            // "capaian C% dari target T" with "realisasi … R" elsewhere in the sentence.
            (ofTarget, { m in
                guard let c = ProseClaims.quantity(m, "c", in: ofTarget, offset: off, qs), let t = ProseClaims.quantity(m, "t", in: ofTarget, offset: off, qs),
                      let rm = ProseClaims.realisasiWord.firstMatch(in: s),
                      let r = ProseClaims.quantity(rm, "r", in: ProseClaims.realisasiWord, offset: off, qs),
                      r.range != c.range, r.range != t.range else { return nil }
                return (r, t, c)
            }),
            // "capaian 3,12 atau 103,54% dari target 3,1": the first figure is the realisasi.
            (ProseClaims.valueOrPercentOfTarget, { m in
                guard let f = groups(ProseClaims.valueOrPercentOfTarget)(m), !f.r.isPercent, !f.r.isAmount else { return nil }
                return f
            }),
            (ProseClaims.targetThenRealisasi, groups(ProseClaims.targetThenRealisasi)),
            (ProseClaims.targetThenShare, groups(ProseClaims.targetThenShare)),
        ]
    }

    @discardableResult
    func capaian(_ s: String, _ off: Int, _ qs: [Quantity], line: Int, into claims: inout Claims) -> Quantity? {
        for (re, figures) in capaianForms(s, off, qs) {
            var realisasi: Quantity?
            // "A memperoleh … atau 111,56%, dan B memperoleh …": B's words start after A's figures.
            var previousEnd = 0
            for m in re.matches(in: s) {
                guard let (r, t, c) = figures(m), compatible(r, t) else { continue }
                let (indicator, polarity) = self.indicator(before: m.range, in: s, from: previousEnd)
                var claim = RatioClaim(kind: .capaian, numerator: r, denominator: t, stated: c, polarity: polarity,
                                       label: indicator?.name ?? "", origin: .sentence(line: line))
                claim.year = ProseClaims.year(before: m.range, in: s)
                claim.context = ProseClaims.context(of: m.range, in: s, from: previousEnd)
                claims.ratios.append(claim)
                realisasi = r
                previousEnd = m.range.upperBound
            }
            if let realisasi { return realisasi }
        }
        return nil
    }

    /// The indicator a figure belongs to: the one named last in the 160 bytes before it
    /// (a sentence may name several). "target paling banyak 3" makes it lower-is-better.
    func indicator(before range: Range<Int>, in s: String, from start: Int = 0) -> (IndicatorSpec?, IndicatorSpec.Polarity?) {
        let context = s.utf8Slice(max(start, range.lowerBound - 160)..<range.lowerBound)
        let indicator = packs.nearestIndicator(in: context)
        let ceiling = ProseClaims.ceilingTarget.isMatch(s.utf8Slice(range))
        return (indicator, ceiling ? .lower : indicator?.polarity)
    }

    /// Realisasi and target must be the same kind of figure: both percentages, both
    /// amounts, or both plain numbers or indices.
    func compatible(_ a: Quantity, _ b: Quantity) -> Bool {
        let ka = a.unit == .index ? .plain : a.unit, kb = b.unit == .index ? .plain : b.unit
        return ka == kb && a.kind == .quantity && b.kind == .quantity
    }

    // MARK: percentages

    func percentages(_ s: String, _ off: Int, _ qs: [Quantity], line: Int, into claims: inout Claims) {
        var seen = Set<Int>()
        for re in [ProseClaims.amountOfTotal, ProseClaims.budgetThenRealisasi] {
            for m in re.matches(in: s) {
                guard let x = ProseClaims.quantity(m, "x", in: re, offset: off, qs), let z = ProseClaims.quantity(m, "z", in: re, offset: off, qs),
                      let p = ProseClaims.quantity(m, "p", in: re, offset: off, qs), !seen.contains(p.range.lowerBound) else { continue }
                // "pagu awal Rp A dan pagu revisi Rp B, realisasi Rp C atau P%": two bases, not ours to pick.
                if re === ProseClaims.budgetThenRealisasi, qs.within(z.range.upperBound..<x.range.lowerBound).contains(where: \.isAmount) { continue }
                seen.insert(p.range.lowerBound)
                var claim = RatioClaim(kind: .percent, numerator: x, denominator: z, stated: p, polarity: nil,
                                       label: "", origin: .sentence(line: line))
                claim.year = ProseClaims.year(before: m.range, in: s)
                // Only a sentence about the whole budget (or PNBP) names its pagu and realisasi;
                // "belanja modal … atau 12% dari total anggaran" names a part.
                let lead = s.utf8Slice(max(0, x.range.lowerBound - off - 90)..<max(0, x.range.lowerBound - off))
                if ProseClaims.pnbpLead.isMatch(lead) { claim.subject = "pnbp" }
                else if ProseClaims.wholeBudget.isMatch(lead) { claim.subject = "anggaran" }
                claims.ratios.append(claim)
            }
        }
        let re = ProseClaims.partOfWhole
        for m in re.matches(in: s) {
            guard let n = ProseClaims.quantity(m, "n", in: re, offset: off, qs), let d = ProseClaims.quantity(m, "m", in: re, offset: off, qs),
                  let p = ProseClaims.quantity(m, "p", in: re, offset: off, qs), n.kind == .quantity, d.kind == .quantity,
                  n.unit == .plain, d.unit == .plain, n.value <= d.value else { continue }
            claims.ratios.append(RatioClaim(kind: .percent, numerator: n, denominator: d, stated: p, polarity: nil,
                                            label: "", origin: .sentence(line: line)))
        }
    }

    // MARK: growth

    func growth(_ s: String, _ off: Int, _ qs: [Quantity], previous: Quantity?, line: Int, into claims: inout Claims) {
        let re = ProseClaims.growthFrom
        for m in re.matches(in: s) {
            guard let a = ProseClaims.quantity(m, "a", in: re, offset: off, qs), let p = ProseClaims.quantity(m, "p", in: re, offset: off, qs),
                  a.kind == .quantity else { continue }
            let b = ProseClaims.quantity(m, "b", in: re, offset: off, qs) ?? previous
            guard let b, b.kind == .quantity, compatible(a, b), a.value != 0 else { continue }
            claims.growths.append(GrowthClaim(from: a, to: b, stated: p, origin: .sentence(line: line)))
        }
    }

    // MARK: totals broken down in prose

    static let subHeading = PCRE2Regex(literal: #"^[^\d]*$"#)

    func rincian(_ s: String, _ off: Int, _ qs: [Quantity], following: ArraySlice<Block>, line: Int, into claims: inout Claims) {
        let re = ProseClaims.rincianAnchor
        guard let m = re.firstMatch(in: s), let total = ProseClaims.quantity(m, "total", in: re, offset: off, qs), total.isAmount else { return }
        // Inline: "terdiri atas belanja pegawai Rp A, belanja barang Rp B, dan belanja modal Rp C".
        if let rest = m.range(re.groupIndex("rest")!) {
            let parts = qs.within((rest.lowerBound + off)..<(rest.upperBound + off)).filter { $0.isAmount }
            if parts.count >= 2 {
                // "belanja pegawai A dan belanja barang B; sumber dananya RM C dan PNBP D": each
                // part of the sentence between semicolons is a breakdown of the same total.
                for group in BreakdownTotals.groups(parts, in: s, offset: off) {
                    claims.sums.append(SumClaim(parts: group, stated: total, label: "", nestedAlternatives: [], origin: .sentence(line: line)))
                }
                return
            }
        }
        // Listed: the list items that follow, in groups split by items with no amount.
        var groups: [[Quantity]] = [[]]
        var groupLines: [Int] = []
        for b in following {
            guard case .listItem(_, let t) = b.content else { break }
            let amounts = NumberLexer.scan(t).filter { $0.isAmount }
            if amounts.isEmpty {
                if !(groups.last!.isEmpty) { groups.append([]) }
                continue
            }
            if groups.last!.isEmpty { groupLines.append(b.firstLine) }
            groups[groups.count - 1].append(amounts.last!)
        }
        let full = groups.filter { $0.count >= 2 }
        for g in full {
            // With several breakdowns of one total, each is reported where it starts.
            let stated = full.count > 1 ? relocated(total, to: g[0]) : total
            claims.sums.append(SumClaim(parts: g, stated: stated, label: "", nestedAlternatives: [], origin: .list(line: line)))
        }
    }

    /// The total, reported at the place where one of its breakdowns starts.
    func relocated(_ total: Quantity, to q: Quantity) -> Quantity {
        Quantity(text: total.text, number: total.number, unit: total.unit, kind: total.kind, range: total.range, location: q.location)
    }

    // MARK: figures stated on their own

    static let pnbpTarget = PCRE2Regex(literal: #"target\s+(?:pnbpn?|penerimaan\s+negara\s+bukan\s+pajak)\b[^.%]{0,140}?(?:sebesar|senilai|adalah|yaitu)\s+(?<v>\#(amount))(?!\s*(?:,-\s*)?(?:atau|\())"#, options: [.caseInsensitive])

    /// "nilai Indeks Pengamanan Keimigrasian … sebesar 3,98" (not "… dari target"): the
    /// indicator is named between the word and the figure, so the figure is surely its value.
    static let indicatorValue = PCRE2Regex(literal: #"\b(?:nilai|realisasi)\s+(?<name>[^.%]{3,160}?)\s+(?:adalah\s+|yaitu\s+)?sebesar\s+(?<v>\d+,\d{1,2})(?![\d%]|\s*(?:%|persen|dari\b|atau\b))"#, options: [.caseInsensitive])
    /// The sentence up to the end of a match, from at most 200 bytes before it.
    static func context(of range: Range<Int>, in s: String, from start: Int = 0) -> String {
        s.utf8Slice(max(start, range.lowerBound - 200)..<range.upperBound)
    }

    /// Words that make the figure someone else's, a part, or another period's.
    static let otherFigure = PCRE2Regex(literal: #"(?i)\b(?:pada\s+(?:indikator|aspek|komponen|unsur)|penyerapan\s+anggaran|belanja\s+kontraktual|penyelesaian\s+tagihan|deviasi|revisi|capaian\s+output|dispensasi|pengelolaan\s+up|semester|triwulan|bulan|aspek|komponen|unsur|rata\s*-?\s*rata|nasional|kanwil|wilayah\s+kementerian|kantor\s+wilayah|direktorat|divisi|dibandingkan|dibanding|target|renstra|rpjmn|sebelumnya|responden|internal\s+dan|eksternal)\b"#)
    /// "penyerapannya di angka 98,78%", "penyerapan anggaran tahun 2023 sebesar 98,70%".
    static let absorption = PCRE2Regex(literal: #"\bpenyerapan(?:nya)?\s+(?:anggaran\s+)?(?:tahun\s+(?:anggaran\s+)?\d{4}\s+)?(?:di\s+angka|sebesar|mencapai|adalah)\s+(?<v>\#(pct))"#, options: [.caseInsensitive])

    /// "Realisasi belanja mencapai 98,18%", "realisasi anggaran sebesar 99,47%" (a part,
    /// "realisasi belanja pegawai", has its name between the words and the figure).
    static let spendingShare = PCRE2Regex(literal: #"\brealisasi\s+(?:belanja|anggaran)\s+(?:tahun\s+(?:anggaran\s+)?\d{4}\s+)?(?:mencapai|sebesar|adalah)\s+(?:sebesar\s+)?(?<v>\#(pct))(?!\s*dari\s+(?!pagu|total|anggaran))"#, options: [.caseInsensitive])
    /// "realisasi PNBP mencapai 143,96% dari target".
    static let revenueShare = PCRE2Regex(literal: #"\b(?:realisasi|capaian)\s+(?:pnbp|penerimaan\s+negara\s+bukan\s+pajak)\s+(?:tahun\s+(?:anggaran\s+)?\d{4}\s+)?(?:mencapai|sebesar|adalah)\s+(?:sebesar\s+)?(?<v>\#(pct))(?:\s+dari\s+target\b)?(?!\s*dari)"#, options: [.caseInsensitive])

    func statedTargets(_ s: String, _ off: Int, _ qs: [Quantity], into claims: inout Claims) {
        var re = ProseClaims.pnbpTarget
        for m in re.matches(in: s) {
            guard let v = ProseClaims.quantity(m, "v", in: re, offset: off, qs), v.isAmount else { continue }
            claims.statedFacts.append(("pnbp", "target", ProseClaims.year(before: m.range, in: s), v))
        }
        re = ProseClaims.indicatorValue
        for m in re.matches(in: s) {
            guard let v = ProseClaims.quantity(m, "v", in: re, offset: off, qs), v.kind == .quantity, !v.isPercent,
                  let name = m.string(re.groupIndex("name")!, in: s),
                  !ProseClaims.otherFigure.isMatch(name),
                  let spec = packs.nearestIndicator(in: name), !spec.generic, spec.unit == "index" else { continue }
            claims.statedFacts.append((spec.id, "realisasi", ProseClaims.year(before: m.range, in: s), v))
        }
        for (re, subject, measure) in [(ProseClaims.absorption, "anggaran", "penyerapan"), (ProseClaims.spendingShare, "anggaran", "penyerapan"),
                                        (ProseClaims.revenueShare, "pnbp", "capaian")] {
            for m in re.matches(in: s) {
                guard let v = ProseClaims.quantity(m, "v", in: re, offset: off, qs) else { continue }
                claims.statedFacts.append((subject, measure, ProseClaims.year(before: m.range, in: s), v))
            }
        }
    }

    // MARK: averages

    func mean(_ s: String, _ off: Int, _ qs: [Quantity], following: ArraySlice<Block>, line: Int, into claims: inout Claims) {
        let re = ProseClaims.meanSentence
        guard let m = re.firstMatch(in: s), let stated = ProseClaims.quantity(m, "m", in: re, offset: off, qs) else { return }
        // The capaian listed right after ("dengan rincian sebagai berikut: 1. … atau 100%").
        var items: [Quantity] = []
        for b in following.prefix(while: { if case .listItem = $0.content { return true } else { return false } }) {
            guard case .listItem(_, let t) = b.content else { break }
            var local = Claims()
            _ = capaian(t.text, 0, NumberLexer.scan(t), line: b.firstLine, into: &local)
            // Every item must give its capaian, or the list is not ours to average; an
            // overall average is then held against the capaian table instead.
            guard let r = local.ratios.first else {
                if ProseClaims.overallMean.isMatch(s) { claims.overallMeans.append(stated) }
                return
            }
            items.append(r.stated)
        }
        guard items.count >= 2 else {
            // No itemised list: an overall average is checked against the report's own
            // capaian table once all tables are read.
            if items.isEmpty && ProseClaims.overallMean.isMatch(s) { claims.overallMeans.append(stated) }
            return
        }
        claims.means.append(MeanClaim(items: items, stated: stated, label: "rata-rata capaian", origin: .sentence(line: line)))
    }
}
