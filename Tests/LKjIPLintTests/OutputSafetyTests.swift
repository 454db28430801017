import Foundation
import XCTest
@testable import LKjIPLint

/// No output option may write over an input: each is refused with exit 2 before anything
/// is written, whether it names the input directly, through a symlink, or a hard link.
final class OutputSafetyTests: XCTestCase {
    /// A draft with a finding (so every output has something to say) in a fresh folder.
    private func draft() throws -> (dir: URL, path: String, bytes: Data) {
        let dir = try temporaryDirectory()
        let text = "Capaian kinerja 2024\n\n| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase layanan | 100% | 50% | 80% |\n"
        let path = dir.appendingPathComponent("laporan.md").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (dir, path, Data(text.utf8))
    }

    private func assertRefused(_ args: [String], input: String, bytes: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try runCLI(args)
        XCTAssertEqual(r.status, 2, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.contains("masukan"), r.stderr, file: file, line: line)
        XCTAssertEqual(FileManager.default.contents(atPath: input), bytes, "the input was modified", file: file, line: line)
        let left = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: input).deletingLastPathComponent().path)
        XCTAssertFalse(left.contains { $0.hasPrefix(".") && $0 != ".lkjip-lint.yml" }, "temporary file left: \(left)", file: file, line: line)
    }

    func testCheckOutputNamingTheInputIsRefused() throws {
        let d = try draft()
        try assertRefused(["check", d.path, "--format", "json", "-o", d.path], input: d.path, bytes: d.bytes)
    }

    func testCheckOutputThroughASymlinkOrHardLinkIsRefused() throws {
        let d = try draft()
        let link = d.dir.appendingPathComponent("tautan.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: d.path)
        try assertRefused(["check", d.path, "-o", link], input: d.path, bytes: d.bytes)
        let hard = d.dir.appendingPathComponent("keras.json").path
        XCTAssertEqual(Foundation.link(d.path, hard), 0)
        try assertRefused(["check", d.path, "-o", hard], input: d.path, bytes: d.bytes)
    }

    func testCheckOutputNamingAFileInsideALintedFolderIsRefused() throws {
        let d = try draft()
        try assertRefused(["check", d.dir.path, "-o", d.path], input: d.path, bytes: d.bytes)
    }

    func testWriteBaselineNamingTheInputOrASymlinkIsRefused() throws {
        let d = try draft()
        try assertRefused(["check", d.path, "--write-baseline", d.path], input: d.path, bytes: d.bytes)
        let link = d.dir.appendingPathComponent("baseline.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: d.path)
        try assertRefused(["check", d.path, "--write-baseline", link], input: d.path, bytes: d.bytes)
    }

    func testOutputNamingTheConfigOrTheBaselineReadIsRefused() throws {
        let d = try draft()
        let config = d.dir.appendingPathComponent(".lkjip-lint.yml").path
        let configBytes = Data("language: id\n".utf8)
        try configBytes.write(to: URL(fileURLWithPath: config))
        try assertRefused(["check", d.path, "-o", config], input: config, bytes: configBytes)
        try assertRefused(["check", d.path, "--config", config, "-o", config], input: config, bytes: configBytes)
        let baseline = d.dir.appendingPathComponent("b.json").path
        XCTAssertEqual(try runCLI(["check", d.path, "--write-baseline", baseline]).status, 0)
        let baselineBytes = try XCTUnwrap(FileManager.default.contents(atPath: baseline))
        try assertRefused(["check", d.path, "--baseline", baseline, "-o", baseline], input: baseline, bytes: baselineBytes)
    }

    func testExtractOutputNamingTheInputIsRefused() throws {
        let d = try draft()
        try assertRefused(["extract", d.path, "-o", d.path], input: d.path, bytes: d.bytes)
    }

    func testOutputAndWriteBaselineNamingOneFileAreRefused() throws {
        let d = try draft()
        let out = d.dir.appendingPathComponent("keluar.json").path
        let r = try runCLI(["check", d.path, "-o", out, "--write-baseline", out])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("berkas yang sama"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testDistinctOutputsAreWrittenWholeAndKeepTheOldMode() throws {
        let d = try draft()
        let out = d.dir.appendingPathComponent("hasil.json").path
        try Data("lama".utf8).write(to: URL(fileURLWithPath: out))
        XCTAssertEqual(chmod(out, 0o640), 0)
        let r = try runCLI(["check", d.path, "--format", "json", "-o", out])
        XCTAssertEqual(r.status, 1, r.stderr)
        let json = try JSONSerialization.jsonObject(with: XCTUnwrap(FileManager.default.contents(atPath: out)))
        XCTAssertNotNil(json as? [String: Any] ?? (json as? [Any]).map { _ in [:] })
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o640)
        XCTAssertEqual(FileManager.default.contents(atPath: d.path), d.bytes)
        let names = try FileManager.default.contentsOfDirectory(atPath: d.dir.path)
        XCTAssertEqual(Set(names), ["laporan.md", "hasil.json"])
    }

    func testWriteIntoAMissingFolderFailsWithAnOutputError() {
        XCTAssertThrowsError(try OutputFile.write("x", to: "/nonexistent-folder-\(UUID().uuidString)/a.json")) { e in
            XCTAssertTrue(e is OutputError, "\(e)")
        }
    }
}
