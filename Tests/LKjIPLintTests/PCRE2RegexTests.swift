import XCTest
@testable import LKjIPLint

final class PCRE2RegexTests: XCTestCase {
    func testUTF8OffsetsAndGroups() throws {
        let re = try PCRE2Regex(#"(?<n>\d+,\d+)\s?%"#)
        let s = "capaian “ILK” 103,54 %"
        let m = try XCTUnwrap(re.firstMatch(in: s))
        XCTAssertEqual(m.string(re.groupIndex("n")!, in: s), "103,54")
        XCTAssertEqual(re.matches(in: "1,5% dan 2,25%").count, 2)
    }

    func testBadPatternIsAnErrorNotACrash() {
        XCTAssertThrowsError(try PCRE2Regex("(unclosed")) { error in
            XCTAssertTrue("\(error)".contains("unclosed") || "\(error)".contains("missing"), "\(error)")
        }
    }

    func testCatastrophicBacktrackingStopsAtTheLimit() throws {
        let re = try PCRE2Regex("^(a+)+$")
        let evil = String(repeating: "a", count: 5000) + "b"
        // The match limit turns an exponential search into a quick "no match".
        XCTAssertFalse(re.isMatch(evil))
    }

    func testEmptyMatchesAdvance() throws {
        let re = try PCRE2Regex("x*")
        XCTAssertEqual(re.matches(in: "aéb").count, 4)
    }
}
