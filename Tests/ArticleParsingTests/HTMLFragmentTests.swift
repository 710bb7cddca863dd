import Testing

@testable import ArticleParsing

/// A page's fragment without `<html>` (a CMS's source view, an HTML mail part saved as `.txt`)
/// is read as HTML; a fragment the HTML reader finds no article in, as text; a clipping that
/// merely mentions a tag stays text.
@Suite struct HTMLFragmentTests {
    private static let fragment = """
        <h1>Harbour Holdings sells terminal</h1>
        <p class="byline">By Jane Doe</p>
        <p>Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.</p>
        <p>The price was not disclosed.</p>

        """

    @Test func aFragmentSavedAsTextIsReadAsHTML() throws {
        let article = try ArticleParser().parse(Array(Self.fragment.utf8), fileName: "clip.txt")
        #expect(article.format == .html)
        #expect(article.title == "Harbour Holdings sells terminal")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.body == [
            "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.",
            "The price was not disclosed.",
        ])
    }

    @Test func oneClosedElementIsNoFragment() throws {
        let text = "<p>Harbour Holdings sells terminal\n\nHarbour Holdings said it had completed the sale of its terminal.</p>\n"
        #expect(FormatDetection.detect(text, fileName: "clip.txt") == .text)
        #expect(FormatDetection.detect("<pre>x</pre><p>a</p><p>b</p>", fileName: nil) == .text)
    }

    @Test func aClippingQuotingTagsStaysText() throws {
        let text = "Harbour Holdings sells terminal\n\nThe site's code still shows <p>, </p> and </div> where it broke.\n"
        #expect(FormatDetection.detect(text, fileName: "clip.txt") == .text)
    }

    @Test func aFragmentWithoutAnArticleIsReadAsText() throws {
        // Two closed elements holding only a script and a style: the HTML reader finds no
        // article in them; the text under them is read as the text it is.
        let text = "<div><script>var a=1;</script></div><div><style>p{}</style></div>\nHarbour Holdings sells terminal\n\n"
            + "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.\n"
        #expect(FormatDetection.detect(text, fileName: "clip.txt") == .html)
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "clip.txt")
        #expect(article.format == .text)
        #expect(article.body.last?.hasPrefix("Harbour Holdings said") == true)
    }
}
