import XCTest
@testable import LKjIPLint

final class ReporterTests: XCTestCase {
    let text = "Judul\n\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n"

    func results() -> [FileResult] {
        let doc = TextReader.read(text: text, path: "laporan/draf.md")
        return [FileResult(path: "laporan/draf.md", document: doc, diagnostics: Linter(packs: builtInPacks).lint(doc), error: nil)]
    }

    func testTextIsCompilerStyleWithCaret() {
        let out = TextReporter().render(results(), language: .id)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("laporan/draf.md:3:65: galat: capaian tertulis 110,00%, padahal realisasi 3,87 ÷ target 3,25 × 100% = 119,08%"), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("[capaian-mismatch]"))
        XCTAssertEqual(lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }, 4 + 64)
        XCTAssertEqual(lines.last, "1 berkas: 1 galat, 0 peringatan, 0 info")
        XCTAssertTrue(TextReporter().render(results(), language: .en).contains("error: capaian is written 110,00%"))
    }

    func testJSONShape() throws {
        let data = Data(JSONReporter().render(results(), language: .id).utf8)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        let d = try XCTUnwrap((files[0]["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(d["rule"] as? String, "capaian-mismatch")
        XCTAssertEqual(d["severity"] as? String, "error")
        XCTAssertEqual(d["line"] as? Int, 3)
        XCTAssertEqual(d["column"] as? Int, 65)
        XCTAssertEqual(d["stated"] as? String, "110,00%")
        XCTAssertEqual(d["expected"] as? String, "119,08%")
        XCTAssertEqual((d["related"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual((root["summary"] as? [String: Int])?["errors"], 1)
    }

    func testSARIFHasRulesAndResults() throws {
        let data = Data(SARIFReporter().render(results(), language: .en).utf8)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, CheckRegistry.descriptions.count, "checks and stage rules (unused-suppression)")
        let result = try XCTUnwrap((run["results"] as? [[String: Any]])?.first)
        XCTAssertEqual(result["ruleId"] as? String, "capaian-mismatch")
        XCTAssertEqual(result["level"] as? String, "error")
        let loc = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertEqual((loc["artifactLocation"] as? [String: Any])?["uri"] as? String, "laporan/draf.md")
        XCTAssertEqual((loc["region"] as? [String: Any])?["startLine"] as? Int, 3)
    }

    func testGitHubAnnotationsAreEscaped() {
        let out = GitHubReporter().render(results(), language: .id)
        XCTAssertTrue(out.hasPrefix("::error file=laporan/draf.md,line=3,col=65,title=capaian-mismatch::capaian tertulis 110,00%25"), out)
        XCTAssertEqual(GitHubReporter.property("a,b:c\n"), "a%2Cb%3Ac%0A")
    }
}
