import Testing

@testable import ArticleParsing

/// A page whose metadata and byline elements name nobody, with its byline set as a plain
/// paragraph: the byline gives the authors (and an agency in it the source), and leaves the text.
@Suite struct PlainBylineTests {
    private static func page(_ byline: String) -> [UInt8] {
        Array("""
            <!doctype html><html><head><title>Harbour Holdings sells terminal | Daily</title></head><body><article>
            <h1>Harbour Holdings sells terminal</h1><p>\(byline)</p><p>March 3, 2026</p>
            <p>Harbour Holdings said it had completed the sale of its container terminal to a Danish investor on Monday.</p>
            <p>The price was not disclosed, but analysts put it at several hundred million euros.</p>
            </article></body></html>
            """.utf8)
    }

    @Test func aBylineParagraphNamesTheAuthors() throws {
        let article = try ArticleParser().parse(Self.page("By Jane Doe and John Roe"), fileName: "page.html")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.body.first?.hasPrefix("Harbour Holdings said") == true)
    }

    @Test func anAgencyInTheBylineIsTheSource() throws {
        let article = try ArticleParser().parse(Self.page("Par Jeanne Martin (AFP)"), fileName: "page.html")
        #expect(article.authors == ["Jeanne Martin"])
        #expect(article.source == "AFP")
    }

    @Test func aShortParagraphWithoutABylineWordNamesNobody() throws {
        let article = try ArticleParser().parse(Self.page("Jane Doe and John Roe"), fileName: "page.html")
        #expect(article.authors.isEmpty)
    }

    @Test func metadataStillWinsOverAPlainByline() throws {
        var html = String(decoding: Self.page("By Jane Doe"), as: UTF8.self)
        html = html.replacingOccurrences(of: "</title>", with: "</title><meta name=\"author\" content=\"Ann Smith\">")
        #expect(try ArticleParser().parse(Array(html.utf8), fileName: "page.html").authors == ["Ann Smith"])
    }

    @Test func aFirstParagraphOpeningWithByIsNoByline() throws {
        let html = """
            <!doctype html><html><head><title>Floods | Daily</title></head><body>
            <p>By Tuesday, the toll had risen to 40.</p>
            <p>Rescue teams searched the valley for a third day as the river kept rising through the town.</p>
            </body></html>
            """
        let article = try ArticleParser().parse(Array(html.utf8), fileName: "page.html")
        #expect(article.authors.isEmpty)
        #expect(article.body.first == "By Tuesday, the toll had risen to 40.")
    }
}
