import Testing

@testable import ArticleParsing

/// The HTML reader's byte-level fast paths give the answers of the slower code they stand in for.
@Suite struct HTMLFastPathTests {
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

    /// An ASCII class value is judged on its bytes by the token rule of the String path.
    @Test(arguments: [
        ("story-byline", true), ("post AUTHOR", true), ("c-author-name x", true), ("card__author", true),
        ("authors", true), ("fn n", true), ("author-link", true), ("authorbox", false), ("byline-wrap", false),
        ("fnord", false), ("", false), ("  \t\n", false), ("main content", false),
    ])
    func bylineClassTokens(_ value: String, _ expected: Bool) {
        #expect(HTMLMetadata.namesByline(Array(value.utf8)[...]) == expected)
    }

    /// A value with non-ASCII bytes is left to the String path.
    @Test func nonASCIIClassValueIsNotJudgedOnBytes() {
        #expect(HTMLMetadata.namesByline(Array("auteur-é".utf8)[...]) == nil)
    }

    /// Collapsed text is NFC whether or not the fast path applies, and invalid bytes are repaired.
    @Test func collapsedTextIsNFC() {
        #expect(HTMLDocument.collapsed(Array("  a \u{A0} b\n\tc ".utf8)[...]) == "a b c")
        #expect(HTMLDocument.collapsed(Array("Cafe\u{301}".utf8)[...]).unicodeScalars.count == 4)
        #expect(HTMLDocument.collapsed([0x41, 0xC3, 0x20, 0x42][...]) == "A\u{FFFD} B")
        #expect(HTMLDocument.collapsed(Array("Zürich".utf8)[...]) == "Zürich")
    }

    /// The charset declaration and the HTML sniff ignore ASCII case, read in place.
    @Test func charsetAndSniffIgnoreCase() {
        #expect(HTMLCharset.declared(in: Array("<html><META Charset=\"ISO-8859-1\">".utf8)) == "iso-8859-1")
        #expect(HTMLCharset.declared(in: Array("<p>charset=utf-8</p>".utf8)) == nil)
        #expect(HTMLCharset.looksLikeHTML(Array("\u{FEFF}  <!DOCTYPE HTML><p>".utf8)))
        #expect(HTMLCharset.looksLikeHTML(Array("x<HtMl lang=en>".utf8)))
        #expect(!HTMLCharset.looksLikeHTML(Array("<htm".utf8)))
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
