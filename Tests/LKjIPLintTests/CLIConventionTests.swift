import Foundation
import XCTest
@testable import LKjIPLint

/// The command line behaves like the linters people know: --version, help on a bare
/// command, "maksudnya …?" on typos, whole rule ids, Indonesian help and usage errors by
/// default, file-system errors as sentences, `catatan:`, and `init`.
final class CLIConventionTests: XCTestCase {
    /// Runs the built binary with exactly this environment (no inherited LANG).
    func run(_ args: [String], env: [String: String] = [:], in folder: URL? = nil) throws -> RunResult {
        try runProcess(try executableURL(), args, environment: env, in: folder)
    }

    func testVersionIsTheOneConstantEverywhere() throws {
        let r = try run(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "lkjip-lint \(ToolVersion.current)\n")
        let doc = TextReader.read(text: "Capaian 95%.", path: "a.md")
        let results = [FileResult(path: "a.md", document: doc, diagnostics: [], error: nil)]
        XCTAssertTrue(SARIFReporter().render(results, language: .id).contains("\"version\" : \"\(ToolVersion.current)\""))
        XCTAssertTrue(HTMLReporter().render(results, language: .id).contains("lkjip-lint \(ToolVersion.current)"))
        XCTAssertTrue(JUnitReporter().render(results, language: .id).contains("<property name=\"lkjip-lint.version\" value=\"\(ToolVersion.current)\"/>"))
    }

    func testBareCommandPrintsHelpInIndonesian() throws {
        let r = try run([])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("RINGKASAN: Pemeriksa angka"), r.stdout)
        XCTAssertTrue(r.stdout.contains("SUBPERINTAH:") && r.stdout.contains("Tampilkan bantuan ini."), r.stdout)
        XCTAssertFalse(r.stdout.contains("OVERVIEW") || r.stdout.contains("Show help"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  check (bawaan)          Periksa"), "the subcommand column stays aligned: \(r.stdout)")
    }

    func testHelpAndUsageErrorsInEnglishWithLangOrLocale() throws {
        let byLocale = try run(["check", "--help"], env: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(byLocale.stdout.hasPrefix("OVERVIEW: Check LKjIP drafts"), byLocale.stdout)
        XCTAssertTrue(byLocale.stdout.contains("Output format: text, json"), byLocale.stdout)
        let byFlag = try run(["check", "--lang", "en", "--format", "xml", "a.md"])
        XCTAssertEqual(byFlag.status, 2)
        XCTAssertTrue(byFlag.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"), byFlag.stderr)
        let indonesian = try run(["check", "--format", "xml", "a.md"], env: ["LANG": "C.UTF-8"])
        XCTAssertTrue(indonesian.stderr.hasPrefix("galat: nilai 'xml' tidak sah untuk '--format <format>'. Pilih salah satu:"), indonesian.stderr)
        XCTAssertTrue(indonesian.stderr.contains("Bantuan:  --format <format>  Format keluaran"), indonesian.stderr)
        let help = try run(["check", "--help"])
        XCTAssertTrue(help.stdout.contains("PENGGUNAAN: lkjip-lint check") && help.stdout.contains("bawaan: text)") && !help.stdout.contains("(values:"), help.stdout)
    }

    func testMistypedSubcommandAndRuleGetASuggestion() throws {
        let folder = try temporaryDirectory()
        let sub = try run(["chek", "draf.docx"], in: folder)
        XCTAssertEqual(sub.status, 2)
        XCTAssertEqual(sub.stderr, "lkjip-lint: perintah atau berkas 'chek' tidak dikenal; maksudnya 'check'?\n")
        let rule = try run(["check", "--disable", "weighted-score-mismatc", "a.md"])
        XCTAssertEqual(rule.status, 2)
        XCTAssertTrue(rule.stderr.contains("aturan 'weighted-score-mismatc' tidak dikenal; maksudnya 'weighted-score-mismatch'?"), rule.stderr)
        let explain = try run(["explain", "capaian-mismach"])
        XCTAssertTrue(explain.stderr.contains("maksudnya 'capaian-mismatch'?"), explain.stderr)
        // A real file of that name is checked, not corrected.
        try Data("Capaian 95%.\n".utf8).write(to: folder.appendingPathComponent("chek"))
        XCTAssertFalse(try run(["chek"], in: folder).stderr.contains("maksudnya"))
    }

    func testRulesNeverCutAnId() throws {
        let r = try run(["rules"])
        XCTAssertEqual(r.status, 0)
        let listed = r.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        XCTAssertEqual(Set(listed), Set(CheckRegistry.descriptions.map(\.id)))
        XCTAssertTrue(listed.contains("weighted-score-mismatch"))
    }

    func testFileSystemErrorsNameThePath() throws {
        let draft = repoRoot.appendingPathComponent("corpus/formats/10-format-features.md").path
        let missing = try temporaryDirectory().appendingPathComponent("tidak-ada")
        for args in [["check", draft, "-o", missing.appendingPathComponent("x.txt").path],
                     ["check", draft, "--write-baseline", missing.appendingPathComponent("b.json").path],
                     ["extract", draft, "-o", missing.appendingPathComponent("x.csv").path]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains("folder \(missing.path) tidak ada; buat dulu foldernya"), r.stderr)
            XCTAssertFalse(r.stderr.contains("NSCocoaErrorDomain"), r.stderr)
        }
        let english = try run(["check", draft, "--lang", "en", "-o", missing.appendingPathComponent("x.txt").path])
        XCTAssertTrue(english.stderr.contains("the folder \(missing.path) does not exist"), english.stderr)
    }

    func testNotesSayCatatanInIndonesian() throws {
        let path = repoRoot.appendingPathComponent("corpus/02-kanwil-sultra-2023.md").path
        let doc = try DocumentReader.read(path: path)
        let ds = Linter(packs: builtInPacks).lint(doc)
        XCTAssertTrue(ds.contains { d in d.related.contains { $0.location.line != d.location.line } }, "the example needs a finding with a related place on another line: \(ds)")
        let results = [FileResult(path: path, document: doc, diagnostics: ds, error: nil)]
        XCTAssertTrue(TextReporter().render(results, language: .id).contains(": catatan: "))
        XCTAssertFalse(TextReporter().render(results, language: .id).contains(": note: "))
        XCTAssertTrue(TextReporter().render(results, language: .en).contains(": note: "))
    }

    func testInitWritesACommentedConfigThatLoads() throws {
        let folder = try temporaryDirectory()
        let r = try run(["init"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        let path = folder.appendingPathComponent(".lkjip-lint.yml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertGreaterThan(text.split(separator: "\n").filter { $0.hasPrefix("#") }.count, 20)
        XCTAssertTrue(text.contains("# disabled_rules:") && text.contains("weighted-score-mismatch"))
        let config = try LintConfig.load(path: path)
        XCTAssertEqual(config.language, .id)
        XCTAssertEqual(config.failOn, .error)
        // Every commented key, once uncommented, is a key the loader knows.
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            let l = line.hasPrefix("# ") ? line.dropFirst(2) : line[...]
            guard let colon = l.firstIndex(of: ":"), !l.hasPrefix(" "), l[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
            return String(l[..<colon])
        }
        XCTAssertTrue(Set(keys).isSuperset(of: ["language", "fail_on", "unit", "year", "capaian_cap", "disabled_rules", "only_rules", "severity", "include", "exclude", "checks"]), "\(keys)")
        let again = try run(["init"], in: folder)
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("sudah ada; pakai --force"), again.stderr)
        XCTAssertEqual(try run(["init", "--force"], in: folder).status, 0)
    }
}
