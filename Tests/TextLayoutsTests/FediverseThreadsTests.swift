import Testing

@testable import TextLayouts
import DateReading

/// A Mastodon thread copied from its page: the publication's post gives the title and the
/// source, a colleague's reply the text; a thread its poster continues is not read so.
@Suite struct FediverseThreadsTests {
    private static let text = """
        Reuters
        @reuters@mastodon.social

        Harbour Holdings sells container terminal

        https://www.reuters.com/harbour-holdings-sells

        Feb 27, 2026, 14:36 · Web
        58 boosts · 58 favourites

        Carmen Ortiz
        @carmenortiz@mastodon.social

        @reuters Text for the desk, from the site:

        By Jane Doe · February 26, 2026

        Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor for an undisclosed sum.

        The terminal handled 1.2 million containers last year, the company said, and its 400 workers will keep their jobs.

        The buyer, a pension fund from Aarhus, said it would invest in new cranes over the next three years.

        Feb 27, 2026, 15:02 · Web
        """

    @Test func theReplyCarriesThePublicationsArticle() throws {
        let layout = try #require(LayoutReader(dates: DateRecognizer(language: "en")).read(Self.text))
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said on Thursday") == true)
    }

    @Test func aPostersOwnThreadIsNoReply() {
        let own = Self.text.replacingOccurrences(of: "Carmen Ortiz\n@carmenortiz@mastodon.social", with: "Reuters\n@reuters@mastodon.social")
        #expect(FediverseThreads.read(own.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
    }

    @Test(arguments: ["@reuters@mastodon.social", "@a.b_c@example.org"])
    func handles(_ line: String) { #expect(FediverseThreads.isHandle(line)) }

    @Test(arguments: ["@reuters", "jane@example.org", "@a@b", "@a b@example.org", "@a@example."])
    func notHandles(_ line: String) { #expect(!FediverseThreads.isHandle(line)) }
}
