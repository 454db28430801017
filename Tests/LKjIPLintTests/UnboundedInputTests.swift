import Foundation
import XCTest
@testable import LKjIPLint

/// Inputs that used to hang or be misread: FIFOs and devices (whatever their name), stdin
/// past the size cap, UTF-32 with a BOM (read as UTF-16 before, and reported clean).
final class UnboundedInputTests: XCTestCase {
    let sample = "Capaian “Sangat Baik” – 98,76%\nbaris dua"

    func testFIFOIsRefusedWhateverItsExtension() throws {
        let dir = try temporaryDirectory()
        for name in ["laporan.docx", "laporan.pdf", "laporan.md", "laporan"] {
            let path = dir.appendingPathComponent(name).path
            XCTAssertEqual(mkfifo(path, 0o600), 0)
            let e = inputError(path) { try DocumentReader.read(path: $0) }
            XCTAssertEqual(e?.problem.en, "this is a pipe or socket, not a regular file; save the report to a file first", name)
        }
    }

    func testDeviceIsRefused() {
        let e = inputError("/dev/zero") { try DocumentReader.read(path: $0) }
        XCTAssertEqual(e?.problem.en, "this is a device, not a regular file")
    }

    func testFIFOOnTheCommandLineEndsWithExitTwoAndTheOtherFileIsLinted() throws {
        let dir = try temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipa.docx").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let good = dir.appendingPathComponent("baik.md").path
        try Data("| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase layanan | 100% | 50% | 80% |\n".utf8)
            .write(to: URL(fileURLWithPath: good))
        let r = try runCLI(["check", fifo, good])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("pipa.docx: ini pipa atau soket"), r.stderr)
        XCTAssertTrue(r.stdout.contains("[capaian-mismatch]"), r.stdout)
    }

    func testStandardInputPastTheCapIsRefused() throws {
        let big = try writeTemporaryFile(Data(repeating: 0x61, count: 4 * 1_048_576), "stdin.txt")
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: big))
        XCTAssertThrowsError(try DocumentReader.readCapped(handle, path: "<stdin>", limit: 2 * 1_048_576)) { e in
            XCTAssertEqual((e as? InputError)?.problem.en, "input too large (over 2 MB)")
        }
        XCTAssertLessThan(try handle.offset(), 4 * 1_048_576, "read past the cap")
        let small = Pipe()
        try small.fileHandleForWriting.write(contentsOf: Data("teks".utf8))
        try small.fileHandleForWriting.close()
        XCTAssertEqual(try DocumentReader.readCapped(small.fileHandleForReading, path: "<stdin>", limit: 16), Data("teks".utf8))
    }

    func testUTF32LittleAndBigEndianWithBOM() throws {
        let le = Data([0xFF, 0xFE, 0, 0]) + sample.data(using: .utf32LittleEndian)!
        let be = Data([0, 0, 0xFE, 0xFF]) + sample.data(using: .utf32BigEndian)!
        XCTAssertEqual(try TextDecoding.decode(le, path: "a.txt").text, sample)
        XCTAssertEqual(try TextDecoding.decode(be, path: "a.txt").text, sample)
    }

    func testInvalidUTF32AfterBOMIsRefusedWithASentence() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0xFF, 0xFE, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F]), path: "a.txt")) { e in
            XCTAssertEqual((e as? InputError)?.problem.en, "the file starts with a UTF-32 LE BOM but is not valid UTF-32 LE")
        }
    }

    func testUTF32DraftGivesTheSameFindingsAsUTF8() throws {
        let text = "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Persentase layanan | 100% | 50% | 80% |\n"
        let utf8 = try TextReader.read(data: Data(text.utf8), path: "a.txt")
        let utf32 = try TextReader.read(data: Data([0xFF, 0xFE, 0, 0]) + text.data(using: .utf32LittleEndian)!, path: "a.txt")
        let linter = Linter(packs: builtInPacks)
        XCTAssertEqual(linter.lint(utf32).map(\.rule), linter.lint(utf8).map(\.rule))
        XCTAssertEqual(linter.lint(utf32).map(\.rule), ["capaian-mismatch"])
    }
}
