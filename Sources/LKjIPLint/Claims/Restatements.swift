/// Summaries and conclusions restate each indicator's capaian by name alone (GENRE.md §5 P1):
/// "1. Persentase WBP yang mengikuti pelatihan kerja bersertifikat dengan capaian 120%;",
/// "b) Persentase paspor terbit tepat waktu telah terpenuhi sebesar 103,58%". The name is
/// kept as written; the facts stage keys it to the catalog's or the report's own indicator,
/// and a name that matches none is left unkeyed (no comparison).
extension ProseClaims {
    static let restatedCapaian = PCRE2Regex(literal: #"(?<name>\p{Lu}[^.;:%\d()]{8,160}?)\s+(?:dengan\s+(?:nilai\s+)?capaian(?:\s+kinerja)?|capaian(?:nya)?|telah\s+terpenuhi|tercapai|terpenuhi)\s+(?:sebesar\s+|yaitu\s+|adalah\s+|mencapai\s+)?(?<c>\d+(?:[.,]\d+)*\s?%)(?!\s*(?:dari|atau|\())"#)
    /// Names that are no indicator's own: averages, other units, plans, the budget, the past;
    /// and "diperoleh realisasi indikator X dengan capaian 100%", where the template calls
    /// the realisasi "capaian" (GENRE.md §5 P2 trap).
    static let notRestatement = PCRE2Regex(literal: #"(?i)\b(?:realisasi|rata\s*-?\s*rata|nasional|kanwil|kantor\s+wilayah|direktorat|renstra|rpjmn|jangka\s+menengah|sebelumnya|anggaran|penyerapan|belanja|pagu|pnbp|sasaran|triwulan|semester|bulan)\b"#)

    static let clauseBreak = PCRE2Regex(literal: #"[,;:]\s*|\b(?:dan|serta|yaitu)\s+"#)

    func restatements(_ s: String, _ off: Int, _ qs: [Quantity], into claims: inout Claims) {
        let re = ProseClaims.restatedCapaian
        for m in re.matches(in: s) {
            // The clause before the name too: "diperoleh realisasi indikator X … dengan capaian".
            let clauseStart = ProseClaims.clauseBreak.matches(in: s.utf8Slice(0..<m.range.lowerBound)).last?.range.upperBound ?? 0
            guard let name = m.string(re.groupIndex("name")!, in: s), !ProseClaims.notRestatement.isMatch(name),
                  !ProseClaims.notRestatement.isMatch(s.utf8Slice(clauseStart..<m.range.lowerBound)),
                  let c = ProseClaims.quantity(m, "c", in: re, offset: off, qs), c.kind == .quantity, c.isPercent else { continue }
            claims.restatedCapaian.append((name.trimmed(), ProseClaims.year(before: m.range, in: s), c))
        }
    }
}
