import Foundation
import XCTest
@testable import LKjIPLint

/// Deep or huge YAML is refused on its raw bytes before Yams (which recursed into a stack
/// overflow at 10,000 levels and took up to a minute on a 16 MB scalar) ever sees it.
final class YAMLBoundsTests: XCTestCase {
    private func configError(_ text: String, name: String = "cfg.yml") throws -> (ConfigError?, TimeInterval) {
        let path = try writeTemporaryFile(Data(text.utf8), name)
        let start = Date()
        do {
            _ = try LintConfig.load(path: path)
            return (nil, Date().timeIntervalSince(start))
        } catch let e as ConfigError {
            XCTAssertEqual(e.file, path)
            return (e, Date().timeIntervalSince(start))
        }
    }

    func testMillionDeepFlowSequenceIsRefusedQuickly() throws {
        // 1,000,000 brackets fit under the size cap, so it is the depth that refuses them.
        let (e, t) = try configError("checks: " + String(repeating: "[", count: 1_000_000))
        XCTAssertEqual(e?.problem.en, "YAML nested deeper than 64 levels")
        XCTAssertEqual(e?.line, 1)
        XCTAssertLessThan(t, 1)
    }

    func testMillionDeepCompactSequenceAndFlowMappingAreRefusedQuickly() throws {
        for text in [String(repeating: "- ", count: 1_000_000), String(repeating: "a: {", count: 1_000_000)] {
            let (e, t) = try configError(text)
            XCTAssertNotNil(e, String(text.prefix(10)))
            XCTAssertTrue(e?.problem.en.contains("too large") == true || e?.problem.en == "YAML nested deeper than 64 levels", "\(String(describing: e))")
            XCTAssertLessThan(t, 1)
            // Under the size cap the depth says no, with the line it happened on.
            let small = String(text.prefix(40_000))
            let (e2, t2) = try configError(small)
            XCTAssertEqual(e2?.problem.en, "YAML nested deeper than 64 levels")
            XCTAssertLessThan(t2, 1)
        }
    }

    func testDeepIndentationIsRefused() throws {
        var text = ""
        for level in 0..<100 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        let (e, _) = try configError(text)
        XCTAssertEqual(e?.problem.en, "YAML nested deeper than 64 levels")
        XCTAssertEqual(e?.line, 65)
    }

    func testLargeScalarIsRefusedByTheSizeCap() throws {
        let (e, t) = try configError("unit: " + String(repeating: "x", count: 4 * 1_048_576) + "\n")
        XCTAssertEqual(e?.problem.en, "the config file cannot be used: YAML file too large (4194311 bytes; limit 1048576 bytes)")
        XCTAssertLessThan(t, 1)
    }

    func testDeepRulePackIsRefusedNamingTheFile() throws {
        let dir = try temporaryDirectory()
        try Data(("kind: placeholders\nplaceholders: " + String(repeating: "[", count: 1_000_000)).utf8)
            .write(to: dir.appendingPathComponent("dalam.yml"))
        var packs = builtInPacks
        XCTAssertThrowsError(try packs.add(directory: dir.path)) { e in
            XCTAssertEqual("\(e)", dir.appendingPathComponent("dalam.yml").path + ":2: YAML bersarang lebih dari 64 tingkat")
        }
    }

    func testBracketsInQuotesPlainScalarsCommentsAndBlockScalarsAreNotNesting() throws {
        let deep = String(repeating: "[", count: 200)
        let text = """
        unit: 'Kantor \(deep) ''x'''
        year: "2024"  # \(deep)
        include: ["a/\(deep)*.md", 'b/**']
        exclude:
          - c\(deep)d
          - |
            \(deep)
            {{{{
        language: id
        """
        let (e, _) = try configError(text)
        // The exclude glob is not valid, but that is PathGlob speaking, not the bounds.
        XCTAssertNotEqual(e?.problem.en, "YAML nested deeper than 64 levels", "\(String(describing: e))")
        XCTAssertNoThrow(try YAMLBounds.check(text))
    }

    func testEveryBuiltInPackIsWithinBounds() throws {
        let dir = repoRoot.appendingPathComponent("checks")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".yml") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            XCTAssertNoThrow(try YAMLBounds.check(text), name)
        }
    }

    func testConfigThatIsAFIFOIsRefused() throws {
        let path = try temporaryDirectory().appendingPathComponent(".lkjip-lint.yml").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertThrowsError(try LintConfig.load(path: path)) { e in
            XCTAssertEqual((e as? ConfigError)?.problem.en, "the config file cannot be used: not a regular file (a folder, pipe or device)")
        }
    }
}
