import Foundation

public struct FormulaMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "formula-mismatch", severity: .error,
        summary: Message(id: "Hasil rumus yang ditulis tidak sama dengan hasil hitungan angkanya.",
                         en: "A written formula's result differs from what its numbers give."),
        rationale: Message(id: "Rumus LaTeX ($$…$$) dan rumus dalam teks dihitung ulang; % berarti per seratus.",
                           en: "LaTeX ($$…$$) and plain-text formulas are recomputed; % means per hundred."),
        triggering: [
            "$$z = \\frac{103,54\\%}{116,45\\%} \\times 100\\%$$\n\n$$z = ↓88,61\\%$$\n",
            "Capaian dihitung x = 250 / 300 x 100% = ↓80%.\n",
            "$$K1 = (85 \\times 60\\%) + (97 \\times 40\\%) = ↓91,2$$\n",
            "$$\\begin{aligned}\\text{Capaian} &= \\frac{98,68}{95,00} * 100\\% \\\\ &= ↓104,87\\%\\end{aligned}$$\n",
            "Nilai komponen: D1 = 90, D2 = 80, D3 = 70.\n\n$$K = (D1 * 50\\%) + (D2 * 30\\%) + (↓D2 * 20\\%)$$\n",
            "Nilai D1 dan D2: D1 = 92, D2 = 99\n\n$$K1 = (D1 * 70\\%) + (D2 * 30\\%)$$\n\n$$K1 = (↓93 * 70\\%) + (99 * 30\\%)$$\n",
        ],
        nonTriggering: [
            "$$z = \\frac{103,54\\%}{116,45\\%} \\times 100\\%$$\n\n$$z = 88,91\\%$$\n",
            "Capaian dihitung x = 250 / 300 x 100% = 83,33%.\n",
            "$$K1 = (85 \\times 60\\%) + (97 \\times 40\\%) = 89,8$$\n",
            "$$x = \\frac{\\text{Jumlah layanan yang diselesaikan}}{\\text{Total permohonan}} \\times 100\\%$$\n",
            "$$\\begin{aligned}\\text{Capaian} &= \\frac{\\text{Realisasi}}{\\text{Target}} * 100\\% \\\\ &= \\frac{98,68}{95,00} * 100\\% \\\\ &= 103,87\\%\\end{aligned}$$\n",
            "Nilai D1 dan D2: D1 = 92, D2 = 99\n\n$$K1 = (D1 * 70\\%) + (D2 * 30\\%)$$\n\n$$K1 = (92 * 70\\%) + (99 * 30\\%)$$\n\n$$K1 = 94,1$$\n",
            "dengan: N = nilai bulanan\n k = bulan ke …\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        results(context) + variables(context)
    }

    /// Weighted-index formulas against their variable definitions (GENRE F5): a variable
    /// used twice while the next one defined is left out, and a worked line that puts
    /// another figure in a variable's place than the text defined.
    func variables(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for c in context.claims.formulaVariables {
            var seen: [String: SourceLocation] = [:]
            let used = Set(c.uses.map(\.name))
            let unused = c.family.filter { !used.contains($0) }
            for u in c.uses {
                guard let first = seen[u.name] else { seen[u.name] = u.location; continue }
                guard let missing = unused.first else { break }
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: u.location,
                                      message: Message(id: "rumus \(c.lhs) memakai \(u.name) dua kali, padahal \(missing) didefinisikan dan tidak dipakai",
                                                       en: "the formula for \(c.lhs) uses \(u.name) twice, although \(missing) is defined and unused"),
                                      stated: u.name, expected: missing,
                                      related: [RelatedLocation(first, Message(id: "\(u.name) pertama", en: "first \(u.name)"))]))
                break
            }
            for u in c.uses {
                guard let sub = u.substituted, let values = c.definitions[u.name], !values.isEmpty, !values.contains(sub.value) else { continue }
                let defined = NumberFormat.indonesian(values.last!, decimals: values.last! == values.last!.rounded(0) ? 0 : 2)
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: sub.location,
                                      message: Message(id: "rumus \(c.lhs) memakai \(sub.text) untuk \(u.name), padahal teks mendefinisikan \(u.name) = \(defined)",
                                                       en: "the formula for \(c.lhs) puts \(sub.text) for \(u.name), but the text defines \(u.name) = \(defined)"),
                                      stated: sub.text, expected: defined,
                                      related: [RelatedLocation(u.location, Message(id: u.name, en: u.name))]))
            }
        }
        return out
    }

    func results(_ context: CheckContext) -> [Diagnostic] {
        context.claims.formulas.compactMap { f in
            guard case .mismatch(let expected) = FormulaJudgement.of(f) else { return nil }
            let exp = f.stated.formatted(expected)
            return Diagnostic(
                rule: description.id, severity: description.severity, location: f.stated.location,
                message: Message(id: "hasil rumus tertulis \(f.stated.text), padahal \(f.expression) = \(exp)",
                                 en: "the formula's result is written \(f.stated.text), but \(f.expression) = \(exp)"),
                stated: f.stated.text, expected: exp)
        }
    }
}

enum FormulaJudgement {
    case holds, truncated(down: Bool, expected: Decimal), mismatch(expected: Decimal)

    /// A result with `%` is compared per hundred; one without may be either scale.
    static func of(_ f: FormulaClaim) -> FormulaJudgement {
        let scales: [Decimal] = f.stated.unit == .percent ? [100] : [1, 100]
        var truncated: FormulaJudgement?
        for s in scales {
            let v = f.value * s
            switch Agreement.of(stated: f.stated, computed: v) {
            case .consistent: return .holds
            case .truncated(let d): truncated = truncated ?? .truncated(down: d, expected: Agreement.expected(v, decimals: f.stated.decimals))
            case .mismatch: break
            }
        }
        let nearest = scales.min { abs((f.value * $0).mid - f.stated.value) < abs((f.value * $1).mid - f.stated.value) }!
        let point = FormulaEvaluator.evaluate(f.expression, exact: true)?.mid ?? f.value.mid
        return truncated ?? .mismatch(expected: (point * nearest).rounded(f.stated.decimals))
    }
}
