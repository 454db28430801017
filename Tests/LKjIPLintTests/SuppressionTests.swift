import XCTest
@testable import LKjIPLint

/// Shared by the workflow tests (suppression, config, baseline, batch, reporters, extract).
enum FlowFixtures {
    static let packs: RulePacks = try! RulePacks.builtIn()

    static func lint(_ text: String, selection: RuleSelection = RuleSelection()) -> [Diagnostic] {
        Linter(packs: packs, selection: selection).lint(TextReader.read(text: text, path: "draf.md"))
    }

    /// The repository root (two levels above this file's folder).
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func tempDir(_ name: String = #function) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-\(name.filter(\.isLetter))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The `lkjip-lint` executable built beside the test bundle.
    static func binary() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("lkjip-lint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw XCTSkip("lkjip-lint executable not found next to the tests; build it with 'swift build' first")
    }

    /// Runs a program; returns exit status, stdout and stderr.
    @discardableResult
    static func run(_ exe: URL, _ args: [String], cwd: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// A program on PATH, or nil.
    static func which(_ name: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let u = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return nil
    }

    static let samples = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

final class SuppressionTests: XCTestCase {
    let wrongCapaian = "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,87\t125,00%\n"

    func testFindingWithoutSuppressionFires() {
        let ds = FlowFixtures.lint(wrongCapaian)
        XCTAssertEqual(ds.map(\.rule), ["capaian-mismatch"])
        XCTAssertEqual(ds.first?.location.line, 2)
    }

    func testDisableNextLineAboveATableCoversTheTable() {
        let text = "<!-- lkjip-lint-disable-next-line capaian-mismatch -->\n" + wrongCapaian
        XCTAssertEqual(FlowFixtures.lint(text).map(\.rule), [])
    }

    func testDisableNextLineCoversOnlyTheNextBlock() {
        let text = """
        <!-- lkjip-lint-disable-next-line capaian-mismatch -->
        Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.

        Capaian IKU memperoleh hasil sebesar 4,00 dari target 3,20 atau 110,00%.
        """
        XCTAssertEqual(FlowFixtures.lint(text).map(\.location.line), [4])
    }

    func testDisableNextLineSkipsBlankLines() {
        let text = "<!-- lkjip-lint-disable-next-line capaian-mismatch -->\n\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n"
        XCTAssertEqual(FlowFixtures.lint(text).map(\.rule), [])
    }

    func testDisableNextLineForAnotherRuleKeepsTheFindingAndReportsTheComment() {
        let text = "<!-- lkjip-lint-disable-next-line rounding -->\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n"
        let ds = FlowFixtures.lint(text)
        XCTAssertEqual(ds.map(\.rule), ["unused-suppression", "capaian-mismatch"])
        XCTAssertEqual(ds[0].location, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(ds[0].severity, .info)
        XCTAssertTrue(ds[0].message.en.contains("'rounding'"), ds[0].message.en)
    }

    func testDisableEnableRegion() {
        let text = """
        <!-- lkjip-lint-disable capaian-mismatch -- dikoreksi di revisi -->
        Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.

        Capaian IKU memperoleh hasil sebesar 4,00 dari target 3,20 atau 110,00%.
        <!-- lkjip-lint-enable capaian-mismatch -->

        Capaian IKK memperoleh hasil sebesar 3,50 dari target 3,50 atau 90,00%.
        """
        let ds = FlowFixtures.lint(text)
        XCTAssertEqual(ds.map(\.rule), ["capaian-mismatch"])
        XCTAssertEqual(ds.map(\.location.line), [7], "only the finding after the enable comment is left")
    }

    func testDisableWithoutRuleSuppressesEveryRuleUntilEndOfFile() {
        let text = "<!-- lkjip-lint-disable -->\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n\nIsi [nama satker] di sini.\n"
        XCTAssertEqual(FlowFixtures.lint(text).map(\.rule), [])
        XCTAssertEqual(FlowFixtures.lint(String(text.drop(while: { $0 != "\n" }).dropFirst())).map(\.rule).sorted(),
                       ["capaian-mismatch", "placeholder"], "without the comment both findings fire")
    }

    func testRuleListWithCommas() {
        let text = "<!-- lkjip-lint-disable-next-line capaian-mismatch, placeholder -->\nCapaian [nama satker] memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n"
        XCTAssertEqual(FlowFixtures.lint(text).map(\.rule), [])
    }

    func testUnusedRegionAndStrayEnableAndUnknownRuleAreReported() {
        let text = """
        <!-- lkjip-lint-disable total-mismatch -->
        Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 119,08%.
        <!-- lkjip-lint-enable total-mismatch -->
        <!-- lkjip-lint-enable rounding -->
        <!-- lkjip-lint-disable-next-line no-such-rule -->
        Teks biasa.
        """
        let ds = FlowFixtures.lint(text)
        XCTAssertEqual(ds.map(\.rule), Array(repeating: "unused-suppression", count: 3))
        XCTAssertEqual(ds.map(\.location.line), [1, 4, 5])
        XCTAssertTrue(ds[2].message.en.contains("unknown rule 'no-such-rule'"), ds[2].message.en)
        XCTAssertTrue(ds[1].message.id.contains("tidak menutup"), ds[1].message.id)
    }

    func testUnusedSuppressionCanBeDisabledOrRaised() {
        let text = "<!-- lkjip-lint-disable-next-line rounding -->\nTeks biasa.\n"
        var off = RuleSelection(); off.disabled = ["unused-suppression"]
        XCTAssertEqual(FlowFixtures.lint(text, selection: off).count, 0)
        var raised = RuleSelection(); raised.severityOverrides = ["unused-suppression": .warning]
        XCTAssertEqual(FlowFixtures.lint(text, selection: raised).map(\.severity), [.warning])
        var roundingOff = RuleSelection(); roundingOff.disabled = ["rounding"]
        XCTAssertEqual(FlowFixtures.lint(text, selection: roundingOff).count, 0, "a comment for a rule the config disables is harmless")
    }

    /// Stage rules are not `Check`s, so the registry's example test cannot run them; their
    /// examples run here through the whole `Linter`.
    func testStageRuleExamples() {
        for rule in CheckRegistry.stageRules {
            XCTAssertFalse(rule.triggering.isEmpty || rule.nonTriggering.isEmpty, rule.id)
            for example in rule.triggering {
                let lines = example.components(separatedBy: "\n")
                guard let li = lines.firstIndex(where: { $0.contains("↓") }) else { XCTFail("no ↓ in \(example)"); continue }
                let column = lines[li].distance(from: lines[li].startIndex, to: lines[li].firstIndex(of: "↓")!) + 1
                let ds = FlowFixtures.lint(example.replacingOccurrences(of: "↓", with: "")).filter { $0.rule == rule.id }
                XCTAssertEqual(ds.map(\.location), [SourceLocation(line: li + 1, column: column)], example)
            }
            for example in rule.nonTriggering {
                XCTAssertEqual(FlowFixtures.lint(example).filter { $0.rule == rule.id }.count, 0, example)
                XCTAssertEqual(FlowFixtures.lint(example).count, 0, "the suppression in a quiet example must be used: \(example)")
            }
        }
    }

    func testStageRulesAreListedWithChecks() {
        XCTAssertNotNil(CheckRegistry.description("unused-suppression"))
        XCTAssertNil(CheckRegistry.check("unused-suppression"), "not a Check: it needs the other rules' findings")
    }
}
