import Foundation
import XCTest
@testable import LKjIPLint

/// A user pack's regex that hits PCRE2's match limit used to drop its matches silently;
/// now the file's findings say so, once, naming the pattern.
final class RegexLimitTests: XCTestCase {
    private func packs(_ pattern: String) throws -> RulePacks {
        let dir = try temporaryDirectory()
        let yaml = """
        kind: placeholders
        placeholders:
          - id: lambat
            pattern: '\(pattern)'
            description: pola yang mundur-maju tanpa akhir
        """
        try Data(yaml.utf8).write(to: dir.appendingPathComponent("lambat.yml"))
        var packs = builtInPacks
        try packs.add(directory: dir.path)
        return packs
    }

    func testMatchLimitHitIsSaidOncePerFile() throws {
        let packs = try packs("^(\\w+\\s?)+$")
        let hard = String(repeating: "kata ", count: 30) + "!"
        let text = "Capaian kinerja\n\n" + Array(repeating: hard, count: 5).joined(separator: "\n\n") + "\n"
        let ds = Linter(packs: packs).lint(TextReader.read(text: text))
        let notes = ds.filter { $0.rule == "input" }
        XCTAssertEqual(notes.count, 1, "\(ds.map(\.message.en))")
        XCTAssertTrue(notes.first?.message.en.contains("lambat.yml: placeholders[0].pattern") == true, notes.first?.message.en ?? "")
        XCTAssertEqual(notes.first?.severity, .warning)
    }

    func testBuiltInPatternsOnOrdinaryTextSayNothing() throws {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("corpus/01-kanim-pangkalpinang-2024.md"), encoding: .utf8)
        let ds = Linter(packs: builtInPacks).lint(TextReader.read(text: text))
        XCTAssertFalse(ds.contains { $0.message.en.contains("PCRE2") })
    }

    func testAPatternThatMatchesQuietlyRecordsNoHit() throws {
        let regex = try PCRE2Regex("kata", source: "x.yml: p")
        let (n, hits) = LimitHits.collecting { regex.count(in: "kata kata") }
        XCTAssertEqual(n, 2)
        XCTAssertEqual(hits, [])
        let slow = try PCRE2Regex("^(\\w+\\s?)+$", source: "x.yml: q")
        let (m, hits2) = LimitHits.collecting { slow.count(in: String(repeating: "kata ", count: 30) + "!") }
        XCTAssertEqual(m, 0)
        XCTAssertEqual(hits2, ["x.yml: q"])
    }
}
