/// What a reader makes of a file: the text view (the lines diagnostics refer to) and the
/// blocks parsed from it. Checks never see the file itself.
public struct Document: Sendable {
    public let path: String
    /// The text view, one entry per line; `lines[0]` is line 1.
    public let lines: [String]
    /// Where each line came from in the original file (page, paragraph, table cell), if the
    /// reader knows more than the line number. Indexed like `lines`.
    public let origins: [LineOrigin?]
    public let blocks: [Block]
    /// Things the reader noticed about the file itself (encoding, tracked changes).
    public let readerNotes: [ReaderNote]

    public init(path: String, lines: [String], origins: [LineOrigin?]? = nil, blocks: [Block], readerNotes: [ReaderNote] = []) {
        self.path = path
        self.lines = lines
        self.origins = origins ?? Array(repeating: nil, count: lines.count)
        self.blocks = blocks
        self.readerNotes = readerNotes
    }

    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    public func origin(_ line: Int) -> LineOrigin? {
        line >= 1 && line <= origins.count ? origins[line - 1] : nil
    }

    public var tables: [Table] {
        blocks.compactMap { if case .table(let t) = $0.content { return t } else { return nil } }
    }
}

/// Where a text-view line came from, for readers of structured formats.
public struct LineOrigin: Sendable, Codable, Equatable {
    public var page: Int?
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    /// Header of each cell on this line (for table rows), to name "kolom Capaian".
    public var columnNames: [String]?
    /// For a .docx: the Word paragraphs on this line and the column each starts at.
    public var spans: [ParagraphSpan]?

    public init(page: Int? = nil, paragraph: Int? = nil, table: Int? = nil, row: Int? = nil, columnNames: [String]? = nil,
                spans: [ParagraphSpan]? = nil) {
        self.page = page
        self.paragraph = paragraph
        self.table = table
        self.row = row
        self.columnNames = columnNames
        self.spans = spans
    }

    /// The Word paragraph a 1-based column falls in, and the column's offset (in
    /// Unicode scalars) into that paragraph's one-line text.
    public func span(at column: Int) -> (paragraph: Int, offset: Int)? {
        guard let spans, let s = spans.last(where: { $0.column <= column }) ?? spans.first else { return nil }
        return (s.paragraph, max(0, column - s.column))
    }
}

/// One Word paragraph's place on a text-view line: the 1-based column where its text
/// starts and its `<w:p>` number in document order (0-based, as `DocxReviewWriter` counts).
public struct ParagraphSpan: Sendable, Codable, Equatable {
    public var column: Int
    public var paragraph: Int

    public init(column: Int, paragraph: Int) {
        self.column = column
        self.paragraph = paragraph
    }
}

public struct ReaderNote: Sendable {
    public enum Kind: String, Sendable { case encoding, trackedChanges, structure }
    public let kind: Kind
    public let severity: Severity
    public let line: Int
    public let message: Message
}

public struct Block: Sendable {
    public enum Content: Sendable {
        case heading(level: Int, text: LocatedText)
        case paragraph(LocatedText)
        case listItem(marker: String, text: LocatedText)
        case formula(LocatedText)
        case table(Table)
    }

    public let content: Content
    public let firstLine: Int
    public let lastLine: Int

    public init(_ content: Content, firstLine: Int, lastLine: Int) {
        self.content = content
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// The prose of the block, for blocks that have any.
    public var text: LocatedText? {
        switch content {
        case .heading(_, let t), .paragraph(let t), .listItem(_, let t), .formula(let t): return t
        case .table: return nil
        }
    }
}

public struct Table: Sendable {
    public enum Style: String, Sendable { case tabSeparated, pipe, layout }
    public let style: Style
    public var rows: [TableRow]
    /// Text just above the table (a caption, or the sentence that introduces it).
    public var caption: String

    public init(style: Style, rows: [TableRow], caption: String = "") {
        self.style = style
        self.rows = rows
        self.caption = caption
    }
}

public struct TableRow: Sendable {
    public var cells: [TableCell]
    public let line: Int

    public init(cells: [TableCell], line: Int) {
        self.cells = cells
        self.line = line
    }
}

public struct TableCell: Sendable {
    public let text: LocatedText
    public init(_ text: LocatedText) { self.text = text }
    public var string: String { text.text }
}
