import Testing

@testable import ArticleParsing
@testable import TextLayouts
import DateReading
import TextToolkit

/// The shortcuts of the plain-text path (issue 10, parsing speed) give the answers of the code
/// they skip.
@Suite struct TextFastPathTests {
    @Test(arguments: [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("\u{FEFF}Titre\r\n\r\nCorps\u{FEFF}.", "Titre\n\nCorps."),
        ("\r\r\n", "\n\n"),
        ("\r\u{FEFF}\n", "\n\n"),
        ("\u{FEFF}", ""),
        ("déjà vu\u{2028}", "déjà vu\u{2028}"),
        ("e\u{301}t\u{E9}\r", "\u{E9}t\u{E9}\n"),
    ])
    func normaliseRewritesCRAndByteOrderMarksOnBytes(input: String, expected: String) {
        #expect(TextDecoding.normalise(input) == expected)
    }

    @Test func hasAtMostCountsCharactersNotBytes() {
        let texts = ["", "abc", "e\u{301}e\u{301}e\u{301}", "🇫🇷🇫🇷", "Zoé Müller", String(repeating: "é", count: 50)]
        for text in texts {
            for limit in 0...60 {
                #expect(TextFolding.hasAtMost(text, limit) == (text.count <= limit), "\(text) \(limit)")
            }
        }
    }

    @Test func aDateNeedsFourDigitsInARow() {
        let dates = DateRecognizer(language: "fr")
        #expect(dates.firstDate(in: "Publié le 16 février 2026")?.date.iso == "2026-02-16")
        #expect(dates.firstDate(in: "16/02/2026")?.date.iso == "2026-02-16")
        #expect(dates.firstDate(in: "16 février 202") == nil)
        #expect(dates.firstDate(in: "le 16 février, 820 millions $") == nil)
    }

    @Test func formatWithoutAngleBracketsIsTextOrMarkdown() {
        #expect(FormatDetection.detect("Titre\n\nCorps.", fileName: "a.html") == .text)
        #expect(FormatDetection.detect("# Titre\n\nCorps.", fileName: "a.md") == .markdown)
        #expect(FormatDetection.detect("# Titre\n\nCorps.", fileName: "a.txt") == .text)
        #expect(FormatDetection.detect("---\ntitle: T\n---\nCorps.", fileName: nil) == .markdown)
        #expect(FormatDetection.detect("<p>Corps</p>", fileName: "a.html") == .html)
    }

    @Test func separatorsStillSplitCombinedLines() throws {
        let facts = ClippingFacts(dates: DateRecognizer(language: "en"))
        let line = try #require(facts.facts("26 February 2026 | Reuters"))
        #expect(line.source == "Reuters")
        #expect(line.date?.iso == "2026-02-26")
    }

    @Test func rulesAreThreeOrMoreOfOneMark() {
        #expect(Paragraphs.isRule("---"))
        #expect(Paragraphs.isRule("*****"))
        #expect(!Paragraphs.isRule("--"))
        #expect(!Paragraphs.isRule("-*-"))
        #expect(!Paragraphs.isRule("aaa"))
        #expect(!Paragraphs.isRule(""))
    }
}
