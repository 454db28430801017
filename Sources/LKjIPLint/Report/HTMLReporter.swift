import Foundation

/// `--format html`: one self-contained page (inline CSS and JS, nothing fetched) that an
/// auditor opens, searches and prints: a cover summary across reports, then per report
/// its unit and year, counts by severity and rule, and each finding grouped by chapter
/// with the text around it and the stated/expected values.
public struct HTMLReporter: Reporter {
    /// The run date printed on the cover.
    public var date: Date

    public init(date: Date = Date()) { self.date = date }

    public func render(_ results: [FileResult], language: Language) -> String {
        let t = HTMLText(language)
        let s = Summary(results)
        var body = "<header class=\"cover\">\n<h1>\(t.title)</h1>\n"
        body += "<p class=\"lead\">\(t.lead(s))</p>\n"
        body += "<p class=\"meta\">\(h(t.meta(date: date, units: Set(results.compactMap { identity($0).unit }).count)))</p>\n"
        body += "<div class=\"search\"><input id=\"q\" type=\"search\" placeholder=\"\(t.searchHint)\" aria-label=\"\(t.searchHint)\"> <span id=\"shown\"></span></div>\n"
        body += overview(results, t)
        let all = results.flatMap(\.diagnostics)
        body += "<div class=\"charts\">" + HTMLChart.bars(HTMLChart.byRule(all), title: t.chartByRule, id: "chart-rules")
            + HTMLChart.bars(HTMLChart.byChapter(results, frontMatter: t.frontMatter), title: t.chartByChapter, id: "chart-chapters") + "</div>\n"
        body += "</header>\n<main>\n"
        for (i, r) in results.enumerated() { body += report(r, index: i + 1, t) }
        body += "</main>\n<footer>lkjip-lint \(ToolVersion.current)</footer>\n"
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(t.title)</title>
        <style>\(HTMLReporter.css)</style>
        </head>
        <body>
        \(body)<script>\(HTMLReporter.script)</script>
        </body>
        </html>

        """
    }

    // MARK: parts

    func overview(_ results: [FileResult], _ t: HTMLText) -> String {
        var out = "<table class=\"overview\">\n<thead><tr><th>\(t.unit)</th><th>\(t.year)</th><th>\(t.file)</th><th class=\"n\">\(t.errors)</th><th class=\"n\">\(t.warnings)</th><th class=\"n\">\(t.infos)</th></tr></thead>\n<tbody>\n"
        for (i, r) in results.enumerated() {
            let id = identity(r)
            out += "<tr><td><a href=\"#r\(i + 1)\">\(h(id.unit ?? "—"))</a></td><td>\(id.year.map(String.init) ?? "—")</td><td class=\"path\">\(h(r.path))</td>"
            if let e = r.error {
                out += "<td colspan=\"3\" class=\"unreadable\">\(h(e.problem.text(t.language)))</td></tr>\n"
            } else {
                out += "<td class=\"n\">\(r.count(.error))</td><td class=\"n\">\(r.count(.warning))</td><td class=\"n\">\(r.count(.info))</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n"
    }

    func report(_ r: FileResult, index: Int, _ t: HTMLText) -> String {
        let id = identity(r)
        var out = "<section class=\"report\" id=\"r\(index)\" data-file=\"\(h(r.path))\">\n"
        out += "<h2>\(h(id.unit ?? r.path))\(id.year.map { " <span class=\"year\">\(t.yearWord) \($0)</span>" } ?? "")</h2>\n"
        out += "<p class=\"path\">\(h(r.path))</p>\n"
        if let e = r.error {
            return out + "<p class=\"unreadable\">\(h(e.problem.text(t.language)))</p>\n</section>\n"
        }
        out += "<p class=\"counts\"><span class=\"badge error\">\(r.count(.error)) \(t.errors)</span> <span class=\"badge warning\">\(r.count(.warning)) \(t.warnings)</span> <span class=\"badge info\">\(r.count(.info)) \(t.infos)</span></p>\n"
        guard !r.diagnostics.isEmpty else { return out + "<p class=\"clean\">\(t.clean)</p>\n</section>\n" }
        let byRule = Dictionary(grouping: r.diagnostics, by: \.rule).sorted { $0.key < $1.key }
        out += "<table class=\"rules\"><thead><tr><th>\(t.rule)</th><th>\(t.level)</th><th class=\"n\">\(t.count)</th></tr></thead><tbody>\n"
        for (rule, ds) in byRule {
            let summary = CheckRegistry.description(rule)?.summary.text(t.language) ?? ""
            out += "<tr><td><code>\(h(rule))</code> <span class=\"summary\">\(h(summary))</span></td><td>\(t.severity(ds[0].severity))</td><td class=\"n\">\(ds.count)</td></tr>\n"
        }
        out += "</tbody></table>\n"
        out += HTMLChart.bars(HTMLChart.byChapter([r], frontMatter: t.frontMatter), title: t.chartByChapter, id: "chart-r\(index)")
        let chapters = Chapters(r.document)
        var current: String? = nil
        for d in r.diagnostics.sorted(by: { (chapters.index(of: $0.location.line), $0.location) < (chapters.index(of: $1.location.line), $1.location) }) {
            let chapter = chapters.title(of: d.location.line) ?? t.frontMatter
            if chapter != current {
                if current != nil { out += "</section>\n" }
                out += "<section class=\"chapter\">\n<h3>\(h(chapter))</h3>\n"
                current = chapter
            }
            out += finding(d, r, t)
        }
        if current != nil { out += "</section>\n" }
        return out + "</section>\n"
    }

    func finding(_ d: Diagnostic, _ r: FileResult, _ t: HTMLText) -> String {
        let l = d.location
        var out = "<article class=\"finding \(d.severity.rawValue)\" data-rule=\"\(h(d.rule))\" data-line=\"\(l.line)\" data-severity=\"\(d.severity.rawValue)\">\n"
        var place = "\(t.line) \(l.line), \(t.column) \(l.column)"
        if let o = OriginText.of(r.document, l, t.language) { place += " · " + o }
        out += "<header><span class=\"sev\">\(t.severity(d.severity))</span> <code class=\"rule\">\(h(d.rule))</code> <span class=\"where\">\(h(place))</span></header>\n"
        out += "<p class=\"msg\">\(h(d.message.text(t.language)))</p>\n"
        if d.stated != nil || d.expected != nil {
            out += "<dl class=\"values\">"
            if let s = d.stated { out += "<dt>\(t.stated)</dt><dd class=\"stated\">\(h(s))</dd>" }
            if let e = d.expected { out += "<dt>\(t.expected)</dt><dd class=\"expected\">\(h(e))</dd>" }
            out += "</dl>\n"
        }
        if let doc = r.document { out += context(doc, l, stated: d.stated) }
        let notes = d.related.filter { $0.location.line != l.line }
        if !notes.isEmpty {
            out += "<ul class=\"related\">" + notes.map { "<li>\(t.line) \($0.location.line): \(h($0.message.text(t.language)))</li>" }.joined() + "</ul>\n"
        }
        return out + "</article>\n"
    }

    /// The finding's line (the stated figure marked) and up to two non-blank lines either side.
    func context(_ doc: Document, _ l: SourceLocation, stated: String?) -> String {
        var numbers: [Int] = []
        var i = l.line - 1
        while i >= 1 && numbers.count < 2 { if !doc.line(i).trimmingCharacters(in: .whitespaces).isEmpty { numbers.insert(i, at: 0) }; i -= 1 }
        numbers.append(l.line)
        i = l.line + 1
        var after = 0
        while i <= doc.lines.count && after < 2 { if !doc.line(i).trimmingCharacters(in: .whitespaces).isEmpty { numbers.append(i); after += 1 }; i += 1 }
        var out = "<pre class=\"context\">"
        for n in numbers {
            let text = doc.line(n)
            // Columns count a tab as one character: cut the original line, widen tabs after.
            func show(_ piece: String) -> String { h(piece.replacingOccurrences(of: "\t", with: "  ")) }
            if n == l.line {
                let chars = Array(text)
                let at = min(max(0, l.column - 1), chars.count)
                let start = max(0, at - 140), end = min(chars.count, at + 160)
                let n0 = stated?.count ?? 0
                let marksStated = n0 > 0 && at + n0 <= chars.count && String(chars[at..<at + n0]) == stated!
                let spotEnd = min(chars.count, at + (marksStated ? n0 : 1))
                let after = min(max(spotEnd, end), chars.count)
                out += "<span class=\"ln hit\">\(n)</span>" + (start > 0 ? "…" : "") + show(String(chars[start..<at]))
                    + "<mark>\(show(String(chars[at..<spotEnd])))</mark>" + show(String(chars[spotEnd..<after])) + (after < chars.count ? "…" : "") + "\n"
            } else {
                let cut = text.count > 200 ? String(text.prefix(200)) + "…" : text
                out += "<span class=\"other\"><span class=\"ln\">\(n)</span>\(show(cut))\n</span>"
            }
        }
        return out + "</pre>\n"
    }

    func identity(_ r: FileResult) -> ReportIdentity {
        r.identity ?? r.document.map { ReportIdentity.detect($0) } ?? ReportIdentity()
    }

    func h(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// The chapter a line falls in: the nearest heading above it ("BAB III …", a `#`/`##`
/// Markdown heading), with a bare "BAB III" completed by the title line below it.
struct Chapters {
    let starts: [(line: Int, title: String)]

    static let bareChapter = PCRE2Regex(literal: #"(?i)^\s*(?:\*\*)?BAB\s+[IVX]+\.?\s*(?:\*\*)?\s*$"#)
    static let tocEntry = PCRE2Regex(literal: #"(?:\.{3,}|…)\s*(?:\d+|[ivx]+)\s*$"#)

    init(_ document: Document?) {
        var starts: [(Int, String)] = []
        for b in document?.blocks ?? [] {
            guard case .heading(let level, let text) = b.content, level <= 2 else { continue }
            var title = text.text.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
            if Chapters.tocEntry.isMatch(title) { continue }   // a table-of-contents line, not the chapter
            if Chapters.bareChapter.isMatch(title), let doc = document {
                var n = b.lastLine + 1
                while n <= doc.lines.count && doc.line(n).trimmingCharacters(in: .whitespaces).isEmpty { n += 1 }
                let next = doc.line(n).replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
                if !next.isEmpty && next.count < 80 { title += " " + next }
            }
            starts.append((b.firstLine, title))
        }
        self.starts = starts
    }

    func index(of line: Int) -> Int { starts.lastIndex { $0.line <= line } ?? -1 }
    func title(of line: Int) -> String? { let i = index(of: line); return i >= 0 ? starts[i].title : nil }
}
