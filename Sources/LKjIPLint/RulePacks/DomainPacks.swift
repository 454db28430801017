import Foundation
import Yams

/// The regulation data of the domain checks (categories, weights, number words, required
/// chapters, indicator lists, period and unit rules), each kind read from its own pack file.
public struct DomainPacks: Sendable {
    public var categorySchemes: [CategoryScheme] = []
    public var weightSchemes: [WeightScheme] = []
    public var numberWords = NumberWordVocabulary()
    public var chapters: [ChapterSpec] = []
    public var analyses: [AnalysisSpec] = []
    public var indicatorLists: [IndicatorList] = []
    public var unitPhrases: [UnitPhrase] = []
    /// How signature blocks and PK signing dates are judged (the last pack that gives it wins).
    public var signatures: SignatureSpec?
    public var listNouns: [String] = []
    /// How a table of contents is read (the last pack that gives one wins).
    public var tableOfContents: TOCSpec?

    public init() {}

    static let kinds = ["categories", "weights", "numberwords", "structure", "indicator-lists", "periods"]

    /// Reads a pack of one of the domain kinds; false when `kind` is not one of them.
    mutating func add(kind: String, _ r: PackReader) throws -> Bool {
        switch kind {
        case "categories":
            categorySchemes += try r.list("schemes").enumerated().map { try CategoryScheme(r, $1, at: "schemes[\($0)]") }
        case "weights":
            weightSchemes += try r.list("schemes").enumerated().map { try WeightScheme(r, $1, at: "schemes[\($0)]") }
        case "numberwords":
            try numberWords.add(r)
        case "structure":
            chapters += try r.list("chapters").enumerated().map { try ChapterSpec(r, $1, at: "chapters[\($0)]") }
            if r.has("analyses") {
                analyses += try r.list("analyses").enumerated().map { try AnalysisSpec(r, $1, at: "analyses[\($0)]") }
            }
            if r.has("toc") {
                tableOfContents = try TOCSpec(r, r.root.mapping![Node("toc")]!, at: "toc")
            }
            if r.has("list-nouns") {
                listNouns += try r.list("list-nouns").enumerated().map { i, n in
                    guard let s = n.scalar?.string else { throw r.fail("list-nouns[\(i)]", "harus berupa teks") }
                    return s
                }
            }
        case "indicator-lists":
            indicatorLists += try r.list("lists").enumerated().map { try IndicatorList(r, $1, at: "lists[\($0)]") }
        case "periods":
            unitPhrases += try r.list("unit-phrases").enumerated().map { try UnitPhrase(r, $1, at: "unit-phrases[\($0)]") }
            if r.has("signatures") {
                signatures = try SignatureSpec(r, r.root.mapping![Node("signatures")]!, at: "signatures")
            }
        default:
            return false
        }
        return true
    }
}

// MARK: - categories

/// A category scheme (IKPA, IKM, SAKIP): the bands a value falls into, from a regulation.
public struct CategoryScheme: Sendable {
    public struct Band: Sendable {
        public let label: String
        public let aliases: [String]
        /// Lower bound; `above` makes it strict (SAKIP "AA > 90").
        public let min: Decimal
        public let above: Bool
        /// The upper bound as the regulation writes it (IKM "2,5996"), when it gives one.
        public var max: Decimal? = nil
        public var names: [String] { [label] + aliases }

        func admits(_ v: Decimal) -> Bool { above ? v > min : v >= min }
    }

    public let id: String
    public let name: String
    public let source: String
    /// Words that say a sentence or row is about this scheme's measure.
    public let context: PCRE2Regex
    /// The values the scheme applies to (IKM 1–4 versus 25–100).
    public let lowest: Decimal
    public let highest: Decimal
    /// Highest band first.
    public let bands: [Band]

    init(_ r: PackReader, _ node: Node, at: String) throws {
        id = try r.string("id", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        source = try r.string("source", in: node, at: at)
        context = try r.regex("context", in: node, at: at, caseInsensitive: true)
        lowest = try r.decimal("lowest", in: node, at: at)
        highest = try r.decimal("highest", in: node, at: at)
        let bandNodes = try r.list("bands", in: node, at: at)
        bands = try bandNodes.enumerated().map { i, b in
            let p = "\(at).bands[\(i)]"
            return Band(label: try r.string("label", in: b, at: p), aliases: try r.stringList("aliases", in: b, at: p),
                        min: try r.decimal("min", in: b, at: p), above: try r.bool("above", in: b, at: p) ?? false,
                        max: r.has("max", in: b) ? try r.decimal("max", in: b, at: p) : nil)
        }.sorted { $0.min > $1.min }
        guard !bands.isEmpty else { throw r.fail("\(at).bands", "harus berisi paling sedikit satu kategori") }
        guard lowest < highest else { throw r.fail("\(at).highest", "harus lebih besar dari 'lowest'") }
    }

    /// The same scheme with other bands: a document's own category table.
    init(_ s: CategoryScheme, bands: [Band], source: String) {
        id = s.id
        name = s.name
        self.source = source
        context = s.context
        lowest = s.lowest
        highest = s.highest
        self.bands = bands.sorted { $0.min > $1.min }
    }

    public func applies(to v: Decimal) -> Bool { v >= lowest && v <= highest }

    public func band(for v: Decimal) -> Band? {
        applies(to: v) ? bands.first { $0.admits(v) } : nil
    }

    /// The band a written category word names (longest name first: "Sangat Baik" before "Baik").
    public func band(named word: String) -> Band? {
        let w = word.lowercased().trimmingCharacters(in: .whitespaces)
        return bands.first { $0.names.contains { $0.lowercased() == w } }
    }

    public var allNames: [String] { bands.flatMap(\.names).sorted { $0.count > $1.count } }
}

// MARK: - weights

/// A weighting fixed by a regulation (IKPA per PER year, SMART, Nilai Kinerja Anggaran):
/// components with their weight, or as a deduction.
public struct WeightScheme: Sendable {
    public struct Component: Sendable {
        public let id: String
        public let name: String
        public let match: PCRE2Regex
        /// Percent; nil for a deduction ("Dispensasi SPM (Pengurang)" from 2024).
        public let weight: Decimal?
    }

    public let id: String
    /// Versions of the same measure share a family (ikpa, smart).
    public let family: String
    public let name: String
    public let source: String
    public let fromYear: Int
    public let toYear: Int?
    /// Words in the sentence that introduces a weight list, naming this measure.
    public let context: PCRE2Regex
    /// Header of the column holding the weighted result, for tables that show the components side by side.
    public let total: PCRE2Regex?
    public let components: [Component]

    init(_ r: PackReader, _ node: Node, at: String) throws {
        id = try r.string("id", in: node, at: at)
        family = try r.string("family", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        source = try r.string("source", in: node, at: at)
        fromYear = Int(try r.decimal("from", in: node, at: at).doubleValue)
        toYear = r.has("to", in: node) ? Int(try r.decimal("to", in: node, at: at).doubleValue) : nil
        context = try r.regex("context", in: node, at: at, caseInsensitive: true)
        total = try r.has("total", in: node) ? r.regex("total", in: node, at: at, caseInsensitive: true) : nil
        components = try r.list("components", in: node, at: at).enumerated().map { i, c in
            let p = "\(at).components[\(i)]"
            let deduction = try r.bool("deduction", in: c, at: p) ?? false
            return Component(id: try r.string("id", in: c, at: p), name: try r.string("name", in: c, at: p),
                             match: try r.regex("match", in: c, at: p, caseInsensitive: true),
                             weight: deduction ? nil : try r.decimal("weight", in: c, at: p))
        }
        let sum = components.compactMap(\.weight).reduce(0, +)
        let stated = r.has("sum", in: node) ? try r.decimal("sum", in: node, at: at) : 100
        guard sum == stated else {
            throw r.fail("\(at).components", "bobot berjumlah \(sum), seharusnya \(stated) (atau tulis 'sum:')")
        }
    }

    public func covers(year: Int) -> Bool { year >= fromYear && (toYear.map { year <= $0 } ?? true) }

    /// The component a label names; the first match wins, so the pack lists the specific names first.
    public func component(for label: String) -> Component? {
        components.first { $0.match.isMatch(label) }
    }
}

// MARK: - number words

/// Indonesian number words, and the misspellings a reader still reads as them.
public struct NumberWordVocabulary: Sendable {
    public var units: [String: Int] = [:]
    public var single: [String: Int] = [:]       // sepuluh, sebelas, seratus, seribu
    public var multipliers: [String: Decimal] = [:]  // puluh, belas (special), ratus, ribu, juta, miliar, triliun
    public var misspellings: [String: String] = [:]
    public var fractions: [String: Decimal] = [:]

    mutating func add(_ r: PackReader) throws {
        for (key, target) in [("units", 0), ("single", 1)] {
            for (w, v) in try r.intMap(key) { if target == 0 { units[w] = v } else { single[w] = v } }
        }
        for (w, v) in try r.intMap("multipliers") { multipliers[w] = Decimal(v) }
        for (w, v) in try r.stringMap("misspellings") { misspellings[w] = v }
        for (w, v) in try r.stringMap("fractions") {
            guard let d = Decimal(string: v, locale: Locale(identifier: "en_US_POSIX")) else { throw r.fail("fractions.\(w)", "harus berupa angka") }
            fractions[w] = d
        }
    }

    public var isEmpty: Bool { units.isEmpty }
    public func knows(_ w: String) -> Bool {
        units[w] != nil || single[w] != nil || multipliers[w] != nil || fractions[w] != nil || w == "belas" || w == "koma" || w == "nol"
    }
}

// MARK: - structure

/// A chapter Permenpan-RB 53/2014 requires, found by the heading that opens it.
public struct ChapterSpec: Sendable {
    public let id: String
    public let name: String
    public let source: String
    public let match: PCRE2Regex
    /// Sections the chapter must hold (Perjanjian Kinerja in Bab II), by heading or text.
    public let requires: [(name: String, match: PCRE2Regex)]
    /// Reported missing only when the table of contents lists it.
    public let optional: Bool

    init(_ r: PackReader, _ node: Node, at: String) throws {
        optional = try r.bool("optional", in: node, at: at) ?? false
        id = try r.string("id", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        source = try r.string("source", in: node, at: at)
        match = try r.regex("match", in: node, at: at, caseInsensitive: true)
        requires = r.has("requires", in: node) ? try r.list("requires", in: node, at: at).enumerated().map { i, n in
            (try r.string("name", in: n, at: "\(at).requires[\(i)]"), try r.regex("match", in: n, at: "\(at).requires[\(i)]", caseInsensitive: true))
        } : []
    }
}

/// How a table of contents is told from the body: the "Daftar Isi" heading, an entry line
/// (title, leader, page number), and the labels of chapters ("BAB III") and sections ("B.").
public struct TOCSpec: Sendable {
    public let start: PCRE2Regex
    /// Group 1 is the entry's title.
    public let entry: PCRE2Regex
    /// Group 1 is the chapter number, group 2 the title after it (possibly empty).
    public let chapter: PCRE2Regex
    /// Group 1 is the section letter, group 2 its title.
    public let section: PCRE2Regex

    init(_ r: PackReader, _ node: Node, at: String) throws {
        start = try r.regex("start", in: node, at: at, caseInsensitive: true)
        entry = try r.regex("entry", in: node, at: at, caseInsensitive: true)
        chapter = try r.regex("chapter", in: node, at: at, caseInsensitive: true)
        section = try r.regex("section", in: node, at: at)
    }
}

/// An analysis each indicator of Bab III must carry (against target, previous years, …).
public struct AnalysisSpec: Sendable {
    public let id: String
    public let name: String
    public let match: PCRE2Regex

    init(_ r: PackReader, _ node: Node, at: String) throws {
        id = try r.string("id", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        match = try r.regex("match", in: node, at: at, caseInsensitive: true)
    }
}

// MARK: - indicator lists

/// The indicators a kind of unit must report from a year on (the 2026 Kanwil decree).
public struct IndicatorList: Sendable {
    public struct Entry: Sendable {
        public let id: String
        public let name: String
        public let match: PCRE2Regex
    }
    public let id: String
    public let name: String
    public let source: String
    /// The unit names the list applies to ("Kantor Wilayah").
    public let units: PCRE2Regex
    public let fromYear: Int
    public let indicators: [Entry]

    init(_ r: PackReader, _ node: Node, at: String) throws {
        id = try r.string("id", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        source = try r.string("source", in: node, at: at)
        units = try r.regex("units", in: node, at: at, caseInsensitive: true)
        fromYear = Int(try r.decimal("from", in: node, at: at).doubleValue)
        indicators = try r.list("indicators", in: node, at: at).enumerated().map { i, n in
            let p = "\(at).indicators[\(i)]"
            return Entry(id: try r.string("id", in: n, at: p), name: try r.string("name", in: n, at: p),
                         match: try r.regex("match", in: n, at: p, caseInsensitive: true))
        }
        guard !indicators.isEmpty else { throw r.fail("\(at).indicators", "harus berisi paling sedikit satu indikator") }
    }
}

// MARK: - periods and units

/// Wording copied from another unit's template (the Ditjen's) into a unit's report.
public struct UnitPhrase: Sendable {
    public let id: String
    public let pattern: PCRE2Regex
    /// The report's unit must match this for the phrase to be out of place.
    public let reportUnit: PCRE2Regex
    public let should: String
    public let description: String

    init(_ r: PackReader, _ node: Node, at: String) throws {
        id = try r.string("id", in: node, at: at)
        pattern = try r.regex("pattern", in: node, at: at, caseInsensitive: true)
        reportUnit = try r.regex("report-unit", in: node, at: at, caseInsensitive: true)
        should = try r.string("should", in: node, at: at)
        description = try r.string("description", in: node, at: at)
    }
}

/// The signing month a PK may not pass and the title words of a signature block.
public struct SignatureSpec: Sendable {
    public let pkSignedByMonth: Int
    /// A title line (compiled once, at pack load).
    public let titleLine: PCRE2Regex

    init(_ r: PackReader, _ node: Node, at: String) throws {
        let m = try r.number("pk-signed-by-month", in: node, at: at)
        guard m >= 1, m <= 12, m == m.rounded() else { throw r.fail("\(at).pk-signed-by-month", "harus bulan 1 sampai 12") }
        pkSignedByMonth = Int(m)
        let titles = try r.string("titles", in: node, at: at)
        do { titleLine = try PCRE2Regex(#"^\s*(?:\*\*)?\s*(?:"# + titles + ")", options: [.caseInsensitive]) } catch {
            throw r.fail("\(at).titles", "bukan pola yang sah: \(error)")
        }
    }

    public init(pkSignedByMonth: Int = 9, titleLine: PCRE2Regex = SignatureBlocks.titleLine) {
        self.pkSignedByMonth = pkSignedByMonth
        self.titleLine = titleLine
    }
}

// MARK: - reader helpers for the domain kinds

extension PackReader {
    func has(_ key: String, in node: Node? = nil) -> Bool { (node ?? root).value(forKey: key) != nil }

    func decimal(_ key: String, in node: Node, at path: String) throws -> Decimal {
        let s = try string(key, in: node, at: path).replacingOccurrences(of: ",", with: ".")
        guard let d = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")), s.first.map({ $0.isNumber || $0 == "-" }) == true else {
            throw fail("\(path).\(key)", "harus berupa angka, tertulis '\(s)'")
        }
        return d
    }

    func bool(_ key: String, in node: Node, at path: String) throws -> Bool? {
        guard has(key, in: node) else { return nil }
        let s = try string(key, in: node, at: path)
        switch s.lowercased() {
        case "true", "yes", "ya": return true
        case "false", "no", "tidak": return false
        default: throw fail("\(path).\(key)", "harus true atau false, tertulis '\(s)'")
        }
    }

    func map(_ key: String) throws -> [(String, Node)] {
        guard let v = root.value(forKey: key) else { return [] }
        guard let m = v.mapping else { throw fail(key, "harus berupa pemetaan kata: nilai") }
        return try m.map { k, val in
            guard let ks = k.scalar?.string else { throw fail(key, "kunci harus berupa teks") }
            return (ks, val)
        }
    }

    func intMap(_ key: String) throws -> [(String, Int)] {
        try map(key).map { k, v in
            guard let s = v.scalar?.string, let i = Int(s) else { throw fail("\(key).\(k)", "harus berupa bilangan bulat") }
            return (k, i)
        }
    }

    func stringMap(_ key: String) throws -> [(String, String)] {
        try map(key).map { k, v in
            guard let s = v.scalar?.string else { throw fail("\(key).\(k)", "harus berupa teks") }
            return (k, s)
        }
    }
}
