import Testing

@testable import ArticleParsing

/// A web clipper's note (Obsidian Web Clipper): `source` is the page's address, `site` the
/// publication's name, which is the source when nothing else names one.
@Suite struct WebClipperTests {
    private static let body = "\n# Harbour Holdings sells terminal\n\nHarbour Holdings said it had completed the sale of its container terminal to a Danish investor.\n"

    @Test func aClippersSiteNamesThePublication() throws {
        let note = "---\ntitle: \"Harbour Holdings sells terminal\"\nsource: \"https://www.theguardian.com/harbour\"\n"
            + "created: 2026-03-09\nsite: \"The Guardian\"\n---\n" + Self.body
        let article = try ArticleParser().parse(Array(note.utf8), fileName: "clip.md")
        #expect(article.source == "The Guardian")
        #expect(article.site == "The Guardian")
        #expect(article.published == nil)
    }

    @Test func aSiteThatIsAnAddressNamesNone() throws {
        let note = "---\ntitle: \"Harbour Holdings sells terminal\"\nsite: \"https://www.theguardian.com\"\n---\n" + Self.body
        #expect(try ArticleParser().parse(Array(note.utf8), fileName: "clip.md").source == nil)
    }
}
