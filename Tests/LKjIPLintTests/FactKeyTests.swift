import XCTest
@testable import LKjIPLint

/// How figures get their keys: the report's own indicators, formulas under an indicator's
/// heading, Perjanjian Kinerja targets, and the figures that must not be keyed.
final class FactKeyTests: XCTestCase {
    func facts(_ text: String) -> [Fact] {
        let document = TextReader.read(text: text, path: "draf.md")
        return CheckContext(document: document, claims: ClaimExtractor.extract(document, packs: builtInPacks), packs: builtInPacks).facts
    }

    let paspor = """
    Laporan Kinerja Kantor Imigrasi Kelas I TPI Contoh Tahun 2025.

    No\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian
    1\tPersentase permohonan paspor yang diselesaikan sesuai standar waktu\t95%\t98,14%\t103,31%

    **1. Persentase permohonan paspor yang diselesaikan sesuai standar waktu**

    $$y = \\frac{98,14\\%}{95\\%} \\times 100\\%$$
    $$y = 103,31\\%$$
    """

    func testTheReportsOwnIndicatorKeysItsTableRowAndTheFormulaUnderItsHeading() {
        let all = facts(paspor).filter { $0.key.subject.hasPrefix("doc:") }
        XCTAssertEqual(Set(all.map(\.key.subject)), ["doc:persentase permohonan paspor yang diselesaikan sesuai standar waktu"])
        let capaian = all.filter { $0.key.measure == .capaian }
        XCTAssertEqual(capaian.map(\.quantity.location.line).sorted(), [4, 9])
        XCTAssertEqual(Set(capaian.map(\.key.year)), [2025])
        // The formula's operands are read as percentages although LaTeX writes `\%`.
        let realisasi = all.filter { $0.key.measure == .realisasi }.map(\.quantity)
        XCTAssertEqual(realisasi.map(\.text).sorted(), ["98,14%", "98,14%"])
        XCTAssertTrue(realisasi.allSatisfy(\.isPercent))
    }

    func testSamePrecisionDifferentDigitsAreDifferentValues() {
        func q(_ text: String) -> Quantity { NumberLexer.scan(LocatedText(text, at: SourceLocation(line: 1, column: 1)))[0] }
        XCTAssertFalse(FactExtractor.same(q("3,61"), q("3,62")), "they share only the rounding boundary 3,615")
        XCTAssertTrue(FactExtractor.same(q("3,2"), q("3,20")))
        XCTAssertTrue(FactExtractor.same(q("114,3%"), q("114,29%")))
        XCTAssertFalse(FactExtractor.same(q("114,3%"), q("114,2%")))
    }

    /// A summary restating a capaian by the indicator's name is keyed to the table's row (P1).
    func testRestatedCapaianIsKeyedToTheReportsOwnIndicator() {
        let text = paspor + "\nRingkasan: Persentase permohonan paspor yang diselesaikan sesuai standar waktu dengan capaian 103,31%.\n"
        let capaian = facts(text).filter { $0.key.measure == .capaian && $0.key.subject.hasPrefix("doc:") }
        XCTAssertEqual(capaian.map(\.quantity.location.line).sorted(), [4, 9, 10])
        XCTAssertEqual(capaian.filter(\.restated).map(\.quantity.text), ["103,31%"])
    }

    func testPerjanjianKinerjaTargetsAreKeyedButRenstraTargetsAreNot() {
        let text = """
        Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.

        Sasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget
        Meningkatnya kualitas layanan\tIndeks Kepuasan Masyarakat\t3,25

        Indikator\tTarget Renstra 2024
        Indeks Kepuasan Masyarakat\t3,50
        """
        let targets = facts(text).filter { $0.key == FactKey(subject: "ikm", year: 2023, measure: .target) }
        XCTAssertEqual(targets.map(\.quantity.text), ["3,25"])
        XCTAssertFalse(facts(text).contains { $0.quantity.text == "3,50" })
    }

    func testOneSharedRoundFigureKeysNothing() {
        let text = """
        Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.

        Indikator\tTarget\tRealisasi\tCapaian
        Persentase Pelaksanaan Rencana Aksi Reformasi Birokrasi\t100%\t100,00%\t100,00%

        $$x = \\frac{100,00\\%}{100\\%} \\times 100\\% = 98\\%$$
        """
        // Target and realisasi agree, but 100 is every such indicator's: not proof of whose it is.
        XCTAssertFalse(facts(text).contains { $0.quantity.location.line == 6 })
    }

    func testSpendingAndRevenueSharesInProseAreKeyed() {
        let text = """
        Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2022.

        Realisasi belanja mencapai 98,18% dan realisasi PNBP mencapai 143,96% dari target.
        """
        let keyed = facts(text).map { "\($0.key.subject) \($0.key.measure.rawValue) \($0.quantity.text)" }.sorted()
        XCTAssertEqual(keyed, ["anggaran penyerapan 98,18%", "pnbp capaian 143,96%"])
    }

    func testLowerIsBetterFormulaGivesRealisasiAndTargetInTheirPlaces() {
        let text = """
        Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Contoh Tahun 2024.

        No\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian
        1\tPersentase pelanggaran disiplin pegawai\t5%\t2,63%\t147,40%

        **1. Persentase pelanggaran disiplin pegawai**

        $$y = \\frac{(2 \\times 5\\%)-2,63\\%}{5\\%} \\times 100\\% = 147,40\\%$$
        """
        let formula = facts(text).filter { $0.quantity.location.line == 8 }
        // A family pattern of the catalog (lower-is-better violations) is keyed as the report's own indicator.
        XCTAssertEqual(Set(formula.map(\.key.subject)), ["doc:persentase pelanggaran disiplin pegawai"])
        XCTAssertEqual(formula.first { $0.key.measure == .target }?.quantity.text, "5%")
        XCTAssertEqual(formula.first { $0.key.measure == .realisasi }?.quantity.text, "2,63%")
    }
}
