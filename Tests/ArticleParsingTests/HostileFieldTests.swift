import Foundation
import Testing

@testable import ArticleParsing
@testable import TextLayouts

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

/// Issue 11 item 7: front matter has a documented size, and DTD text is never page text.
@Suite struct HostileStructureTests {
    @Test func frontMatterIsReadUpTo64KiBAndRejectedBeyond() throws {
        let body = "\n# Le titre\n\nUn premier paragraphe de texte, assez long pour être lu.\n"
        let tags = (0..<900).map { "  - tag\($0)" }.joined(separator: "\n")  // ~10 KiB, 900 lines
        let fits = "---\ntitle: Un titre déclaré\ntags:\n\(tags)\n---\n" + body
        #expect(try ArticleParser().parse(Array(fits.utf8), fileName: "a.md").title == "Un titre déclaré")
        let huge = (0..<7_000).map { "  - tag\($0)" }.joined(separator: "\n")  // ~80 KiB
        let over = "---\ntitle: Un titre déclaré\ntags:\n\(huge)\n---\n" + body
        #expect(throws: ArticleParseError.frontMatterTooLong) { try ArticleParser().parse(Array(over.utf8), fileName: "a.md") }
        #expect(ArticleParseError.frontMatterTooLong.reason.contains("64 KiB"))
    }

    @Test func aDoctypeInternalSubsetNeverReachesTheBody() throws {
        let page = """
            <!DOCTYPE html [
            <!ENTITY secret "SECRET ENTITY TEXT with > inside">
            <!ELEMENT p ANY>
            <!-- a comment with ]> in it -->
            <!ATTLIST p id ID #IMPLIED>
            ]>
            <html><head><title>A page title here</title></head><body>
            <p>The first paragraph of the article says something useful to the reader.</p></body></html>
            """
        let article = try ArticleParser().parse(Array(page.utf8), fileName: "p.html")
        #expect(article.body == ["The first paragraph of the article says something useful to the reader."])
        #expect(article.title == "A page title here")
    }
}
