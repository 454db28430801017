import Foundation

/// The part of `weighted-score-mismatch` that reads weights stated in prose: a weight list
/// against the score table right after it and against the regulation's weights (pack),
/// and composite formulas against 100% and the weights their introduction states.
struct WeightStatements {
    let check: RuleDescription
    let context: CheckContext

    static let year = PCRE2Regex(literal: #"(?i)\b(?:tahun|TA)\s+(?:anggaran\s+)?(20\d\d)\b(?!\s*[–-]\s*20\d\d)"#)
    static let proseWeight = PCRE2Regex(literal: #"(?i)\bbobot(?:nya)?\s+(?:sebesar\s+)?(\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|persen))"#)

    func run() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let doc = context.document
        let reportYear = context.identity.year
        for list in WeightList.all(doc) {
            let family = bestFamily(list)
            var flagged = Set<Int>()
            if let fam = family { out += againstTable(list, family: fam, flagged: &flagged) }
            if let fam = family { out += againstPack(list, family: fam, reportYear: reportYear, skip: flagged) }
        }
        out += formulas(doc)
        return out
    }

    func finding(_ q: Quantity, _ id: String, _ en: String, expected: String?) -> Diagnostic {
        Diagnostic(rule: check.id, severity: check.severity, location: q.location, message: Message(id: id, en: en),
                   stated: q.text, expected: expected)
    }

    /// The family (ikpa, smart, …) whose components name every item of the list and whose
    /// context the introduction (or the list) mentions.
    func bestFamily(_ list: WeightList) -> [WeightScheme]? {
        let families = Dictionary(grouping: context.packs.domain.weightSchemes, by: \.family)
        let text = list.intro + " " + list.items.map(\.name).joined(separator: " ")
        let candidates = families.values.filter { versions in
            versions.contains { $0.context.isMatch(text) }
                && list.items.allSatisfy { i in versions.contains { $0.component(for: i.name) != nil } }
        }
        // A family one of whose versions the list follows exactly wins; otherwise only an unambiguous one.
        if let exact = candidates.first(where: { exactlyOneVersion(list, in: $0) }) { return exact }
        return candidates.count == 1 ? candidates[0] : nil
    }

    func exactlyOneVersion(_ list: WeightList, in versions: [WeightScheme]) -> Bool {
        versions.contains { v in
            list.items.allSatisfy { item in v.component(for: item.name).map { $0.weight == item.weight.value } ?? false }
        }
    }

    func componentID(_ label: String, _ family: [WeightScheme]) -> String? {
        for v in family.sorted(by: { $0.fromYear > $1.fromYear }) { if let c = v.component(for: label) { return c.id } }
        return nil
    }

    /// The first score table after the list, when it has as many weighted components as the list has items.
    func againstTable(_ list: WeightList, family: [WeightScheme], flagged: inout Set<Int>) -> [Diagnostic] {
        let blocks = context.document.blocks
        guard list.lastBlock + 1 < blocks.count else { return [] }
        for i in (list.lastBlock + 1)..<min(blocks.count, list.lastBlock + 12) {
            guard case .table = blocks[i].content, let st = context.analysis.blocks[i].scoreTable else { continue }
            guard st.weightsAligned, st.components.count + (st.dispensasi != nil ? 1 : 0) == list.items.count else { return [] }
            var out: [Diagnostic] = []
            for (i, item) in list.items.enumerated() {
                guard let id = componentID(item.name, family) else { continue }
                if let col = st.components.first(where: { componentID($0.name, family) == id }), let w = col.bobot {
                    if w.value != item.weight.value {
                        flagged.insert(i)
                        out.append(finding(item.weight,
                            "bobot \(Claims.short(item.name, 40)) tertulis \(item.weight.text), padahal tabel sesudahnya memakai bobot \(w.text) (baris \(w.location.line))",
                            "the weight of \(Claims.short(item.name, 40)) is written \(item.weight.text), but the table that follows uses \(w.text) (line \(w.location.line))",
                            expected: w.text + "%"))
                    }
                } else if st.dispensasi != nil, id == "dispensasi-spm" {
                    flagged.insert(i)
                    out.append(finding(item.weight,
                        "\(Claims.short(item.name, 40)) ditulis berbobot \(item.weight.text), padahal tabel sesudahnya memperlakukannya sebagai pengurang tanpa bobot",
                        "\(Claims.short(item.name, 40)) is written with weight \(item.weight.text), but the table that follows treats it as a deduction without weight",
                        expected: nil))
                }
            }
            return out
        }
        return []
    }

    /// Against the regulation: quiet when the list is exactly one version of its family;
    /// otherwise each weight that differs from the version for the list's year.
    func againstPack(_ list: WeightList, family: [WeightScheme], reportYear: Int?, skip: Set<Int>) -> [Diagnostic] {
        func agrees(_ v: WeightScheme, _ item: WeightList.Item) -> Bool {
            guard let c = v.component(for: item.name) else { return false }
            return c.weight == item.weight.value
        }
        if family.contains(where: { v in list.items.allSatisfy { agrees(v, $0) } }) { return [] }
        let year = statedYear(list.intro) ?? reportYear
        let version = family.first { year.map($0.covers) ?? false }
            ?? family.max { a, b in list.items.filter { agrees(a, $0) }.count < list.items.filter { agrees(b, $0) }.count }
        guard let v = version else { return [] }
        var out: [Diagnostic] = []
        for (i, item) in list.items.enumerated() where !skip.contains(i) {
            guard let c = v.component(for: item.name), !agrees(v, item) else { continue }
            let should = c.weight.map { NumberFormat.indonesian($0, decimals: $0 == $0.rounded(0) ? 0 : 1) + "%" } ?? "pengurang tanpa bobot"
            let shouldEn = c.weight.map { NumberFormat.indonesian($0, decimals: $0 == $0.rounded(0) ? 0 : 1) + "%" } ?? "a deduction without weight"
            out.append(finding(item.weight,
                "bobot \(Claims.short(item.name, 40)) tertulis \(item.weight.text), padahal \(v.source) (\(v.name)) menetapkan \(should)",
                "the weight of \(Claims.short(item.name, 40)) is written \(item.weight.text), but \(v.source) (\(v.name)) sets \(shouldEn)",
                expected: should))
        }
        return out
    }

    func statedYear(_ text: String) -> Int? {
        var last: Int?
        WeightStatements.year.forEachMatch(in: text) { m in last = m.string(1, in: text).flatMap { Int($0) }; return true }
        return last
    }

    /// `K = D1 × 60% + D2 × 40%`: weights that do not sum to 100%, or that differ from
    /// the weights the sentence before the formula states.
    func formulas(_ doc: Document) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var stated: [Decimal] = []
        for (index, b) in doc.blocks.enumerated() {
            guard let t = b.text else { stated = []; continue }
            if let f = context.analysis.blocks[index].weightedFormula {
                let sum = f.weights.reduce(Decimal(0)) { $0 + $1.value }
                let ws = f.weights.map(\.value)
                if sum != 100 {
                    out.append(finding(f.weights[0], "bobot rumus berjumlah \(NumberFormat.indonesian(sum, decimals: 0))%, padahal bobot satu indeks harus berjumlah 100%",
                                       "the formula's weights sum to \(NumberFormat.indonesian(sum, decimals: 0))%, but the weights of one index must sum to 100%", expected: "100%"))
                } else if stated.count == ws.count, stated.sorted(by: <) != ws.sorted(by: <),
                          let i = ws.indices.first(where: { ws[$0] != stated[$0] }) {
                    let s = NumberFormat.indonesian(stated[i], decimals: 0) + "%"
                    out.append(finding(f.weights[i], "rumus memakai bobot \(f.weights[i].text), padahal kalimat sebelumnya menyebut bobot \(s)",
                                       "the formula uses the weight \(f.weights[i].text), but the sentence before it states the weight \(s)", expected: s))
                }
                continue
            }
            let found = WeightStatements.proseWeight.matches(in: t.text).compactMap { m in
                m.string(1, in: t.text).flatMap { ShownNumber.parse($0.filter { $0.isNumber || $0 == "," || $0 == "." })?.value }
            }
            if !found.isEmpty { stated = found } else if case .paragraph = b.content, !t.text.isEmpty { stated = [] }
        }
        return out
    }
}
