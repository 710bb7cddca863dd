import Testing

@testable import ArticleParsing

/// Clipping facts seen through the façade: the dates the desk writes, copyright years, and a
/// first line that is no title.
@Suite struct ClippingArticleTests {
    @Test func theDeskWritesTheDatesBesideItsLabels() throws {
        let text = "Kenya central bank holds rate steady\n\nThe central bank held its benchmark lending rate "
            + "steady on Tuesday, saying inflation was within its target range and the shilling stable.\n\n"
            + "Analysts polled by the bank had expected the decision after a strong harvest.\n\n"
            + "Autor: Jane Otieno\nFecha: 03/02/2026\n"
        let article = try ArticleParser().parse(Array(text.utf8))
        #expect(article.language == "en")
        #expect(article.published == "2026-02-03")
        #expect(article.authors == ["Jane Otieno"])
    }

    @Test func aCopyrightYearIsNeverThePublicationDate() throws {
        let text = "Port of Mombasa grows\n\nThe port will double its capacity by 2030, the minister said.\n\n"
            + "The financing comes from a group of banks.\n\nJane Otieno\n© Reuters 2026\n"
        let article = try ArticleParser().parse(Array(text.utf8))
        #expect(article.published == nil)
        #expect(article.authors == ["Jane Otieno"])
        #expect(article.source == "Reuters")
        #expect(article.body.count == 2)
    }

    @Test func aFirstLineThatIsASentenceRunOnIsNotTheTitle() throws {
        let text = "The port will double its capacity by 2030, the minister said on Tuesday in Mombasa.\n"
            + "The financing comes from a group of banks and from the World Bank.\n"
            + "Will Mombasa become East Africa's first port?\n"
        let article = try ArticleParser().parse(Array(text.utf8))
        #expect(article.title == "Will Mombasa become East Africa's first port?")
        #expect(article.body.count == 2)
    }
}
