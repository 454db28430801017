import Foundation

/// Some units cap capaian at 100% when realisasi exceeds target. Applied to every
/// indicator, that is a policy (said once, as info); applied to some and not others, the
/// report contradicts itself (a warning at each capped value).
public struct CapaianCappedCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "capaian-capped", severity: .info,
        summary: Message(id: "Capaian di atas target ditulis 100% (dibatasi).",
                         en: "Capaian above target is written as 100% (capped)."),
        rationale: Message(id: "Pembatasan capaian 100% yang dipakai konsisten disebut sekali sebagai info; jika sebagian indikator dibatasi dan sebagian tidak, setiap nilai yang dibatasi menjadi peringatan.",
                           en: "A 100% cap applied consistently is mentioned once as info; when some indicators are capped and others are not, every capped value is a warning."),
        triggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t↓100%\nIndeks Kepuasan Internal\t3,13\t3,96\t100%\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t↓100%\nIndeks Kepuasan Internal\t3,13\t3,96\t126,52%\n",
        ],
        nonTriggering: [
            "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,25\t100%\nIndeks Kepuasan Internal\t3,13\t3,96\t126,52%\n",
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
        guard let first = capped.first else { return [] }
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
        if uncapped == 0 {
            let note = Message(id: "dokumen ini membatasi capaian di 100% secara konsisten (\(capped.count) nilai)",
                               en: "this document caps capaian at 100% consistently (\(capped.count) values)")
            return [diagnostic(first.0, first.1, .info, note)]
        }
        let note = Message(id: "indikator lain (\(uncapped)) ditulis di atas 100%, jadi pembatasan ini tidak konsisten",
                           en: "\(uncapped) other indicators are written above 100%, so the cap is inconsistent")
        return capped.map { diagnostic($0.0, $0.1, .warning, note) }
    }
}
