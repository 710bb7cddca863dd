import Testing

@testable import TextLayouts
import DateReading

/// Stop 28's rules: records and tables in a converter's or reference manager's format (RIS, ASCII
/// grid tables, tagged text), invisible typesetting marks, sheets of unknown labels, a whole web
/// page copied (skip link, cookie notice, menu, audio button), weak openings above the title, and
/// origin notes naming where a republished article first appeared.
@Suite struct ExportsAndPageCopiesTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: english).read(text))
    }

    private static let body = """
        The company said it had completed the sale of 200,000 shares of its common stock to a Swiss investor.

        The warrants are exercisable for five years at a purchase price of 12 cents per share.
        """

    // MARK: - Exports

    @Test func aRISRecordGivesItsTaggedFields() throws {
        let text = "TY  - NEWS\r\nTI  - PORT DEAL SIGNED\r\nAU  - Roux, Hélène\r\nAU  - Doe, Jane\r\nT2  - Reuters\r\n"
            + "DA  - 1987/02/26/\r\nPY  - 1987\r\nY2  - 1987/05/04\r\nUR  - https://example.org/a/1\r\n"
            + "AB  - The company said it had completed the sale.\r\nN1  - The warrants are exercisable for five years.\r\n"
            + "More of the note.\r\nER  - \r\n"
        let layout = try read(text)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.authors == ["Hélène Roux", "Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body.first == "The company said it had completed the sale.")
    }

    @Test func aRISYearAloneIsNoDate() throws {
        let layout = try read("TY  - NEWS\nTI  - PORT DEAL SIGNED\nPY  - 1987\nAB  - The company said so.\nER  -\n")
        #expect(layout.published == nil)
    }

    @Test func aGridTableOfTwoColumnsIsASheetOfLabels() throws {
        let text = """
            +--------+-------------------------------------+
            | Titel  | COMPUTER TERMINAL SYSTEMS <CPML>    |
            |        | COMPLETES SALE                      |
            +--------+-------------------------------------+
            | Datum  | 26. Februar 1987                    |
            +--------+-------------------------------------+
            | Quelle | Reuters                             |
            +--------+-------------------------------------+

            """ + Self.body
        let layout = try #require(LayoutReader(dates: DateRecognizer(language: "de")).read(text))
        #expect(layout.title == "COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.source == "Reuters")
    }

    @Test func gridTablesOfOtherShapesBecomeColumns() {
        let lines = ["+---+---+---+", "| a | b | c |", "+---+---+---+", "After the table."]
        #expect(GridTables.labelled(lines) == ["a   b   c", "After the table."])
        #expect(GridTables.labelled(["No table here.", "| a | b |"]) == ["No table here.", "| a | b |"])
    }

    @Test func taggedTextFieldsOpenTheFile() throws {
        let text = "Cabecera: Reuters\nSección: Economía\nFecha de publicación: 26/02/1987\nPágina: 27\nEstado: aprobado\n\n"
            + "@Antetítulo:Comercio\n@Titular:PORT DEAL SIGNED\n@Autor:Jane Doe\n"
            + "@Cuerpo:The company said it had completed the sale of 200,000 shares of its common stock.\n"
            + "@Cuerpo:The warrants are exercisable for five years at a purchase price of 12 cents per share.\n"
        let layout = try #require(LayoutReader(dates: DateRecognizer(language: "es")).read(text))
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-02-26")
        #expect(!layout.body.contains { $0.hasPrefix("@") })
    }

    @Test func invisibleMarksLeaveTheWords() throws {
        let layout = try read("INV\u{AD}ESTMENT FIRMS CUT\u{200B} STAKE\n\nBy\u{2060} Jane Doe\n\n" + Self.body)
        #expect(layout.title == "INVESTMENT FIRMS CUT STAKE")
        #expect(InvisibleMarks.removed("plain ünïcode") == "plain ünïcode")
    }

    // MARK: - Sheets and page copies

    @Test func unknownLabelsAmongKnownOnesStateNothing() throws {
        let text = "Status: approved\nDesk: Economy\nDate: 26/02/1987\nProofread: yes\n\nPORT DEAL SIGNED\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aHeadlineWithAColonAboveTwoLabelsStaysTheTitle() throws {
        let text = "HTC Touch: Bald bei o2 als Xda Nova\nAutor: Christoph Becker\nQuelle: ComputerBase\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "HTC Touch: Bald bei o2 als Xda Nova")
        #expect(layout.authors == ["Christoph Becker"])
    }

    @Test func aWholePageCopiedFindsItsTitle() throws {
        let text = """
            Skip to main content
            We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.
            Accept all
            Manage preferences

            Reuters
            News
            World
            Business
            Culture
            Sport
            Sign in
            Subscribe

            Business
            PORT DEAL SIGNED
            The company said it had completed the sale of 200,000 shares of its common stock, and …
            February 26, 1987, 9:47 a.m. ET
            Listen to this article · 9 min
            Share
            Save


            """ + Self.body
        let layout = try read(text)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aHeadlineAboutCookiesIsNoCookieNotice() throws {
        let layout = try read("Google delays the end of third-party cookies in its browser\n\n" + Self.body)
        #expect(layout.title == "Google delays the end of third-party cookies in its browser")
    }

    @Test func aShortTitleOverFourLinesIsNoMenu() throws {
        let layout = try read("Ein Albtraum\n104 words\nReuters News\nRNR\nEnglish\n\n" + Self.body)
        #expect(layout.title == "Ein Albtraum")
    }

    @Test(arguments: ["This article is more than 8 years old", "Dieser Artikel ist älter als 38 Jahre",
                      "COURTESY TRANSLATION — internal use only", "16:28 ◀ .ıll 4G 87%"])
    func aWeakOpeningGivesWayToTheTitleAboveTheBody(_ opening: String) throws {
        let text = opening + "\n\nPORT DEAL SIGNED\nThe company said it had completed the sale of 200,000 shares of its stock, and …\n\n"
            + "Thu 26 Feb 1987 11.12 GMT\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aLetterUnderTheArticleItAnswersKeepsItsOwnTitle() throws {
        let text = "Reuters · Letters to the editor\nThursday, February 26, 1987\n\n"
            + "Re: “Central bank holds rates steady as inflation eases”, February 22, 1987\n\nPORT DEAL SIGNED\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aTitleAndItsSiteInCapitalsIsNoBanner() throws {
        let layout = try read("FALL IN LOVE WITH BLACK – LDT – Blog\n\n" + Self.body)
        #expect(layout.title == "FALL IN LOVE WITH BLACK – LDT – Blog")
    }

    @Test(arguments: ["jeu. 26 févr. 1987 08.36 CET", "Do. 26. Feb. 1987 21.59 MEZ", "qui. 26 fev 1987 11.12 GMT"])
    func abbreviatedWeekdaysOpenADateLine(_ line: String) {
        #expect(english.dateLine(line)?.iso == "1987-02-26")
    }

    // MARK: - Origin notes

    @Test func anOriginNoteGivesTheOriginalsFields() throws {
        let text = "PORT DEAL SIGNED\nPosted by Carmen Ortiz on 3/30/1987 · 12 comments\n\n" + Self.body
            + "\n\nThis article by Jane Doe was originally published in The Conversation on February 26, 1987. Republished with permission.\n"
        let layout = try read(text)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Conversation")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func originNotesInOtherLanguages() throws {
        let french = OriginNotes.read("Article original de Jane Doe, paru dans Le Monde le 3 mars 2026.",
                                      dates: DateRecognizer(language: "fr"))
        #expect(french?.source == "Le Monde")
        #expect(french?.authors == ["Jane Doe"])
        #expect(french?.date?.iso == "2026-03-03")
        let licence = OriginNotes.read("This article is republished from The Conversation under a Creative Commons license.",
                                       dates: english)
        #expect(licence?.source == "The Conversation")
        #expect(licence?.date == nil)
    }

    @Test func aSentenceNamingAJournalIsNoOriginNote() {
        #expect(OriginNotes.read("The study, published in Nature on Monday, found that 40 pct of the ice had gone.",
                                 dates: english) == nil)
    }
}
