/// An Office Math (OMML) equation as a small tree, written out as the linear
/// LaTeX-like text the formula check reads: `x = \frac{6}{6} \times 100\%`.
final class MathNode {
    let name: String
    var value: String?          // the m:val attribute (m:chr, m:begChr, m:type…)
    var text = ""               // m:t content
    var children: [MathNode] = []

    init(_ name: String, value: String? = nil) {
        self.name = name
        self.value = value
    }

    func child(_ name: String) -> MathNode? { children.first { $0.name == name } }
}

enum MathText {
    /// One line per `m:oMath` (an `m:oMathPara` may hold several).
    static func equations(_ node: MathNode) -> [String] {
        if node.name == "oMathPara" {
            return node.children.filter { $0.name == "oMath" }.map { tidy(render($0)) }
        }
        return [tidy(render(node))]
    }

    static func render(_ n: MathNode) -> String {
        switch n.name {
        case "r": return run(n)
        case "f":
            return "\\frac{\(inner(n.child("num")))}{\(inner(n.child("den")))}"
        case "sSup": return "\(inner(n.child("e")))^{\(inner(n.child("sup")))}"
        case "sSub": return "\(inner(n.child("e")))_{\(inner(n.child("sub")))}"
        case "sSubSup": return "\(inner(n.child("e")))_{\(inner(n.child("sub")))}^{\(inner(n.child("sup")))}"
        case "rad":
            let deg = inner(n.child("deg"))
            return deg.isEmpty ? "\\sqrt{\(inner(n.child("e")))}" : "\\sqrt[\(deg)]{\(inner(n.child("e")))}"
        case "d":
            let pr = n.child("dPr")
            let open = pr?.child("begChr")?.value ?? "("
            let close = pr?.child("endChr")?.value ?? ")"
            let sep = pr?.child("sepChr")?.value ?? ","
            let items = n.children.filter { $0.name == "e" }.map(inner)
            return open + items.joined(separator: sep) + close
        case "nary":
            let op = n.child("naryPr")?.child("chr")?.value ?? "∫"
            let name = ["∑": "\\sum", "∏": "\\prod", "∫": "\\int"][op] ?? op
            let sub = inner(n.child("sub")), sup = inner(n.child("sup"))
            return name + (sub.isEmpty ? "" : "_{\(sub)}") + (sup.isEmpty ? "" : "^{\(sup)}") + " " + inner(n.child("e"))
        case "eqArr":
            return n.children.filter { $0.name == "e" }.map(inner).joined(separator: " \\\\ ")
        case "func": return inner(n.child("fName")) + " " + inner(n.child("e"))
        case "bar", "acc", "groupChr", "box", "borderBox", "limLow", "limUpp", "phant":
            return inner(n.child("e"))
        default:
            // Property elements carry no text; containers (oMath, e, num…) render their children.
            if n.name.hasSuffix("Pr") { return "" }
            return inner(n)
        }
    }

    static func inner(_ n: MathNode?) -> String {
        guard let n else { return "" }
        return n.children.map(render).joined()
    }

    /// A run: operators spaced, `%` escaped, words (not single-letter variables) as `\text{}`.
    static func run(_ n: MathNode) -> String {
        let t = n.children.reduce(into: "") { if $1.name == "t" { $0 += $1.text } }
        if t.isEmpty { return "" }
        let isPlainText = n.child("rPr")?.child("nor") != nil
        let letters = t.filter(\.isLetter).count
        if letters >= 2 && (isPlainText || t.contains(" ") || letters == t.count) && !isFunctionName(t) {
            return "\\text{\(t)}"
        }
        var out = ""
        for ch in t {
            switch ch {
            case "×", "·", "⋅": out += " \\times "
            case "÷": out += " / "
            case "−": out += " - "
            case "=", "+", "<", ">", "≤", "≥", "≈": out += " \(ch) "
            case "%": out += "\\%"
            default: out.append(ch)
            }
        }
        return out
    }

    static func isFunctionName(_ t: String) -> Bool {
        ["sin", "cos", "tan", "log", "ln", "exp", "max", "min"].contains(t)
    }

    /// Collapses the spaces operators left doubled.
    static func tidy(_ s: String) -> String {
        s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
