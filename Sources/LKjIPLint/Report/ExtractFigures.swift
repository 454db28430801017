import Foundation

/// One figure the linter understood, as `lkjip-lint extract` lists it: an indicator's
/// target/realisasi/capaian, a budget's pagu/realisasi/percentage, PNBP, or an IKPA score.
public struct ExtractedFigure: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable { case indicator, budget, pnbp, percent, ikpa }

    public let kind: Kind
    public let label: String
    /// As written, and as a plain decimal for spreadsheets ("9933860000", "99.79").
    public let target: String?, targetValue: String?, targetLine: Int?
    public let realisasi: String?, realisasiValue: String?, realisasiLine: Int?
    public let stated: String?, statedValue: String?, statedLine: Int?
    /// What realisasi ÷ target gives as written (100 ÷ 15 → 666,67%), at the precision of
    /// the stated figure: the value `check` reports.
    public let recomputed: String?
    /// What the figures could give when each is read as rounded ("645,16–689,66%"): the
    /// tolerance the check allows, never the value itself.
    public let recomputedRange: String?
    /// holds, rounding, capped, mismatch, zero-denominator; empty for single values.
    public let status: String?
}

/// The figures of one report, with the report's unit and year.
public struct ExtractedReport: Sendable, Encodable {
    public let path: String
    public let unit: String?
    public let year: Int?
    public let figures: [ExtractedFigure]
    public let error: String?

    public init(path: String, unit: String?, year: Int?, figures: [ExtractedFigure], error: String?) {
        self.path = path
        self.unit = unit
        self.year = year
        self.figures = figures
        self.error = error
    }
}

public enum FigureExtractor {
    static let pnbpWords = PCRE2Regex(literal: #"(?i)\bPNBP\b|Penerimaan\s+Negara\s+Bukan\s+Pajak"#)
    static let budgetWords = PCRE2Regex(literal: #"(?i)\b(?:anggaran|pagu|belanja|DIPA)\b"#)
    /// "nilai akhir … IKPA … Tahun Anggaran 2024 … adalah sebesar 96,12".
    static let ikpa = PCRE2Regex(literal: #"(?i)nilai\s+akhir[^.]{0,160}?\bIKPA\)?[^.]{0,80}?\bTahun\s+Anggaran\s+(?<year>20\d\d)[^.]{0,160}?\bsebesar\s+(?<value>\d{2,3}(?:[.,]\d{1,2})?)"#)

    public static func extract(_ document: Document, packs: RulePacks, options: LintOptions = LintOptions()) -> ExtractedReport {
        let claims = ClaimExtractor.extract(document, packs: packs)
        var figures = claims.ratios.map { figure($0, document) }
        figures += ikpaScores(document)
        let id = ReportIdentity.of(document, options: options)
        return ExtractedReport(path: document.path, unit: id.unit, year: id.year, figures: figures, error: nil)
    }

    static func figure(_ c: RatioClaim, _ doc: Document) -> ExtractedFigure {
        let name = label(c, doc)
        let context = [name, blockText(doc, c.stated.location.line), doc.line(c.denominator.location.line)].joined(separator: " ")
        let kind: ExtractedFigure.Kind = c.kind == .capaian ? .indicator
            : pnbpWords.isMatch(context) ? .pnbp : budgetWords.isMatch(context) ? .budget : .percent
        let judgement = RatioJudgement.of(c)
        let status: String
        var point: Decimal?
        switch judgement {
        case .holds:
            status = "holds"
            // The formula that held (higher or lower is better), at its point value.
            let held = c.candidates.first { Agreement.of(stated: c.stated, computed: $0.0) == .consistent } ?? c.candidates.first
            point = held.flatMap { c.point(lower: $0.lower) }?.rounded(c.stated.decimals)
        case .truncated(_, let expected): status = "rounding"; point = expected
        case .capped(let raw): status = "capped"; point = raw
        case .mismatch(let expected): status = "mismatch"; point = expected
        case .zeroDenominator: status = "zero-denominator"
        }
        // A capped 100% is compared with the uncapped value, shown to two decimals as check shows it.
        let recomputed = point.map { status == "capped" ? c.stated.formatted($0, decimals: 2) : c.stated.formatted($0) }
        let range = c.computed.map { i in
            NumberFormat.indonesian(i.lower.rounded(2), decimals: 2) + "–" + c.stated.formatted(i.upper.rounded(2), decimals: 2)
        }
        return ExtractedFigure(kind: kind, label: name,
                               target: c.denominator.text, targetValue: plain(c.denominator.value), targetLine: c.denominator.location.line,
                               realisasi: c.numerator.text, realisasiValue: plain(c.numerator.value), realisasiLine: c.numerator.location.line,
                               stated: c.stated.text, statedValue: plain(c.stated.value), statedLine: c.stated.location.line,
                               recomputed: recomputed, recomputedRange: range, status: status)
    }

    /// The claim's own label, or for a sentence the words just before its first figure.
    static func label(_ c: RatioClaim, _ doc: Document) -> String {
        let own = Claims.short(c.label, 90)
        if !own.isEmpty { return own }
        let first = min(c.numerator.location, c.denominator.location)
        var previous = first.line - 1
        while previous >= 1 && doc.line(previous).trimmingCharacters(in: .whitespaces).isEmpty { previous -= 1 }
        let before = previous >= 1 ? doc.line(previous).trimmingCharacters(in: .whitespaces) + " " : ""
        let line = Array(before + doc.line(first.line))
        let end = min(max(0, before.count + first.column - 1), line.count)
        var words = String(line[max(0, end - 90)..<end]).split(separator: " ")
        if end > 90 && !words.isEmpty { words.removeFirst() }   // a word cut in half
        return Claims.short(words.joined(separator: " ").replacingOccurrences(of: "**", with: ""), 90)
    }

    /// The prose of the paragraph holding a line: a PDF sentence is spread over several.
    static func blockText(_ doc: Document, _ line: Int) -> String {
        doc.blocks.first { $0.firstLine <= line && line <= $0.lastLine }?.text?.text ?? doc.line(line)
    }

    /// Over the whole text joined line to line: a PDF breaks the sentence over several
    /// lines (and blocks), so the paragraph blocks alone would miss it.
    static func ikpaScores(_ doc: Document) -> [ExtractedFigure] {
        guard doc.lines.contains(where: { $0.contains("IKPA") }) else { return [] }
        var all = LocatedText()
        for (i, line) in doc.lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            all.append(line, at: SourceLocation(line: i + 1, column: 1))
        }
        let text = all.text
        let vi = ikpa.groupIndex("value")!, yi = ikpa.groupIndex("year")!
        var out: [ExtractedFigure] = []
        ikpa.forEachMatch(in: text) { m in
            guard let vr = m.range(vi), let value = m.string(vi, in: text), let year = m.string(yi, in: text) else { return true }
            let v = Decimal(string: value.replacingOccurrences(of: ",", with: "."))
            out.append(ExtractedFigure(kind: .ikpa, label: "IKPA TA \(year)",
                                       target: nil, targetValue: nil, targetLine: nil,
                                       realisasi: nil, realisasiValue: nil, realisasiLine: nil,
                                       stated: value, statedValue: v.map(plain), statedLine: all.location(at: vr.lowerBound).line,
                                       recomputed: nil, recomputedRange: nil, status: nil))
            return true
        }
        return out
    }

    static func plain(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).stringValue }
}
