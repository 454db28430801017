import Foundation
import XCTest
@testable import LKjIPLint

private typealias P = DocxTestPackage

/// The .docx parts go through libxml2's streaming reader. Foundation's XMLParser died
/// with signal 4 on invalid UTF-8 in an element or attribute name (140 of 200 name-flipped
/// mutants of the Kerinci sample); the inputs under Tests/Regressions/docx-crash are such
/// mutants, one per part, each of which crashed the build before this reader.
final class DocxXMLRobustnessTests: XCTestCase {
    let regressions = repoRoot.appendingPathComponent("Tests/Regressions/docx-crash")

    private func error(_ path: String) -> InputError? {
        inputError(path) { try DocxReader.read(path: $0) }
    }

    func testNameFlippedPartsThatCrashedAreRefusedNamingThePart() throws {
        let expected = ["name-flip-document.docx": "word/document.xml", "name-flip-styles.docx": "word/styles.xml",
                        "name-flip-numbering.docx": "word/numbering.xml", "name-flip-footnotes.docx": "word/footnotes.xml"]
        let names = try FileManager.default.contentsOfDirectory(atPath: regressions.path).filter { $0.hasSuffix(".docx") }
        XCTAssertEqual(Set(names), Set(expected.keys))
        for name in names {
            let e = error(regressions.appendingPathComponent(name).path)
            XCTAssertEqual(e?.problem.en.hasPrefix("the part \(expected[name]!) inside the file is not well-formed XML"), true, "\(name): \(String(describing: e))")
        }
    }

    func testFolderWithACrashingBeforeDocxLintsTheGoodReports() throws {
        let dir = try temporaryDirectory()
        let good = ["01-kanim-pangkalpinang-2024.docx", "02-kanwil-sultra-2023.md"]
        for g in good {
            try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("corpus/formats/\(g)"), to: dir.appendingPathComponent(g))
        }
        try FileManager.default.copyItem(at: regressions.appendingPathComponent("name-flip-document.docx"), to: dir.appendingPathComponent("03-rusak.docx"))
        let r = try runCLI(["check", dir.path, "--format", "json", "--fail-on", "none"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("03-rusak.docx: bagian word/document.xml"), r.stderr)
        for g in good {
            let alone = try runCLI(["check", repoRoot.appendingPathComponent("corpus/formats/\(g)").path, "--format", "json", "--fail-on", "none"])
            let rules = alone.stdout.components(separatedBy: "\"rule\"").count - 1
            XCTAssertGreaterThan(rules, 0, g)
            XCTAssertTrue(r.stdout.contains(g), "\(g) missing from the batch output")
        }
        let batchRules = r.stdout.components(separatedBy: "\"rule\"").count - 1
        let aloneRules = try good.map { g in
            try runCLI(["check", repoRoot.appendingPathComponent("corpus/formats/\(g)").path, "--format", "json", "--fail-on", "none"])
                .stdout.components(separatedBy: "\"rule\"").count - 1
        }.reduce(0, +)
        XCTAssertEqual(batchRules, aloneRules)
    }

    func testInvalidUTF8InElementAndAttributeNamesIsAnInputError() throws {
        for bad in [Data([0x77, 0x3A, 0xC3, 0x28]), Data([0x77, 0x3A, 0x70, 0xFF]), Data([0x77, 0x3A, 0xE2, 0x82])] {
            var xml = Data(P.document(P.p("Capaian 80%")).utf8)
            // <w:p> becomes <w:\xC3(> … and an attribute name gets the same treatment below.
            xml = xml.replacingOccurrences(of: Data("<w:p>".utf8), with: Data("<".utf8) + bad + Data(">".utf8))
            let e = error(try P.write(["word/document.xml": xml]))
            XCTAssertEqual(e?.problem.en.hasPrefix("the part word/document.xml inside the file is not well-formed XML"), true, "\(String(describing: e))")
            var attr = Data(P.document(P.p("Capaian 80%", style: "Judul1")).utf8)
            attr = attr.replacingOccurrences(of: Data("w:val=".utf8), with: bad + Data("=".utf8))
            XCTAssertNotNil(error(try P.write(["word/document.xml": attr])))
        }
    }

    func testWellFormedDocumentOverTenMegabytesIsRead() throws {
        // One run of 12 MB: libxml2 refuses text nodes over 10 MB unless told otherwise.
        let long = String(repeating: "Capaian kinerja tercapai dengan baik. ", count: 12 * 1_048_576 / 38)
        let path = try P.write(body: P.p("Pendahuluan") + P.p(long) + P.p("Penutup"), compression: .none)
        let doc = try DocxReader.read(path: path)
        XCTAssertEqual(doc.lines.first, "Pendahuluan")
        XCTAssertTrue(doc.lines.contains("Penutup"))
        XCTAssertGreaterThan(doc.lines.map(\.utf8.count).reduce(0, +), 12_000_000)
    }

    func testXmlSpaceWithACapitalIsAccepted() throws {
        let path = try P.write(body: #"<w:p><w:r><w:t xml:space="Preserve">Capaian 80%</w:t></w:r></w:p>"#)
        XCTAssertEqual(try DocxReader.read(path: path).lines.first, "Capaian 80%")
    }

    func testDoctypeInAUTF16PartIsRefused() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY x "y">]><w:document \#(P.namespaces)><w:body>\#(P.p("&x;"))</w:body></w:document>"#
        let utf16 = Data([0xFF, 0xFE]) + xml.data(using: .utf16LittleEndian)!
        let e = error(try P.write(["word/document.xml": utf16]))
        XCTAssertTrue(e?.problem.en.contains("DOCTYPE/ENTITY") == true, e?.problem.en ?? "no error")
    }

    func testPredefinedEntitiesAndCharacterReferencesAreText() throws {
        let path = try P.write(body: P.p("Rasio 3 &lt; 4 &amp; capaian &#49;00&#x25;"))
        XCTAssertEqual(try DocxReader.read(path: path).lines.first, "Rasio 3 < 4 & capaian 100%")
    }

    func testManyMutantsOfARealDraftNeverCrash() throws {
        // In-process: a trap here kills the test run, which is the failure this guards.
        let source = repoRoot.appendingPathComponent("corpus/formats/10-format-features.docx").path
        let mutants = try temporaryDirectory()
        let script = repoRoot.appendingPathComponent("scripts/docx-name-flips.py").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, source, mutants.path, "60", "21"]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw XCTSkip("python3 not available to write mutants") }
        var refused = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: mutants.path) {
            if error(mutants.appendingPathComponent(name).path) != nil { refused += 1 }
        }
        XCTAssertGreaterThan(refused, 30)
    }
}

private extension Data {
    func replacingOccurrences(of target: Data, with replacement: Data) -> Data {
        var out = Data()
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[rest.startIndex..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
