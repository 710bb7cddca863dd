import Foundation
import Testing

@testable import ArticleParsing

/// A word processor's document saved as a page (`WordDocuments`): its paragraphs read as a
/// clipping's text, its `<title>` (the press review's) never the article's day.
@Suite struct WordDocumentTests {
    private static func page(head: String, generator: String = "Microsoft Word 15") -> String {
        """
        <html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <meta name=Generator content="\(generator)">
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Desk Editor</o:Author>
        <o:Created>2026-02-28T07:24:00Z</o:Created></o:DocumentProperties></xml><![endif]-->
        <title>Pressespiegel 28.02.2026</title></head>
        <body lang=DE style='word-wrap:break-word'><div class=WordSection1>
        \(head)
        <p class=MsoNormal>&nbsp;</p>
        <p class=MsoNormal>Harbour Holdings said on Thursday it had completed the
        sale of its container terminal to a Danish investor for 1.2 billion euros.</p>
        <p class=MsoNormal>The terminal handled 1.2 million containers last year, the
        company said.</p>
        </div></body></html>
        """
    }

    private func parse(_ text: String) throws -> Article {
        try ArticleParser().parse(Array(text.utf8), fileName: "review.htm")
    }

    @Test func theSourceLineAboveTheHeadlineGivesThePublicationAndDay() throws {
        let article = try parse(Self.page(head: "<p class=MsoNormal><b>Reuters</b>, 26. Februar 2026</p>\n<h1>Harbour Holdings sells terminal</h1>"))
        #expect(article.title == "Harbour Holdings sells terminal")
        #expect(article.source == "Reuters")
        #expect(article.published == "2026-02-26")
        #expect(article.authors.isEmpty)
        #expect(article.body.first == "Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor for 1.2 billion euros.")
    }

    @Test func aCMSPostPastedFromWordIsAPage() throws {
        // `MsoNormal` paragraphs under a CMS's generator: the page's own date stands.
        var page = Self.page(head: "<h1>Harbour Holdings sells terminal</h1>", generator: "WordPress 4.8.6")
        page = page.replacingOccurrences(of: "<title>", with: "<meta property=\"article:published_time\" content=\"2017-07-12T10:00:00+00:00\"><title>")
        #expect(try parse(page).published == "2017-07-12")
    }

    @Test func aDocumentStatingNoDayHasNone() throws {
        let article = try parse(Self.page(head: "<h1>Harbour Holdings sells terminal</h1>\n<p class=MsoNormal><i>Von Jane Doe</i></p>",
                                          generator: "LibreOffice 7.4"))
        #expect(article.published == nil)
        #expect(article.authors == ["Jane Doe"])
    }
}
