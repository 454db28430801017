import Foundation

/// Consistent only if someone truncated (or rounded up) instead of rounding: not an
/// error, but the same quantity then tends to appear with two values.
public struct RoundingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "rounding", severity: .info,
        summary: Message(id: "Angka hanya cocok bila dipotong atau dibulatkan ke atas, bukan dibulatkan biasa.",
                         en: "A figure agrees only under truncation or rounding up, not ordinary rounding."),
        rationale: Message(id: "10.502 ÷ 10.633 = 98,768…%: dibulatkan 98,77%, tertulis 98,76% (dipotong).",
                           en: "10.502 ÷ 10.633 = 98.768…%: rounds to 98,77%, written 98,76% (truncated)."),
        triggering: [
            "$$x = \\frac{10.502}{10.633} \\times 100\\%$$\n\n$$x = ↓98,76\\%$$\n",
            "Tahun\tTarget\tRealisasi\tCapaian\n2020\t2.027\t2.024\t↓99,86%\n",
        ],
        nonTriggering: [
            "$$x = \\frac{10.502}{10.633} \\times 100\\%$$\n\n$$x = 98,77\\%$$\n",
            "Tahun\tTarget\tRealisasi\tCapaian\n2020\t2.027\t2.024\t99,85%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func add(_ stated: Quantity, _ down: Bool, _ expected: Decimal, _ how: Message) {
            let exp = stated.formatted(expected)
            let t = Describe.truncation(down)
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: stated.location,
                                  message: Message(id: "tertulis \(stated.text), padahal \(how.id) dibulatkan menjadi \(exp) (\(t.id))",
                                                   en: "written \(stated.text), but \(how.en) rounds to \(exp) (\(t.en))"),
                                  stated: stated.text, expected: exp))
        }
        for c in context.claims.ratios {
            if case .truncated(let down, let e) = RatioJudgement.of(c) { add(c.stated, down, e, Describe.ratio(c)) }
        }
        for g in context.claims.growths {
            if case .truncated(let down, let e)? = GrowthJudgement.of(g) { add(g.stated, down, e, Message(id: "perubahan dari \(g.from.text) ke \(g.to.text)", en: "the change from \(g.from.text) to \(g.to.text)")) }
        }
        for f in context.claims.formulas {
            if case .truncated(let down, let e) = FormulaJudgement.of(f) { add(f.stated, down, e, Message(id: f.expression, en: f.expression)) }
        }
        for m in context.claims.means {
            let mean = DecimalInterval.sum(m.items.map(\.interval)) * (1 / Decimal(m.items.count))
            if case .truncated(let down) = Agreement.of(stated: m.stated, computed: mean) {
                add(m.stated, down, Agreement.expected(mean, decimals: m.stated.decimals), Message(id: "rata-ratanya", en: "the mean"))
            }
        }
        return out
    }
}
