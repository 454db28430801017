import XCTest
@testable import LKjIPLint

/// Indonesian number words read with the built-in numberwords pack.
final class NumberWordTests: XCTestCase {
    let words = NumberWords(builtInPacks.domain.numberWords)

    func value(_ s: String) -> Decimal? { words.read(s)?.value }

    func testWordsUpToTriliun() {
        XCTAssertEqual(value("satu"), 1)
        XCTAssertEqual(value("sebelas"), 11)
        XCTAssertEqual(value("dua belas"), 12)
        XCTAssertEqual(value("dua puluh satu"), 21)
        XCTAssertEqual(value("seratus"), 100)
        XCTAssertEqual(value("seratus dua puluh"), 120)
        XCTAssertEqual(value("seratus sebelas"), 111)
        XCTAssertEqual(value("seribu"), 1000)
        XCTAssertEqual(value("dua ribu"), 2000)
        XCTAssertEqual(value("dua ratus lima puluh ribu"), 250_000)
        XCTAssertEqual(value("satu juta lima ratus ribu"), 1_500_000)
        XCTAssertEqual(value("tiga miliar"), 3_000_000_000)
        XCTAssertEqual(value("dua triliun seratus miliar"), 2_100_000_000_000)
        XCTAssertEqual(value("setengah"), Decimal(string: "0.5"))
        XCTAssertEqual(value("satu setengah"), Decimal(string: "1.5"))
        XCTAssertEqual(value("tiga koma dua lima"), Decimal(string: "3.25"))
    }

    func testNotNumberWords() {
        XCTAssertNil(value("terlampir"))
        XCTAssertNil(value("dua tiga"))
        XCTAssertNil(value("ribu juta"))
        XCTAssertNil(value("lama"))          // four letters: never read as a misspelt "lima"
    }

    func testMisspellingIsReadAndReported() {
        let r = words.read("sertus sebelas")
        XCTAssertEqual(r?.value, 111)
        XCTAssertEqual(r?.misspellings, ["sertus": "seratus"])
        XCTAssertEqual(words.read("seratus sebelas")?.misspellings, [:])
    }

    func testMisspellingIsAHintNeverAMismatch() {
        let text = "Gugusan pulau berjumlah 111 (sertus sebelas) pulau.\n"
        // Off by default (a spelling slip is no number defect); on when asked for.
        XCTAssertEqual(lint(text).map(\.rule), [])
        var config = LintConfig()
        config.enabledRules = ["numberword-spelling"]
        let found = Linter(packs: builtInPacks, selection: config.selection).lint(TextReader.read(text: text, path: "d.md"))
        XCTAssertEqual(found.map(\.rule), ["numberword-spelling"])
        XCTAssertEqual(found.first?.severity, .info)
        XCTAssertEqual(lint("Memiliki 2 (tiga) sasaran.\n").map(\.rule), ["numberword-mismatch"])
    }
}
