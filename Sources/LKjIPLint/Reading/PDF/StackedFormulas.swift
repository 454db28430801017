/// Equations typeset with a stacked fraction (LibreOffice Math, Word) come out of
/// `pdftotext -layout` on three lines: the numerator, `name =` with the rest of the
/// equation on the fraction bar's line, and the denominator, both centred over the same
/// columns between the `=` and the rest:
///
///                                (2× 5 %)−2,63 %
///                           y=                   ×100 %=147,40 %
///                                       5%
///
/// They are written into the text view as the one line the formula check reads,
/// `$$y = \frac{(2× 5 %)−2,63 \%}{5\%} ×100 \% = 147,40 \%$$`, and a result on a line
/// of its own below such an equation (`y=147,40 %`) as `$$y = 147,40 \%$$`.
enum StackedFormulas {
    /// The pages' lines with each stacked equation on one line. A result below its
    /// equation may be on the next page.
    static func rewrite(_ pages: [[String]]) -> [[String]] {
        var pending: (name: String, blanks: Int)?
        return pages.map { lines in
            var out: [String] = []
            out.reserveCapacity(lines.count)
            var k = 0
            while k < lines.count {
                if k + 2 < lines.count, let f = fraction(numerator: lines[k], bar: lines[k + 1], denominator: lines[k + 2]) {
                    out.append(f.text)
                    pending = f.stated ? nil : (f.name, 0)
                    k += 3
                    continue
                }
                if let p = pending, let r = result(lines[k], name: p.name) {
                    out.append(r)
                    pending = nil
                    k += 1
                    continue
                }
                if let p = pending {
                    let blank = lines[k].allSatisfy(\.isWhitespace)
                    pending = blank && p.blanks < 4 ? (p.name, p.blanks + 1) : nil
                }
                out.append(lines[k])
                k += 1
            }
            return out
        }
    }

    /// The equation when `bar` reads `name =` then blank columns holding the fraction
    /// that `numerator` and `denominator` fill, then the rest of the equation.
    static func fraction(numerator: String, bar: String, denominator: String) -> (text: String, name: String, stated: Bool)? {
        let m = Array(bar)
        guard let (name, afterEquals) = assignmentHead(m) else { return nil }
        guard let n = span(numerator), let d = span(denominator) else { return nil }
        // Both sit after the `=`, the shorter over or under the longer.
        guard n.start >= afterEquals, d.start >= afterEquals else { return nil }
        let (short, long) = n.end - n.start <= d.end - d.start ? (n, d) : (d, n)
        guard short.start >= long.start - 2, short.end <= long.end + 2 else { return nil }
        let start = min(n.start, d.start), end = max(n.end, d.end)
        // The bar's line is blank from the `=` to the fraction's end (the bar itself).
        guard m[afterEquals..<min(end, m.count)].allSatisfy({ $0 == " " }) else { return nil }
        let numText = String(Array(numerator)[n.start..<n.end]), denText = String(Array(denominator)[d.start..<d.end])
        // Each part one piece of text: two spaces would be a column gap, not an equation.
        guard !numText.contains("  "), !denText.contains("  "), start < end else { return nil }
        let rest = end < m.count ? String(m[end...]).trimmingCharacters(in: .whitespaces) : ""
        guard rest.allSatisfy({ arithmetic.contains($0) || $0.isNumber }) else { return nil }
        let plain = [numText, denText].allSatisfy(isArithmetic)
        // A bare `x = a/b` with nothing after is an equation only when it is all numbers.
        guard !rest.isEmpty || plain else { return nil }
        guard rest.isEmpty || rest.first.map({ "×x*/:+-−–=".contains($0) }) == true else { return nil }
        var text = "$$\(name) = \\frac{\(part(numText))}{\(part(denText))}"
        if !rest.isEmpty { text += " " + latex(rest) }
        text += "$$"
        return (text, name, rest.contains("="))
    }

    /// `name = 98,76 %` below an equation of that name: its stated result.
    static func result(_ line: String, name: String) -> String? {
        let m = Array(line)
        guard let (n, afterEquals) = assignmentHead(m), n == name else { return nil }
        let value = String(m[afterEquals...]).trimmingCharacters(in: .whitespaces)
        guard let first = value.first, first.isNumber, value.allSatisfy({ $0.isNumber || " .,%".contains($0) }) else { return nil }
        return "$$\(name) = \(latex(value))$$"
    }

    static let arithmetic: Set<Character> = [" ", "×", "x", "*", "/", ":", "+", "-", "−", "–", "%", ".", ",", "(", ")", "=", "÷"]

    static func isArithmetic(_ s: String) -> Bool {
        s.allSatisfy { arithmetic.contains($0) || $0.isNumber } && s.contains(where: \.isNumber)
    }

    /// `name =` at the start of a line: the name and the column after the `=`.
    static func assignmentHead(_ m: [Character]) -> (String, Int)? {
        var i = 0
        while i < m.count, m[i] == " " { i += 1 }
        let nameStart = i
        guard i < m.count, m[i].isLetter else { return nil }
        while i < m.count, m[i].isLetter || m[i].isNumber || m[i] == "_" { i += 1 }
        guard i - nameStart <= 13 else { return nil }
        let name = String(m[nameStart..<i])
        while i < m.count, m[i] == " " { i += 1 }
        guard i < m.count, m[i] == "=" else { return nil }
        return (name, i + 1)
    }

    /// The columns a line's text covers, first to one past the last non-space.
    static func span(_ line: String) -> (start: Int, end: Int)? {
        let m = Array(line)
        guard let s = m.firstIndex(where: { $0 != " " }), let e = m.lastIndex(where: { $0 != " " }) else { return nil }
        return (s, e + 1)
    }

    /// A numerator or denominator: words as `\text{…}`, arithmetic with `\%`.
    static func part(_ s: String) -> String {
        isArithmetic(s) ? latex(s) : "\\text{\(s)}"
    }

    /// `%` as `\%`, `=` spaced: `×100 %=147,40 %` → `×100 \% = 147,40 \%`.
    static func latex(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "\\%")
            .components(separatedBy: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " = ")
    }
}
