import XCTest
@testable import LKjIPLint

/// Bad input gets a clear error naming the file, never a crash or a hang.
final class BadInputTests: XCTestCase {
    let linter = Linter(packs: builtInPacks)

    func write(_ data: Data, _ name: String) throws -> String { try writeTemporaryFile(data, name) }

    func testEmptyFile() throws {
        let p = try write(Data(), "kosong.md")
        let r = linter.lint(path: p)
        XCTAssertEqual(r.error?.problem.en, "the file is empty")
        XCTAssertTrue(r.error!.text(.id).hasPrefix(p))
    }

    func testBinaryFile() throws {
        let p = try write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3]), "program.txt")
        XCTAssertTrue(linter.lint(path: p).error?.problem.en.contains("binary") == true)
    }

    func testInvalidUTF8IsReadAsWindows1252WithANote() throws {
        let p = try write(Data("Capaian sebesar 100% – ".utf8) + Data([0xE9, 0x0A]), "latin.txt")
        let r = linter.lint(path: p)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.diagnostics.first?.rule, "input")
        XCTAssertEqual(r.diagnostics.first?.severity, .info)
    }

    func testMissingFileAndEmptyFolder() throws {
        XCTAssertEqual(linter.lint(path: "/tidak/ada.md").error?.problem.en, "file not found")
        let dir = try temporaryDirectory()
        let (files, errors) = InputCollector.collect([dir.path, "/tidak/ada"])
        XCTAssertTrue(files.isEmpty)
        XCTAssertEqual(errors.map(\.problem.en), ["this folder holds no reports (.docx, .pdf, .md, .txt)", "no such file or folder"])
    }

    func testSingleMegabyteLineFinishes() throws {
        let line = String(repeating: "Realisasi 3,87 dari target 3,25 atau 119,08% [", count: 22_000)
        let p = try write(Data(line.utf8), "satu-baris.txt")
        let r = linter.lint(path: p)
        XCTAssertNil(r.error)
        XCTAssertTrue(r.diagnostics.allSatisfy { $0.location.line == 1 })
    }

    func testLargeFileIsLinted() throws {
        let sample = try String(contentsOf: requireSample("kanim-kerinci-2024.txt", "linting a large file"), encoding: .utf8)
        // 12 MB by default (a debug build lints about 0,3 MB/s); LKJIP_LARGE_MB=50 for the old size.
        let megabytes = Int(ProcessInfo.processInfo.environment["LKJIP_LARGE_MB"] ?? "") ?? 12
        var text = ""
        while text.utf8.count < megabytes * 1_000_000 { text += sample }
        let p = try write(Data(text.utf8), "besar.txt")
        // Said aloud: this is the slowest test, and it should not look hung.
        print("testLargeFileIsLinted: linting \(text.utf8.count / 1_000_000) MB (\(text.utf8.count / sample.utf8.count) copies of Kerinci)…")
        let started = Date()
        let r = linter.lint(path: p)
        print("testLargeFileIsLinted: \(r.diagnostics.count) findings in \(Int(Date().timeIntervalSince(started))) s")
        XCTAssertNil(r.error)
        let perCopy = linter.lint(path: samplesDir.appendingPathComponent("kanim-kerinci-2024.txt").path).diagnostics.count
        XCTAssertGreaterThanOrEqual(r.diagnostics.count, perCopy * (text.utf8.count / sample.utf8.count) / 2)
    }

    func testCommandLineExitStatuses() throws {
        let clean = try write(Data("Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 119,08%.\n".utf8), "bersih.md")
        let wrong = try write(Data("Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n".utf8), "salah.md")
        XCTAssertEqual(try runCLI(["check", clean]).status, 0)
        let r = try runCLI(["check", wrong])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("\(wrong):1:65: galat:"), r.stdout)
        XCTAssertEqual(try runCLI(["check", wrong, "--fail-on", "none"]).status, 0)
        XCTAssertEqual(try runCLI(["check", "/tidak/ada.md"]).status, 2)
        XCTAssertEqual(try runCLI(["check", "--format", "yaml", clean]).status, 2)
        XCTAssertEqual(try runCLI(["explain", "tidak-ada"]).status, 2)
        let stdin = try runCLI(["check", "-", "--format", "json"], stdin: Data("hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n".utf8))
        XCTAssertEqual(stdin.status, 1)
        XCTAssertTrue(stdin.stdout.contains(#""rule":"capaian-mismatch""#), stdin.stdout)
    }
}
