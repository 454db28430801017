import Foundation

/// A figure put under the wrong name: the capaian written in the Realisasi column (or
/// called "realisasi" in a sentence) while the indicator's realisasi is something else.
public struct MislabelCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "mislabel", severity: .warning,
        summary: Message(id: "Angka disebut dengan nama yang salah: capaian ditulis sebagai realisasi.",
                         en: "A figure under the wrong name: the capaian written as the realisasi."),
        rationale: Message(id: "Bila kolom Realisasi berisi angka yang sama dengan kolom Capaian padahal target bukan 100, kolom Realisasi kemungkinan berisi capaian. Bila sebuah kalimat menyebut \"realisasi … sebesar X%\" dan X sama dengan capaian indikator itu di tempat lain (dan berbeda dari realisasinya), X adalah capaian.",
                           en: "When the Realisasi column holds the same figure as the Capaian column although the target is not 100, the Realisasi column likely holds the capaian. When a sentence says \"realisasi … sebesar X%\" and X equals that indicator's capaian stated elsewhere (and differs from its realisasi), X is the capaian."),
        triggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nPersentase Tindakan Administratif Keimigrasian yang ditangani\t90%\t↓111,11%\t111,11%\n",
            "Laporan Kinerja Kantor Imigrasi Contoh Tahun 2024.\n\nIndikator\tTarget\tRealisasi\tCapaian\nRasio Layanan Keimigrasian yang diselesaikan\t90%\t98,76%\t109,73%\n\nTarget Rasio Layanan Keimigrasian telah terlampaui karena realisasi yang diperoleh pada tahun 2024 adalah sebesar ↓109,73%.\n",
        ],
        nonTriggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nPersentase Pelaksanaan Rencana Aksi Reformasi Birokrasi\t100%\t100%\t100%\n",
            "Laporan Kinerja Kantor Imigrasi Contoh Tahun 2024.\n\nIndikator\tTarget\tRealisasi\tCapaian\nRasio Layanan Keimigrasian yang diselesaikan\t90%\t98,76%\t109,73%\n\nRealisasi Rasio Layanan Keimigrasian tahun 2024 adalah sebesar 98,76%.\n",
        ])

    static let realisasiIs = PCRE2Regex(literal: #"\brealisasi\b(?:\s+[\p{L}\d]+){0,10}?\s+(?:adalah|sebesar|yaitu|mencapai)\s+(?:sebesar\s+)?(?<x>\d+(?:[.,]\d+)?\s?%)"#, options: [.caseInsensitive])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // The capaian in the Realisasi column.
        for c in context.claims.ratios where c.kind == .capaian {
            guard case .tableRow = c.origin, c.numerator.unit == .percent, c.stated.unit == .percent,
                  c.numerator.value == c.stated.value, c.denominator.value != 100, c.numerator.value != c.denominator.value,
                  c.stated.value != 100 else { continue }  // 100% may be a cap beside a real 100% realisasi
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: c.numerator.location,
                                  message: Message(id: "kolom Realisasi berisi \(c.numerator.text), sama dengan capaiannya, padahal targetnya \(c.denominator.text): realisasi kemungkinan tertukar dengan capaian",
                                                   en: "the Realisasi column holds \(c.numerator.text), the same as the capaian, although the target is \(c.denominator.text): the realisasi is likely replaced by the capaian"),
                                  stated: c.numerator.text,
                                  related: [RelatedLocation(c.stated.location, Message(id: "capaian", en: "capaian"))]))
        }
        // "realisasi … sebesar X%" where X is the indicator's capaian.
        let facts = context.facts
        let byKey = Dictionary(grouping: facts, by: \.key)
        for a in context.analysis.prose {
            guard let text = a.text else { continue }
            let qs = a.quantities
            for m in MislabelCheck.realisasiIs.matches(in: text.text) {
                guard let xr = m.range(MislabelCheck.realisasiIs.groupIndex("x")!),
                      let x = qs.first(startingIn: xr, where: { $0.isPercent }) else { continue }
                let before = text.text.utf8Slice(max(0, m.range.lowerBound - 400)..<xr.lowerBound)
                guard let spec = context.packs.nearestIndicator(in: before), !spec.generic else { continue }
                let year = ProseClaims.year(before: m.range, in: text.text) ?? context.reportYear ?? 0
                let capaian = byKey[FactKey(subject: spec.id, year: year, measure: .capaian)] ?? []
                let realisasi = byKey[FactKey(subject: spec.id, year: year, measure: .realisasi)] ?? []
                // The capaian a table or a computed sentence gives (a bare restatement is no proof).
                guard let cap = capaian.first(where: { FactExtractor.same($0.quantity, x) && !$0.restated }),
                      !realisasi.isEmpty, !realisasi.contains(where: { FactExtractor.same($0.quantity, x) }),
                      realisasi.allSatisfy({ !$0.quantity.isAmount }),  // "realisasi PNBP 217%" names the indicator
                      cap.quantity.location != x.location else { continue }
                let real = realisasi[0].quantity
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: x.location,
                                      message: Message(id: "disebut realisasi \(spec.name) sebesar \(x.text), padahal \(x.text) adalah capaiannya; realisasinya \(real.text)",
                                                       en: "called the realisasi of \(spec.name), but \(x.text) is its capaian; its realisasi is \(real.text)"),
                                      stated: x.text, expected: real.text,
                                      related: [RelatedLocation(cap.quantity.location, Message(id: "capaian \(cap.quantity.text)", en: "capaian \(cap.quantity.text)")),
                                                RelatedLocation(real.location, Message(id: "realisasi \(real.text)", en: "realisasi \(real.text)"))]))
            }
        }
        return out
    }
}
