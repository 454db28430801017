/// One line of `pdftotext -layout` output with its text runs: pieces separated by two
/// or more spaces, which is how the layout shows column gaps.
struct LayoutLine {
    struct Run {
        let start: Int        // character column
        let end: Int          // one past the last character
        let text: String
    }

    let text: String
    let page: Int
    let runs: [Run]

    init(_ text: String, page: Int) {
        self.text = text
        self.page = page
        runs = LayoutLine.runs(of: text).flatMap(LayoutLine.splitNumbers)
    }

    var isBlank: Bool { runs.isEmpty }

    static func runs(of line: String) -> [Run] {
        var runs: [Run] = []
        var start = -1, lastNonSpace = -1, col = 0
        var current = ""
        var spaces = 0
        for ch in line {
            if ch == " " || ch == "\t" {
                spaces += 1
            } else {
                if start >= 0 && spaces >= 2 {
                    runs.append(Run(start: start, end: lastNonSpace + 1, text: current))
                    start = -1
                    current = ""
                }
                if start < 0 { start = col } else if spaces == 1 { current.append(" ") }
                current.append(ch)
                lastNonSpace = col
                spaces = 0
            }
            col += 1
        }
        if start >= 0 { runs.append(Run(start: start, end: lastNonSpace + 1, text: current)) }
        return runs
    }

    /// Two values pdftotext glued with a single space ("1.908.04 (99.64%)") are two cells.
    static func splitNumbers(_ run: Run) -> [Run] {
        guard run.text.contains(" "), let first = run.text.first, first.isNumber || first == "(" || first == "-" || first == "R" || first == "r" else { return [run] }
        let chars = Array(run.text)
        for k in chars.indices where chars[k] == " " && k > 0 && k + 1 < chars.count {
            let left = String(chars[..<k]), right = String(chars[(k + 1)...])
            if isNumeric(left) && isNumeric(right.split(separator: " ").first.map(String.init) ?? right) {
                let head = Run(start: run.start, end: run.start + k, text: left)
                return [head] + splitNumbers(Run(start: run.start + k + 1, end: run.end, text: right))
            }
        }
        return [run]
    }

    /// A run that is a table value: a number, amount or percentage, a dash, "Nihil".
    static let numeric = PCRE2Regex(literal: #"^(?:(?i:rp)\.?\s?)?-?\d[\d.,]*\s?%?(?:\s*\((?i:indeks)\))?(?:,-)?$|^\(\d[\d.,]*\s?%\)$|^-$|^(?i:nihil)$"#)
    /// The broken-off end of a number wrapped in a narrow cell: ".000", ",5%".
    static let numberTail = PCRE2Regex(literal: #"^[.,]\d[\d.,]*\s?%?(?:,-)?$"#)
    /// A list marker standing alone before its text ("•", "1.", "a)").
    static let listMarker = PCRE2Regex(literal: #"^(?:[-•*▪●◦➢]|\d{1,2}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,2}\))$"#)
    /// A column-numbering row under a header: "(1)", "(2)"…
    static let columnNumber = PCRE2Regex(literal: #"^\(\d{1,2}\)$"#)

    static func isNumeric(_ s: String) -> Bool { numeric.isMatch(s) }
}
