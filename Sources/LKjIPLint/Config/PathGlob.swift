/// A gitignore-like glob for `include`/`exclude`, matched against paths relative to the
/// config file's folder: `*` and `?` stay within one folder, `**` crosses folders, a
/// pattern without `/` matches a name at any depth, and a pattern that matches a folder
/// matches everything under it.
public struct PathGlob: Sendable {
    public let pattern: String
    let regex: PCRE2Regex

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var p = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        if p.hasSuffix("/") { p.removeLast() }
        if p.hasPrefix("/") { p.removeFirst() } else if !p.contains("/") { p = "**/" + p }
        regex = try PCRE2Regex("^" + PathGlob.translate(p) + "(?:/.*)?$")
    }

    static func translate(_ glob: String) -> String {
        var out = ""
        let chars = Array(glob)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*" && i + 1 < chars.count && chars[i + 1] == "*" {
                if i + 2 < chars.count && chars[i + 2] == "/" { out += "(?:.*/)?"; i += 3 } else { out += ".*"; i += 2 }
                continue
            }
            switch c {
            case "*": out += "[^/]*"
            case "?": out += "[^/]"
            default: out += c.isLetter || c.isNumber ? String(c) : "\\Q\(c)\\E"
            }
            i += 1
        }
        return out
    }

    public func matches(_ relativePath: String) -> Bool {
        regex.isMatch(relativePath.hasPrefix("./") ? String(relativePath.dropFirst(2)) : relativePath)
    }
}
