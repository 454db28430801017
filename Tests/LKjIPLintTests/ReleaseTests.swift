import Foundation
import XCTest
import Yams
@testable import LKjIPLint

/// The tarball `scripts/release.sh` builds: its binary runs from an empty environment on a
/// machine without Swift (ldd lists no Swift library), with the man page, completions,
/// packs and README beside it and a SHA-256 that matches.
final class ReleaseTests: XCTestCase {
    func run(_ exe: String, _ args: [String], in folder: URL, env: [String: String] = [:]) throws -> RunResult {
        try runProcess(URL(fileURLWithPath: exe), args, environment: env, in: folder)
    }

    func testTarballRunsWithoutSwiftFromAnEmptyEnvironment() throws {
        #if arch(x86_64)
        let arch = "x86_64"
        #else
        let arch = "aarch64"
        #endif
        let name = "lkjip-lint-\(ToolVersion.current)-linux-\(arch)"
        let tarball = ProcessInfo.processInfo.environment["LKJIP_RELEASE_TARBALL"]
            ?? repoRoot.appendingPathComponent("dist/\(name).tar.gz").path
        guard FileManager.default.fileExists(atPath: tarball) else {
            throw XCTSkip("no release tarball at \(tarball): run scripts/release.sh (a release build, minutes) to have it checked")
        }
        let dist = URL(fileURLWithPath: tarball).deletingLastPathComponent()
        let sum = try run("/usr/bin/sha256sum", ["-c", "\(name).tar.gz.sha256"], in: dist)
        XCTAssertEqual(sum.status, 0, "SHA-256 does not match: \(sum.stdout)\(sum.stderr)")

        let unpacked = try temporaryDirectory()
        XCTAssertEqual(try run("/usr/bin/tar", ["-xzf", tarball, "-C", unpacked.path], in: unpacked).status, 0)
        let top = unpacked.appendingPathComponent(name)
        for part in ["bin/lkjip-lint", "README.md", "share/man/man1/lkjip-lint.1", "share/bash-completion/completions/lkjip-lint",
                     "share/zsh/site-functions/_lkjip-lint", "share/fish/vendor_completions.d/lkjip-lint.fish",
                     "share/lkjip-lint/checks/indicators.yml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: top.appendingPathComponent(part).path), "\(part) missing from the tarball")
        }
        let exe = top.appendingPathComponent("bin/lkjip-lint").path
        let ldd = try run("/usr/bin/ldd", [exe], in: unpacked)
        XCTAssertFalse(ldd.stdout.contains("libswift") || ldd.stdout.contains("libFoundation") || ldd.stdout.contains("libdispatch"),
                       "the binary needs the Swift runtime:\n\(ldd.stdout)")
        XCTAssertFalse(ldd.stdout.contains("not found"), ldd.stdout)

        // From an empty folder with nothing in the environment, on a copy of a draft.
        let work = try temporaryDirectory()
        let draft = work.appendingPathComponent("draf.docx")
        try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("corpus/formats/10-format-features.docx"), to: draft)
        let version = try run(exe, ["--version"], in: work)
        XCTAssertEqual(version.stdout, "lkjip-lint \(ToolVersion.current)\n")
        let check = try run(exe, ["check", "draf.docx"], in: work)
        XCTAssertEqual(check.status, 1, check.stderr)
        XCTAssertTrue(check.stdout.contains("[capaian-mismatch]"), check.stdout)
        let review = try run(exe, ["review", "draf.docx", "-o", "draf-reviu.docx"], in: work)
        XCTAssertEqual(review.status, 1, review.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("draf-reviu.docx").path))
        let man = try String(contentsOf: top.appendingPathComponent("share/man/man1/lkjip-lint.1"), encoding: .utf8)
        XCTAssertTrue(man.hasPrefix(".TH LKJIP-LINT 1") && man.contains(".SS review"), man)
    }
}


/// The CI workflow, the composite action and the pre-commit hook are well-formed and
/// say what they must.
final class IntegrationFilesTests: XCTestCase {
    func load(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOf: repoRoot.appendingPathComponent(path), encoding: .utf8)
        if let list = try Yams.load(yaml: text) as? [[String: Any]] { return list[0] }
        return try XCTUnwrap(try Yams.load(yaml: text) as? [String: Any], path)
    }

    func testWorkflowActionAndHook() throws {
        let action = try load("action.yml")
        let runs = try XCTUnwrap(action["runs"] as? [String: Any])
        XCTAssertEqual(runs["using"] as? String, "composite")
        let steps = try XCTUnwrap(runs["steps"] as? [[String: Any]])
        XCTAssertTrue(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif") == true })
        XCTAssertTrue(steps.contains { ($0["run"] as? String)?.contains("--format sarif") == true })
        XCTAssertEqual((action["inputs"] as? [String: [String: Any]])?["version"]?["default"] as? String, ToolVersion.current)
        let hook = try load(".pre-commit-hooks.yaml")
        XCTAssertEqual(hook["id"] as? String, "lkjip-lint")
        XCTAssertEqual(hook["language"] as? String, "swift", "built from source: works at any rev, no tag")
        let ci = try load(".github/workflows/ci.yml")
        let job = try XCTUnwrap((ci["jobs"] as? [String: Any])?["test"] as? [String: Any])
        let commands = (job["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }.joined(separator: "\n")
        XCTAssertTrue(commands.contains("scripts/release.sh") && commands.contains("swift test"))
    }
}
