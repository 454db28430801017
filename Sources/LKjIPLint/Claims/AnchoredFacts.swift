/// Figures whose own words name no indicator (a year table under an indicator's heading, a
/// formula `a / b × 100% = c`, a sentence "realisasi R dari target T atau C%") are keyed
/// by what they agree with: a triple that shares two of its three figures with exactly one
/// key's statements (within the section's indicator, when a heading names one) is that
/// key's, so its third figure may then disagree and be reported. One shared figure proves
/// nothing, and neither does 100 or 0: every indicator with a 100% target shares those.
extension FactExtractor {
    struct Triple {
        let target: Quantity
        let realisasi: Quantity
        let result: Quantity
        let year: Int
        /// The key it must be, when its sentence or section names one; nil: any, if unique.
        let subject: String?
        let fromTable: Bool
    }

    /// A table row named by nothing but its year, or a sentence that names no indicator the
    /// catalog knows (then its own words, or its section's title, must name one).
    static func anonymous(_ c: RatioClaim, year: Int, resolve: (String) -> String?) -> Triple? {
        let fromSection = c.sections.lazy.compactMap(resolve).first
        switch c.origin {
        case .tableRow where c.label.isEmpty || ClaimExtractor.yearLabel.isMatch(c.label):
            return Triple(target: c.denominator, realisasi: c.numerator, result: c.stated, year: year, subject: fromSection, fromTable: true)
        case .sentence where c.label.isEmpty:
            guard let s = resolve(c.context) ?? fromSection else { return nil }
            return Triple(target: c.denominator, realisasi: c.numerator, result: c.stated, year: year, subject: s, fromTable: false)
        default:
            return nil
        }
    }

    static func measures(of subject: String) -> [FactKey.Measure] {
        subject == "anggaran" ? [.pagu, .realisasi, .penyerapan] : [.target, .realisasi, .capaian]
    }

    static func anchored(_ triples: [Triple], to facts: [Fact]) -> [Fact] {
        guard !triples.isEmpty else { return [] }
        let byKey = Dictionary(grouping: facts, by: \.key)
        let subjects = Set(facts.map(\.key.subject))
        var out: [Fact] = []
        for t in triples {
            let figures = [t.target, t.realisasi, t.result]
            let candidates = subjects.filter { s in
                guard t.subject == nil || s == t.subject else { return false }
                let agreeing = zip(measures(of: s), figures).filter { m, q in
                    byKey[FactKey(subject: s, year: t.year, measure: m)]?.contains { same($0.quantity, q) } ?? false
                }.map(\.1)
                return agreeing.count >= 2 && agreeing.contains { $0.value != 100 && $0.value != 0 }
            }
            guard candidates.count == 1, let s = candidates.first,
                  let name = facts.first(where: { $0.key.subject == s })?.name else { continue }
            for (m, q) in zip(measures(of: s), figures) where q.kind == .quantity {
                out.append(Fact(key: FactKey(subject: s, year: t.year, measure: m), quantity: q, fromTable: t.fromTable, name: name))
            }
        }
        return out
    }
}
