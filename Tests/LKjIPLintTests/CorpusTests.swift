import XCTest
@testable import LKjIPLint

/// Every corpus draft's findings, compared exactly with its `.expected` file
/// (`LINE SEVERITY RULE` per line, sorted; empty for a clean draft).
final class CorpusTests: XCTestCase {
    static let corpus = repoRoot.appendingPathComponent("corpus")

    static func drafts() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { ["md", "txt"].contains($0.pathExtension) && FileManager.default.fileExists(atPath: expectedURL($0).path) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func expectedURL(_ draft: URL) -> URL { draft.deletingPathExtension().appendingPathExtension("expected") }

    static func findings(_ draft: URL) -> [String] {
        let r = Linter(packs: builtInPacks).lint(path: draft.path)
        return r.diagnostics.map { "\($0.location.line) \($0.severity.rawValue) \($0.rule)" }
    }

    func testCorpusHasEnoughDrafts() throws {
        let drafts = try CorpusTests.drafts()
        XCTAssertGreaterThanOrEqual(drafts.count, 12)
        let clean = try drafts.filter { try String(contentsOf: CorpusTests.expectedURL($0), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        XCTAssertGreaterThanOrEqual(clean.count, 3)
    }

    func testEveryDraftGivesExactlyItsExpectedFindings() throws {
        for draft in try CorpusTests.drafts() {
            let expected = try String(contentsOf: CorpusTests.expectedURL(draft), encoding: .utf8)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            let actual = CorpusTests.findings(draft)
            XCTAssertEqual(actual, expected, "\(draft.lastPathComponent): findings differ.\nmissing: \(expected.filter { !actual.contains($0) })\nunexpected: \(actual.filter { !expected.contains($0) })")
        }
    }
}
