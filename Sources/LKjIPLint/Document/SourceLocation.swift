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
            let u = text.text.utf8
            let end = min(max(target, offset), u.count)
            if end > offset {
                let lo = u.index(u.startIndex, offsetBy: offset), hi = u.index(u.startIndex, offsetBy: end)
                chars += text.text.unicodeScalars[lo..<hi].count
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
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: min(piece.offset, u.count))
        let hi = u.index(u.startIndex, offsetBy: min(max(offset, piece.offset), u.count))
        let chars = text.unicodeScalars[lo..<hi].count
        return SourceLocation(line: piece.location.line, column: piece.location.column + chars)
    }
}
