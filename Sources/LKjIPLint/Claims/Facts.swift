import Foundation

/// What a figure is: whose (an indicator of the catalog, the budget, PNBP), for which
/// year, and which measure. Two figures with one key must have one value.
public struct FactKey: Hashable, Sendable {
    public enum Measure: String, Sendable { case target, realisasi, capaian, pagu, penyerapan }
    public let subject: String
    public let year: Int
    public let measure: Measure
}

public struct Fact: Sendable {
    public let key: FactKey
    public let quantity: Quantity
    public let fromTable: Bool
    /// The subject's display name, for messages.
    public let name: String
    /// A capaian restated by name alone in a summary or conclusion (no ratio beside it).
    public var restated = false
}

/// Binds the figures of ratio claims to keys. Only figures whose key is certain become
/// facts: an indicator the catalog names (not a family pattern), the whole budget or
/// PNBP, and a year the table or sentence gives (or the report's own year).
public enum FactExtractor {
    static let wholeBudgetRow = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?(?:anggaran|total|jumlah|total\s+pagu|pagu(?:\s+anggaran)?|target\s+pnbp|total\s+pnbp|pnbp)?\s*(?:\*\*)?\s*(?:/.*)?$"#)

    /// Prose about another unit, a national or regional average, or a Renstra/RPJMN target:
    /// the figures are right or wrong on their own, but they are not this report's key.
    static let otherEntity = PCRE2Regex(literal: #"(?i)\b(?:kanwil|kantor\s+wilayah|nasional|rata\s*-?\s*rata|direktorat\s+jenderal|ditjen|divisi|seluruh\s+(?:kantor|satuan|satker|unit|upt)|renstra|rpjmn|jangka\s+menengah)\b"#)
    static let unitName = PCRE2Regex(literal: #"\b(?:Kantor\s+Imigrasi|Lembaga\s+Pemasyarakatan|Rumah\s+(?:Tahanan|Detensi)|Balai\s+Pemasyarakatan)(?:\s+(?:Kelas|TPI|Non|Khusus|I{1,3}V?|[AB]\b|Perempuan))*\s+[\p{Lu}][\p{L}]+"#)

    static func aboutSomethingElse(_ c: RatioClaim, reportUnit: String?) -> Bool {
        guard !c.context.isEmpty else { return false }
        if otherEntity.isMatch(c.context) { return true }
        guard let own = reportUnit?.lowercased() else { return false }
        var foreign = false
        unitName.forEachMatch(in: c.context) { m in
            let named = c.context.utf8Slice(m.range).lowercased()
            if !own.contains(named) && !named.contains(own) { foreign = true }
            return !foreign
        }
        return foreign
    }

    public static func facts(_ claims: Claims, packs: RulePacks, reportYear: Int?, reportUnit: String? = nil) -> [Fact] {
        var out: [Fact] = []
        var unkeyed: [Triple] = []
        let defaultYear = reportYear ?? 0
        let documentIndicators = DocumentIndicators(claims.ratios, packs: packs)
        // What a section title or a sentence is about: a catalog indicator, else one of the report's own.
        func resolve(_ text: String) -> String? {
            if let spec = packs.indicator(for: text), !spec.generic { return spec.id }
            return documentIndicators.named(in: text)
        }
        // The indicator a label names: the catalog's, else (a table row's) one of the report's own.
        func subject(of label: String, fromTable: Bool) -> (id: String, name: String)? {
            if let spec = packs.indicator(for: label), !spec.generic { return (spec.id, spec.name) }
            guard fromTable, let key = DocumentIndicators.key(label, packs: packs), let own = documentIndicators.names[key] else { return nil }
            return (key, own.name)
        }
        func add(_ subject: String, _ name: String, _ year: Int, _ m: FactKey.Measure, _ q: Quantity, _ fromTable: Bool) {
            guard q.kind == .quantity else { return }
            out.append(Fact(key: FactKey(subject: subject, year: year, measure: m), quantity: q, fromTable: fromTable, name: name))
        }
        for c in claims.ratios where c.keyed {
            let fromTable: Bool
            switch c.origin { case .tableRow, .tableColumn: fromTable = true; default: fromTable = false }
            let year = c.year ?? defaultYear
            switch c.kind {
            case .capaian:
                guard !aboutSomethingElse(c, reportUnit: reportUnit) else { continue }
                guard let subject = subject(of: c.label, fromTable: fromTable) else {
                    // Words that name nothing: keyed below by the figures it shares with a key.
                    if packs.indicator(for: c.label) == nil, let triple = anonymous(c, year: year, resolve: resolve) { unkeyed.append(triple) }
                    continue
                }
                add(subject.id, subject.name, year, .target, c.denominator, fromTable)
                add(subject.id, subject.name, year, .realisasi, c.numerator, fromTable)
                add(subject.id, subject.name, year, .capaian, c.stated, fromTable)
            case .percent:
                // A budget row named for the whole (Anggaran, Total, Jumlah) or a year row; in
                // prose, a sentence about the whole budget or PNBP.
                guard let subject = c.subject, c.denominator.isAmount,
                      !fromTable || !c.label.isEmpty || c.year != nil, wholeBudgetRow.isMatch(c.label) else { continue }
                let pnbp = subject == "pnbp"
                let name = pnbp ? "PNBP" : "anggaran"
                add(subject, name, year, pnbp ? .target : .pagu, c.denominator, fromTable)
                add(subject, name, year, .realisasi, c.numerator, fromTable)
                add(subject, name, year, pnbp ? .capaian : .penyerapan, c.stated, fromTable)
            }
        }
        for f in claims.statedFacts {
            guard let m = FactKey.Measure(rawValue: f.measure) else { continue }
            let name = f.subject == "pnbp" ? "PNBP" : packs.indicators.first { $0.id == f.subject }?.name ?? f.subject
            add(f.subject, name, f.year ?? defaultYear, m, f.quantity, false)
        }
        for r in claims.restatedCapaian {
            guard let subject = resolve(r.name) else { continue }
            let name = packs.indicators.first { $0.id == subject }?.name ?? documentIndicators.names[subject]?.name ?? r.name
            add(subject, name, r.year ?? defaultYear, .capaian, r.quantity, false)
            if out.last?.quantity.location == r.quantity.location { out[out.count - 1].restated = true }
        }
        for p in claims.plannedTargets {
            if let s = subject(of: p.label, fromTable: true) { add(s.id, s.name, p.year ?? defaultYear, .target, p.quantity, true) }
        }
        // Written formulas `a / b × 100% = c` work out the report year's figures.
        for f in claims.formulas where f.ratioOperands.count == 2 && f.stated.isPercent {
            unkeyed.append(Triple(target: f.ratioOperands[1], realisasi: f.ratioOperands[0], result: f.stated,
                                  year: defaultYear, subject: f.sections.lazy.compactMap(resolve).first, fromTable: false))
        }
        return out + anchored(unkeyed, to: out)
    }

    /// Same value within the precision both are written with (3,2 = 3,20; 97,54% = 97.54%).
    static func same(_ a: Quantity, _ b: Quantity) -> Bool {
        let ua = a.unit == .percent, ub = b.unit == .percent
        guard ua == ub || a.value > 10 && b.value > 10 else { return false }
        // Shown to the same precision, different digits are different values (3,61 and
        // 3,62 share only the rounding boundary 3,615 of their closed intervals).
        if a.decimals == b.decimals { return a.value == b.value }
        return a.interval.intersects(b.interval)
    }

    /// Facts of one key grouped by equal value, in the order first seen.
    static func clusters(_ facts: [Fact]) -> [[Fact]] {
        var groups: [[Fact]] = []
        for f in facts {
            // Compared with each group's first figure: linear in the statements of a key.
            if let i = groups.firstIndex(where: { same($0[0].quantity, f.quantity) }) {
                groups[i].append(f)
            } else {
                groups.append([f])
            }
        }
        return groups
    }
}
