import Testing

@testable import TextLayouts
import DateReading

/// Stop 30's rules: a newsroom system's export labels, a record's cells on one line, embargo
/// lines, note clips' stamps, an issue tracker's key, numbered headings, the order a file's
/// own numeric dates tell, and the title the lead's words point to.
@Suite struct RecordsAndStampsTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner.
        """

    @Test func aNewsroomExportsLabelsGiveTheFieldsAndTheRestStatesNothing() throws {
        let text = "SLUG: harbour-terminal\nHED: Harbour Holdings sells container terminal\n"
            + "DEK: The terminal keeps its staff and its name …\nBYLINE:\nCREDIT: Reuters\n"
            + "FILED: 28/02/1987 20:44\nRUN DATE: 01/03/1987\nWORDS: 212\n---\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "Reuters")
        // 28/02 can only be day first: 01/03 is the first of March, not the third of January.
        #expect(layout.published?.iso == "1987-03-01")
    }

    @Test func aFilesOwnNumericDatesTellTheirOrder() {
        #expect(NumericDateOrder.dayFirst(in: ["Filed 28/02/1987", "Run 01/03/1987"]) == true)
        #expect(NumericDateOrder.dayFirst(in: ["Filed 02/28/1987"]) == false)
        #expect(NumericDateOrder.dayFirst(in: ["Run 01/03/1987", "page 12-13"]) == nil)
        #expect(NumericDateOrder.dayFirst(in: ["28/02/1987 and 02/28/1987"]) == nil)
        #expect(NumericDateOrder.dayFirst(in: ["ref 128/02/1987"]) == nil)
    }

    @Test func aRecordsCellsAreJudgedByTheirFormInAnyOrder() throws {
        let first = try read("Reuters ; 26/02/1987 ; Jane Doe ; HARBOUR HOLDINGS SELLS TERMINAL\n" + Self.body)
        #expect(first.title == "HARBOUR HOLDINGS SELLS TERMINAL")
        #expect(first.authors == ["Jane Doe"])
        #expect(first.source == "Reuters")
        #expect(first.published?.iso == "1987-02-26")
        let second = try read("02/03/1987 ;  ; Harbour Holdings sells its container terminal ; \n" + Self.body)
        #expect(second.title == "Harbour Holdings sells its container terminal")
        #expect(second.published?.iso == "1987-03-02")
        #expect(second.source == nil)
    }

    @Test func proseWithSemicolonsIsNoRecord() {
        let dates = DateRecognizer(language: "en", keepsTime: false)
        #expect(RecordLines.read("He came; he saw; he left the harbour before dawn.", dates: dates) == nil)
    }

    @Test func anEmbargoLineDatesTheArticle() throws {
        let text = "EMBARGOED UNTIL 00:01 GMT MARCH 2, 1987\n\nHARBOUR-TERMINAL\nHARBOUR HOLDINGS SELLS CONTAINER TERMINAL\n\n"
            + "London (Reuters) – " + Self.body
        let layout = try read(text)
        #expect(layout.title == "HARBOUR HOLDINGS SELLS CONTAINER TERMINAL")
        #expect(layout.published?.iso == "1987-03-02")
        let dates = DateRecognizer(language: "de", keepsTime: false)
        #expect(EmbargoLines.date("SPERRFRIST: 2. März 1987, 00.01 Uhr", dates: dates)?.iso == "1987-03-02")
        #expect(EmbargoLines.date("Embargoes on oil were lifted on 2 March 1987", dates: dates) == nil)
    }

    @Test func aNoteClipsStampIsNoDateOfTheArticle() throws {
        let clipped = "Harbour Holdings sells container terminal\nMonday, March 2, 1987\n10:01 AM\n\n"
            + "Clipped from: https://news.example.org/world/1\n\n" + Self.body
        let undated = try read(clipped)
        #expect(undated.title == "Harbour Holdings sells container terminal")
        #expect(undated.published == nil)
        let dated = try read(clipped.replacingOccurrences(of: "\n\nHarbour Holdings said", with: "\n\nPublished 26/02/1987\n\nHarbour Holdings said"))
        #expect(dated.published?.iso == "1987-02-26")
    }

    @Test func aTicketsKeyAndAHeadingsNumberAreNoPartOfTheTitle() throws {
        #expect(LayoutReader.withoutTicketKey("[PRESS-7806] Harbour deal") == "Harbour deal")
        #expect(LayoutReader.withoutTicketKey("[Reuters] Harbour deal") == "[Reuters] Harbour deal")
        #expect(LayoutReader.withoutTicketKey("[A-B] Harbour deal") == "[A-B] Harbour deal")
        #expect(LayoutReader.headingText("### 1. Harbour deal signed") == "Harbour deal signed")
        #expect(LayoutReader.headingText("1. Harbour deal signed") == "1. Harbour deal signed")
        let ticket = "[PRESS-12] HARBOUR HOLDINGS SELLS CONTAINER TERMINAL\nCreated: 02/03/1987 17:39\nStatus: To do\n\n"
            + "Description\nReuters – 26 February 1987\n\n" + Self.body
        #expect(try read(ticket).title == "HARBOUR HOLDINGS SELLS CONTAINER TERMINAL")
    }

    @Test func aStampAboveANarrowColumnGivesWayToTheTitleItsLeadTells() throws {
        let text = "RECEIVED\n09 MAR 1987\nPress Office\n\nReuters — Thursday, February 26, 1987\n\n"
            + "HARBOUR HOLDINGS SELLS CONTAINER TERMINAL\n\nHarbour Holdings said it had\ncompleted the sale of its\n"
            + "container terminal to a Danish\ninvestor for 40 mln dlrs.\n"
        let layout = try read(text)
        #expect(layout.title == "HARBOUR HOLDINGS SELLS CONTAINER TERMINAL")
        #expect(layout.published?.iso == "1987-02-26")
    }

    /// An Italian office's stamp, its day in the abbreviated month the stamp prints (`DIC`): the copy's, not the article's.
    @Test func anItalianReceptionStampDatesNothing() throws {
        let text = "PERVENUTO IL\n28 DIC 1987\nUfficio stampa\n\nReuters — giovedì 26 febbraio 1987\n\n"
            + "HARBOUR HOLDINGS SELLS CONTAINER TERMINAL\n\nHarbour Holdings said it had\ncompleted the sale of its\n"
            + "container terminal to a Danish\ninvestor for 40 mln dlrs.\n"
        let layout = try read(text)
        #expect(layout.published?.iso == "1987-02-26")
    }
}
