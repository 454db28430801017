import XCTest
@testable import LKjIPLint

/// The HTML report, checked in a real headless Chromium: every finding is in the DOM,
/// the search box filters, and a screenshot is taken to look at.
final class HTMLReporterTests: XCTestCase {
    func results() throws -> [FileResult] {
        var paths = ["corpus/01-kanim-pangkalpinang-2024.md", "corpus/06-lapas-watampone-2023.txt"].map { FlowFixtures.repoRoot.appendingPathComponent($0).path }
        let kerinci = FlowFixtures.samples.appendingPathComponent("kanim-kerinci-2024.txt").path
        if FileManager.default.fileExists(atPath: kerinci) { paths.append(kerinci) }
        let linter = Linter(packs: FlowFixtures.packs)
        var rs = Batch.run(paths.map { Batch.Job(path: $0, linter: linter) })
        rs.append(FileResult(path: "hilang.docx", document: nil, diagnostics: [], error: InputError("hilang.docx", Message(id: "berkas tidak ditemukan", en: "file not found"))))
        return rs
    }

    func testSelfContainedAndGroupedByChapter() throws {
        let rs = try results()
        let html = HTMLReporter().render(rs, language: .id)
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "nothing fetched from the network")
        XCTAssertFalse(html.contains("<link") || html.contains(" src="), "no external assets")
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("Kantor Imigrasi Kelas I TPI Pangkalpinang"))
        XCTAssertTrue(html.contains("<h3>BAB III AKUNTABILITAS KINERJA</h3>") || html.contains("<h3>III. AKUNTABILITAS KINERJA</h3>") || html.contains("AKUNTABILITAS KINERJA</h3>"), "findings grouped under their chapter")
        XCTAssertEqual(html.components(separatedBy: "<article class=\"finding").count - 1, rs.reduce(0) { $0 + $1.diagnostics.count })
        XCTAssertTrue(html.contains("berkas tidak ditemukan"))
    }

    /// The dossier's first page: run date, version, units and counts, and inline SVG charts
    /// by rule (every rule, zeros shown as 0) and by chapter; on paper only the finding's line.
    func testCoverPageWithChartsAndCompactPrint() throws {
        let rs = try results()
        let date = Date(timeIntervalSince1970: 1_796_000_000)   // 2026-11-30 00:53 UTC
        let html = HTMLReporter(date: date).render(rs, language: .id)
        XCTAssertTrue(html.contains("Diperiksa 30 November 2026, 00.53 UTC dengan lkjip-lint \(ToolVersion.current)"), html)
        XCTAssertTrue(html.contains("<svg role=\"img\"") && !html.contains("<script src"))
        let total = rs.reduce(0) { $0 + $1.diagnostics.count }
        // Every rule has a bar in the cover chart, and the bars add up to the findings.
        let cover = html.components(separatedBy: "id=\"chart-rules\"")[1].components(separatedBy: "</figure>")[0]
        let counts = cover.components(separatedBy: "data-count=\"").dropFirst().map { Int($0.prefix { $0.isNumber })! }
        XCTAssertEqual(counts.count, CheckRegistry.descriptions.count)
        XCTAssertEqual(counts.reduce(0, +), total)
        XCTAssertTrue(cover.contains("class=\"bar zero\""), "a rule without findings is drawn as 0")
        let chapters = html.components(separatedBy: "id=\"chart-chapters\"")[1].components(separatedBy: "</figure>")[0]
        XCTAssertEqual(chapters.components(separatedBy: "data-count=\"").dropFirst().map { Int($0.prefix { $0.isNumber })! }.reduce(0, +), total)
        XCTAssertTrue(html.contains("pre.context .other{display:none}"))
        XCTAssertTrue(html.contains("header.cover{border:0;break-after:page}"))
    }

    func testChapterIsTheNearestHeadingAbove() {
        let doc = TextReader.read(text: "DAFTAR ISI\nBAB III AKUNTABILITAS KINERJA ........ 11\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n")
        let chapters = Chapters(doc)
        XCTAssertEqual(chapters.title(of: 8), "BAB III AKUNTABILITAS KINERJA", "a bare BAB line takes the title below it; the table of contents line is skipped")
        XCTAssertEqual(chapters.title(of: 1), "DAFTAR ISI")
    }

    func chromium() throws -> URL {
        guard let c = FlowFixtures.which("chromium") ?? FlowFixtures.which("chromium-browser") else {
            throw XCTSkip("chromium is not installed (Debian: apt-get install -y chromium); the HTML report was not checked in a browser")
        }
        return c
    }

    func testRendersInHeadlessChromiumWithEveryFinding() throws {
        let browser = try chromium()
        let rs = try results()
        let dir = try FlowFixtures.tempDir()
        let page = dir.appendingPathComponent("laporan.html")
        try HTMLReporter().render(rs, language: .id).write(to: page, atomically: true, encoding: .utf8)
        let base = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=\(dir.appendingPathComponent("profile").path)"]

        let dom = try FlowFixtures.run(browser, base + ["--dump-dom", page.absoluteString]).out
        XCTAssertTrue(dom.contains("</html>"), "Chromium printed the DOM")
        let articles = DOM.findings(dom)
        let expected = rs.flatMap { r in r.diagnostics.map { "\($0.rule)@\($0.location.line)" } }
        XCTAssertEqual(articles.map { "\($0.rule)@\($0.line)" }.sorted(), expected.sorted(), "every finding is an element in the rendered DOM")
        XCTAssertTrue(articles.allSatisfy { !$0.hidden })

        // The search box, pre-filled from the URL: only capaian-mismatch findings stay visible.
        let filtered = DOM.findings(try FlowFixtures.run(browser, base + ["--dump-dom", page.absoluteString + "#q=capaian-mismatch"]).out)
        let visible = filtered.filter { !$0.hidden }.map(\.rule)
        XCTAssertEqual(visible.count, expected.filter { $0.hasPrefix("capaian-mismatch@") }.count)
        XCTAssertGreaterThan(visible.count, 0)
        XCTAssertTrue(visible.allSatisfy { $0 == "capaian-mismatch" })

        let shot = dir.appendingPathComponent("laporan.png")
        _ = try FlowFixtures.run(browser, base + ["--hide-scrollbars", "--window-size=1280,2000", "--screenshot=\(shot.path)", page.absoluteString])
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG screenshot")
        XCTAssertGreaterThan(png.count, 20_000, "the page drew something")
        let keep = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-lint-html-report.png")
        try? FileManager.default.removeItem(at: keep)
        try FileManager.default.copyItem(at: shot, to: keep)
        print("HTML report screenshot: \(keep.path)")
    }
}

/// Reads the finding elements out of Chromium's serialised DOM.
enum DOM {
    struct Finding { let rule: String; let line: Int; let hidden: Bool }
    static let article = try! NSRegularExpression(pattern: #"<article class="finding ([a-z ]+)" data-rule="([^"]+)" data-line="(\d+)""#)

    static func findings(_ dom: String) -> [Finding] {
        article.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).map { m in
            let s = { (i: Int) in String(dom[Range(m.range(at: i), in: dom)!]) }
            return Finding(rule: s(2), line: Int(s(3))!, hidden: s(1).split(separator: " ").contains("hidden"))
        }
    }
}
