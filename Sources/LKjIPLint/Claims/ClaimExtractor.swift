import Foundation

/// Runs every extractor over a document's blocks, in order.
public enum ClaimExtractor {
    public static func extract(_ document: Document, packs: RulePacks) -> Claims {
        var claims = Claims()
        claims.analysis = DocumentAnalysis(document)
        let prose = ProseClaims(packs: packs)
        var formulas = FormulaClaims()
        var variables = FormulaVariables()
        let blocks = document.blocks
        var capaianTables: [[RatioClaim]] = []
        var sections = SectionTitles()
        for (i, block) in blocks.enumerated() {
            sections.enter(block)
            let ratiosBefore = claims.ratios.count, formulasBefore = claims.formulas.count
            defer {
                // (Titles only for blocks that gave claims: most give none.)
                let gave = claims.ratios.count > ratiosBefore || claims.formulas.count > formulasBefore
                let titles = gave ? sections.innermostFirst : []
                for k in ratiosBefore..<claims.ratios.count { claims.ratios[k].sections = titles }
                for k in formulasBefore..<claims.formulas.count { claims.formulas[k].sections = titles }
            }
            switch block.content {
            case .table(let t):
                let before = claims.ratios.count
                TableClaims(table: t, packs: packs, cells: claims.analysis.blocks[i].cells).extract(into: &claims)
                var indicators = claims.ratios[before...].filter { $0.kind == .capaian && !yearLabel.isMatch($0.label) && !$0.label.isEmpty }
                // A table of year groups: its latest year is the report's.
                let years = Set(indicators.compactMap(\.year))
                if years.count > 1, let latest = years.max() { indicators = indicators.filter { $0.year == latest } }
                capaianTables.append(indicators)
            case .formula:
                formulas.extract(block: block, into: &claims)
                variables.extract(block: block, into: &claims)
            default:
                prose.extract(block: block, analysis: claims.analysis.blocks[i], following: blocks[(i + 1)...].prefix(20), into: &claims)
                formulas.extract(block: block, into: &claims)
                variables.extract(block: block, into: &claims)
            }
        }
        variables.flush(into: &claims)
        overallMeans(&claims, tables: capaianTables)
        claims.categories = CategoryStatement.all(claims.analysis, packs: packs)
        return claims
    }

    static let yearLabel = PCRE2Regex(literal: #"^\s*(?:tahun\s+)?(?:19|20)\d\d\s*$"#, options: [.caseInsensitive])

    /// An overall average against the indicators of the report's capaian table: the table
    /// with the most indicator rows (rows named by a year belong to trend tables).
    static func overallMeans(_ claims: inout Claims, tables: [[RatioClaim]]) {
        guard let main = tables.max(by: { $0.count < $1.count }), main.count >= 2 else { return }
        // Grouped by sasaran, the mean of the sasaran means is the other accepted method.
        var alternatives: [DecimalInterval] = []
        if main.allSatisfy({ $0.group != nil }) {
            let groups = Dictionary(grouping: main, by: { $0.group! }).values.map { g in DecimalInterval.sum(g.map(\.stated.interval)) * (1 / Decimal(g.count)) }
            if groups.count >= 2 && groups.count < main.count { alternatives.append(DecimalInterval.sum(groups) * (1 / Decimal(groups.count))) }
        }
        for stated in claims.overallMeans {
            var claim = MeanClaim(items: main.map(\.stated), stated: stated, label: "rata-rata capaian",
                                  origin: .tableColumn(header: "Capaian", line: main[0].origin.line))
            claim.alternatives = alternatives
            claims.means.append(claim)
        }
    }
}
