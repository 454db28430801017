import Foundation

/// Limits a config or rule pack must meet before Yams sees it: Yams composes nodes
/// recursively (a 10,000-deep `[[[[…` overflowed the stack) and an alias can make a
/// small file stand for a huge tree. One linear pass over the raw bytes estimates the
/// nesting (indentation levels, compact `- - -` and `? ?` entries, flow `[`/`{`) and
/// counts aliases; the estimate errs high only on odd files, never low on a deep one.
enum YAMLBounds {
    /// The real packs are under 8 KB and a config a few hundred bytes.
    static let maxBytes = 1 << 20
    static let maxDepth = 64
    static let maxAliases = 256

    struct Violation: Error {
        let line: Int
        let problem: Message
    }

    /// The bytes of a config or pack file: regular files only, size checked before reading.
    static func read(_ path: String) throws -> Data {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw Violation(line: 0, problem: Message(id: "berkas tidak ditemukan", en: "file not found"))
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw Violation(line: 0, problem: Message(id: "bukan berkas biasa (folder, pipa atau perangkat)", en: "not a regular file (a folder, pipe or device)"))
        }
        if Int(st.st_size) > maxBytes { throw tooLarge(Int(st.st_size)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Violation(line: 0, problem: Message(id: "berkas tidak dapat dibaca", en: "the file cannot be read"))
        }
        if data.count > maxBytes { throw tooLarge(data.count) }
        return data
    }

    static func tooLarge(_ size: Int) -> Violation {
        Violation(line: 0, problem: Message(id: "berkas YAML terlalu besar (\(size) bita; batas \(maxBytes) bita)",
                                            en: "YAML file too large (\(size) bytes; limit \(maxBytes) bytes)"))
    }

    static func check(_ text: String) throws {
        var text = text
        try text.withUTF8 { try check($0) }
    }

    static func check(_ b: UnsafeBufferPointer<UInt8>) throws {
        if b.count > maxBytes { throw tooLarge(b.count) }
        var scan = Scanner(b)
        try scan.run()
    }

    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        var line = 1
        var indents: [Int] = []        // open block levels, by column
        var flow = 0                   // open [ and {
        var compact = 0                // - / ? entries opened on the current line
        var aliases = 0
        var quote: UInt8 = 0           // ' or " while inside a quoted scalar
        var blockScalarParent = -1     // indent of a | or > header's line while its content runs
        var lastFlowSignificant: UInt8 = UInt8(ascii: "[")

        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
        func endsToken(_ j: Int) -> Bool { j >= b.count || isBlank(b[j]) || isBreak(b[j]) }

        func deep() -> Violation {
            Violation(line: line, problem: Message(id: "YAML bersarang lebih dari \(YAMLBounds.maxDepth) tingkat",
                                                   en: "YAML nested deeper than \(YAMLBounds.maxDepth) levels"))
        }

        func depth() -> Int { indents.count + compact + flow }

        mutating func run() throws {
            while i < b.count {
                try scanLine()
            }
        }

        /// One physical line; `i` ends past its line break.
        mutating func scanLine() throws {
            var indent = 0
            if quote == 0 && flow == 0 {
                while i < b.count && b[i] == 0x20 { indent += 1; i += 1 }
                let blank = i >= b.count || isBreak(b[i]) || b[i] == UInt8(ascii: "#") || (b[i] == 0x09 && restIsBlank())
                if blockScalarParent >= 0 {
                    if blank || indent > blockScalarParent { skipToNextLine(); return }
                    blockScalarParent = -1
                }
                if blank { skipToNextLine(); return }
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                compact = 0
                if depth() > YAMLBounds.maxDepth { throw deep() }
                try scanContent(lineIndent: indent, nodeStart: true)
            } else {
                try scanContent(lineIndent: indent, nodeStart: quote == 0 && flow > 0 && lastFlowSignificant != 0)
            }
        }

        func restIsBlank() -> Bool {
            var j = i
            while j < b.count && !isBreak(b[j]) { if !isBlank(b[j]) { return false }; j += 1 }
            return true
        }

        mutating func skipToNextLine() {
            while i < b.count && !isBreak(b[i]) { i += 1 }
            consumeBreak()
        }

        mutating func consumeBreak() {
            guard i < b.count else { return }
            if b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
            i += 1
            line += 1
        }

        mutating func scanContent(lineIndent: Int, nodeStart start: Bool) throws {
            var nodeStart = start
            while i < b.count {
                let c = b[i]
                if isBreak(c) { consumeBreak(); return }
                if quote != 0 {
                    if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == quote {
                        if quote == UInt8(ascii: "'") && i + 1 < b.count && b[i + 1] == quote { i += 2; continue }
                        quote = 0
                        if flow > 0 { lastFlowSignificant = c }
                    }
                    i += 1
                    continue
                }
                if isBlank(c) {
                    i += 1
                    if i < b.count && b[i] == UInt8(ascii: "#") { skipToNextLine(); return }
                    continue
                }
                if flow > 0 {
                    try scanFlow(c)
                    continue
                }
                if nodeStart {
                    switch c {
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        if endsToken(i + 1) {
                            compact += 1
                            if depth() > YAMLBounds.maxDepth { throw deep() }
                            i += 1
                            continue
                        }
                    case UInt8(ascii: "&"), UInt8(ascii: "!"):
                        while i < b.count && !endsToken(i) { i += 1 }
                        continue
                    case UInt8(ascii: "*"):
                        try alias()
                        nodeStart = false
                        continue
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flow += 1
                        lastFlowSignificant = c
                        if depth() > YAMLBounds.maxDepth { throw deep() }
                        i += 1
                        continue
                    case UInt8(ascii: "'"), UInt8(ascii: "\""):
                        quote = c
                        i += 1
                        nodeStart = false
                        continue
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        blockScalarParent = lineIndent
                        skipToNextLine()
                        return
                    case UInt8(ascii: "#"):
                        skipToNextLine()
                        return
                    default: break
                    }
                    nodeStart = false
                }
                // Inside a plain scalar or key: only ": " opens a value position.
                if c == UInt8(ascii: ":") && endsToken(i + 1) { nodeStart = true }
                i += 1
            }
        }

        /// Inside [ ] or { }: brackets nest, quotes open only where a node may begin.
        mutating func scanFlow(_ c: UInt8) throws {
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1
                if depth() > YAMLBounds.maxDepth { throw deep() }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flow = max(0, flow - 1)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "?")].contains(lastFlowSignificant) {
                    quote = c
                    i += 1
                    return
                }
            case UInt8(ascii: "*"):
                if [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":")].contains(lastFlowSignificant) {
                    try alias()
                    lastFlowSignificant = UInt8(ascii: "a")
                    return
                }
            default: break
            }
            lastFlowSignificant = c
            i += 1
        }

        mutating func alias() throws {
            aliases += 1
            if aliases > YAMLBounds.maxAliases {
                throw Violation(line: line, problem: Message(id: "YAML memakai lebih dari \(YAMLBounds.maxAliases) alias (*nama)",
                                                             en: "YAML uses more than \(YAMLBounds.maxAliases) aliases (*name)"))
            }
            i += 1
            while i < b.count && !endsToken(i) && ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(b[i]) { i += 1 }
        }
    }
}
