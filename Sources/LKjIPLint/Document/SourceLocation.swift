import Foundation

/// A place in the text view of a document: 1-based line and column (in characters).
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// Text assembled from one or more pieces of the text view (a paragraph broken over
/// several lines, a table cell), which can say where any of its UTF-8 offsets came from.
public struct LocatedText: Sendable {
    public struct Piece: Sendable {
        public let offset: Int          // UTF-8 offset in `text` where the piece starts
        public let location: SourceLocation
    }

    public private(set) var text: String
    public private(set) var pieces: [Piece]
    /// Character counts at checkpoints, built on the first far lookup; replaced (not shared)
    /// whenever the text changes, since copies of this struct share the reference.
    private var scalarIndex = ScalarIndex()

    public init() {
        text = ""
        pieces = []
    }

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        pieces = [Piece(offset: 0, location: location)]
    }

    /// Appends a piece, separated from what came before by `separator` when both are non-empty.
    public mutating func append(_ piece: String, at location: SourceLocation, separator: String = " ") {
        if !text.isEmpty && !piece.isEmpty { text += separator }
        pieces.append(Piece(offset: text.utf8.count, location: location))
        text += piece
        scalarIndex = ScalarIndex()
    }

    /// Appends a piece with Markdown emphasis markers (`**`, `__`) left out, so that
    /// "sebesar **112,47 %**" reads as prose while every figure keeps its column.
    public mutating func appendPlain(_ piece: String, at location: SourceLocation, separator: String = " ") {
        guard piece.utf8.contains(where: { $0 == 42 || $0 == 95 }), piece.contains("**") || piece.contains("__") else { return append(piece, at: location, separator: separator) }
        var column = location.column
        var first = true
        for part in piece.replacingOccurrences(of: "__", with: "**").components(separatedBy: "**") {
            if !part.isEmpty {
                append(part, at: SourceLocation(line: location.line, column: column), separator: first ? separator : "")
                first = false
            }
            column += part.unicodeScalars.count + 2
        }
    }

    public var start: SourceLocation { pieces.first?.location ?? SourceLocation(line: 1, column: 1) }

    /// A locator for many offsets asked in increasing order: counts characters once.
    public func locator() -> Locator { Locator(self) }

    public final class Locator {
        let text: LocatedText
        var pieceIndex = 0
        var offset = 0          // UTF-8 offset reached within `text`
        var chars = 0           // characters from the current piece's start to `offset`

        init(_ text: LocatedText) { self.text = text }

        public func location(at target: Int) -> SourceLocation {
            let pieces = text.pieces
            guard !pieces.isEmpty else { return SourceLocation(line: 1, column: 1) }
            var p = pieceIndex
            while p + 1 < pieces.count && pieces[p + 1].offset <= target { p += 1 }
            if p != pieceIndex || target < offset {
                if target < offset && p == pieceIndex { return text.location(at: target) }  // asked out of order
                pieceIndex = p
                offset = pieces[p].offset
                chars = 0
            }
            let end = min(max(target, offset), text.text.utf8.count)
            if end > offset {
                chars += ScalarIndex.count(text.text, offset, end)
                offset = end
            }
            return SourceLocation(line: pieces[p].location.line, column: pieces[p].location.column + chars)
        }
    }

    /// The text-view location of a UTF-8 offset into `text`.
    public func location(at offset: Int) -> SourceLocation {
        guard var piece = pieces.first else { return SourceLocation(line: 1, column: 1) }
        for p in pieces {
            if p.offset > offset { break }
            piece = p
        }
        let n = text.utf8.count
        let chars = scalarIndex.scalars(in: text, from: min(piece.offset, n), to: min(max(offset, piece.offset), n))
        return SourceLocation(line: piece.location.line, column: piece.location.column + chars)
    }
}

/// Counts characters (Unicode scalars) between two UTF-8 offsets of a text in time
/// independent of how far into the text they are: a count every `stride` bytes, built
/// once. Without it every location asked on one long line counted from the line's start,
/// quadratic on a report whose newlines were removed (40,000 sentences: 82 s).
final class ScalarIndex: @unchecked Sendable {
    static let stride = 4096
    private let lock = NSLock()
    private var checkpoints: [Int]?

    func scalars(in text: String, from lo: Int, to hi: Int) -> Int {
        guard hi > lo else { return 0 }
        if hi - lo <= 2 * ScalarIndex.stride { return ScalarIndex.count(text, lo, hi) }
        let cps = lock.withLock {
            if let c = checkpoints { return c }
            let c = ScalarIndex.build(text)
            checkpoints = c
            return c
        }
        return prefix(text, cps, hi) - prefix(text, cps, lo)
    }

    private func prefix(_ text: String, _ cps: [Int], _ offset: Int) -> Int {
        let k = offset / ScalarIndex.stride
        return cps[k] + ScalarIndex.count(text, k * ScalarIndex.stride, offset)
    }

    /// checkpoints[k] = characters before byte k·stride.
    private static func build(_ text: String) -> [Int] {
        let n = text.utf8.count
        var out = [0]
        out.reserveCapacity(n / stride + 1)
        var k = stride
        while k <= n {
            out.append(out[out.count - 1] + count(text, k - stride, k))
            k += stride
        }
        return out
    }

    /// Scalars starting in [lo, hi): every byte that is not a UTF-8 continuation byte.
    static func count(_ text: String, _ lo: Int, _ hi: Int) -> Int {
        if let n = text.utf8.withContiguousStorageIfAvailable({ buf -> Int in
            var n = 0
            for i in lo..<hi where buf[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }) { return n }
        let u = text.utf8
        return text.unicodeScalars[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)].count
    }
}
