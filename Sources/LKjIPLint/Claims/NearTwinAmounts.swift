import Foundation

/// Rupiah amounts that are almost the same: one digit changed, or two neighbours swapped
/// (1.732.100.000 and 1.732.400.000; 41.989.689.832 and 41.998.689.832). A report's long
/// amounts are distinctive, so two such near-twins are one figure written two ways,
/// whatever words stand around them. Round amounts (1.000.000.000 against 2.000.000.000)
/// and amounts on one line (a target beside its realisasi) are left alone.
public enum NearTwinAmounts {
    public struct Pair: Sendable {
        public let odd: [Quantity]       // the spelling written fewer times
        public let usual: [Quantity]     // the spelling written more often (or as often)
        public let tie: Bool
    }

    public static func pairs(in analysis: DocumentAnalysis) -> [Pair] {
        var byDigits: [String: [Quantity]] = [:]
        for a in analysis.blocks {
            for q in a.quantities + a.cells.joined().joined() where q.isAmount && q.kind == .quantity && q.decimals == 0 {
                let digits = "\(q.value)"
                guard digits.count >= 9, digits.filter({ $0 != "0" }).count >= 4 else { continue }
                byDigits[digits, default: []].append(q)
            }
        }
        let keys = byDigits.keys.sorted()
        var out: [Pair] = []
        // Amounts of one length only can be twins; compare within each length.
        for group in Dictionary(grouping: keys, by: \.count).values {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where nearTwins(a, b) {
                    let qa = byDigits[a]!, qb = byDigits[b]!
                    if Set(qa.map(\.location.line)).intersection(qb.map(\.location.line)).count > 0 { continue }
                    let (odd, usual) = qa.count <= qb.count ? (qa, qb) : (qb, qa)
                    out.append(Pair(odd: odd, usual: usual, tie: qa.count == qb.count))
                }
            }
        }
        return out
    }

    /// One digit different, or two adjacent digits swapped.
    static func nearTwins(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count else { return false }
        let diff = x.indices.filter { x[$0] != y[$0] }
        if diff.count == 1 { return true }
        if diff.count == 2, diff[1] == diff[0] + 1, x[diff[0]] == y[diff[1]], x[diff[1]] == y[diff[0]] { return true }
        return false
    }
}
