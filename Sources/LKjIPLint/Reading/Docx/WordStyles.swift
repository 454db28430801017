import Foundation

/// What `word/styles.xml` says about paragraph styles: which are headings (and of what
/// level) and which carry list numbering, following `basedOn` chains.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: (numId: Int, level: Int)?
    }

    var styles: [String: Style] = [:]

    static func parse(_ data: Data?, path: String) throws -> WordStyles {
        guard let data else { return WordStyles() }
        let reader = StylesReader()
        try SafeXML.parse(data, part: "word/styles.xml", path: path, handler: reader)
        return WordStyles(styles: reader.styles)
    }

    /// Heading level 1–6 of a style, or nil for body text.
    func headingLevel(_ styleId: String?) -> Int? {
        var id = styleId
        var hops = 0
        while let current = id, let style = styles[current], hops < 10 {
            if let level = style.outlineLevel { return level < 9 ? min(level + 1, 6) : nil }
            if let level = WordStyles.levelFromName(style.name) ?? WordStyles.levelFromName(current) { return level }
            id = style.basedOn
            hops += 1
        }
        // Documents without styles.xml still name their styles Heading1…
        if let styleId, styles[styleId] == nil { return WordStyles.levelFromName(styleId) }
        return nil
    }

    /// "heading 2", "Heading2", "Judul 2" (Indonesian Word), "Title".
    static func levelFromName(_ name: String) -> Int? {
        let n = name.lowercased().replacingOccurrences(of: " ", with: "")
        if n == "title" || n == "judul" { return 1 }
        for prefix in ["heading", "judul"] where n.hasPrefix(prefix) {
            if let d = Int(n.dropFirst(prefix.count)), (1...9).contains(d) { return min(d, 6) }
        }
        return nil
    }

    func numbering(_ styleId: String?) -> (numId: Int, level: Int)? {
        var id = styleId
        var hops = 0
        while let current = id, let style = styles[current], hops < 10 {
            if let n = style.numbering { return n }
            id = style.basedOn
            hops += 1
        }
        return nil
    }
}

private final class StylesReader: XMLStreamHandler {
    var styles: [String: WordStyles.Style] = [:]
    private var currentId: String?
    private var current = WordStyles.Style()
    private var inPPr = false
    private var numId: Int?
    private var ilvl = 0

    func startElement(_ name: String, ns: OfficeNamespace, attributes: XMLAttributes) {
        guard ns == .word else { return }
        switch name {
        case "style":
            currentId = attributes.attribute("type") == "paragraph" ? attributes.attribute("styleId") : nil
            current = WordStyles.Style()
            numId = nil
            ilvl = 0
        case "name": if currentId != nil { current.name = attributes.attribute("val") ?? "" }
        case "basedOn": if currentId != nil { current.basedOn = attributes.attribute("val") }
        case "pPr": inPPr = true
        case "outlineLvl": if inPPr, currentId != nil { current.outlineLevel = attributes.attribute("val").flatMap(Int.init) }
        case "numId": if inPPr, currentId != nil { numId = attributes.attribute("val").flatMap(Int.init) }
        case "ilvl": if inPPr, currentId != nil { ilvl = attributes.attribute("val").flatMap(Int.init) ?? 0 }
        default: break
        }
    }

    func endElement(_ name: String, ns: OfficeNamespace) {
        guard ns == .word else { return }
        if name == "pPr" { inPPr = false }
        if name == "style", let id = currentId {
            if let n = numId, n != 0 { current.numbering = (n, ilvl) }
            styles[id] = current
            currentId = nil
        }
    }
}
