import Foundation

/// A weighted-index formula written with variables, with what the text defined them as
/// (GENRE F5): "D1 = 92, D2 = 99", then `$$K1 = (D1 * 70\%) + (D2 * 30\%)$$`, then
/// `$$K1 = (92 * 70\%) + (99 * 30\%)$$`.
public struct FormulaVariableClaim: Sendable {
    public struct Use: Sendable {
        public let name: String
        public let location: SourceLocation
        /// The figure the worked line puts in its place, if a worked line follows.
        public var substituted: (text: String, value: Decimal, location: SourceLocation)? = nil
    }
    public let lhs: String
    public var uses: [Use]
    /// Every value the text gave each variable of the family so far (a rule may turn
    /// `D1 = 91,62%` into `D1 = 92`: either is its value).
    public let definitions: [String: [Decimal]]
    /// The variables of the used family that were defined, in index order.
    public let family: [String]
    public let origin: ClaimOrigin
}

/// Reads variable definitions from prose and formulas, and the formulas that use them.
struct FormulaVariables {
    /// `D1 = 92`, `X_2 = 3,5`: a name, `=`, one figure, and nothing to compute after it.
    static let definition = PCRE2Regex(literal: #"(?<![\p{L}\d_\\{])(?<v>[A-Z]{1,2})_?\{?(?<i>\d{1,2})\}?\s*=\s*(?<n>\d+(?:[.,]\d+)?)(?![\d.,]*\s*(?:[-+*x×/(^]|\\(?:times|cdot|frac)))"#)
    /// A variable inside a formula: `D1`, `D_1`, `D_{1}` (not `\text{…}` words).
    static let variable = PCRE2Regex(literal: #"(?<![\p{L}\d_\\{])(?<v>[A-Z]{1,2})_?\{?(?<i>\d{1,2})\}?(?![\p{L}\d])"#)
    static let figure = PCRE2Regex(literal: #"(?<![\p{L}\d_.,])\d+(?:[.,]\d+)*"#)
    static let assignment = FormulaClaims.assignment

    var definitions: [String: [Decimal]] = [:]
    /// The last symbolic formula, waiting for its worked line.
    var pending: (claim: FormulaVariableClaim, skeleton: [Token])?

    enum Token { case variable(Int), number(Decimal, String, SourceLocation) }

    mutating func extract(block: Block, into claims: inout Claims) {
        if case .heading = block.content { flush(into: &claims); definitions = [:]; return }
        guard let text = block.text else { return }
        let s = text.text
        if case .formula = block.content, let m = FormulaVariables.assignment.firstMatch(in: s),
           let lhs = m.string(FormulaVariables.assignment.groupIndex("name")!, in: s),
           let rr = m.range(FormulaVariables.assignment.groupIndex("rhs")!) {
            let rhs = s.utf8Slice(rr)
            if formula(lhs: lhs, rhs: rhs, at: rr.lowerBound, text: text, line: block.firstLine, into: &claims) { return }
        }
        FormulaVariables.definition.forEachMatch(in: s) { m in
            guard let v = m.string(FormulaVariables.definition.groupIndex("v")!, in: s),
                  let i = m.string(FormulaVariables.definition.groupIndex("i")!, in: s),
                  let n = m.string(FormulaVariables.definition.groupIndex("n")!, in: s),
                  let shown = ShownNumber.parse(n) else { return true }
            definitions["\(v)\(Int(i) ?? 0)", default: []].append(shown.value)
            return true
        }
    }

    /// A symbolic formula (variables of a defined family) or its worked line. True when
    /// the block was one of them.
    mutating func formula(lhs: String, rhs: String, at start: Int, text: LocatedText, line: Int, into claims: inout Claims) -> Bool {
        var tokens: [(Int, Token)] = []
        var uses: [FormulaVariableClaim.Use] = []
        FormulaVariables.variable.forEachMatch(in: rhs) { m in
            let name = (m.string(FormulaVariables.variable.groupIndex("v")!, in: rhs) ?? "") + String(Int(m.string(FormulaVariables.variable.groupIndex("i")!, in: rhs) ?? "") ?? 0)
            tokens.append((m.range.lowerBound, .variable(uses.count)))
            uses.append(.init(name: name, location: text.location(at: start + m.range.lowerBound)))
            return true
        }
        FormulaVariables.figure.forEachMatch(in: rhs) { m in
            // Digits that belong to a variable's name are not figures.
            if tokens.contains(where: { $0.0 < m.range.lowerBound && m.range.lowerBound <= $0.0 + 4 && rhs.utf8Slice($0.0..<m.range.lowerBound).allSatisfy({ $0.isLetter || $0 == "_" || $0 == "{" }) }) { return true }
            let raw = rhs.utf8Slice(m.range)
            if let n = ShownNumber.parse(raw) { tokens.append((m.range.lowerBound, .number(n.value, raw, text.location(at: start + m.range.lowerBound)))) }
            return true
        }
        let ordered = tokens.sorted { $0.0 < $1.0 }.map(\.1)
        if !uses.isEmpty {
            flush(into: &claims)
            let prefix = uses[0].name.prefix(while: \.isLetter)
            let family = definitions.keys.filter { $0.prefix(while: \.isLetter) == prefix }
                .sorted { (Int($0.drop(while: \.isLetter)) ?? 0) < (Int($1.drop(while: \.isLetter)) ?? 0) }
            guard family.count >= 2, uses.allSatisfy({ $0.name.prefix(while: \.isLetter) == prefix }) else { return true }
            let claim = FormulaVariableClaim(lhs: lhs, uses: uses, definitions: definitions.filter { family.contains($0.key) },
                                             family: family, origin: .formula(line: line))
            pending = (claim, ordered)
            return true
        }
        guard let (symbolic, skeleton) = pending, symbolic.lhs == lhs else { return false }
        pending = nil
        // The worked line: the same figures where the symbolic line has figures, one figure
        // per variable. Anything else is another computation: the symbolic line is judged alone.
        var claim = symbolic
        var aligned = ordered.count == skeleton.count
        for (k, t) in skeleton.enumerated() where aligned {
            switch (t, ordered[k]) {
            case (.number(let a, _, _), .number(let b, _, _)): aligned = a == b
            case (.variable(let u), .number(let b, let raw, let at)): claim.uses[u].substituted = (raw, b, at)
            default: aligned = false
            }
        }
        claims.formulaVariables.append(aligned ? claim : symbolic)
        return true
    }

    /// A symbolic formula with no worked line after it is still judged on its own.
    mutating func flush(into claims: inout Claims) {
        if let p = pending { claims.formulaVariables.append(p.claim) }
        pending = nil
    }
}
