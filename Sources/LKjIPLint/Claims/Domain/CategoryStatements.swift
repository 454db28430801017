import Foundation

/// A value stated with a category word ("IKPA … 96,12 … dikategorikan Sangat Baik",
/// "nilai 82,89 (kategori A)"), or a category the sentence announces but leaves empty.
struct CategoryStatement {
    let scheme: CategoryScheme
    let value: Quantity
    /// The category as written, with where it is; nil when the sentence leaves it empty.
    let label: String?
    let labelLocation: SourceLocation

    static let trigger = PCRE2Regex(literal: #"(?i)\b(?:dikategorikan|berkategori|kategori(?:nya)?|predikat(?:nya)?|termasuk\s+(?:dalam\s+)?(?:kategori|predikat)|mutu\s+pelayanan)(?:\s+(?:sebagai|adalah|yaitu|yang\s+diperoleh\s+adalah))?\s*:?\s*"#)
    /// Nothing filled in: a template bracket, or straight on to the reason ("dikategorikan karena …").
    static let empty = PCRE2Regex(literal: #"^(?:\[[^\]]*\]|karena\b)"#)

    static func all(_ analysis: DocumentAnalysis, packs: RulePacks) -> [CategoryStatement] {
        let schemes = packs.domain.categorySchemes
        guard !schemes.isEmpty else { return [] }
        var out: [CategoryStatement] = []
        for a in analysis.prose {
            guard let t = a.text else { continue }
            let s = t.text
            let qs = a.quantities.filter { $0.kind == .quantity }
            trigger.forEachMatch(in: s) { m in
                let after = s.utf8Slice(m.range.upperBound..<s.utf8.count)
                let before = s.utf8Slice(max(0, m.range.lowerBound - 600)..<m.range.lowerBound)
                let beforeStart = m.range.lowerBound - before.utf8.count
                // The scheme named before the trigger, and the first figure after that name.
                var found: (CategoryScheme, Quantity)?
                var candidates: [(Int, CategoryScheme)] = []
                for sc in schemes {
                    sc.context.forEachMatch(in: before) { cm in candidates.append((cm.range.upperBound + beforeStart, sc)); return true }
                }
                for (at, sc) in candidates.sorted(by: { $0.0 > $1.0 }) {
                    guard let q = qs.first(startingIn: at..<m.range.lowerBound), sc.applies(to: q.value) else { continue }
                    // Several schemes for the same figure (IKM 1–4 and 25–100) are told apart by range.
                    let rivals = candidates.filter { $0.0 == at && $0.1.id != sc.id && $0.1.applies(to: q.value) }
                    if rivals.isEmpty { found = (sc, q) }
                    break
                }
                guard let (scheme, value) = found else { return true }
                let loc = t.location(at: m.range.upperBound)
                if empty.isMatch(after) {
                    out.append(CategoryStatement(scheme: scheme, value: value, label: nil, labelLocation: loc))
                    return true
                }
                let lower = after.lowercased()
                for name in scheme.allNames {
                    let n = name.lowercased()
                    guard lower.hasPrefix(n) else { continue }
                    let rest = lower.dropFirst(n.count)
                    if let c = rest.first, c.isLetter || c.isNumber { continue }
                    out.append(CategoryStatement(scheme: scheme, value: value, label: String(after.prefix(n.count)), labelLocation: loc))
                    break
                }
                return true
            }
        }
        return out
    }
}
