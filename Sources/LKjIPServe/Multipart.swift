import Foundation

/// One file sent to the server: the name the client gave it (used for the report and to
/// pick the reader by extension, never as a path) and its bytes.
public struct Upload: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// `multipart/form-data` (RFC 7578), just enough for file uploads: every part that carries
/// a filename becomes an `Upload`; other fields are ignored. Malformed bodies are refused.
enum Multipart {
    struct Malformed: Error {}

    /// The boundary parameter of a `multipart/form-data` content type, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let type = parts.first, type.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var b = kv[1].trimmingCharacters(in: .whitespaces)
            if b.count >= 2 && b.hasPrefix("\"") && b.hasSuffix("\"") { b = String(b.dropFirst().dropLast()) }
            return b.isEmpty || b.utf8.count > 200 ? nil : b
        }
        return nil
    }

    static func files(_ body: [UInt8], boundary: String) throws -> [Upload] {
        let delimiter = Array(("--" + boundary).utf8)
        let crlf: [UInt8] = [13, 10]
        guard var at = find(delimiter, in: body, from: 0) else { throw Malformed() }
        var uploads: [Upload] = []
        while true {
            at += delimiter.count
            if body.count >= at + 2 && body[at] == 45 && body[at + 1] == 45 { return uploads }   // "--": the last part
            guard body.count >= at + 2, body[at] == 13, body[at + 1] == 10 else { throw Malformed() }
            let headStart = at + 2
            guard let headEnd = find(crlf + crlf, in: body, from: headStart) else { throw Malformed() }
            let head = String(decoding: body[headStart..<headEnd], as: UTF8.self)
            let contentStart = headEnd + 4
            guard let next = find(crlf + delimiter, in: body, from: contentStart) else { throw Malformed() }
            if let name = filename(inHeaders: head) {
                uploads.append(Upload(name: name, bytes: Array(body[contentStart..<next])))
            }
            at = next + 2
        }
    }

    /// The `filename` of a part's Content-Disposition header (RFC 7578 §4.2; `filename*`
    /// with UTF-8 percent-encoding is preferred when present, as RFC 6266 says).
    static func filename(inHeaders head: String) -> String? {
        for line in head.components(separatedBy: "\r\n") {
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            guard line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition",
                  colon < line.endIndex else { continue }
            let params = parameters(String(line[line.index(after: colon)...]))
            if let star = params["filename*"], let q = star.range(of: "''") {
                if let decoded = String(star[q.upperBound...]).removingPercentEncoding { return decoded }
            }
            if let f = params["filename"] { return f }
        }
        return nil
    }

    /// `form-data; name="file"; filename="a b.docx"` → ["name": "file", "filename": "a b.docx"].
    static func parameters(_ value: String) -> [String: String] {
        var out: [String: String] = [:]
        var chars = Substring(value)
        while let semi = chars.firstIndex(of: ";") {
            chars = chars[chars.index(after: semi)...].drop { $0 == " " || $0 == "\t" }
            guard let eq = chars.firstIndex(of: "=") else { break }
            let key = chars[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var rest = chars[chars.index(after: eq)...]
            var v = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                var end = rest.endIndex
                for i in rest.indices {
                    let c = rest[i]
                    if escaped { v.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { end = i; break } else { v.append(c) }
                }
                chars = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                v = rest[..<end].trimmingCharacters(in: .whitespaces)
                chars = rest[end...]
            }
            out[key] = v
        }
        return out
    }

    /// The first index of `needle` in `hay` at or after `from` (memchr for the first byte).
    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count - from >= needle.count else { return nil }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let base = h.baseAddress!
                var i = from
                let last = hay.count - needle.count
                while i <= last {
                    guard let p = memchr(base + i, Int32(n[0]), last - i + 1) else { return nil }
                    let j = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + j, n.baseAddress!, needle.count) == 0 { return j }
                    i = j + 1
                }
                return nil
            }
        }
    }
}
