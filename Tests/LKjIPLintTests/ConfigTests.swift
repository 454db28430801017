import XCTest
@testable import LKjIPLint

/// Records the options each check receives, to prove they reach `CheckContext`.
private struct OptionsProbe: Check {
    let description = RuleDescription(id: "options-probe", severity: .info, summary: Message(id: "", en: ""),
                                       rationale: Message(id: "", en: ""), triggering: [], nonTriggering: [])
    func run(_ context: CheckContext) -> [Diagnostic] {
        [Diagnostic(rule: "options-probe", severity: .info, location: SourceLocation(line: 1, column: 1),
                    message: Message(id: context.options.capaianCap.rawValue, en: context.options.capaianCap.rawValue))]
    }
}

final class ConfigTests: XCTestCase {
    func testParsesEveryKey() throws {
        let dir = try FlowFixtures.tempDir()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("packs"), withIntermediateDirectories: true)
        let yaml = """
        disabled_rules: [rounding]
        severity:
          placeholder: error
        fail_on: warning
        year: 2024
        unit: Kantor Imigrasi Kelas II Non TPI Kerinci
        capaian_cap: capped
        language: en
        include: ["laporan/**"]
        exclude:
          - "**/arsip/**"
          - "*.pdf"
        checks: [packs]
        """
        let file = dir.appendingPathComponent(".lkjip-lint.yml")
        try FlowFixtures.write(yaml, to: file)
        let c = try LintConfig.load(path: file.path)
        XCTAssertEqual(c.disabledRules, ["rounding"])
        XCTAssertEqual(c.severity, ["placeholder": .error])
        XCTAssertEqual(c.failOn, .warning)
        XCTAssertEqual(c.year, 2024)
        XCTAssertEqual(c.unit, "Kantor Imigrasi Kelas II Non TPI Kerinci")
        XCTAssertEqual(c.capaianCap, .capped)
        XCTAssertEqual(c.language, .en)
        XCTAssertEqual(c.checks, [dir.appendingPathComponent("packs").standardizedFileURL.path])
        XCTAssertEqual(c.selection.disabled, ["rounding", "numberword-spelling"], "opt-in rules stay off unless enabled")
        XCTAssertEqual(c.selection.severityOverrides["placeholder"], .error)
        XCTAssertEqual(c.options, LintOptions(capaianCap: .capped, year: 2024, unit: "Kantor Imigrasi Kelas II Non TPI Kerinci"))
        let base = dir.path
        XCTAssertTrue(c.admits(base + "/laporan/2024/kerinci.md"))
        XCTAssertFalse(c.admits(base + "/laporan/arsip/kerinci.md"), "excluded folder")
        XCTAssertFalse(c.admits(base + "/laporan/kerinci.pdf"), "excluded extension at any depth")
        XCTAssertFalse(c.admits(base + "/draf/kerinci.md"), "not under include")
    }

    func testOnlyRulesDisablesTheRest() throws {
        let c = try LintConfig.parse("only_rules: [capaian-mismatch]\n", file: "x.yml")
        XCTAssertFalse(c.selection.disabled.contains("capaian-mismatch"))
        XCTAssertTrue(c.selection.disabled.contains("rounding"))
        XCTAssertTrue(c.selection.disabled.contains("unused-suppression"))
    }

    func testOptionsReachTheChecks() {
        let linter = Linter(packs: FlowFixtures.packs, checks: [OptionsProbe()], options: LintOptions(capaianCap: .uncapped))
        XCTAssertEqual(linter.lint(TextReader.read(text: "Teks.\n")).map(\.message.en), ["uncapped"])
        let byDefault = Linter(packs: FlowFixtures.packs, checks: [OptionsProbe()])
        XCTAssertEqual(byDefault.lint(TextReader.read(text: "Teks.\n")).map(\.message.en), ["auto"])
    }

    func testEmptyFileGivesDefaults() throws {
        let c = try LintConfig.parse("", file: "x.yml")
        XCTAssertEqual(c.options, LintOptions())
        XCTAssertNil(c.failOn)
    }

    // MARK: errors name file, line and key

    func assertError(_ yaml: String, line: Int?, key: String?, contains: String, file: StaticString = #filePath, at: UInt = #line) {
        XCTAssertThrowsError(try LintConfig.parse(yaml, file: "repo/.lkjip-lint.yml"), file: file, line: at) { e in
            guard let e = e as? ConfigError else { return XCTFail("not a ConfigError: \(e)", file: file, line: at) }
            XCTAssertEqual(e.file, "repo/.lkjip-lint.yml", file: file, line: at)
            XCTAssertEqual(e.line, line, file: file, line: at)
            XCTAssertEqual(e.key, key, file: file, line: at)
            XCTAssertTrue(e.text(.en).contains(contains), e.text(.en), file: file, line: at)
            if let l = line { XCTAssertTrue(e.text(.id).hasPrefix("repo/.lkjip-lint.yml:\(l): "), e.text(.id), file: file, line: at) }
        }
    }

    func testUnknownKeyNamesItsLineAndSuggests() {
        assertError("year: 2024\n\ndisable_rules: [rounding]\n", line: 3, key: "disable_rules", contains: "unknown key")
        assertError("failOn: error\n", line: 1, key: "failOn", contains: "did you mean 'fail_on'")
    }

    func testBadValues() {
        assertError("capaian_cap: sometimes\n", line: 1, key: "capaian_cap", contains: "choose one of: auto, capped, uncapped")
        assertError("year: 2024\nlanguage: jv\n", line: 2, key: "language", contains: "invalid value 'jv'")
        assertError("year: duaribu\n", line: 1, key: "year", contains: "four-digit year")
        assertError("disabled_rules:\n  - rounding\n  - capaian-missmatch\n", line: 3, key: "disabled_rules", contains: "unknown rule 'capaian-missmatch'")
        assertError("severity:\n  rounding: fatal\n", line: 2, key: "severity.rounding", contains: "invalid value 'fatal'")
        assertError("fail_on: [error]\n", line: 1, key: "fail_on", contains: "invalid value")
        assertError("checks: [no-such-folder]\n", line: 1, key: "checks", contains: "not found")
        assertError("- just\n- a list\n", line: 1, key: nil, contains: "mapping")
        assertError("year: [2024\n", line: 2, key: nil, contains: "invalid YAML")
    }

    // MARK: discovery

    func testDiscoveryWalksUpAndNearestWins() throws {
        let dir = try FlowFixtures.tempDir()
        try FlowFixtures.write("year: 2023\n", to: dir.appendingPathComponent(".lkjip-lint.yml"))
        try FlowFixtures.write("year: 2024\n", to: dir.appendingPathComponent("b/.lkjip-lint.yml"))
        try FlowFixtures.write("x\n", to: dir.appendingPathComponent("a/deep/er/r.md"))
        try FlowFixtures.write("x\n", to: dir.appendingPathComponent("b/c/r.md"))
        let d = ConfigDiscovery()
        XCTAssertEqual(d.configPath(for: dir.appendingPathComponent("a/deep/er/r.md").path), dir.appendingPathComponent(".lkjip-lint.yml").standardizedFileURL.path)
        XCTAssertEqual(try d.config(for: dir.appendingPathComponent("a/deep/er/r.md").path).year, 2023)
        XCTAssertEqual(try d.config(for: dir.appendingPathComponent("b/c/r.md").path).year, 2024)
        XCTAssertEqual(try d.config(for: dir.appendingPathComponent("b").path).year, 2024, "a folder input starts in the folder itself")
    }

    func testGlobs() throws {
        XCTAssertTrue(try PathGlob("*.md").matches("a/b/c.md"))
        XCTAssertFalse(try PathGlob("*.md").matches("a/b/c.txt"))
        XCTAssertTrue(try PathGlob("draf/*.md").matches("draf/x.md"))
        XCTAssertFalse(try PathGlob("draf/*.md").matches("draf/sub/x.md"), "* stays within one folder")
        XCTAssertTrue(try PathGlob("draf/**/*.md").matches("draf/sub/x.md"))
        XCTAssertTrue(try PathGlob("draf/**/*.md").matches("draf/x.md"))
        XCTAssertTrue(try PathGlob("arsip").matches("2023/arsip/x.md"), "a folder name matches what is under it")
        XCTAssertTrue(try PathGlob("laporan (1).md").matches("laporan (1).md"), "regex characters are literal")
    }

    // MARK: through the CLI

    func testCLIUsesDiscoveredConfigAndExitsTwoOnBadConfig() throws {
        let exe = try FlowFixtures.binary()
        let dir = try FlowFixtures.tempDir()
        let draft = dir.appendingPathComponent("laporan/draf.md")
        try FlowFixtures.write("Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n", to: draft)

        var r = try FlowFixtures.run(exe, ["check", draft.path])
        XCTAssertEqual(r.status, 1, r.out + r.err)
        XCTAssertTrue(r.out.contains("[capaian-mismatch]"))

        try FlowFixtures.write("disabled_rules: [capaian-mismatch]\nlanguage: en\n", to: dir.appendingPathComponent(".lkjip-lint.yml"))
        r = try FlowFixtures.run(exe, ["check", draft.path])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("1 file(s): 0 error(s)"), "language: en from the config: \(r.out)")

        try FlowFixtures.write("severity:\n  capaian-mismatch: warning\nfail_on: warning\n", to: dir.appendingPathComponent("laporan/.lkjip-lint.yml"))
        r = try FlowFixtures.run(exe, ["check", draft.path])
        XCTAssertEqual(r.status, 1, "the nearer config turns the rule back on as a warning and fails on warnings: \(r.out)")
        XCTAssertTrue(r.out.contains("peringatan: capaian tertulis"), r.out)

        try FlowFixtures.write("languag: en\n", to: dir.appendingPathComponent("laporan/.lkjip-lint.yml"))
        r = try FlowFixtures.run(exe, ["check", draft.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("laporan/.lkjip-lint.yml:1: kunci 'languag': kunci tidak dikenal (maksudnya 'language'?)"), r.err)

        r = try FlowFixtures.run(exe, ["check", "--config", dir.appendingPathComponent(".lkjip-lint.yml").path, draft.path])
        XCTAssertEqual(r.status, 0, "--config wins over discovery: \(r.err)")
    }

    func testCLIFolderWalkRespectsIncludeExclude() throws {
        let exe = try FlowFixtures.binary()
        let dir = try FlowFixtures.tempDir()
        let bad = "Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n"
        try FlowFixtures.write(bad, to: dir.appendingPathComponent("laporan/a.md"))
        try FlowFixtures.write(bad, to: dir.appendingPathComponent("laporan/arsip/b.md"))
        try FlowFixtures.write(bad, to: dir.appendingPathComponent("catatan/c.md"))
        try FlowFixtures.write("include: [laporan]\nexclude: [arsip]\n", to: dir.appendingPathComponent(".lkjip-lint.yml"))
        let r = try FlowFixtures.run(exe, ["check", "--format", "json", "."], cwd: dir)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        let paths = (json["files"] as! [[String: Any]]).map { $0["path"] as! String }
        XCTAssertEqual(paths, ["./laporan/a.md"])
        let named = try FlowFixtures.run(exe, ["check", "--format", "json", "catatan/c.md"], cwd: dir)
        XCTAssertTrue(named.out.contains("catatan/c.md"), "a file named on the command line is always linted")
    }
}
