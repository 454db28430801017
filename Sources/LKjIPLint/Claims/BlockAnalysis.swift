/// One reading of a block's figures and sentences, made once in the claims stage and handed
/// to every check through `CheckContext.analysis`: no check lexes raw text again (each prose
/// block used to be lexed about seven times, once per sentence in one check).
public struct BlockAnalysis: Sendable {
    public let block: Block
    /// The prose of the block (headings, paragraphs, list items, formulas); nil for tables.
    public let text: LocatedText?
    /// The figures of `text`, in text order.
    public let quantities: [Quantity]
    /// Sentences of `text`, as byte ranges.
    public let sentences: [Range<Int>]
    /// For a table: the figures of each cell, by row and cell.
    public let cells: [[[Quantity]]]

    init(_ block: Block) {
        self.block = block
        text = block.text
        if let t = block.text {
            quantities = NumberLexer.scan(t)
            sentences = ProseClaims.sentences(t.text)
        } else {
            quantities = []
            sentences = []
        }
        if case .table(let table) = block.content {
            cells = table.rows.map { r in r.cells.map { $0.string.contains(where: \.isNumber) ? NumberLexer.scan($0.text) : [] } }
            scoreTable = ScoreTable.read(table, cells: cells)
        } else {
            cells = []
            scoreTable = nil
        }
        let lexed = quantities
        weightedFormula = block.text.flatMap { WeightedFormula.read($0, quantities: lexed) }
    }

    /// An IKPA/NKA-style score table (Nilai, Bobot, Nilai Akhir), read once.
    public let scoreTable: ScoreTable?
    /// A weighted-index formula in the block's prose (`K = D1 × 60% + D2 × 40%`).
    let weightedFormula: WeightedFormula?

    /// The figures of one sentence.
    public func quantities(in sentence: Range<Int>) -> ArraySlice<Quantity> { quantities.within(sentence) }
}

/// The analyses of a document's blocks, parallel to `Document.blocks`.
public struct DocumentAnalysis: Sendable {
    public let blocks: [BlockAnalysis]

    public init(_ document: Document) {
        blocks = document.blocks.map(BlockAnalysis.init)
    }

    init() { blocks = [] }

    /// Blocks with prose, formulas left out (their figures are operands, not statements).
    public var prose: [BlockAnalysis] {
        blocks.filter { a in
            if case .formula = a.block.content { return false }
            return a.text != nil
        }
    }
}
