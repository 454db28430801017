import Foundation
import Yams

extension LintConfig {
    static let keys = ["only_rules", "disabled_rules", "enabled_rules", "severity", "fail_on", "year", "unit", "capaian_cap",
                       "language", "include", "exclude", "checks"]

    public static func load(path: String) throws -> LintConfig {
        let data: Data
        do { data = try YAMLBounds.read(path) } catch let v as YAMLBounds.Violation {
            throw ConfigError(file: path, Message(id: "berkas konfigurasi tidak dapat dipakai: \(v.problem.id)",
                                                  en: "the config file cannot be used: \(v.problem.en)"))
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads a config, rejecting unknown keys and bad values with the line they are on.
    public static func parse(_ yaml: String, file: String) throws -> LintConfig {
        var config = LintConfig()
        config.file = file
        let root: Node
        do { try YAMLBounds.check(yaml) } catch let v as YAMLBounds.Violation {
            throw ConfigError(file: file, line: v.line > 0 ? v.line : nil, v.problem)
        }
        do {
            guard let n = try Yams.compose(yaml: yaml) else { return config }   // an empty file: the defaults
            root = n
        } catch let e as YamlError {
            throw ConfigError(file: file, line: ConfigReader.line(of: e),
                              Message(id: "YAML tidak sah: \(e)", en: "invalid YAML: \(e)"))
        }
        let r = ConfigReader(file: file)
        guard let mapping = root.mapping else {
            throw r.fail(root, nil, Message(id: "isi berkas harus berupa pemetaan kunci: nilai", en: "the file must be a mapping of key: value"))
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "only_rules": config.onlyRules = try r.rules(value, key)
            case "disabled_rules": config.disabledRules = try r.rules(value, key)
            case "enabled_rules": config.enabledRules = try r.rules(value, key)
            case "severity":
                guard let m = value.mapping else { throw r.fail(value, key, Message(id: "harus berupa pemetaan aturan: tingkat", en: "must map rule: level")) }
                for (ruleNode, levelNode) in m {
                    let rule = try r.rule(ruleNode, key)
                    config.severity[rule] = try r.choice(levelNode, "\(key).\(rule)", Severity.self)
                }
            case "fail_on": config.failOn = try r.choice(value, key, FailLevel.self)
            case "year":
                guard let s = value.scalar?.string, let y = Int(s), (1990...2100).contains(y) else {
                    throw r.fail(value, key, Message(id: "harus tahun empat angka, mis. 2024", en: "must be a four-digit year, e.g. 2024"))
                }
                config.year = y
            case "unit":
                guard let s = value.scalar?.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw r.fail(value, key, Message(id: "harus berupa nama satuan kerja", en: "must be the unit's name"))
                }
                config.unit = s
            case "capaian_cap": config.capaianCap = try r.choice(value, key, CapaianCapPolicy.self)
            case "language": config.language = try r.choice(value, key, Language.self)
            case "include", "exclude":
                let globs = try r.strings(value, key).map { (node, s) in
                    do { return try PathGlob(s) } catch {
                        throw r.fail(node, key, Message(id: "pola '\(s)' tidak sah", en: "invalid pattern '\(s)'"))
                    }
                }
                if key == "include" { config.include = globs } else { config.exclude = globs }
            case "checks":
                config.checks = try r.strings(value, key).map { (node, s) in
                    let dir = s.hasPrefix("/") ? s : URL(fileURLWithPath: config.directory).appendingPathComponent(s).standardizedFileURL.path
                    var isDir: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                        throw r.fail(node, key, Message(id: "folder paket aturan '\(s)' tidak ditemukan (relatif terhadap folder berkas konfigurasi)",
                                                        en: "rule-pack folder '\(s)' not found (relative to the config file's folder)"))
                    }
                    return dir
                }
            default:
                let squashed = key.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
                let hint = LintConfig.keys.first { $0.replacingOccurrences(of: "_", with: "") == squashed }
                    ?? LintConfig.keys.first { ConfigReader.distance($0, key) <= 2 }
                let more = hint.map { ConfigReader.didYouMean($0) } ?? Message(id: "", en: "")
                throw r.fail(keyNode, key, Message(id: "kunci tidak dikenal\(more.id); yang dikenal: \(LintConfig.keys.joined(separator: ", "))",
                                                   en: "unknown key\(more.en); known keys: \(LintConfig.keys.joined(separator: ", "))"))
            }
        }
        return config
    }
}

/// Typed values out of config nodes, failing with the node's line.
struct ConfigReader {
    let file: String

    func fail(_ node: Node, _ key: String?, _ problem: Message) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, key: key, problem)
    }

    static func didYouMean(_ key: String) -> Message { Message(id: " (maksudnya '\(key)'?)", en: " (did you mean '\(key)'?)") }

    /// Edit distance, for "did you mean" on a mistyped key.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _: T.Type) throws -> T where T.RawValue == String {
        let s = node.scalar?.string ?? ""
        guard let v = T(rawValue: s) else {
            let all = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(node, key, Message(id: "nilai '\(s)' tidak sah; pilih salah satu: \(all)", en: "invalid value '\(s)'; choose one of: \(all)"))
        }
        return v
    }

    func strings(_ node: Node, _ key: String) throws -> [(Node, String)] {
        if let s = node.scalar?.string { return [(node, s)] }   // a single item may be written without a list
        guard let seq = node.sequence else { throw fail(node, key, Message(id: "harus berupa daftar", en: "must be a list")) }
        return try seq.map { n in
            guard let s = n.scalar?.string else { throw fail(n, key, Message(id: "setiap butir harus berupa teks", en: "every item must be text")) }
            return (n, s)
        }
    }

    func rule(_ node: Node, _ key: String) throws -> String {
        let id = node.string ?? ""
        guard CheckRegistry.description(id) != nil || id == "input" else {
            throw fail(node, key, Message(id: "aturan '\(id)' tidak dikenal; lihat 'lkjip-lint rules'", en: "unknown rule '\(id)'; see 'lkjip-lint rules'"))
        }
        return id
    }

    func rules(_ node: Node, _ key: String) throws -> [String] {
        try strings(node, key).map { try rule($0.0, key) }
    }
}
