import Foundation

/// Horizontal bar charts as inline SVG (no script, nothing fetched): the count of
/// findings per rule or per chapter. A zero is drawn as "0" with no bar, never left out.
enum HTMLChart {
    struct Bar {
        let label: String
        let count: Int
    }

    static func bars(_ bars: [Bar], title: String, id: String) -> String {
        let rowHeight = 18, labelWidth = 300, barWidth = 360, top = 22
        let height = top + rowHeight * max(1, bars.count) + 6
        let most = max(1, bars.map(\.count).max() ?? 0)
        var svg = "<figure class=\"chart\" id=\"\(id)\"><svg role=\"img\" aria-labelledby=\"\(id)-t\" "
        svg += "viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        svg += "<title id=\"\(id)-t\">\(escape(title))</title>"
        svg += "<text x=\"0\" y=\"14\" class=\"ct\">\(escape(title))</text>"
        for (i, b) in bars.enumerated() {
            let y = top + i * rowHeight
            let width = b.count == 0 ? 0 : max(2, barWidth * b.count / most)
            let label = b.label.count > 48 ? String(b.label.prefix(47)) + "…" : b.label
            svg += "<g class=\"bar\(b.count == 0 ? " zero" : "")\" data-label=\"\(escape(b.label))\" data-count=\"\(b.count)\">"
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(escape(label))</text>"
            if width > 0 { svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\"/>" }
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 13)\" class=\"n\">\(b.count)</text></g>"
        }
        return svg + "</svg></figure>\n"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Every rule of the registry with its count, findings first, so a clean rule shows 0.
    static func byRule(_ diagnostics: [Diagnostic]) -> [Bar] {
        var counts: [String: Int] = [:]
        for d in diagnostics { counts[d.rule, default: 0] += 1 }
        let ids = CheckRegistry.descriptions.map(\.id) + counts.keys.filter { id in !CheckRegistry.descriptions.contains { $0.id == id } }
        return ids.map { Bar(label: $0, count: counts[$0] ?? 0) }
            .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
    }

    /// Findings per chapter, in document order; across reports, chapters with the same
    /// "BAB …" number are one row.
    static func byChapter(_ results: [FileResult], frontMatter: String) -> [Bar] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for r in results {
            let chapters = Chapters(r.document)
            for title in chapters.starts.map(\.title) where results.count == 1 {
                if counts[title] == nil { order.append(title); counts[title] = 0 }
            }
            for d in r.diagnostics {
                var title = chapters.title(of: d.location.line) ?? frontMatter
                if results.count > 1 { title = chapterNumber(title) ?? title }
                if counts[title] == nil { order.append(title) }
                counts[title, default: 0] += 1
            }
        }
        return order.map { Bar(label: $0, count: counts[$0] ?? 0) }
    }

    static let babNumber = PCRE2Regex(literal: #"(?i)^\s*BAB\s+([IVX]+)\b"#)

    static func chapterNumber(_ title: String) -> String? {
        guard let m = babNumber.firstMatch(in: title), let n = m.string(1, in: title) else { return nil }
        return "BAB " + n.uppercased()
    }
}
