import Yams

extension Node {
    /// The value under a plain key. (Yams' `mapping[Node(key)]` resolves the key's tag with
    /// Foundation regexes on every look-up: a quarter of the start-up went there.)
    func value(forKey key: String) -> Node? {
        mapping?.first { $0.key.scalar?.string == key }?.value
    }
}

/// Reads typed values out of a YAML node and, when something is missing or of the wrong
/// type, says which file and key and what was expected.
struct PackReader {
    let file: String
    let root: Node

    func fail(_ key: String, _ problem: String) -> RulePackError {
        RulePackError(file: file, key: key, problem: problem)
    }

    private func value(_ key: String, in node: Node) -> Node? { node.value(forKey: key) }

    func string(_ key: String) throws -> String { try string(key, in: root, at: nil) }

    func string(_ key: String, in node: Node, at path: String?) throws -> String {
        let full = path.map { "\($0).\(key)" } ?? key
        guard let v = value(key, in: node) else { throw fail(full, "wajib ada (teks)") }
        guard let s = v.scalar?.string else { throw fail(full, "harus berupa teks") }
        return s
    }

    func optionalString(_ key: String, in node: Node, at path: String) throws -> String? {
        guard value(key, in: node) != nil else { return nil }
        return try string(key, in: node, at: path)
    }

    func number(_ key: String, in node: Node, at path: String) throws -> Double {
        let s = try string(key, in: node, at: path)
        guard let d = Double(s.replacingOccurrences(of: ",", with: ".")) else { throw fail("\(path).\(key)", "harus berupa angka, tertulis '\(s)'") }
        return d
    }

    func list(_ key: String) throws -> [Node] { try list(key, in: root, at: nil) }

    func list(_ key: String, in node: Node, at path: String?) throws -> [Node] {
        let full = path.map { "\($0).\(key)" } ?? key
        guard let v = value(key, in: node) else { throw fail(full, "wajib ada (daftar)") }
        guard let seq = v.sequence else { throw fail(full, "harus berupa daftar") }
        return Array(seq)
    }

    func stringList(_ key: String, in node: Node, at path: String) throws -> [String] {
        guard value(key, in: node) != nil else { return [] }
        return try list(key, in: node, at: path).enumerated().map { i, n in
            guard let s = n.scalar?.string else { throw fail("\(path).\(key)[\(i)]", "harus berupa teks") }
            return s
        }
    }

    func regex(_ key: String, in node: Node, at path: String, caseInsensitive: Bool = false) throws -> PCRE2Regex {
        let pattern = try string(key, in: node, at: path)
        do {
            return try PCRE2Regex(pattern, options: caseInsensitive ? [.caseInsensitive] : [], source: "\(file): \(path).\(key)")
        } catch let e as PCRE2Regex.CompileError {
            throw fail("\(path).\(key)", "pola PCRE2 tidak sah pada posisi \(e.offset): \(e.message)")
        }
    }

    func optionalRegex(_ key: String, in node: Node, at path: String) throws -> PCRE2Regex? {
        guard value(key, in: node) != nil else { return nil }
        return try regex(key, in: node, at: path)
    }
}
