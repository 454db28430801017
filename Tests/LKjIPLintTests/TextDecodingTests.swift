import XCTest
@testable import LKjIPLint

/// `.txt`/`.md` bytes to lines: UTF-8 with or without BOM, UTF-16 with BOM, the
/// Windows-1252 fallback (with a note), and every kind of line end.
final class TextDecodingTests: XCTestCase {
    let sample = "Capaian “Sangat Baik” – 98,76%"

    func testPlainUTF8() throws {
        let d = try TextDecoding.decode(Data(sample.utf8), path: "a.txt")
        XCTAssertEqual(d.text, sample)
        XCTAssertNil(d.note)
    }

    func testUTF8WithBOM() throws {
        let d = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), path: "a.txt")
        XCTAssertEqual(d.text, sample)
        XCTAssertNil(d.note)
    }

    func testUTF16LittleAndBigEndianWithBOM() throws {
        let le = Data([0xFF, 0xFE]) + sample.data(using: .utf16LittleEndian)!
        let be = Data([0xFE, 0xFF]) + sample.data(using: .utf16BigEndian)!
        XCTAssertEqual(try TextDecoding.decode(le, path: "a.txt").text, sample)
        XCTAssertEqual(try TextDecoding.decode(be, path: "a.txt").text, sample)
    }

    func testWindows1252FallbackIsNoted() throws {
        // “Sangat Baik” – in Windows-1252: 0x93 … 0x94, 0x96.
        let bytes = Data("Capaian ".utf8) + Data([0x93]) + Data("Sangat Baik".utf8) + Data([0x94, 0x20, 0x96]) + Data(" 98,76%".utf8)
        let d = try TextDecoding.decode(bytes, path: "a.txt")
        XCTAssertEqual(d.text, sample)
        XCTAssertEqual(d.note?.en, "the file is not UTF-8; read as Windows-1252")
        let doc = try TextReader.read(data: bytes, path: "a.txt")
        XCTAssertEqual(doc.readerNotes.first?.severity, .info)
        XCTAssertEqual(doc.readerNotes.first?.kind, .encoding)
    }

    func testInvalidUTF8AfterBOMIsAnError() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0xC3, 0x28]), path: "a.txt")) { e in
            XCTAssertEqual((e as? InputError)?.problem.en, "the file starts with a UTF-8 BOM but is not valid UTF-8")
        }
    }

    func testEmptyAndBinary() {
        XCTAssertThrowsError(try TextDecoding.decode(Data(), path: "a.txt")) { e in
            XCTAssertEqual((e as? InputError)?.problem.en, "the file is empty")
        }
        XCTAssertThrowsError(try TextDecoding.decode(Data([0x41, 0x00, 0x42]), path: "a.txt"))
    }

    func testLineEnds() {
        XCTAssertEqual(TextDecoding.lines("a\r\nb\r\n\r\nc"), ["a", "b", "", "c"])
        XCTAssertEqual(TextDecoding.lines("a\rb\nc\n"), ["a", "b", "c"])
        XCTAssertEqual(TextDecoding.lines("a\n\n"), ["a", ""])
        XCTAssertEqual(TextDecoding.lines(""), [])
    }

    func testCRLFDraftKeepsLineNumbersOfFindings() throws {
        let text = "Target\tRealisasi\tCapaian\r\n90%\t98,76%\t108,73%\r\n"
        let doc = try TextReader.read(data: Data(text.utf8), path: "a.txt")
        let d = Linter(packs: builtInPacks).lint(doc).first { $0.rule == "capaian-mismatch" }
        XCTAssertEqual(d?.location.line, 2)
    }
}
