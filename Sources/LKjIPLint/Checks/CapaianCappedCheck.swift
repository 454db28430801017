import Foundation

/// Some units cap capaian at 100% when realisasi exceeds target. Applied to every
/// indicator, that is the document's own convention and not a defect (GENRE.md §2.12,
/// §10.10): quiet. Applied to some and not others, the report contradicts itself (a
/// warning at each capped value).
public struct CapaianCappedCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "capaian-capped", severity: .warning,
        summary: Message(id: "Capaian di atas target ditulis 100% (dibatasi).",
                         en: "Capaian above target is written as 100% (capped)."),
        rationale: Message(id: "Pembatasan capaian 100% yang dipakai konsisten adalah kebijakan dokumen dan tidak dilaporkan; jika sebagian indikator dibatasi dan sebagian tidak, setiap nilai yang dibatasi menjadi peringatan.",
                           en: "A 100% cap applied consistently is the document's convention and is not reported; when some indicators are capped and others are not, every capped value is a warning."),
        triggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t↓100%\nIndeks Kepuasan Internal\t3,13\t3,96\t126,52%\n",
        ],
        nonTriggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,25\t100%\nIndeks Kepuasan Internal\t3,13\t3,96\t126,52%\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t100%\nIndeks Kepuasan Internal\t3,13\t3,96\t100%\nPersentase paspor tepat waktu\t95%\t98,40%\t100%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var capped: [(RatioClaim, Decimal)] = []
        var uncapped = 0
        for claim in context.claims.ratios where claim.kind == .capaian {
            switch RatioJudgement.of(claim) {
            case .capped(let raw): capped.append((claim, raw))
            case .holds, .truncated: if claim.stated.value > 100 { uncapped += 1 }
            default: break
            }
        }
        guard !capped.isEmpty else { return [] }
        // The config may say what the unit's policy is; then the document is held to it.
        switch context.options.capaianCap {
        case .capped: return []
        case .uncapped:
            let note = Message(id: "konfigurasi menyatakan capaian tidak dibatasi 100%", en: "the configuration says capaian is not capped at 100%")
            return capped.map { diagnostic($0.0, $0.1, .warning, note) }
        case .auto: break
        }
        func diagnostic(_ c: RatioClaim, _ raw: Decimal, _ severity: Severity, _ note: Message) -> Diagnostic {
            let rawText = NumberFormat.percent(raw, decimals: 2)
            return Diagnostic(rule: description.id, severity: severity, location: c.stated.location,
                              message: Message(id: "capaian ditulis \(c.stated.text) padahal \(Describe.ratio(c).id) = \(rawText); \(note.id)",
                                               en: "capaian is written \(c.stated.text) although \(Describe.ratio(c).en) = \(rawText); \(note.en)"),
                              stated: c.stated.text, expected: rawText)
        }
        if uncapped == 0 { return [] }
        let note = Message(id: "indikator lain (\(uncapped)) ditulis di atas 100%, jadi pembatasan ini tidak konsisten",
                           en: "\(uncapped) other indicators are written above 100%, so the cap is inconsistent")
        return capped.map { diagnostic($0.0, $0.1, .warning, note) }
    }
}
