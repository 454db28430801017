import Foundation

/// Word's automatic list numbering (`word/numbering.xml`): the marker text a paragraph
/// shows ("1.", "a.", "-"), which is not in the document's own text.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// abstractNumId → ilvl → level definition.
    var abstracts: [Int: [Int: Level]] = [:]
    /// numId → (abstractNumId, start overrides by ilvl).
    var nums: [Int: (abstract: Int, startOverrides: [Int: Int])] = [:]
    /// Running counters per numId, one per level.
    private var counters: [Int: [Int]] = [:]

    static func parse(_ data: Data?, path: String) throws -> WordNumbering {
        guard let data else { return WordNumbering() }
        let reader = NumberingReader()
        try SafeXML.parse(data, part: "word/numbering.xml", path: path, handler: reader)
        return WordNumbering(abstracts: reader.abstracts, nums: reader.nums)
    }

    func level(numId: Int, ilvl: Int) -> Level {
        guard let num = nums[numId], let levels = abstracts[num.abstract], var level = levels[ilvl] else {
            return Level(format: "decimal", text: "%\(ilvl + 1).", start: 1)
        }
        if let s = num.startOverrides[ilvl] { level.start = s }
        return level
    }

    /// Advances the counter of (numId, ilvl), resets deeper levels, and returns the
    /// marker text; nil when the level shows no marker.
    mutating func nextMarker(numId: Int, ilvl: Int) -> String? {
        guard numId != 0 else { return nil }
        let depth = max(0, min(ilvl, 8))
        var c = counters[numId] ?? Array(repeating: 0, count: 9)
        for l in 0...depth where c[l] == 0 { c[l] = level(numId: numId, ilvl: l).start - (l == depth ? 1 : 0) }
        c[depth] += 1
        for l in (depth + 1)..<9 { c[l] = 0 }
        counters[numId] = c
        let lvl = level(numId: numId, ilvl: depth)
        switch lvl.format {
        case "none": return nil
        case "bullet": return "-"
        default: break
        }
        var out = lvl.text
        for l in stride(from: 8, through: 0, by: -1) where out.contains("%\(l + 1)") {
            let f = l == depth ? lvl.format : level(numId: numId, ilvl: l).format
            out = out.replacingOccurrences(of: "%\(l + 1)", with: WordNumbering.format(c[l], f))
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(n).lowercased()
        case "upperLetter": return letters(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperRoman": return roman(n)
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "bullet": return "-"
        default: return "\(n)"
        }
    }

    /// A, B, … Z, AA, BB (Word repeats the letter past Z).
    static func letters(_ n: Int) -> String {
        guard n > 0 else { return "\(n)" }
        let letter = Character(UnicodeScalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (v, s) in table { while rest >= v { out += s; rest -= v } }
        return out
    }
}

private final class NumberingReader: XMLStreamHandler {
    var abstracts: [Int: [Int: WordNumbering.Level]] = [:]
    var nums: [Int: (abstract: Int, startOverrides: [Int: Int])] = [:]
    private var abstractId: Int?
    private var ilvl: Int?
    private var level = WordNumbering.Level()
    private var numId: Int?
    private var overrideLevel: Int?

    func startElement(_ name: String, ns: OfficeNamespace, attributes: XMLAttributes) {
        guard ns == .word else { return }
        let val = attributes.attribute("val")
        switch name {
        case "abstractNum": abstractId = attributes.attribute("abstractNumId").flatMap(Int.init)
        case "lvl":
            ilvl = attributes.attribute("ilvl").flatMap(Int.init)
            level = WordNumbering.Level(format: "decimal", text: "", start: 1)
        case "numFmt": if ilvl != nil, let val { level.format = val }
        case "lvlText": if ilvl != nil { level.text = val ?? "" }
        case "start": if ilvl != nil { level.start = val.flatMap(Int.init) ?? 1 }
        case "num": numId = attributes.attribute("numId").flatMap(Int.init)
        case "abstractNumId": if let n = numId, let a = val.flatMap(Int.init) { nums[n] = (a, nums[n]?.startOverrides ?? [:]) }
        case "lvlOverride": overrideLevel = attributes.attribute("ilvl").flatMap(Int.init)
        case "startOverride":
            if let n = numId, let l = overrideLevel, let s = val.flatMap(Int.init) { nums[n, default: (0, [:])].startOverrides[l] = s }
        default: break
        }
    }

    func endElement(_ name: String, ns: OfficeNamespace) {
        guard ns == .word else { return }
        switch name {
        case "lvl":
            if let a = abstractId, let l = ilvl { abstracts[a, default: [:]][l] = level }
            ilvl = nil
        case "abstractNum": abstractId = nil
        case "num": numId = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }
}
