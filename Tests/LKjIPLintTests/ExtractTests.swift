import XCTest
@testable import LKjIPLint

/// `lkjip-lint extract` against the figures the auditor's lists cite for the two samples.
final class ExtractTests: XCTestCase {
    func sample(_ name: String) throws -> ExtractedReport {
        let path = try requireSample(name, "extract on the sample").path
        return FigureExtractor.extract(try DocumentReader.read(path: path), packs: FlowFixtures.packs)
    }

    func figures(_ r: ExtractedReport, _ kind: ExtractedFigure.Kind) -> [ExtractedFigure] { r.figures.filter { $0.kind == kind } }

    func testKerinciBudgetIndicatorsAndIKPA() throws {
        let r = try sample("kanim-kerinci-2024.txt")
        XCTAssertEqual(r.unit, "Kantor Imigrasi Kelas II Non TPI Kerinci")
        XCTAssertEqual(r.year, 2024)
        // Anggaran 9.933.860.000 / 9.912.780.806: stated 99,79% (L79) and, wrongly, 99.76 (L478).
        let budget = figures(r, .budget).filter { $0.targetValue == "9933860000" }
        XCTAssertEqual(budget.map(\.realisasiValue), Array(repeating: "9912780806", count: budget.count))
        XCTAssertEqual(budget.first { $0.statedLine == 79 }?.stated, "99,79%")
        let table = budget.first { $0.statedLine == 478 }
        XCTAssertEqual(table?.stated, "99.76")
        XCTAssertEqual(table?.recomputed, "99,79")
        XCTAssertEqual(table?.status, "mismatch")
        // The auditor's 002 list: Persentase TAK target 90%, realisasi 111,11%, capaian written 111,11% (should be 123,46%).
        let tak = figures(r, .indicator).first { $0.statedLine == 472 }
        XCTAssertEqual([tak?.target, tak?.realisasi, tak?.stated, tak?.recomputed], ["90%", "111,11%", "111,11%", "123,46%"])
        XCTAssertEqual(figures(r, .indicator).first { $0.statedLine == 476 }.map { [$0.targetValue, $0.realisasiValue] }, ["3.1", "3.21"])
        XCTAssertEqual(figures(r, .ikpa).map(\.stated), ["96,12"])
        XCTAssertEqual(figures(r, .ikpa).first?.label, "IKPA TA 2024")
    }

    func testBelakangPadangBudgetPNBPAndIKPA() throws {
        let r = try sample("kanim-belakang-padang-2023.txt")
        XCTAssertEqual(r.unit, "Kantor Imigrasi Kelas II TPI Belakang Padang")
        XCTAssertEqual(r.year, 2023)
        // Anggaran 8.538.182.000 / 8.497.875.809 = 99,53% (L235, L2430, L2441, L2805).
        let budget = r.figures.filter { $0.targetValue == "8538182000" && $0.realisasiValue == "8497875809" }
        XCTAssertTrue(Set(budget.compactMap(\.statedLine)).isSuperset(of: [235, 2430, 2441, 2805]), "\(budget.compactMap(\.statedLine))")
        XCTAssertTrue(budget.filter { $0.statedLine != 1564 }.allSatisfy { $0.statedValue == "99.53" && $0.status == "holds" }, "\(budget.map { ($0.statedLine, $0.statedValue) })")
        // L1564 (capaian table, row "Anggaran") writes the same absorption as 100%: the auditor's 001-22.
        XCTAssertEqual(budget.first { $0.statedLine == 1564 }?.statedValue, "100")
        // PNBP: 4.242.992.013 of target 1.732.100.000 = 245%.
        let pnbp = figures(r, .pnbp).first { $0.statedLine == 245 }
        XCTAssertEqual([pnbp?.targetValue, pnbp?.realisasiValue, pnbp?.stated], ["1732100000", "4242992013", "245%"])
        // Indeks Kepuasan Internal: 3,86 of target 3,13 written as 100% (a cap, the auditor's trap list).
        let ikm = figures(r, .indicator).first { $0.statedLine == 229 }
        XCTAssertEqual([ikm?.target, ikm?.realisasi, ikm?.stated, ikm?.status], ["3,13", "3,86", "100%", "capped"])
        XCTAssertEqual(figures(r, .ikpa).map(\.stated), ["98,29"])
        XCTAssertEqual(figures(r, .ikpa).first?.statedLine, 2738)
    }

    func testCSVAndJSONWriters() throws {
        let doc = TextReader.read(text: "LAPORAN KINERJA TAHUN 2024\n\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 119,08%.\n", path: "a.md")
        let r = FigureExtractor.extract(doc, packs: FlowFixtures.packs, options: LintOptions(unit: "Kanim Contoh"))
        let csv = ExtractWriter.csv([r]).components(separatedBy: "\r\n")
        XCTAssertEqual(csv[0], ExtractWriter.columns.joined(separator: ","))
        XCTAssertTrue(csv[1].hasPrefix("a.md,Kanim Contoh,2024,indicator,"), csv[1])
        XCTAssertTrue(csv[1].hasSuffix(",\"3,25\",\"3,87\",\"119,08%\",\"119,08%\",holds,3.25,3.87,119.08,3,3,3,\"118,74–119,41%\""), csv[1])
        XCTAssertFalse(r.figures[0].label.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(ExtractWriter.json([r]).utf8)) as! [String: Any]
        let fig = ((json["reports"] as! [[String: Any]])[0]["figures"] as! [[String: Any]])[0]
        XCTAssertEqual(fig["target_value"] as? String, "3.25")
        XCTAssertEqual(fig["stated_line"] as? Int, 3)
    }

    /// Every value `check` recomputes for a ratio is the value `extract` lists for it: the
    /// point value of the written figures, never the middle of their rounding interval.
    func testExtractAndCheckAgreeOnTheSamples() throws {
        var compared = 0
        for name in ["kanim-kerinci-2024.txt", "kanim-kerinci-2024.docx", "kanim-belakang-padang-2023.txt"] {
            let path = try requireSample(name, "extract against check").path
            let doc = try DocumentReader.read(path: path)
            let figures = FigureExtractor.extract(doc, packs: FlowFixtures.packs).figures
            let ratioRules: Set<String> = ["capaian-mismatch", "percent-mismatch", "capaian-capped", "rounding"]
            for d in Linter(packs: FlowFixtures.packs).lint(doc) where ratioRules.contains(d.rule) {
                guard let f = figures.first(where: { $0.statedLine == d.location.line && $0.stated == d.stated }) else { continue }
                XCTAssertEqual(f.recomputed, d.expected, "\(name):\(d.location.line) \(d.rule): extract says \(f.recomputed ?? "-"), check says \(d.expected ?? "-")")
                compared += 1
            }
            // 100 ÷ 15 is 666,67%, not the middle of what 99,5…100,5 ÷ 14,5…15,5 could give.
        }
        XCTAssertGreaterThanOrEqual(compared, 8, "too few findings matched a listed figure to compare")
        let doc = TextReader.read(text: "Capaian indikator memperoleh realisasi sebesar 100 dari target 15,0 atau 666,67%.\n", path: "a.md")
        let f = try XCTUnwrap(FigureExtractor.extract(doc, packs: FlowFixtures.packs).figures.first)
        XCTAssertEqual(f.recomputed, "666,67%")
        XCTAssertEqual(f.recomputedRange, "664,45–668,90%")   // 100 ÷ 15,05 … 100 ÷ 14,95
    }

    func testCLIExtract() throws {
        let exe = try FlowFixtures.binary()
        let path = try requireSample("kanim-kerinci-2024.txt", "the extract command on a sample").path
        let r = try FlowFixtures.run(exe, ["extract", "--format", "json", path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("\"target_value\" : \"9933860000\""))
        let missing = try FlowFixtures.run(exe, ["extract", "/no/such.md"])
        XCTAssertEqual(missing.status, 2)
    }
}
