import Foundation

/// What the review comments say, in the words a reviewer writes in a margin: the
/// severity first, what is written, what the numbers give, and the other places named by
/// their text (a table by its caption, a row by its label), never by text-view line.
struct ReviewCommentText {
    let document: Document
    let language: Language
    var en: Bool { language == .en }

    func severity(_ s: Severity) -> String {
        switch s {
        case .error: return en ? "ERROR" : "GALAT"
        case .warning: return en ? "WARNING" : "PERINGATAN"
        case .info: return "INFO"
        }
    }

    var relatedLabel: String { en ? "RELATED" : "TERKAIT" }
    var summaryLabel: String { en ? "SUMMARY" : "RINGKASAN" }

    /// The finding's comment, one string per comment paragraph.
    func main(_ d: Diagnostic, exact: Bool) -> [String] {
        var out = ["\(severity(d.severity)): \(ReviewCommentText.withoutLineNumbers(d.message.text(language))) [\(d.rule)]"]
        if let s = d.stated, let e = d.expected {
            out.append(en ? "Written: \(s) — the numbers give: \(e)." : "Tertulis: \(s) — menurut angka: \(e).")
        } else if let s = d.stated {
            out.append(en ? "Written: \(s)." : "Tertulis: \(s).")
        }
        let related = d.related.filter { $0.location.line != d.location.line || $0.location.column != d.location.column }
        if !related.isEmpty {
            out.append(en ? "Related places:" : "Tempat terkait:")
            for r in related { out.append("• \(r.message.text(language)) — \(place(r.location))") }
        }
        if !exact {
            out.append(en ? "(The figure was not found exactly here; this comment marks the nearest text.)"
                          : "(Angka yang dimaksud tidak ditemukan persis di sini; komentar ini menandai teks terdekat.)")
        }
        return out
    }

    /// The short comment at a related place, pointing back to each finding that uses it.
    func related(_ uses: [(Diagnostic, RelatedLocation)]) -> [String] {
        uses.map { d, r in
            let back = "\(severity(d.severity)) [\(d.rule)] — \(place(d.location))"
            return "\(relatedLabel): \(r.message.text(language)); " + (en ? "see " : "lihat ") + back
        }
    }

    func summary(_ diagnostics: [Diagnostic]) -> [String] {
        let e = diagnostics.filter { $0.severity == .error }.count
        let w = diagnostics.filter { $0.severity == .warning }.count
        let i = diagnostics.filter { $0.severity == .info }.count
        var byRule: [String: Int] = [:]
        for d in diagnostics { byRule[d.rule, default: 0] += 1 }
        var out = [en
            ? "\(summaryLabel) lkjip-lint: \(diagnostics.count) finding(s) — \(e) error(s), \(w) warning(s), \(i) info."
            : "\(summaryLabel) lkjip-lint: \(diagnostics.count) temuan — \(e) galat, \(w) peringatan, \(i) info."]
        if !byRule.isEmpty {
            out.append((en ? "By rule: " : "Per aturan: ") + byRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            out.append(en ? "Each finding is a comment on the figure it concerns; \(relatedLabel) comments mark the places it was compared with."
                          : "Setiap temuan menjadi komentar pada angka yang dimaksud; komentar \(relatedLabel) menandai tempat pembandingnya.")
        }
        return out
    }

    // MARK: places

    /// A place said the way a person finds it in the draft.
    func place(_ loc: SourceLocation) -> String {
        if let o = document.origin(loc.line), o.table != nil { return tablePlace(loc) }
        var s = (en ? "paragraph " : "paragraf ") + "«\(quote(loc))»"
        if let h = heading(above: loc.line) { s += (en ? " under " : " di bawah judul ") + "«\(ReviewCommentText.cut(h, 70))»" }
        return s
    }

    private func tablePlace(_ loc: SourceLocation) -> String {
        let table = document.tables.first { t in t.rows.contains { $0.line == loc.line } }
        var s = en ? "table" : "tabel"
        if let t = table {
            if !t.caption.isEmpty {
                s += " «\(ReviewCommentText.cut(t.caption, 70))»"
            } else if let header = t.rows.first {
                let cells = header.cells.map(\.string).filter { !$0.isEmpty }.prefix(4).joined(separator: " | ")
                s += (en ? " headed " : " berkepala ") + "«\(ReviewCommentText.cut(cells, 70))»"
            }
            if let row = t.rows.first(where: { $0.line == loc.line }),
               let label = row.cells.map(\.string).first(where: { $0.contains(where: \.isLetter) }) {
                s += (en ? ", row " : ", baris ") + "«\(ReviewCommentText.cut(label, 60))»"
            }
        }
        if let column = OriginText.columnName(document, loc) { s += (en ? ", column " : ", kolom ") + "«\(column)»" }
        return s
    }

    private func heading(above line: Int) -> String? {
        var found: String?
        for b in document.blocks {
            if b.firstLine > line { break }
            if case .heading(_, let t) = b.content { found = t.text }
        }
        return found
    }

    /// About sixty characters of the line around the column.
    private func quote(_ loc: SourceLocation) -> String {
        let scalars = Array(document.line(loc.line).unicodeScalars)
        let at = max(0, min(loc.column - 1, scalars.count))
        var lo = max(0, at - 30), hi = min(scalars.count, at + 30)
        while lo > 0, lo < at, scalars[lo - 1] != " " { lo += 1 }
        while hi < scalars.count, hi > at, scalars[hi] != " " { hi -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        var s = String(v).trimmingCharacters(in: .whitespaces)
        s = s.replacingOccurrences(of: "\t", with: " ")
        if lo > 0 { s = "…" + s }
        if hi < scalars.count { s += "…" }
        return s
    }

    static func cut(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }

    /// Messages name other places by text-view line ("(baris 523)"), which mean nothing in Word.
    static func withoutLineNumbers(_ s: String) -> String {
        var out = s
        for opener in [" (baris ", " (line ", " (lines "] {
            while let r = out.range(of: opener) {
                guard let close = out[r.upperBound...].firstIndex(of: ")") else { break }
                let inside = out[r.upperBound..<close]
                guard inside.allSatisfy({ $0.isNumber || $0 == "," || $0 == " " }) || inside.unicodeScalars.allSatisfy({ CharacterSet.decimalDigits.contains($0) || " ,dan".unicodeScalars.contains($0) }) else { break }
                out.removeSubrange(r.lowerBound...close)
            }
        }
        return out
    }
}
