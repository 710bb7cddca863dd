import Foundation
import Testing

@testable import ArticleParsing

/// Language identification (CLD2) on paragraphs written for these tests: twelve news-style
/// paragraphs of at least 20 words per language in Fixtures/language/<code>.txt, one per line.
@Suite struct LanguageTests {
    static let languages = ["fr", "en", "de", "es", "pt", "it"]

    static func paragraphs(_ language: String) throws -> [String] {
        let url = FixtureCase.fixturesDirectory.appendingPathComponent("language/\(language).txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test(arguments: languages)
    func paragraphsOfTwentyWordsAreIdentified(_ language: String) throws {
        let samples = try Self.paragraphs(language)
        #expect(samples.count >= 12)
        var correct = 0
        for paragraph in samples {
            #expect(WordCounting.count(paragraph) >= 20, "fixture too short: \(paragraph)")
            let guess = LanguageGuesser().guess(paragraph)
            #expect(guess == language, "\(guess ?? "nil") for: \(paragraph)")
            if guess == language { correct += 1 }
        }
        #expect(Double(correct) / Double(samples.count) >= 0.98)
    }

    @Test(arguments: ["Le Rwanda et le Japon", "Kigali", "2026-02-16 820 $", "", "OK OK OK"])
    func tooLittleTextGivesNil(_ text: String) {
        #expect(LanguageGuesser().guess(text) == nil)
    }

    /// The sample is cut at 4 KB on a character boundary: a long text whose cut falls inside a
    /// multi-byte character is still valid UTF-8 for CLD2 and still identified.
    @Test func longTextIsSampledOnACharacterBoundary() throws {
        let french = try Self.paragraphs("fr").joined(separator: " ")
        for pad in 0..<4 {
            let text = String(repeating: "é", count: pad) + String(repeating: french + " ", count: 5)
            #expect(LanguageGuesser().guess(text) == "fr")
        }
    }

    @Test(arguments: [("zh-Hant", "zh"), ("iw", "he"), ("un", nil), ("xx-Qaai", nil), ("haw", nil), ("fr", "fr")])
    func cld2CodesMapToISO639_1(_ code: String, _ expected: String?) {
        #expect(LanguageGuesser.iso639_1(code) == expected)
    }
}
