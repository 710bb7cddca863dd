import Foundation
import Testing

@testable import ArticleParsing

/// The seed clipping (OSIRIS trailer layout), checked field by field.
@Suite struct SeedTests {
    static let fileName = "000_c270c34a5fa5b89e.txt"

    private func parseSeed() throws -> (Article, [String]) {
        let bytes = try FixtureCase.bytes(of: Self.fileName)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return (try ArticleParser().parse(bytes, fileName: Self.fileName), lines)
    }

    @Test func seedMetadata() throws {
        let (article, _) = try parseSeed()
        #expect(article.title == "Coopération numérique : le Rwanda discute avec le Japon")
        #expect(article.authors == ["Adoni Conrad Quenum"])
        #expect(article.source == "Agence Ecofin")
        #expect(article.site == "OSIRIS")
        #expect(article.published == "2026-02-16")  // not the 14 February of the body
        #expect(article.language == "fr")
        #expect(article.format == .text)
        #expect(article.id == "7ed3f8e516d01fd6")
        #expect(article.id.count == 16 && article.id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func seedBodyIsExactlyTheSevenParagraphs() throws {
        let (article, lines) = try parseSeed()
        #expect(lines.count == 11)
        #expect(article.body == Array(lines.prefix(7)))
        #expect(article.lede == lines[0])
        for paragraph in article.body {
            #expect(!paragraph.contains("OSIRIS"))
            #expect(!paragraph.contains("(Source"))
            #expect(paragraph != article.title)
        }
    }

    @Test func seedWordCountIsWithinThreePercentOf308() throws {
        let (article, _) = try parseSeed()
        #expect(abs(article.wordCount - 308) <= 9, "wordCount \(article.wordCount)")
        #expect(article.wordCount == 307)  // the documented rule: apostrophes and hyphens join
    }

    @Test func sameBytesGiveTheSameArticle() throws {
        let bytes = try FixtureCase.bytes(of: Self.fileName)
        #expect(try ArticleParser().parse(bytes) == ArticleParser().parse(bytes, fileName: "x.md"))
    }

    /// The layout is found structurally: renaming the site does not change the reading.
    @Test func trailerLayoutDoesNotDependOnTheWordOSIRIS() throws {
        let text = String(decoding: try FixtureCase.bytes(of: Self.fileName), as: UTF8.self)
            .replacing("OSIRIS", with: "Revue de presse")
        let article = try ArticleParser().parse(Array(text.utf8))
        #expect(article.site == "Revue de presse")
        #expect(article.title == "Coopération numérique : le Rwanda discute avec le Japon")
        #expect(article.body.count == 7)
    }

    @Test func seedWithCRLFAndTrailingNewlineReadsTheSame() throws {
        let bytes = try FixtureCase.bytes(of: Self.fileName)
        let original = try ArticleParser().parse(bytes)
        let text = String(decoding: bytes, as: UTF8.self).replacing("\n", with: "\r\n") + "\r\n"
        let converted = try ArticleParser().parse(Array(text.utf8))
        #expect(converted.body == original.body)
        #expect(converted.title == original.title)
        #expect(converted.published == original.published)
        #expect(converted.id != original.id)  // the id hashes the raw bytes
    }
}
