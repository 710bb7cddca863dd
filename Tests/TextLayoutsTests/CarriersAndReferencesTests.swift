import Testing

@testable import TextLayouts
import DateReading

/// Stop 31's rules: what carries an article to the desk (a colleague's note quoting the headline,
/// a forwarded mail behind a gateway, a forum thread, a feed reader's item, a reading list, a
/// portal's copy, a terminal browser's dump, a photo tool's metadata dump) and the references
/// that cite it (a cite-this-article box, a journal's cover page, a review's index entry), with
/// Pandoc title blocks, TOML front matter and bilingual labels.
@Suite struct CarriersAndReferencesTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    /// Three paragraphs of an article (also the stop 36 suites').
    static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt.

        Shares in the company rose 3 pct in early trading.
        """

    @Test func aColleaguesNoteQuotingTheHeadlineGivesTheFields() throws {
        let text = "Hallo zusammen, unten der Text von Jane Doe aus Reuters vom 2. März 1987, Überschrift „Harbour „Holdings“ "
            + "sells terminal“. Kann ihn jemand in den Pressespiegel aufnehmen?\n\nDanke,\nStefan\n\n---\n\n" + Self.body
        let layout = try read(text, language: "de")
        #expect(layout.title == "Harbour „Holdings“ sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said") == true)
    }

    @Test func aLabelQuotingATitleIsNoNote() {
        #expect(HeadlineNotes.read("Titel: „Wir haben bereits die Zusage“ und mehr", dates: Self.dates) == nil)
        #expect(HeadlineNotes.read("He said the plan was “a good start” for the harbour and its staff.", dates: Self.dates) == nil)
    }

    @Test func aPandocTitleBlockGivesTitleAuthorsAndDate() throws {
        let layout = try read("% Harbour Holdings sells its container terminal to a Heinrich-Böll-\n  Stiftung fund\n"
            + "% Jane Doe; John Roe\n% 3 March 1987\n\n" + Self.body)
        #expect(layout.title == "Harbour Holdings sells its container terminal to a Heinrich-Böll-Stiftung fund")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso == "1987-03-03")
    }

    @Test func tomlFrontMatterIsRead() throws {
        let text = "+++\ntitle = \"Harbour \\\"Holdings\\\" sells\"\ndate = 1987-02-26T15:43:00+01:00\nlastmod = 1987-03-13\n"
            + "authors = [\"Jane Doe\", \"John Roe\"]\nupdated = 1987-02-27T10:00:00\n\n[params]\n  publication = \"Reuters\"\n+++\n\nText.\n"
        let front = try #require(FrontMatter.split(text))
        #expect(front.value("title") == "Harbour \"Holdings\" sells")
        #expect(front.value("date") == "1987-02-26T15:43:00+01:00")
        // A local date-time is no instant: its date alone.
        #expect(front.value("updated") == "1987-02-27")
        #expect(front.list("authors") == ["Jane Doe", "John Roe"])
        #expect(front.value("publication") == "Reuters")
        #expect(front.body == "\nText.\n")
        #expect(FrontMatter.split("+++\ntitle = \"unterminated\n+++\n\nText.\n") == nil)
    }

    @Test func aBilingualLabelNamesOneField() throws {
        #expect(ClippingLabels.parse("Titolo / Titel:    Harbour sells")?.field == .title)
        #expect(ClippingLabels.parse("Medio / Mitjà:  Reuters")?.field == .site)
        #expect(ClippingLabels.parse("Data / Quelle: Reuters") == nil)
        let layout = try read("Testata / Zeitung:   Reuters\nData / Datum:        26/02/1987\nPagina / Seite:      4\n"
            + "Titolo / Titel:      HARBOUR HOLDINGS SELLS TERMINAL\n-----------\n\n" + Self.body, language: "it")
        #expect(layout.title == "HARBOUR HOLDINGS SELLS TERMINAL")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aTerminalBrowsersDumpLosesItsLinks() throws {
        let text = "   [1]Skip to main content [2]Harbour Gazette\n   [3]World [4]Business\n\n"
            + "Harbour Holdings sells its container terminal to a Danish investor for forty\nmillion dollars\n\n"
            + "   By [5]Jane Doe\n   3 March 1987\n\n"
            + "   Harbour Holdings said it had completed the sale of its container terminal\n"
            + "   to a Danish investor for 40 mln dlrs, the company said on Tuesday in a\n"
            + "   statement sent to the exchange.\n\nReferences\n\n   Visible links\n   1. https://example.org/#main\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells its container terminal to a Danish investor for forty million dollars")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Harbour Gazette")
        #expect(layout.published?.iso == "1987-03-03")
        #expect(!layout.body.joined().contains("Visible links"))
        #expect(LinkDumps.cleaned(["See [1] below", "text"]) == ["See [1] below", "text"])
    }

    @Test func aPhotoToolsMetadataDumpGivesTheArticlesFields() throws {
        let text = "ExifTool Version Number         : 12.76\nFile Name                       : clip.jpg\n"
            + "File Modification Date/Time     : 1987:03:09 09:09:24+01:00\nHeadline                        : Harbour sells terminal\n"
            + "By-line                         : Jane Doe\nDate Created                    : 1987:02:26\n"
            + "Credit                          : Reuters\nWriter-Editor                   : Carmen Ortiz\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aCitationBoxAtTheFootGivesWhatTheTextLeftOut() throws {
        let layout = try read("Harbour Holdings sells terminal\n\n" + Self.body
            + "\n\nCite this article\n“Harbour Holdings sells terminal.” Reuters, 2 Mar. 1987. Accessed 29 Apr. 1987.\n")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-03-02")
        #expect(!layout.body.joined().contains("Accessed"))
    }

    @Test func referencesInDesksStylesAreSplitAroundTheTitle() throws {
        let german = try #require(Citations.read("Doe, Jane (o. J.): Harbour sells. In: hafenblatt.de. Abgerufen am 02.04.2026.",
                                                 title: "Harbour sells", dates: DateRecognizer(language: "de")))
        #expect(german.authors == ["Jane Doe"])
        #expect(german.source == "hafenblatt.de")
        #expect(german.date == nil)
        let abnt = try #require(Citations.read("DOE, Jane – HARBOUR SELLS. Reuters. (2 mar. 1987)", title: "HARBOUR SELLS",
                                               dates: DateRecognizer(language: "fr")))
        #expect(abnt.authors == ["Jane Doe"])
        #expect(abnt.source == "Reuters")
        #expect(abnt.date?.iso == "1987-03-02")
        #expect(Citations.read("Pferde für unsere Kinder e.V. (2016).", title: "Pferde für unsere Kinder", dates: Self.dates) == nil)
    }

    @Test func aJournalsCoverPageGivesTheFieldsAndTheTextFollows() throws {
        let text = "Harbour Review\nISSN: 1234-5678 (Print) Journal homepage: www.example.org/hr\n\nHarbour sells its terminal\n\n"
            + "Jane Doe\n\nTo cite this article: Jane Doe Harbour sells its terminal, Harbour Review, 11:3, 1-9, DOI: 10.1/x\n\n"
            + "Published online: 03 Mar 1987.\n\nSubmit your article to this journal\n\nArticle views: 473\n\n"
            + "Downloaded by [Library] at 15:20 05 July 1987\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour sells its terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Harbour Review")
        #expect(layout.published?.iso == "1987-03-03")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said") == true)
    }

    @Test func aReviewsIndexEntryGivesPublicationDateAndPage() throws {
        let layout = try read("HARBOUR SELLS TERMINAL (Reuters, 01/03/1987, pág. 12)\n\n" + Self.body)
        #expect(layout.title == "HARBOUR SELLS TERMINAL")
        #expect(layout.source == "Reuters")
        // `pág.` is a Spanish or Portuguese desk's: day first.
        #expect(layout.published?.iso == "1987-03-01")
        #expect(IndexEntries.labelled(["Harbour (and more) sells"], dates: Self.dates) == ["Harbour (and more) sells"])
    }

    @Test func aReadingListsItemGivesTheFields() throws {
        let text = "Reading list #191 — March 5, 1987\n— Stefan Krüger\n\n→ Harbour sells terminal — Jane Doe for Reuters (26 Feb 1987)\n"
            + "Why it matters: a useful read.\n\nFull text:\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aForwardedMailsSenderAndSendingTimeAreNoFieldsOfTheArticle() throws {
        let text = "From: Carmen Ortiz <carmen.ortiz@example.org>\nSent: Saturday, February 28, 1987 2:30 PM\n"
            + "To: Press Office <press@example.org>\nSubject: [EXTERNAL] FW: Harbour sells terminal\n\n"
            + "CAUTION: This email originated from outside of the organization. Do not click links.\n\n"
            + "For the review, text below.\n\nCarmen\n\nhttps://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org\n\n"
            + "By Jane Doe\nReuters – February 26, 1987\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(ClippingLabels.subject("TR : [EXTERNE] Titre") == "Titre")
        #expect(ClippingLabels.isForward("RE: Titre") == false)
    }

    @Test func aForumThreadsPostTitleIsTheHeadlineAndItsHandlesNoAuthors() throws {
        let text = "r/europe\nPosted by u/deskrat_33 · 2h\n\nHarbour sells terminal\nexample.org\n4822 upvotes · 282 comments\n\n"
            + "u/lettore_10 · 1h\nText for those who hit the paywall:\n\n" + Self.body + "\n\nReply · Share\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(!layout.body.joined().contains("Reply"))
    }

    @Test func aFeedReadersItemUnderAnAggregatorNamesItsPublisherInTheTitle() throws {
        let aggregated = try read("Feed: \"harbour\" - Google News\nTitle: Harbour sells terminal - Reuters\n"
            + "Link: https://news.google.com/rss/articles/x\nDate: Mon, 2 Mar 1987 10:27:20 +0100\n" + Self.body)
        #expect(aggregated.title == "Harbour sells terminal")
        #expect(aggregated.source == "Reuters")
        let sectioned = try read("Flux : Reuters – Économie\nTitre : Harbour sells terminal - Part 2\nDate : 2 mars 1987\n" + Self.body,
                                 language: "fr")
        #expect(sectioned.title == "Harbour sells terminal - Part 2")
        #expect(sectioned.source == "Reuters")
        #expect(FeedNames.publication("news.example.org – Economía") == nil)
    }

    @Test func aPortalsCopyNamesItsProviderAboveTheTitle() throws {
        let layout = try read("Harbour Gazette\nHarbour Holdings sells its container terminal\nJane Doe\n2 min read\n\n" + Self.body)
        #expect(layout.title == "Harbour Holdings sells its container terminal")
        #expect(layout.source == "Harbour Gazette")
        #expect(ExportLines.endsWithReadingTime("Tue, March 3, 2026 at 9:12 AM GMT+1 · 4 min read"))
        #expect(!ExportLines.endsWithReadingTime("He read it in 4 minutes"))
    }
}
