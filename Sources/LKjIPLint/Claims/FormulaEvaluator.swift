import Foundation

/// Evaluates the arithmetic a report types into its text, LaTeX or plain:
/// `\frac{10.502}{10.633} \times 100\%`, `(85 * 60\%) + (97 * 40\%)`, `250 / 300 x 100%`.
/// `%` divides by 100. Shown decimals carry their rounding doubt as intervals; whole
/// numbers are taken as exact (counts, 100). Anything that is not arithmetic (a `\text{}`,
/// a variable, a placeholder) makes the expression not evaluable.
struct FormulaEvaluator {
    enum Token: Equatable { case number(DecimalInterval), plus, minus, times, divide, open, close, percent }

    /// `exact` reads every number as written (no rounding doubt), for the value a message shows.
    static func evaluate(_ source: String, exact: Bool = false) -> DecimalInterval? {
        guard let tokens = tokenize(source, exact: exact), !tokens.isEmpty else { return nil }
        var p = Parser(tokens: tokens)
        guard let v = p.expression(), p.atEnd else { return nil }
        return v
    }

    static let frac = PCRE2Regex(literal: #"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}"#)

    static func tokenize(_ source: String, exact: Bool = false) -> [Token]? {
        var s = source
        if s.contains("\\text") || s.contains("\\mathrm") { return nil }
        // \frac{a}{b} → ((a)/(b)); one level of nesting is what reports write.
        let frac = FormulaEvaluator.frac
        for _ in 0..<4 {
            guard let m = frac.firstMatch(in: s) else { break }
            let a = m.string(1, in: s) ?? "", b = m.string(2, in: s) ?? ""
            s = s.utf8Slice(0..<m.range.lowerBound) + "((\(a))/(\(b)))" + s.utf8Slice(m.range.upperBound..<s.utf8.count)
        }
        for (from, to) in [("\\times", "*"), ("\\cdot", "*"), ("\\%", "%"), ("\\left", ""), ("\\right", ""), ("×", "*"), ("÷", "/"), ("\\,", ""), ("{", "("), ("}", ")")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        if s.contains("\\") { return nil }
        var tokens: [Token] = []
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count && (chars[j].isNumber || ((chars[j] == "." || chars[j] == ",") && j + 1 < chars.count && chars[j + 1].isNumber)) { j += 1 }
                let raw = String(chars[i..<j])
                guard let n = ShownNumber.parse(raw) else { return nil }
                tokens.append(.number(n.decimals == 0 || exact ? DecimalInterval(exactly: n.value) : n.interval))
                i = j
                continue
            }
            switch c {
            case "+": tokens.append(.plus)
            case "-", "−", "–": tokens.append(.minus)
            case "*": tokens.append(.times)
            case "x", "X":
                // "x" is multiplication only between operands: "250 / 300 x 100%".
                guard let last = tokens.last, last != .open, last != .plus, last != .minus, last != .times, last != .divide else { return nil }
                tokens.append(.times)
            case "/", ":": tokens.append(.divide)
            case "(", "[": tokens.append(.open)
            case ")", "]": tokens.append(.close)
            case "%": tokens.append(.percent)
            default: return nil
            }
            i += 1
        }
        return tokens
    }

    struct Parser {
        let tokens: [Token]
        var i = 0
        var atEnd: Bool { i == tokens.count }

        mutating func expression() -> DecimalInterval? {
            guard var v = term() else { return nil }
            while i < tokens.count, tokens[i] == .plus || tokens[i] == .minus {
                let op = tokens[i]; i += 1
                guard let r = term() else { return nil }
                v = op == .plus ? v + r : v - r
            }
            return v
        }

        mutating func term() -> DecimalInterval? {
            guard var v = factor() else { return nil }
            while i < tokens.count, tokens[i] == .times || tokens[i] == .divide || tokens[i] == .open {
                let op = tokens[i]
                if op != .open { i += 1 }
                guard let r = factor() else { return nil }
                if op == .divide {
                    guard let q = v / r else { return nil }
                    v = q
                } else {
                    v = v * r
                }
            }
            return v
        }

        mutating func factor() -> DecimalInterval? {
            guard i < tokens.count else { return nil }
            var v: DecimalInterval
            switch tokens[i] {
            case .number(let n): v = n; i += 1
            case .minus:
                i += 1
                guard let f = factor() else { return nil }
                return DecimalInterval(exactly: 0) - f
            case .open:
                i += 1
                guard let e = expression(), i < tokens.count, tokens[i] == .close else { return nil }
                i += 1
                v = e
            default: return nil
            }
            while i < tokens.count && tokens[i] == .percent {
                v = v * Decimal(string: "0.01")!
                i += 1
            }
            return v
        }
    }
}
