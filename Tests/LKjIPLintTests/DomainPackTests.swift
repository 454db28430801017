import XCTest
@testable import LKjIPLint

/// The domain packs: they load, they are validated with errors naming file and key, a
/// user's pack changes the findings without rebuilding, and the data says where it comes from.
final class DomainPackTests: XCTestCase {
    func testBuiltInDomainPacksLoad() {
        let d = builtInPacks.domain
        XCTAssertEqual(Set(d.categorySchemes.map(\.id)), ["ikpa", "ikm-4", "ikm-100", "sakip"])
        XCTAssertEqual(d.indicatorLists.first?.indicators.count, 15)
        XCTAssertEqual(Set(d.weightSchemes.filter { $0.family == "ikpa" }.map(\.source)), ["PER-4/PB/2021", "PER-5/PB/2022", "PER-5/PB/2024"])
        XCTAssertFalse(d.chapters.isEmpty)
        XCTAssertFalse(d.unitPhrases.isEmpty)
        for s in d.categorySchemes { XCTAssertFalse(s.source.isEmpty, s.id) }
    }

    func testCategoryBands() throws {
        let ikpa = try XCTUnwrap(builtInPacks.domain.categorySchemes.first { $0.id == "ikpa" })
        XCTAssertEqual(ikpa.band(for: 95)?.label, "Sangat Baik")
        XCTAssertEqual(ikpa.band(for: Decimal(string: "94.99")!)?.label, "Baik")
        XCTAssertEqual(ikpa.band(for: 89)?.label, "Baik")
        XCTAssertEqual(ikpa.band(for: 70)?.label, "Cukup")
        XCTAssertEqual(ikpa.band(for: Decimal(string: "69.9")!)?.label, "Kurang")
        let sakip = try XCTUnwrap(builtInPacks.domain.categorySchemes.first { $0.id == "sakip" })
        XCTAssertEqual(sakip.band(for: 90)?.label, "A")        // AA is strictly above 90
        XCTAssertEqual(sakip.band(for: Decimal(string: "90.01")!)?.label, "AA")
        let ikm = try XCTUnwrap(builtInPacks.domain.categorySchemes.first { $0.id == "ikm-4" })
        XCTAssertEqual(ikm.band(for: Decimal(string: "3.96")!)?.label, "Sangat Baik")
        XCTAssertEqual(ikm.band(named: "A")?.label, "Sangat Baik")
    }

    func testWeightsFollowTheRegulationYear() throws {
        let ikpa = builtInPacks.domain.weightSchemes.filter { $0.family == "ikpa" }
        let y2024 = try XCTUnwrap(ikpa.first { $0.covers(year: 2024) })
        XCTAssertEqual(y2024.component(for: "Deviasi Halaman III DIPA")?.weight, 15)
        XCTAssertNil(y2024.component(for: "Dispensasi SPM")?.weight)      // a deduction from 2024
        let y2022 = try XCTUnwrap(ikpa.first { $0.covers(year: 2022) })
        XCTAssertEqual(y2022.component(for: "Dispensasi SPM")?.weight, 5)
    }

    func testUserCategorySchemeChangesFindingsWithoutRebuilding() throws {
        let text = "Nilai Indeks Kepatuhan Arsip tahun 2024 sebesar 72,00 dengan kategori Sangat Baik.\n"
        XCTAssertTrue(lint(text).filter { $0.rule == "category-mismatch" }.isEmpty)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        kind: categories
        schemes:
          - id: arsip
            name: Indeks Kepatuhan Arsip
            source: "Peraturan ANRI (contoh)"
            context: '\\bkepatuhan\\s+arsip\\b'
            lowest: 0
            highest: 100
            bands:
              - {label: Sangat Baik, min: 90}
              - {label: Baik, min: 70}
              - {label: Kurang, min: 0}
        """.write(to: dir.appendingPathComponent("arsip.yml"), atomically: true, encoding: .utf8)
        var packs = builtInPacks
        try packs.add(directory: dir.path)
        let found = Linter(packs: packs).lint(TextReader.read(text: text)).filter { $0.rule == "category-mismatch" }
        XCTAssertEqual(found.map(\.location), [SourceLocation(line: 1, column: 71)])
        XCTAssertTrue(found[0].message.en.contains("Baik"), found[0].message.en)
    }

    func testUserPlaceholderPackFromFolder() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "kind: placeholders\nplaceholders:\n  - id: tbd\n    pattern: '\\bTBD\\b'\n    description: belum ditentukan\n"
            .write(to: dir.appendingPathComponent("tbd.yml"), atomically: true, encoding: .utf8)
        var packs = builtInPacks
        try packs.add(directory: dir.path)
        let found = Linter(packs: packs).lint(TextReader.read(text: "Nilai IKPA adalah TBD.\n")).filter { $0.rule == "placeholder" }
        XCTAssertEqual(found.count, 1)
    }

    func testMalformedDomainPacksNameFileAndKey() {
        func error(_ yaml: String) -> String {
            var packs = RulePacks()
            do { try packs.add(yaml: yaml, file: "mine.yml"); return "" } catch { return "\(error)" }
        }
        let noBands = error("kind: categories\nschemes:\n  - id: x\n    name: X\n    source: s\n    context: 'x'\n    lowest: 0\n    highest: 100\n    bands: []\n")
        XCTAssertTrue(noBands.contains("mine.yml") && noBands.contains("schemes[0].bands"), noBands)
        let badMin = error("kind: categories\nschemes:\n  - id: x\n    name: X\n    source: s\n    context: 'x'\n    lowest: 0\n    highest: 100\n    bands:\n      - {label: A, min: tinggi}\n")
        XCTAssertTrue(badMin.contains("schemes[0].bands[0].min"), badMin)
        let badSum = error("kind: weights\nschemes:\n  - id: w\n    family: f\n    name: W\n    source: s\n    from: 2024\n    context: 'w'\n    components:\n      - {id: a, name: A, match: 'a', weight: 60}\n      - {id: b, name: B, match: 'b', weight: 30}\n")
        XCTAssertTrue(badSum.contains("schemes[0].components") && badSum.contains("90"), badSum)
        let badRegex = error("kind: indicator-lists\nlists:\n  - id: l\n    name: L\n    source: s\n    units: '(kanwil'\n    from: 2026\n    indicators:\n      - {id: a, name: A, match: 'a'}\n")
        XCTAssertTrue(badRegex.contains("lists[0].units"), badRegex)
        let unknown = error("kind: kategori\n")
        XCTAssertTrue(unknown.contains("categories") && unknown.contains("kind"), unknown)
    }

    func testMalformedUserPackExitsWithStatus2() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "kind: weights\nschemes:\n  - id: w\n".write(to: dir.appendingPathComponent("bad.yml"), atomically: true, encoding: .utf8)
        let draft = dir.appendingPathComponent("draf.md")
        try "Nilai IKPA 96,12.\n".write(to: draft, atomically: true, encoding: .utf8)
        let r = try runCLI(["check", draft.path, "--checks", dir.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("bad.yml") && r.stderr.contains("schemes[0]"), r.stderr)
    }

    func testExplainShowsSourceRegulation() throws {
        let r = try runCLI(["explain", "weighted-score-mismatch"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("PER-5/PB/2024"), r.stdout)
        let rules = try runCLI(["rules"])
        XCTAssertTrue(rules.stdout.contains("[categories.yml]"), rules.stdout)
    }

    func testKanwilIndicatorsOnlyFrom2026() {
        let base = "Nilai IKPA sebesar 96,50.\n"
        XCTAssertTrue(lint("Laporan Kinerja Kantor Wilayah Direktorat Jenderal Imigrasi Riau Tahun 2025\n\n" + base).filter { $0.rule == "indicator-missing" }.isEmpty)
        XCTAssertEqual(lint("Laporan Kinerja Kantor Wilayah Direktorat Jenderal Imigrasi Riau Tahun 2026\n\n" + base).filter { $0.rule == "indicator-missing" }.count, 1)
    }

    /// The traps of the real samples: aspect means, 95% conversion, Kelas III in history.
    func testSampleTrapsStayQuiet() throws {
        let url = try requireSample("kanim-kerinci-2024.txt", "the traps of the real samples")
        let r = Linter(packs: builtInPacks).lint(path: url.path)
        let domain: Set<String> = ["weighted-score-mismatch", "category-mismatch", "category-missing", "numberword-mismatch", "period-mismatch", "unit-mismatch"]
        let lines = Set(r.diagnostics.filter { domain.contains($0.rule) }.map(\.location.line))
        for trap in [93, 103, 1355, 1356, 1357, 1358, 1311, 1317, 1338, 1397] { XCTAssertFalse(lines.contains(trap), "fired on trap line \(trap)") }
        for defect in [1277, 1298, 1326, 1369, 1382, 1391, 1393, 1401, 1419] { XCTAssertTrue(lines.contains(defect), "missed defect line \(defect)") }
    }

    /// Kerinci's Daftar Isi says IKHTISAR EKSEKUTIF and B/C/D for Bab III's later sections; the
    /// body says RINGKASAN EKSEKUTIF and A/B/C (defects 002-58x, 002-54). Belakang Padang's agrees.
    func testTableOfContentsAgainstHeadingsOnSamples() throws {
        let kerinci = samplesDir.appendingPathComponent("kanim-kerinci-2024.txt")
        let padang = samplesDir.appendingPathComponent("kanim-belakang-padang-2023.txt")
        _ = try requireSample("kanim-kerinci-2024.txt", "the table of contents of the samples")
        _ = try requireSample("kanim-belakang-padang-2023.txt", "the table of contents of the samples")
        func toc(_ url: URL) -> [Diagnostic] {
            Linter(packs: builtInPacks).lint(path: url.path).diagnostics.filter { $0.rule == "structure-missing" && $0.message.en.contains("table of contents") }
        }
        let k = toc(kerinci)
        XCTAssertEqual(k.map(\.location.line), [63, 1193, 1266, 1399])
        XCTAssertTrue(k[0].message.id.contains("IKHTISAR EKSEKUTIF") && k[0].message.id.contains("RINGKASAN EKSEKUTIF"), k[0].message.id)
        XCTAssertEqual(k[1].related.first?.location.line, 55)
        XCTAssertEqual(toc(padang).map(\.location.line), [])
    }

    func testTableOfContentsPackIsValidated() {
        var packs = RulePacks()
        do {
            try packs.add(yaml: "kind: structure\nchapters: []\ntoc:\n  start: 'daftar isi'\n  entry: '(x'\n  chapter: 'bab'\n  section: 'x'\n", file: "mine.yml")
            XCTFail("accepted a broken toc pattern")
        } catch {
            XCTAssertTrue("\(error)".contains("mine.yml") && "\(error)".contains("toc.entry"), "\(error)")
        }
    }

    /// Belakang Padang's attachment table gives D up to 2.59996 (defect 001-11, L4633); its Bab III
    /// table (L1794-1800) is the regulation's and stays quiet (trap 001-T17), as does IKM 3,96 (001-T19).
    func testDocumentCategoryTableAgainstRegulation() throws {
        let url = try requireSample("kanim-belakang-padang-2023.txt", "the category table against the regulation")
        let found = Linter(packs: builtInPacks).lint(path: url.path).diagnostics.filter { $0.rule == "category-mismatch" }
        XCTAssertEqual(found.map(\.location), [SourceLocation(line: 4633, column: 18)])
        XCTAssertEqual(found.first?.stated, "2.59996")
        XCTAssertEqual(found.first?.expected, "2,5996")
        let tables = CategoryTable.all(try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n"), schemes: builtInPacks.domain.categorySchemes)
        XCTAssertEqual(tables.map { $0.firstLine + 1 }, [1794, 4627])
        XCTAssertEqual(tables.first?.documentScheme?.band(for: Decimal(string: "3.96")!)?.label, "Sangat Baik")
    }

    func testDocumentCategoryTableIsUsedForItsValues() {
        let table = "Nilai Interval IKM:\n\n1 1,00 – 2,5996 D TIDAK BAIK\n2 2,60 – 3,064 C KURANG BAIK\n3 3,00 – 3,532 B BAIK\n4 3,5324 – 4,00 A SANGAT BAIK\n\n"
        // 3,02 is Kurang Baik under the regulation, Baik under the document's own table.
        let found = lint(table + "Nilai IKM tahun 2023 sebesar 3,02 sehingga termasuk kategori Baik.\n").filter { $0.rule == "category-mismatch" }
        XCTAssertEqual(found.map(\.location.line), [5])    // the table's bound, not the value
        let wrong = lint(table + "Nilai IKM tahun 2023 sebesar 3,02 sehingga termasuk kategori Kurang Baik.\n").filter { $0.rule == "category-mismatch" }
        XCTAssertEqual(wrong.map(\.location.line), [5, 8])
        XCTAssertTrue(wrong[1].message.id.contains("tabel kategori dokumen"), wrong[2].message.id)
    }
}
