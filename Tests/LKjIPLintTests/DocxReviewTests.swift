import Foundation
import XCTest
import ZIPFoundation
@testable import LKjIPLint
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lkjip-lint review`: the reviewed copy is read back independently (unzipped, XML parsed)
/// and every finding must be one comment whose range covers exactly the stated figure.
final class DocxReviewTests: XCTestCase {
    // MARK: reading the output back

    struct Reviewed {
        var entries: [String: Data] = [:]
        /// Comment id → text under its range, and whether a reference mark exists.
        var anchored: [String: String] = [:]
        var references: Set<String> = []
        /// Comment id → (author, paragraphs).
        var comments: [String: (author: String, paragraphs: [String])] = [:]
        var commentOrder: [String] = []
        /// The body's text, all w:t and m:t in order.
        var bodyText = ""
    }

    static func entries(_ path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var d = Data()
            _ = try archive.extract(entry) { d.append($0) }
            out[entry.path] = d
        }
        return out
    }

    final class BodyWalker: NSObject, XMLParserDelegate {
        var active: [String] = []
        var anchored: [String: String] = [:]
        var references: Set<String> = []
        var text = ""
        var capturing = false
        var skip = 0
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if skip > 0 { skip += 1; return }
            let id = attributes["w:id"] ?? ""
            switch qualifiedName ?? name {
            case "mc:Fallback", "w:del": skip = 1
            case "w:commentRangeStart": active.append(id); anchored[id] = ""
            case "w:commentRangeEnd": active.removeAll { $0 == id }
            case "w:commentReference": references.insert(id)
            case "w:t", "m:t": capturing = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if skip > 0 { skip -= 1; return }
            if ["w:t", "m:t"].contains(qualifiedName ?? name) { capturing = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard capturing, skip == 0 else { return }
            text += string
            for a in active { anchored[a, default: ""] += string }
        }
    }

    final class CommentsWalker: NSObject, XMLParserDelegate {
        var comments: [String: (author: String, paragraphs: [String])] = [:]
        var order: [String] = []
        var current: String?
        var capturing = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch qualifiedName ?? name {
            case "w:comment":
                current = attributes["w:id"]
                if let c = current { comments[c] = (attributes["w:author"] ?? "", []); order.append(c) }
            case "w:p": if let c = current { comments[c]!.paragraphs.append("") }
            case "w:t": capturing = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if (qualifiedName ?? name) == "w:t" { capturing = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard capturing, let c = current else { return }
            comments[c]!.paragraphs[comments[c]!.paragraphs.count - 1] += string
        }
    }

    static func read(_ path: String) throws -> Reviewed {
        var r = Reviewed()
        r.entries = try entries(path)
        let body = BodyWalker()
        let p = XMLParser(data: r.entries["word/document.xml"]!)
        p.delegate = body
        XCTAssertTrue(p.parse(), "document.xml does not parse: \(String(describing: p.parserError))")
        r.anchored = body.anchored
        r.references = body.references
        r.bodyText = body.text
        let comments = CommentsWalker()
        let c = XMLParser(data: r.entries["word/comments.xml"] ?? Data())
        c.delegate = comments
        XCTAssertTrue(c.parse(), "comments.xml does not parse")
        r.comments = comments.comments
        r.commentOrder = comments.order
        return r
    }

    static func plain(_ s: String) -> String {
        String(s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\\" }.map(Character.init))
    }

    static let severityPrefixes = ["GALAT: ", "PERINGATAN: ", "INFO: "]

    /// Reviews `path` and checks the copy against the findings; returns the copy's path.
    @discardableResult
    func assertReview(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try DocumentReader.read(path: path)
        let linter = Linter(packs: builtInPacks)
        let diagnostics = linter.lint(document)
        let out = try temporaryDirectory().appendingPathComponent("reviu.docx").path
        let outcome = try DocxReview.write(FileResult(path: path, document: document, diagnostics: diagnostics, error: nil), to: out, language: .id)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the draft itself was changed", file: file, line: line)
        XCTAssertEqual(outcome.findings, diagnostics.count, file: file, line: line)

        let original = try DocxReviewTests.entries(path)
        let reviewed = try DocxReviewTests.read(out)
        // Every part but the comment plumbing is byte-for-byte the draft's.
        for (name, data) in original where !["word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"].contains(name) {
            XCTAssertEqual(reviewed.entries[name], data, "\(name) changed", file: file, line: line)
        }
        // Cutting runs changes no text.
        let originalBody = BodyWalker()
        let op = XMLParser(data: original["word/document.xml"]!)
        op.delegate = originalBody
        XCTAssertTrue(op.parse())
        XCTAssertEqual(reviewed.bodyText, originalBody.text, "the body text changed", file: file, line: line)

        let ours = reviewed.commentOrder.filter { reviewed.comments[$0]?.author == "lkjip-lint" }
        let findings = ours.filter { id in DocxReviewTests.severityPrefixes.contains { reviewed.comments[id]!.paragraphs[0].hasPrefix($0) } }
        XCTAssertEqual(findings.count, diagnostics.count, "one comment per finding", file: file, line: line)
        XCTAssertTrue(ours.contains { reviewed.comments[$0]!.paragraphs[0].hasPrefix("RINGKASAN lkjip-lint: \(diagnostics.count) temuan") },
                      "no summary comment", file: file, line: line)
        for id in ours {
            XCTAssertTrue(reviewed.references.contains(id), "comment \(id) has no reference mark", file: file, line: line)
            XCTAssertFalse((reviewed.anchored[id] ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "comment \(id) anchored on nothing", file: file, line: line)
        }
        // The findings, in order, each on its stated figure.
        for (id, d) in zip(findings, diagnostics) {
            let paragraphs = reviewed.comments[id]!.paragraphs
            XCTAssertTrue(paragraphs[0].hasSuffix("[\(d.rule)]"), "comment \(id): \(paragraphs[0])", file: file, line: line)
            XCTAssertFalse(paragraphs.joined().contains("baris \(d.location.line))"), "comment \(id) names a text-view line", file: file, line: line)
            guard let stated = d.stated else { continue }
            XCTAssertEqual(DocxReviewTests.plain(reviewed.anchored[id] ?? ""), DocxReviewTests.plain(stated),
                           "\(d.rule) at \(d.location.line):\(d.location.column) is not anchored on its figure", file: file, line: line)
        }
        // Read again, the copy gives the same findings.
        let again = linter.lint(try DocumentReader.read(path: out))
        XCTAssertEqual(again.map { "\($0.rule) \($0.location.line):\($0.location.column) \($0.message.id)" },
                       diagnostics.map { "\($0.rule) \($0.location.line):\($0.location.column) \($0.message.id)" }, file: file, line: line)
        return out
    }

    // MARK: the drafts

    func testKerinciEveryFindingOnItsFigure() throws {
        let path = try requireSample("kanim-kerinci-2024.docx", "the review of the real sample").path
        try assertReview(path)
    }

    func testFormatFixturesEveryFindingOnItsFigure() throws {
        let dir = repoRoot.appendingPathComponent("corpus/formats")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".docx") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 5)
        for f in files { try assertReview(dir.appendingPathComponent(f).path) }
    }

    // MARK: runs, existing comments, tracked changes

    func testFigureSplitOverRunsAndInsideARunIsCutExactly() throws {
        let body = DocxTestPackage.p("Capaian kinerja rata-rata tahun 2024 sebesar 90,00% dengan rincian:")
            + #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Capaian indikator pertama 80,00%, kedua 90,00% dan ketiga 1</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>20,00% serta rata-rata 95,00% tahun ini.</w:t></w:r></w:p>"#
        let path = try DocxTestPackage.write(body: body)
        let document = try DocumentReader.read(path: path)
        // A finding whose stated figure spans the two runs: found by the writer's own search.
        let finder = AnchorFinder(scanner: try WordParagraphScanner(Array(try DocxReviewTests.entries(path)["word/document.xml"]!)), document: document)
        let line = document.lines.firstIndex { $0.contains("ketiga") }! + 1
        let column = Array(document.line(line).unicodeScalars).firstIndex(of: "1")! + 1
        let anchor = try XCTUnwrap(finder.find("120,00%", line: line, column: column, nearby: false))
        XCTAssertEqual(finder.string(anchor), "120,00%")
        // "90,00%" twice in the paragraph: the one nearest the column.
        let col90 = document.line(line).unicodeScalars.count - 30
        let a90 = try XCTUnwrap(finder.find("90,00%", line: line, column: col90, nearby: false))
        XCTAssertEqual(finder.string(a90), "90,00%")

        let d1 = Diagnostic(rule: "average-mismatch", severity: .error, location: SourceLocation(line: line, column: column),
                            message: Message(id: "uji", en: "test"), stated: "120,00%", expected: "100,00%")
        let d2 = Diagnostic(rule: "rounding", severity: .info, location: SourceLocation(line: line, column: col90),
                            message: Message(id: "uji dua", en: "test two"), stated: "90,00%")
        let out = try temporaryDirectory().appendingPathComponent("r.docx").path
        try DocxReview.write(FileResult(path: path, document: document, diagnostics: [d1, d2], error: nil), to: out, language: .id)
        let r = try DocxReviewTests.read(out)
        let ids = r.commentOrder.filter { r.comments[$0]!.paragraphs[0].hasPrefix("GALAT") || r.comments[$0]!.paragraphs[0].hasPrefix("INFO") }
        XCTAssertEqual(ids.map { r.anchored[$0] }, ["120,00%", "90,00%"])
        // Both halves of each cut run keep its formatting.
        let xml = String(decoding: r.entries["word/document.xml"]!, as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">20,00%</w:t></w:r><w:commentRangeEnd"#), xml)
        XCTAssertTrue(xml.contains(#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1</w:t></w:r>"#), xml)
    }

    func testExistingCommentsAndTrackedChangesAreKept() throws {
        let existing = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="Inspektorat"><w:p><w:r><w:t>Mohon dicek.</w:t></w:r></w:p></w:comment></w:comments>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#
        let body = #"<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Realisasi 2024 sebesar 90 dari target 100, capaian 95%.</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:ins w:id="8" w:author="A"><w:r><w:t> Tambahan.</w:t></w:r></w:ins><w:del w:id="9" w:author="A"><w:r><w:delText>Lama.</w:delText></w:r></w:del></w:p>"#
        let path = try DocxTestPackage.write(body: body, parts: ["word/comments.xml": existing, "word/_rels/document.xml.rels": rels])
        let document = try DocumentReader.read(path: path)
        let line = document.lines.firstIndex { $0.contains("capaian 95%") }! + 1
        let column = Array(document.line(line).unicodeScalars).firstIndex(of: "9")! + 1
        let d = Diagnostic(rule: "capaian-mismatch", severity: .error, location: SourceLocation(line: line, column: column + 31),
                           message: Message(id: "capaian tertulis 95%, padahal 90%", en: "x"), stated: "95%", expected: "90%")
        let out = try temporaryDirectory().appendingPathComponent("r.docx").path
        try DocxReview.write(FileResult(path: path, document: document, diagnostics: [d], error: nil), to: out, language: .id)
        let r = try DocxReviewTests.read(out)
        XCTAssertEqual(r.comments["7"]?.author, "Inspektorat")
        XCTAssertEqual(r.comments["7"]?.paragraphs, ["Mohon dicek."])
        XCTAssertEqual(r.anchored["7"], "Realisasi 2024 sebesar 90 dari target 100, capaian 95%.")
        let ours = r.commentOrder.filter { r.comments[$0]!.author == "lkjip-lint" }
        XCTAssertEqual(ours.count, 2)   // summary and the finding
        XCTAssertTrue(ours.allSatisfy { Int($0)! > 9 }, "new ids must not reuse annotation ids: \(ours)")
        XCTAssertEqual(r.anchored[ours[1]], "95%")
        let xml = String(decoding: r.entries["word/document.xml"]!, as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<w:del w:id="9" w:author="A"><w:r><w:delText>Lama.</w:delText></w:r></w:del>"#))
        XCTAssertTrue(xml.contains(#"<w:ins w:id="8" w:author="A">"#))
        // The relationship and content type were there: not added twice.
        XCTAssertEqual(String(decoding: r.entries["word/_rels/document.xml.rels"]!, as: UTF8.self), rels)
    }

    func testPlumbingAddedWhenMissing() throws {
        let path = try DocxTestPackage.write(body: DocxTestPackage.p("Capaian 95%."))
        let document = try DocumentReader.read(path: path)
        let out = try temporaryDirectory().appendingPathComponent("r.docx").path
        try DocxReview.write(FileResult(path: path, document: document, diagnostics: [], error: nil), to: out, language: .id)
        let r = try DocxReviewTests.read(out)
        XCTAssertTrue(String(decoding: r.entries["[Content_Types].xml"]!, as: UTF8.self)
            .contains(#"<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>"#))
        XCTAssertTrue(String(decoding: r.entries["word/_rels/document.xml.rels"]!, as: UTF8.self).contains("relationships/comments\" Target=\"comments.xml\""))
        XCTAssertEqual(r.comments.values.map(\.paragraphs.first), ["RINGKASAN lkjip-lint: 0 temuan — 0 galat, 0 peringatan, 0 info."])
    }

    func testNeverOverwritesTheDraftAndNamesAMissingFolder() throws {
        let path = try DocxTestPackage.write(body: DocxTestPackage.p("Capaian 95%."))
        let document = try DocumentReader.read(path: path)
        let result = FileResult(path: path, document: document, diagnostics: [], error: nil)
        XCTAssertThrowsError(try DocxReview.write(result, to: path, language: .id)) { e in
            XCTAssertTrue((e as? InputError)?.problem.id.contains("tidak boleh menimpa") == true, "\(e)")
        }
        XCTAssertThrowsError(try DocxReview.write(result, to: "/nonexistent-folder-lkjip/x.docx", language: .id)) { e in
            XCTAssertEqual((e as? OutputError)?.text(.id), "/nonexistent-folder-lkjip/x.docx: folder /nonexistent-folder-lkjip tidak ada; buat dulu foldernya atau pilih tempat lain")
        }
    }

    func testReviewCommandAndCheckFormatDocx() throws {
        let fixture = repoRoot.appendingPathComponent("corpus/formats/10-format-features.docx").path
        let dir = try temporaryDirectory()
        let draft = dir.appendingPathComponent("draf.docx").path
        try FileManager.default.copyItem(atPath: fixture, toPath: draft)
        let review = try runCLI(["review", draft])
        XCTAssertEqual(review.status, 1, review.stderr)     // the fixture has errors
        XCTAssertTrue(review.stderr.contains("3 temuan ditulis sebagai komentar di \(dir.path)/draf-reviu.docx"), review.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("draf-reviu.docx").path))
        let check = try runCLI(["check", draft, "--format", "docx", "-o", dir.appendingPathComponent("b.docx").path, "--fail-on", "none"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(try DocxReviewTests.read(dir.appendingPathComponent("b.docx").path).comments.count,
                       try DocxReviewTests.read(dir.appendingPathComponent("draf-reviu.docx").path).comments.count)
        let noOutput = try runCLI(["check", draft, "--format", "docx"])
        XCTAssertEqual(noOutput.status, 2)
        XCTAssertTrue(noOutput.stderr.contains("--format docx perlu -o"), noOutput.stderr)
        let missing = try runCLI(["review", draft, "-o", dir.appendingPathComponent("tidak-ada/x.docx").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("folder \(dir.path)/tidak-ada tidak ada"), missing.stderr)
    }

    // MARK: LibreOffice

    func testLibreOfficeOpensTheReviewedCopy() throws {
        guard let office = PDFTextExtractor.executable("libreoffice") ?? PDFTextExtractor.executable("soffice") else {
            throw XCTSkip("LibreOffice is not installed (Debian: apt-get install -y libreoffice-writer-nogui); the reviewed .docx was not opened in it")
        }
        let dir = repoRoot.appendingPathComponent("corpus/formats")
        let out = try assertReview(dir.appendingPathComponent("10-format-features.docx").path)
        let reviewed = try DocxReviewTests.read(out)
        let folder = try temporaryDirectory()
        for target in ["pdf", "odt"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: office)
            p.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", target, "--outdir", folder.path, out]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0)
        }
        let pdf = folder.appendingPathComponent("reviu.pdf")
        XCTAssertGreaterThan((try? Data(contentsOf: pdf))?.count ?? 0, 1000, "LibreOffice did not convert the reviewed copy to PDF")
        let odt = try DocxReviewTests.entries(folder.appendingPathComponent("reviu.odt").path)
        let content = String(decoding: odt["content.xml"] ?? Data(), as: UTF8.self)
        let annotations = content.components(separatedBy: "<office:annotation ").count - 1
            + content.components(separatedBy: "<office:annotation>").count - 1
        XCTAssertEqual(annotations, reviewed.comments.count, "LibreOffice kept \(annotations) of \(reviewed.comments.count) comments")
    }
}
