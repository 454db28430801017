import XCTest
@testable import LKjIPLint

final class BaselineTests: XCTestCase {
    let draft = """
    # BAB III AKUNTABILITAS KINERJA

    Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.

    Capaian IKU memperoleh hasil sebesar 4,00 dari target 3,20 atau 125,00%.
    """

    func lint(_ text: String, at path: String) -> FileResult {
        let doc = TextReader.read(text: text, path: path)
        return FileResult(path: path, document: doc, diagnostics: Linter(packs: FlowFixtures.packs).lint(doc), error: nil)
    }

    func testInsertingLinesAboveKeepsTheFindingBaselined() throws {
        let dir = try FlowFixtures.tempDir()
        let path = dir.appendingPathComponent("laporan/draf.md").path
        let before = lint(draft, at: path)
        XCTAssertEqual(before.diagnostics.map(\.location.line), [3])
        let file = dir.appendingPathComponent("baseline.json").path
        try Baseline.record([before], baselineFile: file).write(to: file)
        let baseline = try Baseline.load(file)
        XCTAssertEqual(baseline.entries.map(\.path), ["laporan/draf.md"], "paths are relative to the baseline's folder")

        let edited = "Kata pengantar baru.\n\nDua baris lagi.\nDan satu lagi.\n\n" + draft
        let after = lint(edited, at: path)
        XCTAssertEqual(after.diagnostics.map(\.location.line), [8], "the finding moved down five lines")
        let (kept, fixed) = baseline.filter([after])
        XCTAssertEqual(kept[0].diagnostics.count, 0)
        XCTAssertEqual(fixed, 0)
    }

    func testNewFindingsAreReportedAndFixedOnesCounted() throws {
        let dir = try FlowFixtures.tempDir()
        let path = dir.appendingPathComponent("draf.md").path
        let file = dir.appendingPathComponent("b.json").path
        try Baseline.record([lint(draft, at: path)], baselineFile: file).write(to: file)
        let baseline = try Baseline.load(file)

        // Fix the old finding, make a new one elsewhere.
        let changed = draft.replacingOccurrences(of: "110,00%", with: "119,08%").replacingOccurrences(of: "125,00%", with: "130,00%")
        let (kept, fixed) = baseline.filter([lint(changed, at: path)])
        XCTAssertEqual(kept[0].diagnostics.map(\.location.line), [5])
        XCTAssertEqual(kept[0].diagnostics.map(\.rule), ["capaian-mismatch"])
        XCTAssertEqual(fixed, 1)
    }

    func testChangingTheStatedValueIsANewFinding() throws {
        let path = "/tmp/x/draf.md"
        let baseline = Baseline.record([lint(draft, at: path)], baselineFile: "/tmp/x/b.json")
        let (kept, fixed) = baseline.filter([lint(draft.replacingOccurrences(of: "110,00%", with: "111,00%"), at: path)])
        XCTAssertEqual(kept[0].diagnostics.count, 1, "a different wrong number is not the finding that was accepted")
        XCTAssertEqual(fixed, 1)
    }

    func testIdenticalFindingsAreCountedNotMerged() {
        let line = "Capaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n\n"
        let path = "/tmp/x/draf.md"
        // Three identical findings recorded.
        let baseline = Baseline.record([lint(String(repeating: line, count: 3), at: path)], baselineFile: "/tmp/x/b.json")
        // Five now: the baseline accepted only three of them.
        let five = lint(String(repeating: line, count: 5), at: path)
        XCTAssertEqual(five.diagnostics.count, 5)
        let (kept, fixed) = baseline.filter([five])
        XCTAssertEqual(kept[0].diagnostics.map(\.location.line), [7, 9], "three are known; two are new")
        XCTAssertEqual(fixed, 0)
    }

    /// A budget table with a truncated percentage on two rows: editing one row (its own
    /// figures, or the row above) must neither resurrect the next row's finding nor count
    /// a finding as fixed that is still there.
    func testEditingOneBudgetRowKeepsTheOtherRowsBaselined() throws {
        let table = """
        # BAB III AKUNTABILITAS KINERJA

        Tabel 3.1 Realisasi Anggaran per Jenis Belanja

        | Jenis Belanja | Pagu | Realisasi | Persentase |
        |---|---|---|---|
        | Belanja Pegawai | 3.000.000 | 2.000.000 | 66,66% |
        | Belanja Barang | 6.000.000 | 1.000.000 | 16,66% |
        | Belanja Modal | 3.000.000 | 1.000.000 | 33,33% |
        """
        let path = "/tmp/x/draf.md"
        let before = lint(table, at: path)
        XCTAssertEqual(before.diagnostics.map(\.stated), ["66,66%", "16,66%"], "\(before.diagnostics.map(\.message.id))")
        let baseline = Baseline.record([before], baselineFile: "/tmp/x/b.json")

        // The Pegawai row's pagu and realisasi are edited; its percentage is still truncated.
        let edited = table.replacingOccurrences(of: "| Belanja Pegawai | 3.000.000 | 2.000.000 |", with: "| Belanja Pegawai | 3.000.001 | 2.000.000 |")
        let after = lint(edited, at: path)
        XCTAssertEqual(after.diagnostics.map(\.stated), ["66,66%", "16,66%"])
        var (kept, fixed) = baseline.filter([after])
        XCTAssertEqual(kept[0].diagnostics.count, 0, "\(kept[0].diagnostics.map(\.message.id))")
        XCTAssertEqual(fixed, 0)

        // The Pegawai row fixed: only it is counted fixed; the Barang row stays hidden.
        let fixedRow = lint(table.replacingOccurrences(of: "66,66%", with: "66,67%"), at: path)
        (kept, fixed) = baseline.filter([fixedRow])
        XCTAssertEqual(kept[0].diagnostics.count, 0)
        XCTAssertEqual(fixed, 1)

        // A new row inserted above: every known finding stays known.
        let inserted = lint(table.replacingOccurrences(of: "| Belanja Pegawai", with: "| Belanja Lain | 1.000 | 1.000 | 100,00% |\n| Belanja Pegawai"), at: path)
        (kept, fixed) = baseline.filter([inserted])
        XCTAssertEqual(kept[0].diagnostics.count, 0)
        XCTAssertEqual(fixed, 0)
    }

    func testOldBaselineVersionAsksToRecordAgain() throws {
        let dir = try FlowFixtures.tempDir()
        let file = dir.appendingPathComponent("b.json")
        try FlowFixtures.write("{\"version\": 1, \"findings\": []}", to: file)
        XCTAssertThrowsError(try Baseline.load(file.path)) { XCTAssertTrue("\($0)".contains("rekam ulang dengan --write-baseline"), "\($0)") }
    }

    func testFingerprintIsStableAndIgnoresSpacing() {
        let a = lint(draft, at: "a.md"), b = lint(draft.replacingOccurrences(of: "Capaian IKM", with: "Capaian   IKM"), at: "a.md")
        XCTAssertEqual(Baseline.fingerprint(a.diagnostics[0], in: a.document!), Baseline.fingerprint(b.diagnostics[0], in: b.document!))
        XCTAssertEqual(Baseline.fnv1a64(""), 0xcbf29ce484222325)
        XCTAssertEqual(Baseline.fnv1a64("a"), 0xaf63dc4c8601ec8c, "FNV-1a 64 reference value")
    }

    func testBadBaselineFileIsAnError() throws {
        let dir = try FlowFixtures.tempDir()
        let file = dir.appendingPathComponent("b.json")
        try FlowFixtures.write("{\"not\": \"a baseline\"}", to: file)
        XCTAssertThrowsError(try Baseline.load(file.path)) { XCTAssertTrue("\($0)".contains("b.json"), "\($0)") }
    }

    func testCLIWriteThenUseBaseline() throws {
        let exe = try FlowFixtures.binary()
        let dir = try FlowFixtures.tempDir()
        let draftURL = dir.appendingPathComponent("draf.md")
        try FlowFixtures.write(draft, to: draftURL)
        var r = try FlowFixtures.run(exe, ["check", "--write-baseline", "lkjip-baseline.json", "draf.md"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.err.contains("1 temuan dicatat"), r.err)
        try FlowFixtures.write("Baris baru di atas.\n\n" + draft, to: draftURL)
        r = try FlowFixtures.run(exe, ["check", "--baseline", "lkjip-baseline.json", "--format", "json", "draf.md"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.out)
        XCTAssertTrue(r.err.contains("1 temuan lama disembunyikan, 0 sudah diperbaiki"), r.err)
        try FlowFixtures.write(draft.replacingOccurrences(of: "110,00%", with: "119,08%").replacingOccurrences(of: "125,00%", with: "130,00%"), to: draftURL)
        r = try FlowFixtures.run(exe, ["check", "--baseline", "lkjip-baseline.json", "--lang", "en", "draf.md"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("0 known finding(s) hidden, 1 fixed"), r.err)
        XCTAssertTrue(r.out.contains("draf.md:5:"), r.out)
    }
}
