import Testing

@testable import TextLayouts
import DateReading

/// Stop 34's rules: an article carried by a tool's own file or export (an RTF document, a calendar
/// invitation, an IPTC ninjs item, a notes app's JSON note, a mailing service's text part, a
/// database record's stacked fields, a newspaper archive's clipping, e-book excerpts, a mail
/// reader's attachment, a chat channel's export, a list archive's post, a podcast's page, a
/// terminal session, a court exhibit's pages, a slide outline), and what those tools state that is
/// not the article's (the document's or the meeting's title, organisers, posters, narrators,
/// release and filing days, page stamps, wire slugs, editors).
@Suite struct ToolExportsTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner.
        """

    @Test func anRTFDocumentPrintsItsParagraphsNotItsProperties() throws {
        let text = #"""
            {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
            {\*\generator Writer;}{\info{\title Press review, week 10}{\author Carmen Ortiz}}\uc1
            \pard\b Harbour Holdings sells terminal\b0\par
            By Jane Doe\par
            Reuters \'96 March 2, 1987\par
            Harbour Holdings said it had completed the sale of its terminal for 40 mln dlrs, \u8220?a fair price\u8221?.\par
            The company said the terminal would keep its staff.\par
            }
            """#
        let plain = try #require(RTFText.plain(text))
        #expect(!plain.contains("Press review"))
        #expect(plain.contains("Reuters \u{2013} March 2, 1987"))
        #expect(plain.contains("\u{201C}a fair price\u{201D}"))
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func anRTFDocumentNestedWithoutEndStaysLinear() {
        let text = "{\\rtf1 " + String(repeating: "{\\b ", count: 50_000) + "Title\\par"
        #expect(RTFText.plain(text)?.contains("Title") == true)
        #expect(RTFText.plain("{\"rtf\": 1}") == nil)
    }

    @Test func aCalendarInvitationGivesThePastedArticleNotTheMeeting() throws {
        let text = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            ORGANIZER;CN="Carmen Ortiz":mailto:carmen@example.org\r
            DESCRIPTION;LANGUAGE=en-US:Let's go through this piece before the briefing.\r
             \\n\\nHarbour Holdings sells terminal\\nReuters – March 2\\, 1987\\n\\nHarbour Hold\r
             ings said it had completed the sale of its container terminal\\, for 40 mln\r
              dlrs.\\n\\nThe company said the terminal would keep its staff.\r
            SUMMARY:Press review prep: Harbour Holdings sells terminal\r
            DTSTART:19870306T160000\r
            END:VEVENT\r
            END:VCALENDAR\r
            """
        let description = try #require(CalendarInvites.description(text))
        #expect(description.hasPrefix("Harbour Holdings sells terminal\nReuters"))
        #expect(description.contains("Harbour Holdings said it had completed the sale of its container terminal, for 40 mln dlrs."))
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aNinjsItemGivesItsHeadlineFirstCreatedAndHolderNotThePhotographer() throws {
        let text = """
            {"uri": "urn:newsml:example.org:1", "type": "text", "versioncreated": "1987-03-05T07:09:22Z",
             "firstcreated": "1987-03-02T11:34:00+01:00", "headline": "Harbour Holdings sells terminal",
             "copyrightholder": "Reuters", "body_text": "Harbour Holdings said it had completed the sale.\\n\\nThe company said the terminal would keep its staff.",
             "associations": {"featureimage": {"type": "picture", "byline": "Carmen Ortiz", "description_text": "The terminal."}}}
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aNotesAppNoteTakesAnUntitledNotesTitleFromItsLinkPreview() throws {
        let text = """
            {"isTrashed": false, "annotations": [{"source": "WEBLINK", "title": "Harbour Holdings sells terminal | Reuters",
             "url": "https://news.example.org/1"}], "textContent": "https://news.example.org/1\\n\\nReuters – 2 March 1987\\n\\nHarbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.",
             "title": "", "createdTimestampUsec": 541501961855303}
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
    }

    @Test func aMailingServicesTextPartNamesThePublicationAndDropsItsFooter() throws {
        // CRLF is made LF by the façade (`TextDecoding`) before the reader sees the text.
        let text = """
            View this email in your browser (https://us5.campaign-archive.com/?u=516cfd6cdfe7be72cba51dbc&id=93ea6c93dd)
            
            ** Reuters | Morning Briefing
            ------------------------------------------------------------
            
            ** Harbour Holdings sells terminal
            ------------------------------------------------------------
            
            March 2, 1987
            
            \(Self.body)
            
            ============================================================
            Copyright © 1987 Reuters, All rights reserved.
            Our mailing address is:
            Harbour Lane 4
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(!layout.body.joined().contains("mailing address"))
    }

    @Test func aDatabaseRecordsStackedFieldsAreLabelsAndItsOwnFieldsGo() throws {
        let text = """
            Headline
            Harbour Holdings sells terminal

            Outlet
            Reuters

            Published
            3/2/1987

            Journalists
            Jane Doe, John Roe

            Added by
            Carmen Ortiz

            Created
            3/9/1987, 1:07:04 PM

            Full text
            \(Self.body)
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said") == true)
    }

    @Test func aNewspaperArchivesClippingGivesThePagesDayNotTheClippers() throws {
        let text = """
            Harbour Holdings sells…
            Clipped by carmenortiz52 · Sep 18, 2025

            Reuters from London, Greater London, England · Page 1
            Mon, Mar 2, 1987

            Text (OCR):

            Harbour Holdings sells terminal. Staff stay

            Harbour Holdings said it had
            completed the sale of its terminal.
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal. Staff stay")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func ebookExcerptsGiveTheBookAsTitleAndItsCreator() throws {
        let signed = """
            Some passages for the review:

            “Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.”

            Excerpt From
            Harbour Holdings sells terminal
            Jane Doe & John Roe
            This material may be protected by copyright.

            Carmen
            """
        let layout = try read(signed)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.body.first == "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor.")
        let unsigned = signed.replacingOccurrences(of: "Jane Doe & John Roe", with: "BRIGITTE")
        let book = try read(unsigned)
        #expect(book.authors.isEmpty)
        #expect(book.source == "BRIGITTE")
    }

    @Test func aMailReadersAttachmentIsTheArticleNotTheSender() throws {
        let text = """
            Date: Mon, 9 Mar 1987 09:47:22 +0100
            From: Carmen Ortiz <carmen@example.org>
            Subject: Article for the review

            [-- Attachment #1 --]
            [-- Type: text/plain, Encoding: 7bit, Size: 0.1K --]

            Here is the article we talked about.

            [-- Attachment #2: harbour.txt --]
            [-- Type: text/plain, Encoding: quoted-printable, Size: 1.3K --]

            Harbour Holdings sells terminal

            Reuters – March 2, 1987

            \(Self.body)
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aChatExportGivesTheEmbedsHeadlineAndThePastedText() throws {
        let text = """
            ==============================================================
            Guild: Press Office
            Channel: Text Channels / press-review
            ==============================================================

            [3/9/1987 6:04 PM] carmen.ortiz
            for tomorrow's review?
            https://example.org/world/1

            {Embed}
            Reuters
            Harbour Holdings sells terminal
            https://example.org/world/1
            Harbour Holdings said it had completed the sale…

            [3/9/1987 6:52 PM] jane_roe
            paywalled, here is the text:
            Published March 2, 1987
            \(Self.body)

            ==============================================================
            Exported 2 message(s)
            ==============================================================
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aListArchivesPostDropsTheListsTagThePosterAndTheirDay() throws {
        let text = """
            [Press-Review] Harbour Holdings sells terminal
            Carmen Ortiz carmen.ortiz at example.org
            Mon Mar 9 14:09:44 CET 1987

                Previous message: [Press-Review] Rates stay put
                Next message: [Press-Review] Airline cuts routes
                Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

            Please add it to tomorrow's review.

            Reuters – March 2, 1987

            \(Self.body)

            --
            Carmen Ortiz
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aPodcastPageGivesTheArticlesDayNotTheEpisodesNorTheNarrator() throws {
        let text = """
            Reuters – Zum Hören

            Folge 142 · 9. März 1987 · 2 min

            Harbour Holdings sells terminal

            Audioversion des Artikels von Jane Doe. Gelesen von Carmen Ortiz. Zuerst erschienen in Reuters am 2. März 1987.

            Transkript

            \(Self.body)

            Produktion: John Roe
            """
        let layout = try read(text, language: "de")
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aTerminalSessionReadsWhatPdftotextPrintedAndTheTabsSite() throws {
        let text = """
            $ pdfinfo clipping.pdf
            Title:          Harbour Holdings sells terminal | Reuters
            Author:         Carmen Ortiz
            CreationDate:   Mon Mar  9 06:20:04 1987 CET
            Page rot:       0
            $ pdftotext clipping.pdf -
            Harbour Holdings sells terminal

            2 Mar 1987 - 14:17 CET

            \(Self.body)
            \u{0C}
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
    }

    @Test func aCourtExhibitsPageStampsAndLabelPageGo() throws {
        let text = """
            Case 1:26-cv-04594-LTS   Document 79-3   Filed 12/16/87   Page 1 of 2



            EXHIBIT A
            \u{0C}Case 1:26-cv-04594-LTS   Document 79-3   Filed 12/16/87   Page 2 of 2

            Reuters

            Harbour Holdings sells terminal

            March 2, 1987

            \(Self.body)
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
        #expect(ExportedPages.withoutPageStamps(["RG n° 26/07173 — Pièce n° 22 — page 2/2", "Title"]) == ["", "Title"])
        #expect(ExportedPages.withoutPageStamps(["Page turners of the year", "x"]) == ["Page turners of the year", "x"])
    }

    @Test func aSlideOutlinesArticleIsTheSlideWithTheMostText() throws {
        let text = """
            Press review – week 10
            \tCommunications
            \tCarmen Ortiz, March 9, 1987
            Coverage of the week
            \t11 articles, mostly neutral
            Harbour Holdings sells terminal
            \tReuters, March 2, 1987
            \tHarbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.
            \tThe company said the terminal would keep its staff and its name under the new owner.
            Other coverage
            \tAirline cuts winter routes
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
        // Paragraphs opening with a tab are no outline.
        let indented = "Harbour Holdings sells terminal\n\n\tHarbour Holdings said it had completed the sale\nof its terminal.\n\tThe company said\nit would keep its staff.\n\tShares rose\nin early trading."
        #expect(SlideOutlines.article(indented.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
    }

    @Test func wireSlugsAndEditorsCreditsStateNothing() throws {
        #expect(LayoutReader.withoutWireSlug("UPDATE 3-Harbour Holdings sells terminal") == "Harbour Holdings sells terminal")
        #expect(LayoutReader.withoutWireSlug("CORRECTED-UPDATE 1-Harbour sells") == "Harbour sells")
        #expect(LayoutReader.withoutWireSlug("EXCLUSIVE-„Wir haben die Zusage“") == "„Wir haben die Zusage“")
        #expect(LayoutReader.withoutWireSlug("UPDATE-ready phones sell") == "UPDATE-ready phones sell")
        #expect(LayoutReader.withoutWireSlug("RPT-ing is an art") == "RPT-ing is an art")
        #expect(CreditLines.authors("Edition 2026") == nil)
        let text = """
            Harbour Holdings sells terminal

            LONDON, March 2 (Reuters) - Harbour Holdings said it had completed the sale of its terminal.

            The company said the terminal would keep its staff.

            (Editing by Carmen Ortiz)
            """
        let layout = try read(text)
        #expect(layout.source == "Reuters")
        #expect(layout.authors.isEmpty)
    }
}

/// The before-stop review's crafted inputs (stop 34): each was a crash, a slow path or a rule
/// misfiring on an ordinary clipping.
@Suite struct ToolExportsReviewTests {
    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: "en", keepsTime: false)).read(text))
    }

    @Test func aDigestWithARuleBetweenStoriesDoesNotTrap() throws {
        let text = """
            ** Reuters | Briefing
            ------------------------------------------------------------

            ** Fed raises rates
            ------------------------------------------------------------

            The Fed raised rates on Wednesday, officials said.

            ============================================================

            ** Markets rally
            ------------------------------------------------------------

            Stocks rose after the decision.
            """
        let layout = try read(text)
        #expect(layout.title == "Fed raises rates")
        #expect(layout.source == "Reuters")
        #expect(layout.body.contains("Markets rally"))
    }

    @Test func wireSlugsAreReadThreeAtMost() {
        let many = String(repeating: "RPT-", count: 50_000) + "Title"
        #expect(LayoutReader.withoutWireSlug(many).hasPrefix("RPT-"))
        #expect(LayoutReader.withoutWireSlug("RPT-RPT-RPT-Title") == "Title")
    }

    @Test func tabIndentedParagraphsUnderSubheadingsAreNoSlides() throws {
        let text = "Storm hits coast\n\tThe storm hit the coast on Monday, officials said.\n\tUtilities said repairs could take days.\n"
            + "Background\n\tThe region has seen three storms this year.\nWhat comes next\n\tForecasters expect calmer weather.\n\tSchools reopen on Thursday."
        #expect(SlideOutlines.article(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
        #expect(try read(text).title == "Storm hits coast")
    }

    @Test func anArticleQuotingExcerptFromIsNoEbook() throws {
        let text = """
            A novel of the deep sea wins the prize

            LONDON (Reuters) - A debut novel about a submarine crew won the prize on Tuesday, the judges said.

            Excerpt from
            The Silent Sea

            "The hull groaned as we went down."

            The winner will receive 50,000 pounds.
            """
        #expect(BookExcerpts.read(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
        #expect(try read(text).title == "A novel of the deep sea wins the prize")
    }

    @Test func aSectionNameOverAHeadlineIsNoStackedRecord() {
        let lines = ["Media", "Newspaper sales fell again last year", "", "Published", "3 March 2026", "",
                     "Jane Smith", "Media correspondent", "", "Print circulation dropped 8% across Europe last year."]
        #expect(StackedLabels.labelled(lines) == lines)
    }

    @Test func annotationsOutsideANotesAppNameNoTitle() throws {
        let text = """
            {"title": "", "annotations": [{"title": "Correction", "author": "x"}], "content": "The Fed raised rates on Wednesday, officials said."}
            """
        let layout = LayoutReader(dates: DateRecognizer(language: "en", keepsTime: false)).read(text)
        #expect(layout?.title != "Correction")
    }

    @Test func aPageStampAfterAFormFeedKeepsTheTextBeforeIt() {
        let lines = ["Bond yields fell sharply in late trading.\u{0C}Case 1:26-cv-04594-LTS   Document 79-3   Page 2 of 3", "Next"]
        #expect(ExportedPages.withoutPageStamps(lines) == ["Bond yields fell sharply in late trading.\u{0C}", "Next"])
    }

    @Test func rtfJoinsSurrogateHalvesAndDropsControlCharacters() throws {
        let plain = try #require(RTFText.plain(#"{\rtf1\ansi Rates \u-10179?\u-8704? rise\u0?.\par}"#))
        #expect(plain.hasPrefix("Rates \u{1F600} rise."))
        #expect(!plain.contains("\u{0}"))
    }
}
