import Foundation

/// Totals broken down in prose (GENRE P6): "sejumlah 31 orang pegawai, terdiri dari 1 orang
/// Eselon III, 3 orang Eselon IV, … dan 21 orang Jabatan Fungsional", "48 (empat puluh
/// delapan) satuan kerja, yaitu: a. 1 (satu) kantor pusat; b. 40 (empat puluh) kantor; dan
/// c. 7 (tujuh) rumah detensi". Every part must open its own piece of the list with a count;
/// "terdiri dari" followed by words is no breakdown.
enum BreakdownTotals {
    /// A count announced as a whole, then the words that open its breakdown.
    static let countAnchor = PCRE2Regex(literal: #"(?i)(?<![\d.,])(?<total>\d{1,3}(?:\.\d{3})*)(?:\s*\(\s*\p{L}[\p{L}\s-]*\))?\s+(?<what>(?:orang\s+)?\p{L}+(?:\s+\p{L}+){0,3}?)\s*,?\s*(?:(?:yang|dengan)\s+)?(?:terdiri\s+(?:dari|atas)|yaitu|meliputi|dengan\s+rincian|antara\s+lain)\s*:?\s*(?<rest>(?:[^.]|(?<=\d)\.(?=\d)|(?-i:(?<=\b[a-z])\.(?=\s+\d)))*)"#)
    /// One piece of the breakdown: an optional marker ("a.", "1)", "dan"), then a count.
    static let piece = PCRE2Regex(literal: #"(?i)^\s*(?:(?:dan|serta)\s+)?(?<marker>(?:[a-z]|\d{1,2})[.)]\s*)?(?:(?:dan|serta)\s+)?(?<n>\d{1,3}(?:\.\d{3})*)(?<words>\s*\(\s*\p{L}[\p{L}\s-]*\))?\s+(?<unit>\p{L}+)"#)
    /// Words for people: "31 pegawai, terdiri dari 2 orang …" counts the same things.
    static let people: Set<String> = ["orang", "pegawai", "personel", "asn", "pns", "pejabat", "petugas", "jiwa", "pppk"]

    /// The parts count what the total counts: a part's noun is one of the total's words
    /// (or both name people), unless the breakdown is itemised with markers or number
    /// words ("a. 1 (satu) kantor pusat"). "3 seksi terdiri dari 2 subseksi, …" is no breakdown.
    static func sameThings(total what: String, units: [String], itemised: Bool) -> Bool {
        if itemised { return true }
        let words = Set(what.lowercased().split(separator: " ").map(String.init))
        return units.allSatisfy { u in words.contains(u) || (people.contains(u) && !words.isDisjoint(with: people)) }
    }
    static let separators = PCRE2Regex(literal: #"(?i)\s*;\s*|\s*,(?!\d)\s*|\s+(?:dan|serta)\s+(?=(?:[a-z][.)]\s*)?\d)"#)
    /// Words after the announced count that make it no whole of what follows: a rate, a
    /// ratio, a share.
    static let notWhole = PCRE2Regex(literal: #"(?i)^(?:persen|kali|x|per|hari|jam|menit|tahun|bulan)\b"#)

    /// Counts broken down in one sentence.
    static func counts(_ s: String, _ off: Int, _ qs: [Quantity], line: Int, into claims: inout Claims) {
        let re = countAnchor
        let tg = re.groupIndex("total")!, rg = re.groupIndex("rest")!, wg = re.groupIndex("what")!
        for m in re.matches(in: s) {
            guard let tr = m.range(tg), let rr = m.range(rg), let what = m.string(wg, in: s), !notWhole.isMatch(what),
                  let total = qs.first(startingIn: (tr.lowerBound + off)..<(tr.upperBound + off), where: { $0.kind == .quantity && $0.unit == .plain }),
                  total.range.lowerBound == tr.lowerBound + off, total.number.decimals == 0 else { continue }
            let rest = s.utf8Slice(rr)
            var parts: [Quantity] = []
            var start = 0
            var pieces: [Range<Int>] = []
            for sep in separators.matches(in: rest) {
                pieces.append(start..<sep.range.lowerBound)
                start = sep.range.upperBound
            }
            pieces.append(start..<rest.utf8.count)
            pieces = pieces.filter { !rest.utf8Slice($0).trimmed().isEmpty }
            guard pieces.count >= 2 else { continue }
            var ok = true
            var units: [String] = []
            var itemised = true
            for p in pieces {
                let text = rest.utf8Slice(p)
                guard let pm = piece.firstMatch(in: text), let nr = pm.range(piece.groupIndex("n")!) else { ok = false; break }
                units.append(pm.string(piece.groupIndex("unit")!, in: text)?.lowercased() ?? "")
                if pm.range(piece.groupIndex("marker")!) == nil && pm.range(piece.groupIndex("words")!) == nil { itemised = false }
                let at = rr.lowerBound + p.lowerBound + nr.lowerBound + off
                guard let q = qs.first(startingIn: at..<(at + 1), where: { $0.kind == .quantity && $0.unit == .plain }),
                      q.number.decimals == 0 else { ok = false; break }
                parts.append(q)
            }
            guard ok, parts.count >= 2, sameThings(total: what, units: units, itemised: itemised) else { continue }
            claims.sums.append(SumClaim(parts: parts, stated: total, label: what, nestedAlternatives: [], origin: .sentence(line: line)))
        }
    }

    /// A count whose breakdown is the list that follows: "sejumlah 31 orang pegawai dengan
    /// rincian sebagai berikut:" then "a. Eselon III: 1 orang; …".
    static let listedAnchor = PCRE2Regex(literal: #"(?i)(?<![\d.,])(?<total>\d{1,3}(?:\.\d{3})*)(?:\s*\(\s*\p{L}[\p{L}\s-]*\))?\s+(?<what>(?:orang\s+)?\p{L}+(?:\s+\p{L}+){0,3}?)\s*,?\s*(?:(?:yang|dengan)\s+)?(?:terdiri\s+(?:dari|atas)|dengan\s+rincian|rincian(?:nya)?)(?:\s+sebagai\s+berikut)?\s*:\s*$"#)

    /// Every following list item must hold exactly one whole count; a list of anything else
    /// (names, indices, amounts) is no breakdown of the count.
    static func listedCounts(_ s: String, _ off: Int, _ qs: [Quantity], following: ArraySlice<Block>, line: Int, into claims: inout Claims) {
        let re = listedAnchor
        guard let m = re.firstMatch(in: s), let tr = m.range(re.groupIndex("total")!), let what = m.string(re.groupIndex("what")!, in: s),
              !notWhole.isMatch(what),
              let total = qs.first(startingIn: (tr.lowerBound + off)..<(tr.upperBound + off), where: { $0.kind == .quantity && $0.unit == .plain }),
              total.range.lowerBound == tr.lowerBound + off, total.number.decimals == 0 else { return }
        var parts: [Quantity] = []
        var units: [String] = []
        for b in following {
            guard case .listItem(_, let t) = b.content else { break }
            let counts = NumberLexer.scan(t).filter { $0.isMeasure }
            guard counts.count == 1, let q = counts.first, q.unit == .plain, q.number.decimals == 0 else { return }
            let after = t.text.utf8Slice(q.range.upperBound..<t.text.utf8.count).trimmed()
            units.append(after.split(separator: " ").first.map { String($0).lowercased().trimmingCharacters(in: .punctuationCharacters) } ?? "")
            parts.append(q)
        }
        guard parts.count >= 2, sameThings(total: what, units: units, itemised: false) else { return }
        claims.sums.append(SumClaim(parts: parts, stated: total, label: what, nestedAlternatives: [], origin: .list(line: line)))
    }

    /// The amounts of an inline breakdown, grouped by the semicolons between them; nothing
    /// when a group holds a single amount (then it is no breakdown of the total).
    static func groups(_ parts: [Quantity], in s: String, offset: Int) -> [[Quantity]] {
        var groups: [[Quantity]] = [[]]
        var last = parts[0].range.lowerBound
        for q in parts {
            if s.utf8Slice((last - offset)..<(q.range.lowerBound - offset)).contains(";") { groups.append([]) }
            groups[groups.count - 1].append(q)
            last = q.range.upperBound
        }
        if groups.count > 1 && groups.contains(where: { $0.count < 2 }) { return [] }
        return groups
    }
}
