import Foundation
import XCTest
import LKjIPLint
@testable import LKjIPServe

/// The page: its files and headers over HTTP, then the whole flow in headless Chromium
/// (Tests/serve/page_e2e.py: Selenium with Debian's chromium-driver, from scripts/setup.sh).
final class PageTests: XCTestCase {
    func testPageFilesAreServedWithoutInlineScriptOrAnythingFromElsewhere() throws {
        let server = try ServerHarness()
        defer { server.stop() }
        let page = try server.request("GET", "/")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(page.headers["content-security-policy"], SecurityHeadersMiddleware.contentSecurityPolicy)
        let html = page.text
        XCTAssertTrue(html.contains("<html lang=\"id\">"))
        XCTAssertTrue(html.contains("Letakkan draf LKjIP di sini"))
        // Every script has a src on this server; no inline handlers, styles or outside addresses.
        let scripts = html.components(separatedBy: "<script").dropFirst()
        XCTAssertEqual(scripts.count, 1)
        XCTAssertTrue(scripts.allSatisfy { $0.hasPrefix(" src=\"/app.js\"") })
        for banned in ["onclick=", "onload=", "style=\"", "<style", "http://", "https://", "//cdn", "fonts.googleapis"] {
            XCTAssertFalse(html.contains(banned), banned)
        }
        let js = try server.request("GET", "/app.js")
        XCTAssertEqual(js.headers["content-type"], "text/javascript; charset=utf-8")
        XCTAssertFalse(js.text.contains("http://") || js.text.contains("https://") || js.text.contains("eval("))
        XCTAssertTrue(js.text.contains("format=bundle"))
        let css = try server.request("GET", "/app.css")
        XCTAssertEqual(css.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertTrue(css.text.hasSuffix(HTMLReporter.css), "the dossier's own styles follow the page's")
        XCTAssertFalse(css.text.contains("@import") || css.text.contains("url("))
        XCTAssertEqual(try server.request("GET", "/favicon.ico").status, 204)
        XCTAssertEqual(try server.request("POST", "/").status, 405)
    }

    func testUploadThroughThePageInChromium() throws {
        try pageFlow(formatsDir.appendingPathComponent("01-kanim-pangkalpinang-2024.docx"))
    }

    func testKerinciSampleThroughThePageSeesTheCLIFindings() throws {
        let sample = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/samples/kanim-kerinci-2024.docx")
        guard FileManager.default.fileExists(atPath: sample.path) else {
            throw XCTSkip("../shared/samples/kanim-kerinci-2024.docx is absent; the real sample was not uploaded through the page")
        }
        try pageFlow(sample, screenshot: FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-serve-page.png").path)
    }

    /// The CLI's counts for `file`, then the page in Chromium must show the same.
    func pageFlow(_ file: URL, screenshot: String? = nil) throws {
        guard let python = which("python3") else { throw XCTSkip("python3 is not installed; the page was not checked in Chromium") }
        let cli = try runCLI(["check", "--format", "json", "--fail-on", "none", file.lastPathComponent], in: file.deletingLastPathComponent())
        let summary = (try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Int] ?? [:]
        let counts = ["errors", "warnings", "infos"].map { String(summary[$0] ?? -1) }
        XCTAssertFalse(counts.contains("-1"), cli.stdout)

        let server = try ServerHarness()
        defer { server.stop() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [repoRoot.appendingPathComponent("Tests/serve/page_e2e.py").path, "http://127.0.0.1:\(server.port)", file.path]
            + counts + (screenshot.map { [$0] } ?? [])
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 77 { throw XCTSkip(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("counts on the page (\(counts.joined(separator: ", "))) equal the CLI's"), text)
        XCTAssertTrue(text.hasSuffix("0 failure(s)\n"), text)
        // The page's uploads went the same way as the API's: nothing left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: server.temporaryDirectory.path), [])
        XCTAssertTrue(server.log.contains { $0.contains("POST /api/v1/check 200") }, server.log.joined(separator: "\n"))
    }
}
