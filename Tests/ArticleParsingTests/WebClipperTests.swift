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

    /// MarkDownload's default template: the tab title as heading, `source` the page's address, `author` the page's byline.
    @Test(arguments: [
        ("Harbour Holdings sells terminal | Reuters", "https://www.reuters.com/harbour-holdings", "Reuters"),
        ("Harbour Holdings sells terminal - El País", "https://elpais.com/economia/harbour", "El País"),
        ("Harbour Holdings sells terminal — FAZ.NET", "https://www.faz.net/aktuell/harbour", "FAZ.NET"),
    ])
    func aTabTitleForHeadingIsSplitByTheSourcesHost(heading: String, address: String, site: String) throws {
        let note = "---\ncreated: 2026-03-10T08:14:54 (UTC +01:00)\nsource: \(address)\nauthor: By Jane Doe\n---\n\n# \(heading)\n\n"
            + "> ## Excerpt\n> Harbour Holdings said it had completed the sale.\n\n---\n"
            + "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.\n"
        let article = try ArticleParser().parse(Array(note.utf8), fileName: "clip.md")
        #expect(article.title == "Harbour Holdings sells terminal")
        #expect(article.source == site)
        #expect(article.authors == ["Jane Doe"])
        #expect(article.published == nil)  // `created` is when the page was clipped
        // A site's name the address does not spell stays in the title.
        #expect(MarkdownArticle.tabTitle("Harbour Holdings sells terminal | Business", address: address) == nil)
        #expect(MarkdownArticle.tabTitle("Harbour - Holdings", address: "not an address") == nil)
        // A headline's own tail that only opens the host's name (`Lyon`, `lyonmag.com`) stays in it.
        #expect(MarkdownArticle.tabTitle("Derby : Saint-Étienne - Lyon", address: "https://www.lyonmag.com/article/1") == nil)
    }

    @Test func aSiteThatIsAnAddressNamesNone() throws {
        let note = "---\ntitle: \"Harbour Holdings sells terminal\"\nsite: \"https://www.theguardian.com\"\n---\n" + Self.body
        #expect(try ArticleParser().parse(Array(note.utf8), fileName: "clip.md").source == nil)
    }
}
