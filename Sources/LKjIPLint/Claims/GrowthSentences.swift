import Foundation

/// Growth and difference sentences (GENRE P5) whose both operands stand in the sentence:
/// "nilai IKM tahun 2024 sebesar 3,74, mengalami kenaikan sebanyak 0,06 indeks atau sebesar
/// 1,63% dibanding tahun 2023 (3,68)", and "dengan capaian 106,86%, lebih tinggi 6,86% dari
/// target". A sentence without the later value, or with a baseline not given as a number
/// right after the year it is compared with, gives nothing.
enum GrowthSentences {
    static let num = #"\d+(?:[.,]\d+)*(?:\s?%|\s?persen)?"#
    static let pct = #"\d+(?:[.,]\d+)*\s?(?:%|persen)"#

    static let change = PCRE2Regex(literal: #"(?i)\b(?:mengalami\s+)?(?:(?<down>penurunan|turun|menurun)|kenaikan|peningkatan|naik|meningkat)\s+(?:sebanyak\s+|sebesar\s+|sejumlah\s+)?(?<d>\#(num))(?:\s*(?:indeks|poin|point|angka))?\s*,?\s*(?:atau\s+(?:sebesar\s+)?(?<p>\#(pct))\s*)?(?:jika\s+|bila\s+)?(?:dibandingkan|dibanding|daripada|dari)\s+(?:dengan\s+)?(?:capaian\s+|realisasi\s+|nilai\s+)?(?:pada\s+)?tahun\s+(?:(?:19|20)\d\d|sebelumnya|lalu)\s*,?\s*(?:(?:yang\s+)?(?:hanya\s+)?(?:sebesar|yaitu|adalah|senilai)\s+)?\(?\s*(?<a>\#(num))"#)

    static let aboveTarget = PCRE2Regex(literal: #"(?i)\b(?:capaian|hasil)\b[^.%]{0,120}?(?<c>\#(pct))\s*,?\s*(?:atau\s+|yang\s+|dan\s+)?(?:(?<lo>lebih\s+rendah|di\s+bawah)|lebih\s+tinggi|di\s+atas)\s+(?:sebesar\s+)?(?<d>\#(pct))\s+(?:dari|dibandingkan?|daripada)\s+(?:target|nilai\s+(?:target|yang\s+ditetapkan))(?:\s+(?:sebesar\s+|yaitu\s+)?(?<t>\#(num)))?"#)

    static func extract(_ s: String, _ off: Int, _ qs: [Quantity], line: Int, into claims: inout Claims) {
        func figure(_ m: RegexMatch, _ re: PCRE2Regex, _ name: String) -> Quantity? {
            guard let g = re.groupIndex(name), let r = m.range(g) else { return nil }
            return qs.first(startingIn: (r.lowerBound + off)..<(r.upperBound + off)) { $0.kind == .quantity }
        }
        var re = change
        for m in re.matches(in: s) {
            guard let d = figure(m, re, "d"), let a = figure(m, re, "a") else { continue }
            // The later value: the last figure of the same kind before the change word.
            // Shown like the earlier value ("3,74" beside "3,68"), so that "dari 4 indikator" is
            // never taken for it, and within the clause before the change word.
            let kindOf: (Quantity) -> Bool = { $0.kind == .quantity && $0.isPercent == a.isPercent && !$0.isAmount == !a.isAmount }
            guard let b = qs.within(max(off, m.range.lowerBound + off - 160)..<(m.range.lowerBound + off)).last(where: kindOf),
                  b.decimals == a.decimals, b.value != a.value else { continue }
            var p = figure(m, re, "p")
            var diff: Quantity? = d
            // "naik sebesar 1,63% dibanding tahun 2023 (3,68)": the only figure is the percentage.
            // Between two percentages that lone figure may be points or relative: both are accepted.
            if p == nil, d.isPercent { p = d; diff = nil }
            if let q = diff, !kindOf(q) && !(q.unit == .index && a.unit == .plain) { continue }
            let down = m.range(re.groupIndex("down")!) != nil
            claims.differences.append(DifferenceClaim(from: a, to: b, difference: diff, percent: p, down: down, origin: .sentence(line: line)))
        }
        re = aboveTarget
        for m in re.matches(in: s) {
            guard let c = figure(m, re, "c"), let d = figure(m, re, "d") else { continue }
            // "realisasi 98,40% lebih tinggi 3,40% dari target 95%": points above a stated
            // percentage target; a capaian is above the target as 100%.
            let target = figure(m, re, "t").flatMap { $0.isPercent ? $0 : nil }
            var claim = DifferenceClaim(from: target, to: c, difference: nil, percent: d,
                                        down: m.range(re.groupIndex("lo")!) != nil, origin: .sentence(line: line))
            claim.againstTarget = true
            claims.differences.append(claim)
        }
    }
}

/// Whether a difference sentence holds, with the shown figures taken as exact (the report
/// computes from what it shows): a stated figure must equal the computed one rounded, or
/// cut, to its own decimals.
enum DifferenceJudgement {
    enum Verdict { case holds, mismatch(expected: Decimal, wrongBase: Bool) }

    static func fits(_ stated: Quantity, _ value: Decimal) -> Bool {
        let v = abs(value)
        return stated.value == v.rounded(stated.decimals) || stated.value == v.rounded(stated.decimals, .down)
    }

    static func difference(_ c: DifferenceClaim) -> Verdict? {
        guard let d = c.difference, let from = c.from else { return nil }
        let exact = c.to.value - from.value
        return fits(d, exact) ? .holds : .mismatch(expected: abs(exact).rounded(d.decimals), wrongBase: false)
    }

    static func percent(_ c: DifferenceClaim) -> Verdict? {
        guard let p = c.percent else { return nil }
        if c.againstTarget {
            // Points above the target as 100% (a capaian), or above the percentage target named.
            let points = c.to.value - 100
            if fits(p, points) { return .holds }
            if let t = c.from, fits(p, c.to.value - t.value) || (t.value != 0 && fits(p, (c.to.value - t.value) / t.value * 100)) { return .holds }
            return .mismatch(expected: abs(points).rounded(p.decimals), wrongBase: false)
        }
        guard let from = c.from, from.value != 0 else { return nil }
        let change = c.to.value - from.value
        var candidates = [change / from.value * 100]
        if let d = c.difference, d.value != 0 { candidates.append(d.value / from.value * 100) }
        // Between two percentages a change may be stated in points.
        if from.isPercent && c.to.isPercent { candidates.append(change) }
        if candidates.contains(where: { fits(p, $0) }) { return .holds }
        let wrongBase = c.to.value != 0 && fits(p, change / c.to.value * 100)
        return .mismatch(expected: abs(candidates[0]).rounded(p.decimals), wrongBase: wrongBase)
    }

}
