import Foundation
import XCTest
@testable import LKjIPLint

/// One file's failure is that file's: a broken config or rule pack under one folder, a
/// corrupt file, a pipe — the other reports are still linted and reported, and the exit
/// status says a file failed.
final class BatchIsolationTests: XCTestCase {
    private let finding = "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase layanan | 100% | 50% | 80% |\n"

    func testBrokenConfigUnderOneFolderFailsOnlyItsFiles() throws {
        let dir = try temporaryDirectory()
        for sub in ["a", "b", "c"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
            try Data(finding.utf8).write(to: dir.appendingPathComponent("\(sub)/laporan.md"))
        }
        try Data(("checks: " + String(repeating: "[", count: 100_000)).utf8).write(to: dir.appendingPathComponent("a/.lkjip-lint.yml"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("c/paket"), withIntermediateDirectories: true)
        try Data("kind: placeholders\n".utf8).write(to: dir.appendingPathComponent("c/paket/rusak.yml"))
        try Data("checks: [paket]\n".utf8).write(to: dir.appendingPathComponent("c/.lkjip-lint.yml"))
        let r = try runCLI(["check", dir.path])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("a/laporan.md: ") && r.stderr.contains("a/.lkjip-lint.yml:1: YAML bersarang lebih dari 64 tingkat"), r.stderr)
        XCTAssertTrue(r.stderr.contains("c/laporan.md: ") && r.stderr.contains("rusak.yml"), r.stderr)
        XCTAssertTrue(r.stdout.contains("b/laporan.md:3:37:"), r.stdout)
        XCTAssertFalse(r.stdout.contains("a/laporan.md:3:"), r.stdout)
    }

    func testCorruptDocxPipeAndMissingFileBesideGoodReports() throws {
        let dir = try temporaryDirectory()
        let good = dir.appendingPathComponent("baik.md").path
        try Data(finding.utf8).write(to: URL(fileURLWithPath: good))
        let bad = dir.appendingPathComponent("rusak.docx").path
        try FileManager.default.copyItem(atPath: repoRoot.appendingPathComponent("Tests/Regressions/docx-crash/name-flip-styles.docx").path, toPath: bad)
        let fifo = dir.appendingPathComponent("pipa.md").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let r = try runCLI(["check", bad, fifo, dir.appendingPathComponent("tidak-ada.md").path, good, "--format", "json"])
        XCTAssertEqual(r.status, 2, r.stderr)
        for name in ["rusak.docx", "pipa.md", "tidak-ada.md"] { XCTAssertTrue(r.stderr.contains(name), "\(name): \(r.stderr)") }
        XCTAssertTrue(r.stdout.contains("capaian-mismatch"), r.stdout)
    }
}
