import Foundation
import XCTest
@testable import LKjIPLint

/// The per-file budget (`--timeout`) covers pdftotext and the lint; a file over it is
/// reported and the batch goes on; pdftotext never outlives the linter.
final class TimeBudgetTests: XCTestCase {
    private let finding = "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase layanan | 100% | 50% | 80% |\n"

    /// A folder with a `pdftotext` that never ends (it writes its pid to $PIDFILE first),
    /// a PDF for it, and a text report with one finding.
    private func setUp(_ dir: URL) throws -> (tools: String, pdf: String, good: String, pidFile: String) {
        let tools = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let fake = tools.appendingPathComponent("pdftotext").path
        try Data("#!/bin/sh\necho $$ > \"$PIDFILE\"\nexec sleep 600\n".utf8).write(to: URL(fileURLWithPath: fake))
        XCTAssertEqual(chmod(fake, 0o755), 0)
        let pdf = dir.appendingPathComponent("abadi.pdf").path
        try Data("%PDF-1.4\n%selamanya\n".utf8).write(to: URL(fileURLWithPath: pdf))
        let good = dir.appendingPathComponent("baik.md").path
        try Data(finding.utf8).write(to: URL(fileURLWithPath: good))
        return (tools.path, pdf, good, dir.appendingPathComponent("pid").path)
    }

    private func gone(_ pid: pid_t, within seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        repeat {
            // Dead, or a zombie waiting for a reaper that this container may not have.
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(50_000)
        } while Date() < end
        return false
    }

    private func pid(in file: String, within seconds: Double) -> pid_t? {
        let end = Date().addingTimeInterval(seconds)
        repeat {
            if let s = try? String(contentsOfFile: file, encoding: .utf8), let p = pid_t(s.trimmingCharacters(in: .whitespacesAndNewlines)) { return p }
            usleep(20_000)
        } while Date() < end
        return nil
    }

    func testPDFWhosePdftotextNeverEndsIsCutAtTheBudgetAndTheBatchGoesOn() throws {
        let s = try setUp(try temporaryDirectory())
        let start = Date()
        let r = try runCLI(["check", "--timeout", "1.5", s.pdf, s.good],
                           environment: ["PATH": s.tools + ":/usr/bin:/bin", "PIDFILE": s.pidFile])
        let took = Date().timeIntervalSince(start)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("abadi.pdf: batas waktu per berkas habis saat pdftotext membaca PDF"), r.stderr)
        XCTAssertTrue(r.stdout.contains("[capaian-mismatch]"), r.stdout)
        XCTAssertLessThan(took, 15)
        let child = try XCTUnwrap(pid(in: s.pidFile, within: 1))
        XCTAssertTrue(gone(child, within: 2), "pdftotext \(child) still running")
    }

    func testPdftotextDiesWhenTheLinterIsKilled() throws {
        let s = try setUp(try temporaryDirectory())
        let p = Process()
        p.executableURL = try executableURL()
        p.arguments = ["check", s.pdf]
        p.environment = ProcessInfo.processInfo.environment.merging(["PATH": s.tools + ":/usr/bin:/bin", "PIDFILE": s.pidFile]) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let child = try XCTUnwrap(pid(in: s.pidFile, within: 10), "the fake pdftotext never started")
        XCTAssertFalse(gone(child, within: 0.2), "pdftotext ended before the linter was killed")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertTrue(gone(child, within: 3), "pdftotext \(child) outlived the killed linter")
    }

    func testSlowLintIsReportedAtTheBudgetAndTheOthersAreLinted() throws {
        let dir = try temporaryDirectory()
        let draft = try String(contentsOf: repoRoot.appendingPathComponent("corpus/01-kanim-pangkalpinang-2024.md"), encoding: .utf8)
        let slow = dir.appendingPathComponent("lambat.md")
        try Data(String(repeating: draft + "\n", count: 60).utf8).write(to: slow)
        let good = dir.appendingPathComponent("baik.md")
        try Data(finding.utf8).write(to: good)
        let linter = Linter(packs: builtInPacks)
        let results = Batch.run([Batch.Job(path: slow.path, linter: linter), Batch.Job(path: good.path, linter: linter)], timeout: 0.2)
        XCTAssertEqual(results.map(\.path), [slow.path, good.path])
        XCTAssertEqual(results[0].error?.problem.en, "linting did not finish within 0.2 s (the per-file budget, see --timeout); file skipped")
        XCTAssertNil(results[1].error)
        XCTAssertEqual(results[1].diagnostics.map(\.rule), ["capaian-mismatch"])
    }

    func testTimeoutMustBePositive() throws {
        let r = try runCLI(["check", "--timeout", "0", "x.md"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--timeout"), r.stderr)
    }
}
