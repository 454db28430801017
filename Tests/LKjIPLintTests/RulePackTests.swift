import XCTest
@testable import LKjIPLint

final class RulePackTests: XCTestCase {
    /// The binary carries a copy of checks/: it must be the same text.
    func testEmbeddedPacksMatchChecksFolder() throws {
        let dir = repoRoot.appendingPathComponent("checks")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yml") }.sorted()
        XCTAssertEqual(names, EmbeddedPacks.files.keys.sorted(), "run scripts/embed-packs.py")
        for n in names {
            let text = try String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8)
            XCTAssertEqual(text.trimmingCharacters(in: .newlines), EmbeddedPacks.files[n]?.trimmingCharacters(in: .newlines), "\(n) differs: run scripts/embed-packs.py")
        }
    }

    func testMalformedPackNamesFileAndKey() {
        var packs = RulePacks()
        XCTAssertThrowsError(try packs.add(yaml: "kind: placeholders\nplaceholders:\n  - id: x\n    pattern: '(unclosed'\n    description: d\n", file: "mine.yml")) { e in
            XCTAssertTrue("\(e)".contains("mine.yml") && "\(e)".contains("placeholders[0].pattern"), "\(e)")
        }
        XCTAssertThrowsError(try packs.add(yaml: "kind: nonsense\n", file: "odd.yml")) { e in
            XCTAssertTrue("\(e)".contains("odd.yml") && "\(e)".contains("kind"), "\(e)")
        }
        XCTAssertThrowsError(try packs.add(yaml: "kind: indicators\nindicators:\n  - id: a\n    name: A\n    match: 'a'\n    polarity: sideways\n    unit: index\n", file: "ind.yml")) { e in
            XCTAssertTrue("\(e)".contains("indicators[0].polarity"), "\(e)")
        }
    }

    func testUserPlaceholderPackChangesFindings() throws {
        let text = "Nilai IKPA tahun ini adalah TBD.\n"
        XCTAssertTrue(lint(text).filter { $0.rule == "placeholder" }.isEmpty)
        var packs = builtInPacks
        try packs.add(yaml: "kind: placeholders\nplaceholders:\n  - id: tbd\n    pattern: '\\bTBD\\b'\n    description: belum ditentukan\n", file: "user.yml")
        let found = Linter(packs: packs).lint(TextReader.read(text: text)).filter { $0.rule == "placeholder" }
        XCTAssertEqual(found.map(\.location), [SourceLocation(line: 1, column: 29)])
    }

    func testLowerIsBetterIndicatorFromCatalog() {
        XCTAssertEqual(builtInPacks.indicator(for: "Persentase pelanggaran disiplin pegawai")?.polarity, .lower)
        XCTAssertEqual(builtInPacks.indicator(for: "Indeks Kepuasan Masyarakat")?.polarity, .higher)
    }
}
