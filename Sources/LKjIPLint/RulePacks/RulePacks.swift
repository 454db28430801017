import Foundation
import Yams

/// The data that regulations and templates fix, loaded from YAML packs (`checks/*.yml`,
/// embedded in the binary, plus any `--checks DIR` the user adds).
public struct RulePacks: Sendable {
    public var placeholders: [PlaceholderPattern] = []
    public var indicators: [IndicatorSpec] = []
    /// Categories, weights, number words, chapters, indicator lists, unit phrases (DomainPacks.swift).
    public var domain = DomainPacks()
    /// Which pack file each entry came from, for `lkjip-lint rules`.
    public var sources: [String] = []

    public init() {}

    /// The packs shipped with lkjip-lint.
    public static func builtIn() throws -> RulePacks {
        var packs = RulePacks()
        for (name, text) in EmbeddedPacks.files.sorted(by: { $0.key < $1.key }) {
            try packs.add(yaml: text, file: "checks/\(name)")
        }
        return packs
    }

    /// Adds every `*.yml`/`*.yaml` in `directory` (a user's own packs).
    public mutating func add(directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw RulePackError(file: directory, key: nil, problem: "folder paket aturan tidak ditemukan")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            let path = url.appendingPathComponent(name).path
            let data: Data
            do { data = try YAMLBounds.read(path) } catch let v as YAMLBounds.Violation {
                throw RulePackError(file: path, key: nil, problem: v.problem.id)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RulePackError(file: path, key: nil, problem: "tidak dapat dibaca sebagai teks UTF-8")
            }
            try add(yaml: text, file: path)
        }
    }

    public mutating func add(yaml text: String, file: String) throws {
        let node: Node
        do { try YAMLBounds.check(text) } catch let v as YAMLBounds.Violation {
            throw RulePackError(file: v.line > 0 ? "\(file):\(v.line)" : file, key: nil, problem: v.problem.id)
        }
        do {
            guard let n = try Yams.compose(yaml: text) else {
                throw RulePackError(file: file, key: nil, problem: "berkas kosong")
            }
            node = n
        } catch let e as RulePackError {
            throw e
        } catch {
            throw RulePackError(file: file, key: nil, problem: "YAML tidak sah: \(error)")
        }
        let reader = PackReader(file: file, root: node)
        let kind = try reader.string("kind")
        switch kind {
        case "placeholders":
            placeholders += try reader.list("placeholders").enumerated().map { try PlaceholderPattern(reader, $1, index: $0) }
        case "indicators":
            indicators += try reader.list("indicators").enumerated().map { try IndicatorSpec(reader, $1, index: $0) }
        default:
            if try !domain.add(kind: kind, reader) {
                throw RulePackError(file: file, key: "kind", problem: "jenis paket '\(kind)' tidak dikenal; yang dikenal: \((["placeholders", "indicators"] + DomainPacks.kinds).joined(separator: ", "))")
            }
        }
        sources.append(file)
    }
}

public struct RulePackError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let key: String?
    public let problem: String
    public var description: String {
        "\(file): " + (key.map { "kunci '\($0)': " } ?? "") + problem
    }
}

public struct PlaceholderPattern: Sendable {
    public let id: String
    public let regex: PCRE2Regex
    public let unless: PCRE2Regex?
    public let description: String

    init(_ r: PackReader, _ node: Node, index: Int) throws {
        let at = "placeholders[\(index)]"
        id = try r.string("id", in: node, at: at)
        regex = try r.regex("pattern", in: node, at: at)
        unless = try r.optionalRegex("unless", in: node, at: at)
        description = try r.string("description", in: node, at: at)
    }
}

public struct IndicatorSpec: Sendable {
    public enum Polarity: String, Sendable { case higher, lower }
    public let id: String
    public let name: String
    public let match: PCRE2Regex
    public let polarity: Polarity
    public let unit: String
    /// A pattern for a family of indicators (any "jumlah pelanggaran …"), not one
    /// indicator: it sets polarity but never identifies a figure across the report.
    public let generic: Bool

    init(_ r: PackReader, _ node: Node, index: Int) throws {
        let at = "indicators[\(index)]"
        id = try r.string("id", in: node, at: at)
        name = try r.string("name", in: node, at: at)
        match = try r.regex("match", in: node, at: at, caseInsensitive: true)
        let p = try r.string("polarity", in: node, at: at)
        guard let pol = Polarity(rawValue: p) else {
            throw RulePackError(file: r.file, key: "\(at).polarity", problem: "harus 'higher' atau 'lower', tertulis '\(p)'")
        }
        polarity = pol
        unit = try r.string("unit", in: node, at: at)
        let g = try r.optionalString("generic", in: node, at: at) ?? "false"
        guard g == "true" || g == "false" else {
            throw RulePackError(file: r.file, key: "\(at).generic", problem: "harus true atau false, tertulis '\(g)'")
        }
        generic = g == "true"
    }
}

extension RulePacks {
    /// The catalog entry whose pattern matches `label`, preferring a specific indicator
    /// over the generic lower-is-better pattern.
    public func indicator(for label: String) -> IndicatorSpec? {
        indicators.first { $0.match.isMatch(label) }
    }

    /// The indicator named last in `text` (the one a figure right after it belongs to).
    public func nearestIndicator(in text: String) -> IndicatorSpec? {
        var best: (Int, IndicatorSpec)?
        for spec in indicators {
            var last: Int?
            spec.match.forEachMatch(in: text) { last = $0.range.lowerBound; return true }
            if let l = last, l > (best?.0 ?? -1) { best = (l, spec) }
        }
        return best?.1
    }
}
