import Foundation

/// A relation the document asserts between numbers, with the places it came from.
/// Extractors make claims; checks judge them. Adding a new way of writing a ratio is an
/// extractor change, never a check change.
public struct RatioClaim: Sendable {
    public enum Kind: String, Sendable {
        case capaian      // an indicator's realisasi against its target
        case percent      // a part against a whole: budget absorption, PNBP, "N dari M (P%)"
    }
    public let kind: Kind
    public let numerator: Quantity      // realisasi, the part
    public let denominator: Quantity    // target, pagu, the whole
    public let stated: Quantity         // capaian or percentage as written
    /// From the indicator catalog or the wording ("target paling banyak 3"); nil when
    /// unknown. Lower-is-better: capaian = (2·target − realisasi) / target.
    public let polarity: IndicatorSpec.Polarity?
    public var lowerIsBetter: Bool { polarity == .lower }
    /// What the figures are, in the reader's words ("Indeks Kepuasan Masyarakat", "Anggaran").
    public let label: String
    public let origin: ClaimOrigin
    /// The year the figures are for, when the table or sentence says (a year row, a
    /// "Tahun 2023" column, "tahun 2022 sebesar …"); nil means the report's own year.
    public var year: Int? = nil
    /// "anggaran" or "pnbp" for a budget ratio, when the header or sentence says which.
    public var subject: String? = nil
    /// For prose: the words before the figures and the match itself, which may say the
    /// figures are another unit's, a national average, or a Renstra target.
    public var context: String = ""
    /// The titles of the sections the claim stands in, innermost first (a Bab III heading
    /// such as "1. Indeks Kepuasan Masyarakat"), for claims whose own words name nothing.
    public var sections: [String] = []
    /// False when the figures' period is unknown although the row holds several periods
    /// (two Target/Realisasi/Capaian groups with no year over them): the ratio is checked,
    /// but its figures are no key to compare with other places.
    public var keyed = true
    /// The sasaran a table row stands under (its own or the one inherited from above), so an
    /// overall average may be the mean of the sasaran means (GENRE.md §5 P10).
    public var group: String? = nil
}

/// "Naik dari A menjadi B, atau sebesar P%": relative change (or, between percentages,
/// a change in points).
public struct GrowthClaim: Sendable {
    public let from: Quantity
    public let to: Quantity
    public let stated: Quantity
    public let origin: ClaimOrigin
}

/// "3,74, naik 0,06 indeks atau 1,63% dibanding tahun 2023 (3,68)": a difference and its
/// percentage stated beside both operands; "capaian 106,86%, lebih tinggi 6,86% dari target"
/// (`from` nil: the target is 100%). See GrowthSentences.
public struct DifferenceClaim: Sendable {
    public let from: Quantity?
    public let to: Quantity
    public let difference: Quantity?
    public let percent: Quantity?
    /// "lebih rendah", "turun": the later value is the smaller one.
    public let down: Bool
    public let origin: ClaimOrigin
    /// "lebih tinggi D% dari target": D is measured from the target (100%, or the
    /// percentage target named after it).
    public var againstTarget = false
}

public struct SumClaim: Sendable {
    public let parts: [Quantity]
    public let stated: Quantity
    public let label: String
    /// Rows that repeat the sum of the rows just below them (a Program over its
    /// Kegiatan): the total may count either level, never both.
    public let nestedAlternatives: [[Quantity]]
    public let origin: ClaimOrigin
}

public struct MeanClaim: Sendable {
    public let items: [Quantity]
    public let stated: Quantity
    public let label: String
    public let origin: ClaimOrigin
    /// Other ways the report may have averaged the same items (the mean of the sasaran means).
    public var alternatives: [DecimalInterval] = []
}

public struct FormulaClaim: Sendable {
    public let expression: String
    public let value: DecimalInterval
    public let stated: Quantity
    public let origin: ClaimOrigin
    /// For a capaian-shaped formula (`a / b × 100%`, or `((2 × b) − a) / b × 100%` for a
    /// lower-is-better indicator): realisasi and target as written, else empty.
    public var ratioOperands: [Quantity] = []
    /// The titles of the sections the formula stands in, innermost first.
    public var sections: [String] = []
}

/// Where a claim was read, so a message can say "from the row 'Anggaran' of the table".
public enum ClaimOrigin: Sendable {
    case tableRow(label: String, line: Int)
    case tableColumn(header: String, line: Int)
    case sentence(line: Int)
    case list(line: Int)
    case formula(line: Int)

    public var line: Int {
        switch self {
        case .tableRow(_, let l), .tableColumn(_, let l), .sentence(let l), .list(let l), .formula(let l): return l
        }
    }

    public var message: Message {
        switch self {
        case .tableRow(let label, _):
            let l = label.isEmpty ? "" : " '\(Claims.short(label))'"
            return Message(id: "baris tabel\(l)", en: "table row\(l)")
        case .tableColumn(let header, _):
            return Message(id: "kolom tabel '\(Claims.short(header))'", en: "table column '\(Claims.short(header))'")
        case .sentence: return Message(id: "kalimat", en: "sentence")
        case .list: return Message(id: "rincian", en: "itemised list")
        case .formula: return Message(id: "rumus", en: "formula")
        }
    }
}

/// Everything the extractors found in one document.
public struct Claims: Sendable {
    public var ratios: [RatioClaim] = []
    public var growths: [GrowthClaim] = []
    public var differences: [DifferenceClaim] = []
    public var sums: [SumClaim] = []
    public var means: [MeanClaim] = []
    public var formulas: [FormulaClaim] = []
    public var formulaVariables: [FormulaVariableClaim] = []
    /// Table cells a row's other cells say should hold a value.
    /// Figures stated alone with what they are: "target PNBP … tahun 2023 sebesar Rp X".
    public var statedFacts: [(subject: String, measure: String, year: Int?, quantity: Quantity)] = []
    /// "Rata-rata capaian kinerja sebesar X%" with nothing itemised after it.
    public var overallMeans: [Quantity] = []
    public var emptyCells: [(location: SourceLocation, column: String, label: String)] = []
    /// Targets of a table that plans without measuring (the Perjanjian Kinerja: Sasaran,
    /// Indikator, Target), by row label; the year when the header or caption gives one.
    public var plannedTargets: [(label: String, year: Int?, quantity: Quantity)] = []
    /// "Indeks Kepuasan Masyarakat dengan capaian 106,86%": an indicator's capaian restated
    /// by its name alone (summary, conclusion), keyed once the report's indicators are known.
    public var restatedCapaian: [(name: String, year: Int?, quantity: Quantity)] = []
    /// Each block's figures and sentences, read once here and shared by every check.
    public var analysis = DocumentAnalysis()
    /// Values stated with a category word ("… 96,12 … dikategorikan Sangat Baik").
    var categories: [CategoryStatement] = []

    public init() {}

    static func short(_ s: String, _ n: Int = 60) -> String {
        let t = s.replacingOccurrences(of: "**", with: "").trimmed()
        return t.count <= n ? t : String(t.prefix(n - 1)) + "…"
    }
}
