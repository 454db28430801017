import XCTest
@testable import LKjIPLint

final class ShownNumberTests: XCTestCase {
    func value(_ s: String, amount: Bool = false) -> (Decimal, Int, Bool)? {
        ShownNumber.parse(s, amount: amount).map { ($0.value, $0.decimals, $0.malformed) }
    }

    func testIndonesianGroupingAndDecimals() {
        XCTAssertEqual(value("10.633")?.0, 10633)
        XCTAssertEqual(value("98,76")?.0, Decimal(string: "98.76"))
        XCTAssertEqual(value("98,76")?.1, 2)
        XCTAssertEqual(value("9.933.860.000")?.0, 9_933_860_000)
        XCTAssertEqual(value("1.204.550.300,00")?.0, 1_204_550_300)
        XCTAssertEqual(value("1.204.550.300,00")?.1, 2)
        XCTAssertEqual(value("1.119,34")?.0, Decimal(string: "1119.34"))
    }

    func testEnglishStyleMixedIn() {
        XCTAssertEqual(value("99.76")?.0, Decimal(string: "99.76"))
        XCTAssertEqual(value("2,561,189,000")?.0, 2_561_189_000)
        XCTAssertEqual(value("2.5996")?.0, Decimal(string: "2.5996"))
        XCTAssertEqual(value("3.13")?.0, Decimal(string: "3.13"))
    }

    func testAmountReadsLoneCommaGroupAsThousands() {
        XCTAssertEqual(value("2,561", amount: true)?.0, 2561)
        XCTAssertEqual(value("2,561")?.0, Decimal(string: "2.561"))
    }

    func testMalformedSeparators() {
        XCTAssertEqual(value("7.981.992,000", amount: true)?.2, true)
        XCTAssertEqual(value("24.000.1")?.2, true)
        XCTAssertEqual(value("10.633")?.2, false)
    }

    func testIntervalOfShownPrecision() {
        let n = ShownNumber.parse("98,76")!
        XCTAssertEqual(n.interval.lower, Decimal(string: "98.755"))
        XCTAssertEqual(n.interval.upper, Decimal(string: "98.765"))
    }

    func testFormatting() {
        XCTAssertEqual(NumberFormat.indonesian(Decimal(string: "10062360000")!, decimals: 0), "10.062.360.000")
        XCTAssertEqual(NumberFormat.percent(Decimal(string: "98.768")!, decimals: 2), "98,77%")
        XCTAssertEqual(NumberFormat.indonesian(Decimal(string: "3.9")!, decimals: 2), "3,90")
    }
}

final class NumberLexerTests: XCTestCase {
    func scan(_ s: String) -> [Quantity] { NumberLexer.scan(LocatedText(s, at: SourceLocation(line: 7, column: 1))) }

    func testUnitsAndLocations() {
        let q = scan("realisasi Rp. 9.912.780.806,- atau 99,79% dari target 3,1 (Indeks)")
        XCTAssertEqual(q.map(\.unit), [.rupiah, .percent, .index])
        XCTAssertEqual(q[0].value, 9_912_780_806)
        XCTAssertEqual(q[1].location, SourceLocation(line: 7, column: 36))
    }

    func testNonQuantitiesNeverEnterCalculations() {
        let kinds = scan("Sesuai PER-5/PB/2022 dan Peraturan Nomor 29 Tahun 2014, NIP. 197103101991031001, kode 109161").map(\.kind)
        XCTAssertFalse(kinds.contains(.quantity), "\(kinds)")
        let regs = scan("Keputusan IMI-0010.PR.01.01 Tahun 2024 dan M.HH-01.PR.03")
        XCTAssertTrue(regs.allSatisfy { $0.kind != .quantity }, "\(regs.map { ($0.text, $0.kind) })")
    }

    func testListMarkersAndTableOfContents() {
        XCTAssertEqual(scan("1. Persentase Tindakan Administratif").first?.kind, .ordinal)
        XCTAssertEqual(scan("A. Capaian Kinerja ........................ 17").last?.kind, .reference)
    }

    func testZeroCells() {
        XCTAssertEqual(NumberLexer.zeroCell(LocatedText("-", at: SourceLocation(line: 1, column: 1)))?.value, 0)
        XCTAssertEqual(NumberLexer.zeroCell(LocatedText("Nihil", at: SourceLocation(line: 1, column: 1)))?.isNihil, true)
        XCTAssertNil(NumberLexer.zeroCell(LocatedText("-12", at: SourceLocation(line: 1, column: 1))))
    }
}

final class IntervalTests: XCTestCase {
    func testRatioOfShownNumbersMeetsStatedCapaian() {
        let r = ShownNumber.parse("3,21")!.interval, t = ShownNumber.parse("3,1")!.interval
        let q = (r / t)! * 100
        XCTAssertEqual(Agreement.of(value: Decimal(string: "103.55")!, decimals: 2, computed: q), .consistent)
        XCTAssertEqual(Agreement.of(value: Decimal(string: "110")!, decimals: 2, computed: q), .mismatch)
    }

    func testTruncationAndRoundingUp() {
        let q = DecimalInterval(exactly: Decimal(string: "98.768")!)
        XCTAssertEqual(Agreement.of(value: Decimal(string: "98.76")!, decimals: 2, computed: q), .truncated(down: true))
        XCTAssertEqual(Agreement.of(value: Decimal(string: "98.77")!, decimals: 2, computed: q), .consistent)
        let u = DecimalInterval(exactly: Decimal(string: "99.852")!)
        XCTAssertEqual(Agreement.of(value: Decimal(string: "99.86")!, decimals: 2, computed: u), .truncated(down: false))
    }

    func testDivisionByAnIntervalContainingZero() {
        XCTAssertNil(DecimalInterval(exactly: 1) / DecimalInterval(-1, 1))
    }
}

final class FormulaEvaluatorTests: XCTestCase {
    func testLatexAndPlainFormulas() {
        XCTAssertEqual(FormulaEvaluator.evaluate(#"\frac{10.502}{10.633} \times 100\%"#).map { ($0 * 100).mid.rounded(3) }, Decimal(string: "98.768"))
        XCTAssertEqual(FormulaEvaluator.evaluate("(85 * 60%) + (97 * 40%)")?.mid, Decimal(string: "89.8"))
        XCTAssertEqual(FormulaEvaluator.evaluate("250 / 300 x 100%").map { ($0 * 100).mid.rounded(2) }, Decimal(string: "83.33"))
        XCTAssertNil(FormulaEvaluator.evaluate(#"\frac{\text{Jumlah}}{\text{Total}}"#))
        XCTAssertNil(FormulaEvaluator.evaluate("1 / 0"))
    }
}
