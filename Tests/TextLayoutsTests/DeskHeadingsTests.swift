import Testing

@testable import TextLayouts
import DateReading

/// Stop 43's head and foot lines: a press review's `Read in X` heading, a digest's counter and
/// numbered headline, a live page's marked kicker, share buttons in a row, a masthead over a
/// section word, a publication in a byline's parentheses or alone under the title, an editors'
/// note, a programme's broadcast line, a frame of box-drawing characters.
@Suite struct DeskHeadingsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let body = String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said. ", count: 3)
        + "\n\n" + String(repeating: "Opposition parties criticised the plan as too slow and called for a vote in parliament next month. ", count: 3)

    @Test func aReviewsReadInHeadingNamesThePublicationAndDay() throws {
        let layout = try #require(read("Lu dans Le Figaro du 5 mars 2024\n\nPlan to cut emissions unveiled\nPar Jane Doe\n\n" + Self.body))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Le Figaro")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(ReadInLines.read("GELESEN IN: SÜDDEUTSCHE ZEITUNG, 5. MÄRZ 2024", dates: dates)?.source == "SÜDDEUTSCHE ZEITUNG")
        // An app's link and a headline's second line are no such heading.
        #expect(ReadInLines.read("READ IN APP", dates: dates) == nil)
        #expect(ReadInLines.read("SEEN IN POSSIBLE SPINNOFF", dates: dates) == nil)
    }

    @Test func aDigestsCounterAndNumberedHeadline() throws {
        let text = "DAILY MEDIA DIGEST — Friday, March 8, 2024\nClient: Osiris Group\nItem 4 of 14\n\n4. Plan to cut emissions unveiled\n"
            + "   Reuters · 2024-03-05 · p. 12 · Jane Doe\n\n" + Self.body
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(ExportLines.counterNumber("Article 11 sur 17") == 11)
        #expect(ExportLines.counterNumber("Item 15 of 14") == nil)
        // A headline opening with a number and no counter above keeps it.
        #expect(LayoutReader.withoutItemNumber("3. Liga: Aufstieg perfekt", in: "3. Liga: Aufstieg perfekt\n\nText") == nil)
    }

    @Test func aLivePagesMarkedKickerIsNoTitle() throws {
        let layout = try #require(read("Reuters\n● LIVE\nPlan to cut emissions unveiled\nBy Jane Doe\n\n" + Self.body))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(ExportLines.isKicker("🔴 en direct"))
        #expect(!ExportLines.isKicker("● plan"))
    }

    @Test func shareButtonsInARowStateNothing() throws {
        let text = "Boing Boing\nEconomía\n\nPlan to cut emissions unveiled\n\n" + Self.body
            + "\n\nPor Jane Doe\nCompartir · Facebook · X · LinkedIn\nTemas: Europa · Economía\n"
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Boing Boing")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aPublicationInParenthesesUnderTheTitleOrInTheByline() throws {
        let signed = try #require(read("Plan to cut emissions unveiled\nCory Doctorow (Boing Boing)\n5 March 2024\n\n" + Self.body))
        #expect(signed.authors == ["Cory Doctorow"])
        #expect(signed.source == "Boing Boing")
        let unsigned = try #require(read("Plan to cut emissions unveiled\n(Público)\n5 March 2024\n\n" + Self.body))
        #expect(unsigned.authors.isEmpty)
        #expect(unsigned.source == "Público")
        // A role in parentheses is no publication.
        #expect(Bylines.split("Jane Doe (correspondent)", separatingAgencies: true)?.agency == nil)
    }

    @Test func anEditorsNoteNamesWhereTheArticleAppeared() {
        let note = OriginNotes.read("EDITORS: This story appeared in Le Figaro on March 5, 2024.", dates: dates)
        #expect(note?.source == "Le Figaro")
        #expect(note?.date?.iso == "2024-03-05")
        #expect(OriginNotes.read("HINWEIS FÜR REDAKTIONEN: Dieser Artikel erschien in Die Zeit am 5. März 2024.", dates: dates)?.source == "Die Zeit")
        // A note of who published it under an editors' label names no publication (`by mistake`).
        #expect(OriginNotes.read("Editor's note: This article was published by Mistake before the embargo.", dates: dates) == nil)
        // A print edition's day names no publication: no note.
        #expect(OriginNotes.read("Dieser Artikel erschien in der Ausgabe vom 30. Januar 2019 auf Seite 26.", dates: dates) == nil)
    }

    @Test func aProgrammesBroadcastLineDatesIt() {
        #expect(PublishedNotes.editionDate("Broadcast on Tuesday, March 5, 2024, 06:59", dates: dates)?.iso == "2024-03-05")
        #expect(PublishedNotes.editionDate("Puntata del 5 marzo 2024, ore 06:59", dates: dates)?.iso == "2024-03-05")
        #expect(PublishedNotes.editionDate("Broadcast news is changing fast", dates: dates) == nil)
    }

    @Test func aFrameOfBoxDrawingCharactersIsDropped() throws {
        let text = "┌────────────────────────────────┐\n│ Plan to cut emissions | Site   │\n├────────────────────────────────┤\n"
            + "│ El País                        │\n│ 5 March 2024                   │\n└────────────────────────────────┘\n\n" + Self.body
        #expect(BoxDrawing.unframed(["┌──┐", "│ A | B │", "└──┘", "text │ here"]) == ["", "A | B", "", "text │ here"])
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions | Site")
        #expect(layout.source == "El País")
        #expect(layout.published?.iso == "2024-03-05")
    }
}
