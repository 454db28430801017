import Foundation

/// Compiler-style output: `path:line:col: error: message [rule]`, the source line with a
/// caret under the spot, notes at related places, and a closing summary.
public struct TextReporter: Reporter {
    public let color: Bool
    public init(color: Bool = false) { self.color = color }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    func label(_ s: Severity, _ lang: Language) -> String {
        switch s {
        case .error: return paint(lang == .en ? "error" : "galat", "1;31")
        case .warning: return paint(lang == .en ? "warning" : "peringatan", "1;33")
        case .info: return paint("info", "1;36")
        }
    }

    public func render(_ results: [FileResult], language: Language) -> String {
        var out = ""
        for r in results {
            if let e = r.error {
                out += "\(r.path): \(label(.error, language)): \(e.problem.text(language))\n"
                continue
            }
            for d in r.diagnostics {
                let l = d.location
                out += "\(r.path):\(l.line):\(l.column): \(label(d.severity, language)): \(d.message.text(language)) [\(d.rule)]\n"
                if let origin = OriginText.of(r.document, l, language) { out += "  (\(origin))\n" }
                if let doc = r.document {
                    out += snippet(doc.line(l.line), column: l.column)
                }
                for rel in d.related where rel.location.line != l.line {
                    out += "\(r.path):\(rel.location.line):\(rel.location.column): \(paint(language == .en ? "note" : "catatan", "1;34")): \(rel.message.text(language))\n"
                }
            }
        }
        let s = Summary(results)
        out += language == .en
            ? "\(s.files) file(s): \(s.errors) error(s), \(s.warnings) warning(s), \(s.infos) info" + (s.unreadable > 0 ? ", \(s.unreadable) unreadable" : "") + "\n"
            : "\(s.files) berkas: \(s.errors) galat, \(s.warnings) peringatan, \(s.infos) info" + (s.unreadable > 0 ? ", \(s.unreadable) tidak terbaca" : "") + "\n"
        return out
    }

    /// The source line (tabs shown as spaces, long lines cut around the spot) and a caret.
    func snippet(_ line: String, column: Int) -> String {
        var chars = Array(line.replacingOccurrences(of: "\t", with: " "))
        var caret = max(0, column - 1)
        if chars.count > 160 {
            let start = max(0, min(caret - 60, chars.count - 160))
            chars = Array(chars[start..<min(chars.count, start + 160)])
            caret -= start
            if start > 0 { chars.insert(contentsOf: "…", at: 0); caret += 1 }
        }
        return "    " + String(chars) + "\n    " + String(repeating: " ", count: min(caret, chars.count)) + paint("^", "1;32") + "\n"
    }
}
