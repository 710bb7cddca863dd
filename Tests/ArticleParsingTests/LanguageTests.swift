import Foundation
import CCLD2
import Testing

import ArticleEnrichment
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

    /// The text path classifies `ArticleParser.textLanguageSample` bytes first: on every text
    /// fixture, and on 6 KB texts in each language shifted by zero to two `é` (so the cut lands
    /// on different bytes of the text), it gives the 4 KiB reference's verdict.
    @Test func theTextPathSampleGivesTheReferenceVerdict() throws {
        var texts: [String] = []
        let first = LanguageGuesser(sampleBytes: ArticleParser.textLanguageSample)
        for language in Self.languages {
            let paragraphs = try Self.paragraphs(language).joined(separator: " ")
            for pad in 0..<3 {
                let text = String(repeating: "é", count: pad) + String(repeating: paragraphs + " ", count: 3)
                // The first KiB decides alone (no fall-back to 4 KiB) on ordinary prose.
                #expect(first.guess(text) == language)
                texts.append(text)
            }
        }
        let folder = FixtureCase.fixturesDirectory
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            if let (text, _) = TextDecoding.decode(bytes) { texts.append(text) }
        }
        #expect(texts.count > 40)
        #expect(texts.contains { $0.utf8.count > 4096 })
        for text in texts {
            #expect(ArticleParser.textLanguage(text) == LanguageGuesser().guess(text), "\(text.prefix(80))")
        }
    }

    @Test(arguments: [("zh-Hant", "zh"), ("iw", "he"), ("un", nil), ("xx-Qaai", nil), ("haw", nil), ("fr", "fr")])
    func cld2CodesMapToISO639_1(_ code: String, _ expected: String?) {
        #expect(LanguageGuesser.iso639_1(code) == expected)
    }

    /// CLD2 looks one byte past its input when the text ends on a multi-byte character; the shim
    /// hands it a NUL-padded copy, so what follows the buffer in memory never changes the verdict.
    @Test func theBytesAfterTheTextDoNotChangeTheVerdict() {
        let text = Array("abcd\u{3B1}".utf8)
        let verdicts = [UInt8(0x00), 0x61, 0xCE, 0x86].map { tail in
            (text + [tail, tail, tail, tail]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    let result = presswatch_cld2_detect(chars.baseAddress, Int32(text.count))
                    let code = withUnsafeBytes(of: result.code) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    return "\(code) \(result.percent) \(result.textBytes)"
                }
            }
        }
        #expect(Set(verdicts).count == 1, "\(verdicts)")
    }
}

