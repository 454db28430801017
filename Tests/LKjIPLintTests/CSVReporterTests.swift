import XCTest
@testable import LKjIPLint

final class CSVReporterTests: XCTestCase {
    /// A finding whose message holds every character RFC 4180 must quote.
    func tricky() -> [FileResult] {
        let doc = TextReader.read(text: "LAPORAN KINERJA TAHUN 2024\nKANTOR IMIGRASI KELAS II TPI SABANG\n\nTeks, \"kutip\".\n", path: "laporan, \"final\".md")
        let d = Diagnostic(rule: "capaian-mismatch", severity: .error, location: SourceLocation(line: 4, column: 7),
                           message: Message(id: "tertulis \"110,00%\", padahal\nbaris dua", en: "written"), stated: "110,00%", expected: "119,08%")
        var r = FileResult(path: "laporan, \"final\".md", document: doc, diagnostics: [d], error: nil)
        r.identity = ReportIdentity.detect(doc)
        return [r, FileResult(path: "rusak.docx", document: nil, diagnostics: [], error: InputError("rusak.docx", Message(id: "bukan ZIP", en: "not a ZIP")))]
    }

    func testQuoting() {
        let csv = CSVReporter().render(tricky(), language: .id)
        XCTAssertTrue(csv.hasPrefix("file,unit,year,rule,severity,line,location,stated,expected,message\r\n"))
        XCTAssertTrue(csv.contains("\"laporan, \"\"final\"\".md\",Kantor Imigrasi Kelas II TPI Sabang,2024,capaian-mismatch,error,4,4:7,\"110,00%\",\"119,08%\",\"tertulis \"\"110,00%\"\", padahal\nbaris dua\"\r\n"), csv)
    }

    func testParsesBackWithPythonsCSVModule() throws {
        guard let python = FlowFixtures.which("python3") else { throw XCTSkip("python3 not installed") }
        var results = tricky()
        let corpus = FlowFixtures.repoRoot.appendingPathComponent("corpus/01-kanim-pangkalpinang-2024.md").path
        results += Batch.run([Batch.Job(path: corpus, linter: Linter(packs: FlowFixtures.packs))])
        let dir = try FlowFixtures.tempDir()
        let file = dir.appendingPathComponent("temuan.csv")
        try CSVReporter().render(results, language: .id).write(to: file, atomically: true, encoding: .utf8)

        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.reader(f, strict=True))))
        """
        let r = try FlowFixtures.run(python, ["-c", script, file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let rows = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [[String]]
        XCTAssertEqual(rows[0], CSVReporter.columns)
        XCTAssertTrue(rows.allSatisfy { $0.count == 10 }, "every row has ten fields")
        XCTAssertEqual(rows.count, 1 + 1 + 1 + results[2].diagnostics.count)
        XCTAssertEqual(rows[1], ["laporan, \"final\".md", "Kantor Imigrasi Kelas II TPI Sabang", "2024", "capaian-mismatch", "error", "4", "4:7",
                                 "110,00%", "119,08%", "tertulis \"110,00%\", padahal\nbaris dua"])
        XCTAssertEqual(rows[2], ["rusak.docx", "", "", "input", "error", "", "", "", "", "bukan ZIP"])
        let corpusRows = rows.dropFirst(3)
        XCTAssertEqual(corpusRows.map { $0[3] }, results[2].diagnostics.map(\.rule))
        XCTAssertEqual(corpusRows.map { Int($0[5])! }, results[2].diagnostics.map(\.location.line))
        XCTAssertTrue(corpusRows.allSatisfy { $0[1] == "Kantor Imigrasi Kelas I TPI Pangkalpinang" && $0[2] == "2024" })
    }
}
