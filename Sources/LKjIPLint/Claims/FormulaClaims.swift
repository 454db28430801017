import Foundation

/// Finds written formulas with numbers and their stated results: `$$x = \frac{a}{b}
/// \times 100\%$$` followed by `$$x = 98,76\%$$`, or one line `x = a / b x 100% = c`.
struct FormulaClaims {
    /// `name = rhs` in a `$$…$$` block.
    static let assignment = PCRE2Regex(literal: #"^\s*\$\$\s*(?<name>[\p{L}][\p{L}\d_]{0,12})?\s*=\s*(?<rhs>.*?)\s*\$\$\s*$"#)
    /// A stated result: the last `= number` of a chain.
    static let result = PCRE2Regex(literal: #"=\s*(?<num>\d+(?:[.,]\d+)*)\s*(?<pct>\\?%)?\s*$"#)
    /// A plain-text chain with at least one operator before the last `=`.
    static let inlineChain = PCRE2Regex(literal: #"(?<expr>(?:\(\s*)?\d+(?:[.,]\d+)*\s*%?\s*(?:[-+*/×:x]\s*\(?\s*\d+(?:[.,]\d+)*\s*%?\s*\)?\s*){1,12})=\s*(?<num>\d+(?:[.,]\d+)*)\s*(?<pct>%)?"#)

    /// A figure of a capaian-shaped formula, and the `× 100%` that ends one.
    static let operand = #"(?:[Rr]p\.?\s?)?\d+(?:[.,]\d+)*\s*\\?%?"#
    static let timesHundred = #"\s*\)?\s*(?:\\times|\\cdot|[x×*])\s*100\s*\\?%\s*$"#

    /// `a / b × 100%` or `\frac{a}{b} \times 100\%`: a capaian or percentage of two figures.
    static let ratioShape = PCRE2Regex(literal: #"^\s*\(?\s*(?:\\[dt]?frac\s*\{\s*(?<r>\#(operand))\s*\}\s*\{\s*(?<t>\#(operand))\s*\}|(?<r2>\#(operand))\s*[/:÷]\s*(?<t2>\#(operand)))\#(timesHundred)"#)

    /// `((2 × T) − R) / T × 100%`: the capaian of a lower-is-better indicator.
    static let lowerShape: PCRE2Regex = {
        let twice = #"\(?\s*2\s*(?:\\times|\\cdot|[x×*])\s*(?<t>\#(operand))\s*\)?\s*[-−–]\s*(?<r>\#(operand))"#
        let twice2 = twice.replacingOccurrences(of: "<t>", with: "<t2>").replacingOccurrences(of: "<r>", with: "<r2>")
        return PCRE2Regex(literal: #"^\s*\(?\s*(?:\\[dt]?frac\s*\{\s*\(?\s*\#(twice)\s*\)?\s*\}\s*\{\s*\#(operand)\s*\}|\(\s*\#(twice2)\s*\)\s*[/:÷]\s*\#(operand))\#(timesHundred)"#)
    }()

    /// Realisasi and target of a capaian-shaped expression (its byte range in the block's
    /// text), each the lexed figure that starts its group; nothing when one is not lexed.
    static func ratioOperands(_ expr: String, range: Range<Int>, in text: LocatedText, _ qs: [Quantity]) -> [Quantity] {
        for re in [ratioShape, lowerShape] {
            guard let m = re.firstMatch(in: expr) else { continue }
            func figure(_ names: [String]) -> Quantity? {
                guard let g = names.lazy.compactMap({ re.groupIndex($0).flatMap { m.range($0) } }).first else { return nil }
                let at = (g.lowerBound + range.lowerBound)..<(g.upperBound + range.lowerBound)
                // "5\%)-2,63\%": prose lexing leaves a figure after a dash alone (2020-2024 is
                // a span); in a formula the dash is a minus, so the operand is read on its own.
                let q = qs.first(startingIn: at, where: \.isMeasure) ?? NumberLexer.scan(LocatedText(expr.utf8Slice(g), at: text.location(at: at.lowerBound)))
                    .first(where: \.isMeasure).map { Quantity(text: $0.text, number: $0.number, unit: $0.unit, kind: $0.kind, range: ($0.range.lowerBound + at.lowerBound)..<($0.range.upperBound + at.lowerBound), location: $0.location) }
                return q.map { asPercentIfMarked($0, in: expr, exprStart: range.lowerBound) }
            }
            guard let r = figure(["r", "r2"]), let t = figure(["t", "t2"]) else { return [] }
            return [r, t]
        }
        return []
    }

    /// `98,70\%` in LaTeX: the lexer sees the backslash, not the percent sign.
    static func asPercentIfMarked(_ q: Quantity, in expr: String, exprStart: Int) -> Quantity {
        guard q.unit == .plain else { return q }
        let after = expr.utf8Slice(min(q.range.upperBound - exprStart, expr.utf8.count)..<expr.utf8.count)
        guard after.hasPrefix("\\%") || after.hasPrefix(" \\%") else { return q }
        return Quantity(text: q.text + "%", number: q.number, unit: .percent, kind: q.kind, range: q.range, location: q.location)
    }

    var pending: [String: (expr: String, line: Int, operands: [Quantity])] = [:]

    mutating func extract(block: Block, into claims: inout Claims) {
        guard let text = block.text else { return }
        if case .formula = block.content {
            formulaBlock(text, line: block.firstLine, into: &claims)
        } else {
            inline(text, into: &claims)
        }
    }

    mutating func formulaBlock(_ text: LocatedText, line: Int, into claims: inout Claims) {
        if FormulaClaims.alignedStep.isMatch(text.text) {
            alignedBlock(text, line: line, into: &claims)
            return
        }
        let re = FormulaClaims.assignment
        guard let m = re.firstMatch(in: text.text) else { return }
        let name = m.string(re.groupIndex("name")!, in: text.text) ?? ""
        guard let rhsRange = m.range(re.groupIndex("rhs")!) else { return }
        let rhs = text.text.utf8Slice(rhsRange)
        let parts = rhs.components(separatedBy: "=")
        let lastPart = parts.last!.trimmed()
        let lead = parts.last!.prefix(while: { $0 == " " }).utf8.count
        let stated = FormulaClaims.statedNumber(lastPart, text: text, at: rhsRange.lowerBound + rhs.utf8.count - parts.last!.utf8.count + lead)
        if parts.count >= 2, let stated {
            // x = expr = result in one block.
            let expr = parts[parts.count - 2]
            let start = rhsRange.lowerBound + parts.dropLast(2).reduce(0) { $0 + $1.utf8.count + 1 }
            if let v = FormulaEvaluator.evaluate(expr) {
                var claim = FormulaClaim(expression: expr.trimmed(), value: v, stated: stated, origin: .formula(line: line))
                claim.ratioOperands = FormulaClaims.ratioOperands(expr, range: start..<(start + expr.utf8.count), in: text, NumberLexer.scan(text))
                claims.formulas.append(claim)
            }
            return
        }
        if let stated, let prior = pending[name] {
            if let v = FormulaEvaluator.evaluate(prior.expr) {
                var claim = FormulaClaim(expression: prior.expr, value: v, stated: stated, origin: .formula(line: prior.line))
                claim.ratioOperands = prior.operands
                claims.formulas.append(claim)
            }
            pending[name] = nil
            return
        }
        if FormulaEvaluator.evaluate(rhs) != nil {
            pending[name] = (rhs, line, FormulaClaims.ratioOperands(rhs, range: rhsRange, in: text, NumberLexer.scan(text)))
        } else {
            pending[name] = nil
        }
    }

    /// One step of an `aligned` chain: `&= rhs` up to the next `\\\\`, `&=` or `\end{…}`.
    static let alignedStep = PCRE2Regex(literal: #"&\s*=\s*(?<rhs>(?:(?!\\\\|\\end\{|&\s*=|\$\$).)*)"#)

    /// `\begin{aligned} \text{Capaian} &= \frac{R}{T} * 100\% \\\\ &= 103,87\% \end{aligned}` (GENRE F4):
    /// each step written as a number is the result of the evaluable step before it.
    func alignedBlock(_ text: LocatedText, line: Int, into claims: inout Claims) {
        let re = FormulaClaims.alignedStep
        let g = re.groupIndex("rhs")!
        let steps: [(String, Range<Int>)] = re.matches(in: text.text).compactMap { m in
            guard let r = m.range(g) else { return nil }
            return (text.text.utf8Slice(r), r)
        }
        guard steps.count >= 2 else { return }
        let qs = NumberLexer.scan(text)
        for i in 1..<steps.count {
            let (expr, er) = steps[i - 1], (result, rr) = steps[i]
            guard let stated = FormulaClaims.statedNumber(result, text: text, at: rr.lowerBound),
                  let v = FormulaEvaluator.evaluate(expr) else { continue }
            var claim = FormulaClaim(expression: expr.trimmed(), value: v, stated: stated, origin: .formula(line: line))
            claim.ratioOperands = FormulaClaims.ratioOperands(expr, range: er, in: text, qs)
            claims.formulas.append(claim)
        }
    }

    static let loneNumber = PCRE2Regex(literal: #"^\d+(?:[.,]\d+)*\s*%?$"#)

    /// A lone number (with optional `\%`) as the stated result.
    static func statedNumber(_ s: String, text: LocatedText, at offset: Int) -> Quantity? {
        let t = s.replacingOccurrences(of: "\\%", with: "%").trimmed()
        guard let m = loneNumber.firstMatch(in: t), m.range.lowerBound == 0 else { return nil }
        let sub = LocatedText(s, at: text.location(at: offset))
        return NumberLexer.scan(sub).first { $0.kind != .reference } .map { q in
            t.hasSuffix("%") && q.unit != .percent
                ? Quantity(text: q.text + "%", number: q.number, unit: .percent, kind: .quantity, range: q.range, location: q.location)
                : q
        }
    }

    func inline(_ text: LocatedText, into claims: inout Claims) {
        let re = FormulaClaims.inlineChain
        let qs = NumberLexer.scan(text)
        for m in re.matches(in: text.text) {
            guard let er = m.range(re.groupIndex("expr")!), let nr = m.range(re.groupIndex("num")!) else { continue }
            let expr = text.text.utf8Slice(er)
            // At least one operator and not a date or a range like 2020-2024.
            guard expr.contains(where: { "*/×:x".contains($0) }) else { continue }
            guard let v = FormulaEvaluator.evaluate(expr), let stated = qs.first(startingIn: nr.lowerBound..<(nr.lowerBound + 1)) else { continue }
            var claim = FormulaClaim(expression: expr.trimmed(), value: v, stated: stated, origin: .formula(line: stated.location.line))
            claim.ratioOperands = FormulaClaims.ratioOperands(expr, range: er, in: text, qs)
            claims.formulas.append(claim)
        }
    }
}
