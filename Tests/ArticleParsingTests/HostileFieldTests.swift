import Foundation
import Testing

@testable import ArticleParsing

/// Issue 11 items 4 and 7: index fields hold no control characters, single-line fields have a
/// documented length, and a title alone is not an article.
@Suite struct HostileFieldTests {
    private func parse(_ text: String, fileName: String? = nil) throws -> Article {
        try ArticleParser().parse(Array(text.utf8), fileName: fileName)
    }

    private static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    @Test func controlCharactersAreRemovedFromEveryTextField() throws {
        let text = "Breaking\u{1B}[2J news \u{9B}31mtoday\u{07}\n\nBy Jane\u{7F} Doe\n\n"
            + "A first paragraph\u{1B}]0;title\u{07} that says something about the economy.\n\n"
            + "A second paragraph with more words in it.\n"
        let article = try parse(text)
        #expect(article.title == "Breaking[2J news 31mtoday")
        let fields = [article.title, article.lede] + article.authors + article.body
        #expect(!fields.contains(where: Self.hasControl), "\(fields)")
    }

    @Test func bidiCharactersOfRealTextStayInTheIndex() throws {
        let article = try parse("Title with \u{200F}mark\n\nA body paragraph that is long enough to be read as text.\n")
        #expect(article.title == "Title with \u{200F}mark")
    }

    @Test func aHugeJSONLDHeadlineIsCutAtTheDocumentedLength() throws {
        let headline = String(repeating: "word ", count: 200_000)
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"\(headline)"}</script></head>
            <body><article><p>The body of the page has a sentence or two that a reader would want to read.</p>
            <p>And a second paragraph, to look like an article.</p></article></body></html>
            """
        let article = try parse(html, fileName: "page.html")
        #expect(article.title.count == ArticleFields.Limits.title)
        #expect(article.title.hasSuffix("…"))
    }

    @Test func everySingleLineFieldIsCut() {
        let long = String(repeating: "é", count: 5_000)
        #expect(ArticleFields.line(long, limit: 300).count == 300)
        #expect(ArticleFields.line("short", limit: 300) == "short")
        #expect(ArticleFields.line(String(repeating: "x", count: 300), limit: 300).count == 300)
        #expect(!ArticleFields.line(String(repeating: "x", count: 301), limit: 300).contains("x" + String(repeating: "x", count: 299)))
    }

    @Test(arguments: ["Hello", "Hello\n", "# Only a heading\n", "---\ntitle: Front matter only\n---\n"])
    func aTitleAloneIsRejected(_ text: String) {
        #expect(throws: ArticleParseError.noBody) { try parse(text) }
    }
}
