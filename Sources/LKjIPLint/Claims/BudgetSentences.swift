import Foundation

/// Budget and PNBP sentences in any order (GENRE P3, P4): a pagu (or PNBP target), a
/// realisasi and one percentage, wherever they stand in one sentence or in a sentence
/// and the one before it ("Pagu … Rp X. Sampai dengan Triwulan II, anggaran terealisasi
/// Rp. Y (42,00%)."). Each amount's role comes from the words just before it; a sentence
/// with an amount of no clear role (sisa, penghematan, pagu awal/revisi, last year's) or
/// with more than one of a role is left alone.
enum BudgetSentences {
    enum Role { case base, realisasi, other }

    /// Words naming the realised amount. Checked first: "realisasi anggaran Rp X" is a realisasi.
    static let realisasiWord = PCRE2Regex(literal: #"(?i)\b(?:realisasi(?:nya)?|terealisasi(?:kan)?|direalisasikan|terserap|penyerapan(?:nya)?|serapan(?:nya)?)\b"#)
    /// Words naming the whole: the pagu, the allocation, the PNBP target.
    static let baseWord = PCRE2Regex(literal: #"(?i)\b(?:pagu|anggaran|alokasi|dipa|target)\b"#)
    /// Words that make an amount another base or another figure: two pagu, a remainder, a
    /// saving, last year's, a part of the budget.
    static let otherWord = PCRE2Regex(literal: #"(?i)\b(?:sisa|selisih|penghematan|efisiensi|blokir|(?:pagu|anggaran|dipa)\s+awal|semula|revisi|perubahan|lalu|sebelumnya|sebelum|pegawai|barang|modal|rupiah\s+murni|hibah|blu|pinjaman)\b"#)
    /// Words before a percentage that make it something other than realisasi ÷ pagu.
    static let otherPercent = PCRE2Regex(literal: #"(?i)\b(?:bobot|deviasi|sisa|target\s+(?:penyerapan|serapan)|lalu|sebelumnya|kinerja|ikpa|nilai)\b"#)
    /// The sentence must be about money spent or earned.
    static let topic = PCRE2Regex(literal: #"(?i)\b(?:anggaran|pagu|alokasi|dipa|pnbp|pnbpn|pnpb|penerimaan\s+negara\s+bukan\s+pajak|belanja)\b"#)
    static let pnbp = PCRE2Regex(literal: #"(?i)\b(?:pnbpn?|pnpb|penerimaan\s+negara\s+bukan\s+pajak)\b"#)

    struct Reading {
        var base: [Quantity] = []
        var realisasi: [Quantity] = []
        var percents: [Quantity] = []
        var other = false
        var pnbp = false
    }

    /// The figures of one sentence with their roles.
    static func read(_ text: String, _ range: Range<Int>, _ qs: [Quantity]) -> Reading {
        var r = Reading()
        var previousEnd = range.lowerBound
        for q in qs.within(range) where q.isMeasure && (q.isAmount || q.isPercent) {
            let lead = text.utf8Slice(max(previousEnd, q.range.lowerBound - 100)..<q.range.lowerBound)
            previousEnd = q.range.upperBound
            if q.isPercent {
                if otherPercent.isMatch(lead) { r.other = true } else { r.percents.append(q) }
                continue
            }
            if otherWord.isMatch(lead) { r.other = true }
            else if realisasiWord.isMatch(lead) { r.realisasi.append(q) }
            else if baseWord.isMatch(lead) { r.base.append(q) }
            else { r.other = true }
        }
        r.pnbp = pnbp.isMatch(text.utf8Slice(range))
        return r
    }

    /// Ratio claims for the block's sentences; a percentage another form already claimed in
    /// this block (from `since` on) is skipped.
    static func extract(_ text: LocatedText, sentences: [Range<Int>], _ qs: [Quantity], ratiosOfBlock since: Int, into claims: inout Claims) {
        let s = text.text
        var claimed = Set(claims.ratios[since...].map(\.stated.location))
        var previous: Reading?
        for range in sentences {
            let sentence = s.utf8Slice(range)
            guard topic.isMatch(sentence) || previous != nil else { previous = nil; continue }
            let r = read(s, range, qs)
            defer { previous = topic.isMatch(sentence) ? r : nil }
            guard !r.other, r.percents.count == 1, r.realisasi.count == 1 else { continue }
            var base = r.base
            var pnbp = r.pnbp
            if base.isEmpty, let p = previous, !p.other, p.base.count == 1, p.realisasi.isEmpty, p.percents.isEmpty {
                // "Pagu … Rp X." then "… terealisasi Rp Y (P%)." in the next sentence.
                base = p.base
                pnbp = pnbp || p.pnbp
            }
            guard base.count == 1 else { continue }
            let p = r.percents[0]
            guard !claimed.contains(p.location) else { continue }
            claimed.insert(p.location)
            var claim = RatioClaim(kind: .percent, numerator: r.realisasi[0], denominator: base[0], stated: p, polarity: nil,
                                   label: pnbp ? "PNBP" : "Anggaran", origin: .sentence(line: text.location(at: range.lowerBound).line))
            claim.year = ProseClaims.year(before: p.range.lowerBound - range.lowerBound..<(p.range.upperBound - range.lowerBound), in: sentence)
            claim.context = sentence
            claims.ratios.append(claim)
        }
    }
}
