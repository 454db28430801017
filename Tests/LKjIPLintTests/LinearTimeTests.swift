import Foundation
import XCTest
@testable import LKjIPLint

/// Hostile text must lint in time linear in its size: one paragraph of many sentences
/// (a report with its newlines removed) was quadratic twice over (the unit check re-lexed
/// the block per sentence; every location counted characters from the line's start).
final class LinearTimeTests: XCTestCase {
    func testScalarIndexCountsLikeTheStandardLibrary() {
        let text = String(repeating: "Capaian “Sangat Baik” – 98,76% ✓ ", count: 2_000)
        let t = LocatedText(text, at: SourceLocation(line: 3, column: 5))
        let u = text.utf8
        for offset in [0, 1, 10, 4095, 4096, 4097, 9_000, 33_333, u.count] {
            guard let i = u.index(u.startIndex, offsetBy: offset, limitedBy: u.endIndex), i.samePosition(in: text.unicodeScalars) != nil else { continue }
            let naive = text.unicodeScalars[text.unicodeScalars.startIndex..<i].count
            XCTAssertEqual(t.location(at: offset), SourceLocation(line: 3, column: 5 + naive), "offset \(offset)")
        }
    }

    func testOneLineOfManySentencesLintsInLinearTime() {
        func seconds(_ n: Int) -> Double {
            let text = String(repeating: "Indeks kepuasan masyarakat sebesar 3,64 poin. ", count: n) + "\n"
            let doc = TextReader.read(text: text)
            let start = Date()
            _ = Linter(packs: builtInPacks).lint(doc)
            return Date().timeIntervalSince(start)
        }
        // 5,000 sentences took 127 s in a release build before; now well under a second.
        let small = seconds(2_500), large = seconds(10_000)
        XCTAssertLessThan(large, 30)
        XCTAssertLessThan(large / max(small, 0.01), 10, "4× the input took \(large / small)× the time")
    }
}
