import XCTest
@testable import LKjIPLint

/// corpus/formats/: Word and PDF versions of corpus drafts (made by
/// scripts/make-fixtures.py). Their findings must be the text twin's: the same rule
/// ids, as many times, located in the file's own text view with origins filled.
final class FormatsCorpusTests: XCTestCase {
    let formats = repoRoot.appendingPathComponent("corpus/formats")
    let linter = Linter(packs: builtInPacks)

    /// PDFs whose layout the reader does not yet rebuild fully: their findings are only
    /// checked for locations, not counted against the text twin. None at present.
    static let pdfNotYetEqual: Set<String> = []

    static func ruleCounts(_ ds: [Diagnostic]) -> [String: Int] {
        ds.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
    }

    func twin(of file: URL) -> URL? {
        let stem = file.deletingPathExtension().lastPathComponent
        for dir in [formats, formats.deletingLastPathComponent()] {
            for ext in ["md", "txt"] {
                let url = dir.appendingPathComponent("\(stem).\(ext)")
                if FileManager.default.fileExists(atPath: url.path) { return url }
            }
        }
        return nil
    }

    func fixtures(_ ext: String) throws -> [URL] {
        let all = try FileManager.default.contentsOfDirectory(at: formats, includingPropertiesForKeys: nil)
        return all.filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }

    func testDocxFindingsMatchTheirTextTwins() throws {
        let files = try fixtures("docx")
        XCTAssertGreaterThanOrEqual(files.count, 4)
        for file in files {
            let twin = try XCTUnwrap(twin(of: file), "no text twin for \(file.lastPathComponent)")
            let doc = try DocumentReader.read(path: file.path)
            let found = linter.lint(doc)
            let expected = linter.lint(try DocumentReader.read(path: twin.path))
            XCTAssertEqual(FormatsCorpusTests.ruleCounts(found), FormatsCorpusTests.ruleCounts(expected), file.lastPathComponent)
            for d in found {
                let origin = doc.origin(d.location.line)
                XCTAssertTrue(origin?.paragraph != nil || origin?.table != nil, "\(file.lastPathComponent):\(d.location.line) has no paragraph/table")
                XCTAssertFalse(doc.line(d.location.line).isEmpty)
            }
        }
    }

    func testPDFFindingsMatchTheirTextTwins() throws {
        guard PDFTextExtractor.executable("pdftotext") != nil else { throw XCTSkip("pdftotext not installed") }
        let files = try fixtures("pdf")
        XCTAssertGreaterThanOrEqual(files.count, 4)
        for file in files {
            let doc = try DocumentReader.read(path: file.path)
            let found = linter.lint(doc)
            for d in found {
                XCTAssertNotNil(doc.origin(d.location.line)?.page, "\(file.lastPathComponent):\(d.location.line) has no page")
            }
            for (i, line) in doc.lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                XCTAssertNotNil(doc.origins[i]?.page, "\(file.lastPathComponent):\(i + 1) has no page")
            }
            guard !FormatsCorpusTests.pdfNotYetEqual.contains(file.lastPathComponent) else { continue }
            let twin = try XCTUnwrap(twin(of: file), "no text twin for \(file.lastPathComponent)")
            let expected = linter.lint(try DocumentReader.read(path: twin.path))
            XCTAssertEqual(FormatsCorpusTests.ruleCounts(found), FormatsCorpusTests.ruleCounts(expected), file.lastPathComponent)
        }
    }

    func testFeaturesFixtureHasWhatTheIssueAsksFor() throws {
        let doc = try DocumentReader.read(path: formats.appendingPathComponent("10-format-features.docx").path)
        let headings = doc.blocks.compactMap { b -> Int? in if case .heading(let l, _) = b.content { return l } else { return nil } }
        XCTAssertEqual(Set(headings), [1, 2, 3])
        XCTAssertTrue(doc.lines.contains(#"$$x = \frac{10.502}{10.633} \times 100\%$$"#))
        XCTAssertTrue(doc.lines.contains("No\tIndikator Kinerja\tTahun 2023\t\t\tTahun 2024\t\t"))
        let found = linter.lint(doc)
        let capaian = try XCTUnwrap(found.first { $0.rule == "capaian-mismatch" })
        XCTAssertEqual(OriginText.of(doc, capaian.location, .id), "Tabel 1, baris 4, kolom Tahun 2024 / Capaian")
    }
}
