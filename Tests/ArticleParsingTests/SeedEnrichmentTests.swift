import ArticleEnrichment
import Testing

@testable import ArticleParsing
import TextToolkit

/// What the façade derives for the seed article (places, amounts, keywords), and reading time.
@Suite struct SeedEnrichmentTests {
    @Test func seedKeywordsNameWhatItIsAbout() throws {
        let article = try ArticleParser().parse(try FixtureCase.bytes(of: SeedTests.fileName))
        for term in ["Rwanda", "Japon", "coopération numérique", "partenariats"] {
            #expect(article.keywords.contains(term), "\(article.keywords)")
        }
        #expect(article.keywords.count <= 8)
        #expect(!article.keywords.contains { Stopwords.set(for: "fr").contains(TextFolding.fold($0)) })
    }

    @Test func seedEnrichment() throws {
        let article = try ArticleParser().parse(try FixtureCase.bytes(of: SeedTests.fileName))
        #expect(article.places.map(\.code).contains("RW"))
        #expect(article.places.map(\.code).contains("JP"))
        #expect(article.amounts == [Amount(text: "820 millions $", value: 820_000_000, currency: "USD")])
        #expect(article.readingMinutes == 2)  // 307 words
    }

    @Test(arguments: [(0, 1), (1, 1), (230, 1), (231, 2), (307, 2), (1000, 5)])
    func readingMinutes(_ words: Int, _ minutes: Int) {
        #expect(Article.readingMinutes(forWords: words) == minutes)
    }
}
