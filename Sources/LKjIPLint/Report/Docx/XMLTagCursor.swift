/// Steps through the tags of an XML part's bytes: start, empty (`<a/>`) and end tags with
/// their byte ranges; comments, processing instructions, DOCTYPE and CDATA are passed over.
/// Enough to find elements and cut between them without re-serialising anything.
struct XMLTagCursor {
    struct Tag {
        enum Kind { case start, empty, end, text }
        let kind: Kind
        let range: Range<Int>

        /// The qualified name (`w:p`).
        func name(_ b: [UInt8]) -> String {
            var i = range.lowerBound + (kind == .end ? 2 : 1)
            let start = i
            while i < range.upperBound, !XMLTagCursor.isNameEnd(b[i]) { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }

        /// The attributes, values undecoded (namespace URIs and ids need no decoding).
        func attributes(_ b: [UInt8]) -> [(String, String)] {
            var out: [(String, String)] = []
            var i = range.lowerBound + 1
            while i < range.upperBound, !XMLTagCursor.isNameEnd(b[i]) { i += 1 }
            while i < range.upperBound {
                while i < range.upperBound, XMLTagCursor.isSpace(b[i]) { i += 1 }
                let nameStart = i
                while i < range.upperBound, b[i] != UInt8(ascii: "="), !XMLTagCursor.isNameEnd(b[i]) { i += 1 }
                let name = String(decoding: b[nameStart..<i], as: UTF8.self)
                while i < range.upperBound, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "'") {
                    if b[i] == UInt8(ascii: ">") { return out }
                    i += 1
                }
                guard i < range.upperBound else { return out }
                let quote = b[i]
                i += 1
                let valueStart = i
                while i < range.upperBound, b[i] != quote { i += 1 }
                out.append((name, String(decoding: b[valueStart..<min(i, range.upperBound)], as: UTF8.self)))
                i += 1
            }
            return out
        }

        /// The numeric `w:id` attribute, if any.
        func wordId(_ b: [UInt8], w: String) -> Int? {
            // Cheap test first: most tags carry no id.
            guard b[range].contains(UInt8(ascii: "=")) else { return nil }
            return attributes(b).first { $0.0 == w + ":id" }.flatMap { Int($0.1) }
        }
    }

    private let b: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { b = bytes }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    static func isNameEnd(_ c: UInt8) -> Bool { isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") }

    /// The next tag, skipping text between tags.
    mutating func next() -> Tag? {
        while i < b.count {
            guard let lt = find(UInt8(ascii: "<"), from: i) else { i = b.count; return nil }
            i = lt
            if b[lt + 1] == UInt8(ascii: "!") || b[lt + 1] == UInt8(ascii: "?") {
                if starts(Self.comment) { i = end(of: Self.commentEnd, from: lt + 4) } else if starts(Self.cdata) { i = end(of: Self.cdataEnd, from: lt + 9) } else if b[lt + 1] == UInt8(ascii: "?") { i = end(of: Self.piEnd, from: lt + 2) } else { i = end(of: Self.gt, from: lt + 2) }
                continue
            }
            // A tag: find its '>' outside quoted attribute values.
            var j = lt + 1
            var quote: UInt8 = 0
            while j < b.count {
                let c = b[j]
                if quote != 0 { if c == quote { quote = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { break }
                j += 1
            }
            guard j < b.count else { i = b.count; return nil }
            i = j + 1
            let kind: Tag.Kind = b[lt + 1] == UInt8(ascii: "/") ? .end : (b[j - 1] == UInt8(ascii: "/") ? .empty : .start)
            return Tag(kind: kind, range: lt..<(j + 1))
        }
        return nil
    }

    private func find(_ c: UInt8, from: Int) -> Int? {
        var k = from
        while k < b.count { if b[k] == c { return k }; k += 1 }
        return nil
    }

    private static let comment = Array("<!--".utf8), commentEnd = Array("-->".utf8)
    private static let cdata = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
    private static let piEnd = Array("?>".utf8), gt = Array(">".utf8)

    private func starts(_ s: [UInt8]) -> Bool {
        guard i + s.count <= b.count else { return false }
        return (0..<s.count).allSatisfy { b[i + $0] == s[$0] }
    }

    private func end(of s: [UInt8], from: Int) -> Int {
        var k = from
        while k + s.count <= b.count {
            if (0..<s.count).allSatisfy({ b[k + $0] == s[$0] }) { return k + s.count }
            k += 1
        }
        return b.count
    }
}

/// XML character data: decoding with each scalar's byte offset, and escaping.
enum XMLText {
    /// The scalars of `range` with entities resolved, and the byte offset each starts at
    /// (one extra offset: where the text ends).
    static func decode(_ b: [UInt8], _ range: Range<Int>) -> ([Unicode.Scalar], [Int]) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let start = i
            if b[i] == UInt8(ascii: "&"), let semi = b[i..<min(range.upperBound, i + 12)].firstIndex(of: UInt8(ascii: ";")) {
                let entity = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
                if let s = entityScalar(entity) {
                    scalars.append(s)
                    offsets.append(start)
                    i = semi + 1
                    continue
                }
            }
            // One UTF-8 sequence.
            let lead = b[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(i + length, range.upperBound)
            if let s = String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first { scalars.append(s); offsets.append(start) }
            i = end
        }
        offsets.append(range.upperBound)
        return (scalars, offsets)
    }

    private static func entityScalar(_ e: String) -> Unicode.Scalar? {
        switch e {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if e.hasPrefix("#x") || e.hasPrefix("#X") { return UInt32(e.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            if e.hasPrefix("#") { return UInt32(e.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }

    /// Text safe inside an element or a double-quoted attribute value; control characters
    /// XML 1.0 forbids are dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
