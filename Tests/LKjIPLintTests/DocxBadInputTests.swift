import XCTest
@testable import LKjIPLint

/// Broken, hostile or protected `.docx` files end in a clear InputError naming the file.
final class DocxBadInputTests: XCTestCase {
    typealias P = DocxTestPackage

    func error(_ path: String, limits: DocxArchive.Limits = .standard) -> InputError? {
        inputError(path) { try DocxReader.read(path: $0, limits: limits) }
    }

    func write(_ data: Data, _ name: String = "laporan.docx") throws -> String { try writeTemporaryFile(data, name) }

    func testNotAZipFile() throws {
        let e = error(try write(Data("LAPORAN KINERJA\nBAB I\n".utf8)))
        XCTAssertEqual(e?.problem.en, "this file is not a .docx (not a ZIP/Office Open XML archive)")
    }

    func testPasswordProtectedWordFileIsAnOLEContainer() throws {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += Array(repeating: 0, count: 504)
        let e = error(try write(Data(bytes)))
        XCTAssertTrue(e?.problem.en.contains("encrypted (password-protected)") == true, e?.problem.en ?? "no error")
        XCTAssertTrue(e?.problem.id.contains("kata sandi") == true)
    }

    func testTruncatedFile() throws {
        let good = try Data(contentsOf: URL(fileURLWithPath: P.write(body: P.p(String(repeating: "Capaian kinerja 98,76%. ", count: 400)))))
        let e = error(try write(good.prefix(good.count / 2)))
        XCTAssertEqual(e?.problem.en, "the .docx file is corrupt or truncated (not a complete ZIP archive)")
    }

    func testCorruptEntryData() throws {
        // A stored entry whose bytes are overwritten: the CRC no longer matches.
        let path = try P.write(body: P.p("Realisasi 10.502 dari 10.633 permohonan."), compression: .none)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let marker = Data("10.502".utf8)
        let range = try XCTUnwrap(data.range(of: marker))
        data.replaceSubrange(range, with: Data("XXXXXX".utf8))
        let e = error(try write(data))
        XCTAssertEqual(e?.problem.en, "the part word/document.xml inside the .docx is corrupt or truncated")
    }

    func testMissingDocumentPart() throws {
        let path = try P.write(["word/styles.xml": Data("<w:styles/>".utf8)])
        XCTAssertEqual(error(path)?.problem.en, "the .docx has no word/document.xml (not a Word document)")
    }

    func testZipBombIsRefused() throws {
        // 4 MB of one letter compresses about a thousandfold.
        let bomb = P.document(P.p(String(repeating: "a", count: 4 * 1024 * 1024)))
        let path = try P.write(["word/document.xml": Data(bomb.utf8)])
        let e = error(path)
        XCTAssertTrue(e?.problem.en.contains("zip bomb") == true, e?.problem.en ?? "no error")
    }

    func testPartLargerThanTheLimitIsRefused() throws {
        var limits = DocxArchive.Limits()
        limits.maxPartBytes = 16 * 1024
        let path = try P.write(body: P.p(String(repeating: "Capaian 98,76%. ", count: 2000)))
        XCTAssertEqual(error(path, limits: limits)?.problem.en, "the part word/document.xml inside the .docx is too large (limit 16 KB)")
    }

    func testTooManyEntries() throws {
        var limits = DocxArchive.Limits()
        limits.maxEntries = 3
        var parts: [String: Data] = ["word/document.xml": Data(P.document(P.p("teks")).utf8)]
        for i in 0..<5 { parts["word/media/image\(i).png"] = Data([1, 2, 3]) }
        let e = error(try P.write(parts), limits: limits)
        XCTAssertEqual(e?.problem.en, "the .docx file holds too many entries (more than 3)")
    }

    func testDoctypeAndEntitiesAreRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document \#(P.namespaces)><w:body>\#(P.p("&lol2;"))</w:body></w:document>"#
        let e = error(try P.write(["word/document.xml": Data(xml.utf8)]))
        XCTAssertTrue(e?.problem.en.contains("DOCTYPE/ENTITY") == true, e?.problem.en ?? "no error")
    }

    func testMalformedXML() throws {
        let xml = #"<w:document \#(P.namespaces)><w:body><w:p><w:r><w:t>Capaian</w:r></w:body>"#
        let e = error(try P.write(["word/document.xml": Data(xml.utf8)]))
        XCTAssertTrue(e?.problem.en.hasPrefix("the part word/document.xml inside the file is not well-formed XML") == true, e?.problem.en ?? "no error")
    }

    func testEmptyDocument() throws {
        XCTAssertEqual(error(try P.write(body: "<w:p/>"))?.problem.en, "this Word document contains no text")
    }

    func testCommandLineExitsTwoOnACorruptDocx() throws {
        let path = try write(Data("PK\u{03}\u{04}rusak".utf8))
        let r = try runCLI(["check", path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains(path) || r.stdout.contains(path))
    }
}
