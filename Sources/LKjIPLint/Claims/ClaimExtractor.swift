/// Runs every extractor over a document's blocks, in order.
public enum ClaimExtractor {
    public static func extract(_ document: Document, packs: RulePacks) -> Claims {
        var claims = Claims()
        let prose = ProseClaims(packs: packs)
        var formulas = FormulaClaims()
        let blocks = document.blocks
        for (i, block) in blocks.enumerated() {
            switch block.content {
            case .table(let t):
                TableClaims(table: t, packs: packs).extract(into: &claims)
            case .formula:
                formulas.extract(block: block, into: &claims)
            default:
                prose.extract(block: block, following: blocks[(i + 1)...].prefix(20), into: &claims)
                formulas.extract(block: block, into: &claims)
            }
        }
        return claims
    }
}
