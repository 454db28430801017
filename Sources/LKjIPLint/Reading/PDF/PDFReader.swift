import Foundation

/// PDF reports, through poppler's `pdftotext -layout`: prose lines as laid out, tables
/// rebuilt into TAB-separated rows, the page of every line kept.
public enum PDFReader {
    public static func read(path: String, deadline: Date? = nil) throws -> Document {
        let raw = try PDFTextExtractor.extract(path: path, deadline: deadline)
        guard raw.contains(where: { !$0.isWhitespace }) else {
            throw InputError(path, Message(
                id: "PDF ini tidak berisi lapisan teks (hasil pindaian/scan); jalankan OCR dulu (mis. ocrmypdf) atau gunakan berkas .docx aslinya",
                en: "this PDF has no text layer (a scan); run OCR first (e.g. ocrmypdf) or use the original .docx"))
        }
        let view = textView(raw)
        return DocumentParser.parse(path: path, lines: view.lines, origins: view.origins)
    }

    /// A document from text shaped like `pdftotext -layout` output, without running it
    /// (the fuzz harness's door); nil when the text is blank.
    public static func read(layoutText raw: String, path: String) -> Document? {
        guard raw.contains(where: { !$0.isWhitespace }) else { return nil }
        let view = textView(raw)
        return DocumentParser.parse(path: path, lines: view.lines, origins: view.origins)
    }

    /// The text view of `pdftotext -layout` output: pages split at form feeds, page
    /// furniture dropped, stacked equations put on one line, tables rebuilt.
    static func textView(_ raw: String) -> (lines: [String], origins: [LineOrigin?]) {
        var pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        }
        if let last = pages.last, last.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { pages.removeLast() }
        // Equations first: a lone denominator at a page's foot is not a page number.
        pages = PageFurniture.strip(StackedFormulas.rewrite(pages))
        var layout: [LayoutLine] = []
        for (p, page) in pages.enumerated() {
            for line in page { layout.append(LayoutLine(line, page: p + 1)) }
        }
        let tables = LayoutTables(lines: layout).tables()

        var lines: [String] = [], origins: [LineOrigin?] = []
        lines.reserveCapacity(layout.count)
        origins.reserveCapacity(layout.count)
        var i = 0, t = 0, tableNumber = 0
        while i < layout.count {
            while t < tables.count, tables[t].lines.lowerBound < i { t += 1 }
            if t < tables.count, tables[t].lines.lowerBound == i {
                let table = tables[t]
                tableNumber += 1
                let names = table.header
                if let last = lines.last, !last.isEmpty { lines.append(""); origins.append(nil) }
                for (r, row) in table.rows.enumerated() where row.cells.contains(where: { !$0.isEmpty }) {
                    lines.append(row.cells.joined(separator: "\t"))
                    origins.append(LineOrigin(page: layout[row.firstLine].page, table: tableNumber, row: r + 1, columnNames: names))
                }
                lines.append(""); origins.append(nil)
                i = table.lines.upperBound
                t += 1
                continue
            }
            let line = layout[i]
            var text = line.text
            while text.last == " " { text.removeLast() }
            lines.append(text)
            origins.append(line.isBlank ? nil : LineOrigin(page: line.page))
            i += 1
        }
        return (lines, origins)
    }
}
