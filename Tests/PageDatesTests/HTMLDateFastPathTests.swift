import Testing

@testable import PageDates

/// The page-date search's byte-level fast paths give the answers of the slower code they stand
/// in for.
@Suite struct HTMLDateFastPathTests {
    /// Page-date digit runs skip digit-free words of eight bytes: the same runs as `DigitRun.all`,
    /// at every alignment, with bytes above 0x7F, runs longer than nine digits and a run limit.
    @Test(arguments: [
        "", "7", "abc", "2019-06-24 12:30:00", "<a href=\"/2019/06/24/x\">x</a>", "é1ü22ÿ333",
        "12345678901234567890 x 9", String(repeating: "abcdefgh", count: 5) + "42" + String(repeating: "z", count: 17),
        "\u{FF}\u{FE}0\u{80}9:;/",
    ])
    func digitRunsMatchTheGeneralScan(_ text: String) {
        let bytes = Array(text.utf8)
        for start in 0...min(bytes.count, 9) {
            for limit in [1, 2, .max] {
                let fast = HTMLDatePageText.digitRuns(in: bytes, from: start, limit: limit)
                let general = DigitRun.all(in: bytes, from: start, limit: limit)
                #expect(fast.map { [$0.start, $0.end, $0.value] } == general.map { [$0.start, $0.end, $0.value] })
            }
        }
    }

    /// Killed elements and namespace declarations are blanked in place, wherever they sit.
    @Test func cleanerBlanksKilledElementsAndNamespaces() {
        let page = Array("<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>x 2020</p><SVG a>2019</svg>X".utf8)
        let cleaned = HTMLDateCleaner.blankingKilledElements(page)
        #expect(cleaned.count == page.count)
        let text = String(decoding: cleaned, as: UTF8.self)
        #expect(!text.contains("1999") && !text.contains("2019") && text.contains("2020") && text.hasSuffix("X"))
    }
}
