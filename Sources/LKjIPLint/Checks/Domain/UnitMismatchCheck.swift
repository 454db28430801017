import Foundation

/// An index written as a percent (`3,64%` for an IKM of 3,64 on the 1–4 scale, `88% (Indeks)`).
public struct UnitMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "unit-mismatch", severity: .warning,
        summary: Message(id: "Satuan tidak cocok: indeks ditulis sebagai persen (3,64% untuk IKM 3,64), atau persen berlabel indeks (88% (Indeks)).",
                         en: "Units do not match: an index written as a percent (3,64% for an IKM of 3,64), or a percent labelled as an index (88% (Indeks))."),
        rationale: Message(id: "Satuan indikator dari katalog checks/indicators.yml (unit: index). Indeks skala 1–4 yang ditulis dengan % di kalimat tentang indikator itu dilaporkan; persentase perubahan (naik/turun) tidak.",
                           en: "An indicator's unit comes from the catalog checks/indicators.yml (unit: index). A 1–4 index written with % in a sentence about that indicator is reported; a percentage change (naik/turun) is not."),
        source: "checks/indicators.yml", pack: "indicators.yml",
        triggering: [
            "Target Indeks Kepuasan Masyarakat tahun 2024 sebesar ↓3,64% sesuai Perjanjian Kinerja.\n",
            "Realisasi Rasio Layanan Keimigrasian sebesar ↓88% (Indeks).\n",
        ],
        nonTriggering: [
            "Target Indeks Kepuasan Masyarakat tahun 2024 sebesar 3,64 sesuai Perjanjian Kinerja.\n",
            "Nilai IKM naik sebesar 3,64% dibandingkan tahun lalu.\n",
            "Rasio Layanan Keimigrasian sebesar 98,76% dari target 90%.\n",
        ])

    static let percentIndex = PCRE2Regex(literal: #"(?i)\d+(?:[.,]\d+)?\s*%\s*\(\s*indeks\s*\)"#)
    static let change = PCRE2Regex(literal: #"(?i)\b(?:naik|turun|meningkat|menurun|peningkatan|penurunan|kenaikan|selisih|pertumbuhan|perubahan)\b"#)

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for b in context.document.blocks {
            guard let t = b.text else { continue }
            let s = t.text
            UnitMismatchCheck.percentIndex.forEachMatch(in: s) { m in
                let w = s.utf8Slice(m.range)
                out.append(diag(t.location(at: m.range.lowerBound), "\"\(w)\" menulis persen sekaligus indeks; pilih satuan indikatornya",
                                "\"\(w)\" writes a percent and an index at once; use the indicator's unit", stated: w))
                return true
            }
            // Lexed once per block: per sentence it was quadratic on a long paragraph
            // (5,000 sentences in one line: 127 s).
            let quantities = NumberLexer.scan(t)
            for range in ProseClaims.sentences(s) {
                let sentence = s.utf8Slice(range)
                guard !UnitMismatchCheck.change.isMatch(sentence) else { continue }
                for q in quantities.within(range) where q.isPercent && q.decimals == 2 && q.value >= 1 && q.value <= 4 {
                    let before = s.utf8Slice(range.lowerBound..<q.range.lowerBound)
                    guard let spec = context.packs.nearestIndicator(in: before), spec.unit == "index", spec.id != "ikpa",
                          !UnitMismatchCheck.percentIndex.isMatch(s.utf8Slice(q.range.lowerBound..<min(s.utf8.count, q.range.upperBound + 12))) else { continue }
                    let plain = NumberFormat.indonesian(q.value, decimals: q.decimals)
                    out.append(diag(q.location, "\(spec.name) adalah indeks (skala 1–4), tetapi ditulis \(q.text); seharusnya \(plain)",
                                    "\(spec.name) is an index (1–4 scale), but it is written \(q.text); it should be \(plain)", stated: q.text, expected: plain))
                }
            }
        }
        return out
    }

    func diag(_ loc: SourceLocation, _ id: String, _ en: String, stated: String?, expected: String? = nil) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: loc, message: Message(id: id, en: en), stated: stated, expected: expected)
    }
}
