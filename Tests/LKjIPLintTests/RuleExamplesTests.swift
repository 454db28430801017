import XCTest
@testable import LKjIPLint

/// Every check's own examples: each triggering example fires at the line and column the
/// `↓` marks; each non-triggering example stays quiet for that rule.
final class RuleExamplesTests: XCTestCase {
    /// Opt-in rules included: their examples hold when they are asked for.
    func lintEveryRule(_ text: String) -> [Diagnostic] {
        var all = RuleSelection()
        all.disabled = []
        return Linter(packs: builtInPacks, selection: all).lint(TextReader.read(text: text, path: "draf.md"))
    }

    func testEveryCheckHasExamples() {
        for check in CheckRegistry.all {
            let d = check.description
            XCTAssertFalse(d.triggering.isEmpty, "\(d.id) has no triggering examples")
            XCTAssertFalse(d.nonTriggering.isEmpty, "\(d.id) has no non-triggering examples")
        }
    }

    func testRuleIdsAreUniqueKebabCase() {
        let ids = CheckRegistry.all.map(\.description.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ids { XCTAssertNotNil(id.range(of: #"^[a-z]+(-[a-z]+)*$"#, options: .regularExpression), id) }
    }

    func testTriggeringExamplesFireAtTheMarkedSpot() {
        for check in CheckRegistry.all {
            let id = check.description.id
            for example in check.description.triggering {
                guard let marker = Marker(example) else { return XCTFail("\(id): example without ↓: \(example)") }
                let found = lintEveryRule(marker.text).filter { $0.rule == id }
                XCTAssertTrue(found.contains { $0.location.line == marker.line && $0.location.column == marker.column },
                              "\(id) did not fire at \(marker.line):\(marker.column) in:\n\(marker.text)\nfound: \(found.map { "\($0.location.line):\($0.location.column) \($0.message.en)" })")
            }
        }
    }

    func testNonTriggeringExamplesStayQuiet() {
        for check in CheckRegistry.all {
            let id = check.description.id
            for example in check.description.nonTriggering {
                let found = lintEveryRule(example).filter { $0.rule == id }
                XCTAssertTrue(found.isEmpty, "\(id) fired on a quiet example:\n\(example)\n\(found.map(\.message.en))")
            }
        }
    }
}

/// An example with its `↓` removed, and the line and column the arrow pointed at.
struct Marker {
    let text: String
    let line: Int
    let column: Int

    init?(_ example: String) {
        guard let r = example.range(of: "↓") else { return nil }
        let before = example[..<r.lowerBound]
        line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        column = before[lineStart...].unicodeScalars.count + 1
        text = example.replacingCharacters(in: r, with: "")
    }
}
