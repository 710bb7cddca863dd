import DateReading
import Testing

@testable import TextLayouts

/// Stop 39's second round (the twentieth batch's development part): an exported chat's longest
/// message, a team chat's thread copied from its window, a note app's page header, a letter's
/// salutation, a byline joined to an agency, a source line's page, a region's section, and a
/// colon announcing the headline.
@Suite struct ChatsAndNotePagesTests {
    private static func dates(_ language: String) -> DateRecognizer { DateRecognizer(language: language, keepsTime: false) }

    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: Self.dates(language)).read(text))
    }

    static let lead = "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs."
    static let second = "The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt."

    // MARK: - Chats

    @Test func anExportedChatGivesItsLongestMessageNotTheAppsNotice() throws {
        let text = [
            "[03/02/2026, 08:18:59] Press desk: \u{200E}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
            "[03/02/2026, 08:18:27] Hélène Roux: One for tomorrow's review 👇",
            "[03/02/2026, 08:21:28] Hélène Roux: *Harbour Holdings sells terminal*", "Reuters", "", Self.lead, "", Self.second, "",
            "https://www.reuters.com/harbour-holdings", "[03/02/2026, 08:21:56] Giulia Bianchi: Thanks, got it",
        ].joined(separator: "\n")
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.body.first == Self.lead)
        // The first message still wins when it carries the article (its replies dropped).
        #expect(ExportedPages.withoutChatFrame(["[04/03/2026, 09:15:01] Lucía Martín: *Port deal signed*", "By Jane Doe", "Body.",
                                                "[04/03/2026, 09:17:44] Pedro Gil: Thanks"]) == ["Port deal signed", "By Jane Doe", "Body."])
    }

    @Test func aTeamChatsThreadGivesThePastedMessageAndThePreviewsHeadline() throws {
        let text = [
            "Sunday, March 1st", "Rui Almeida  9:06 AM", "Worth a read for tomorrow's briefing https://news.example.org/a/55704",
            "Reuters", "HARBOUR HOLDINGS SELLS TERMINAL", "Harbour Holdings said it had completed the sale of its …", "3 replies", "",
            "Hélène Roux  10:07 AM", "Pasting the full text, it's paywalled:", "By Cal Mankowski", "February 26, 1987", "",
            Self.lead, "", Self.second, "", "Rui Almeida  12:50 PM", "thanks!",
        ].joined(separator: "\n")
        let layout = try read(text)
        #expect(layout.title == "HARBOUR HOLDINGS SELLS TERMINAL")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Cal Mankowski"])
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body == [Self.lead, Self.second])
    }

    @Test func posterLinesNeedTwoAmongTheFirstFifteenAndAMessageOfText() {
        let lines = ["Rui Almeida  9:06 AM", "Short.", "Hélène Roux  10:07 AM", "Thanks."]
        #expect(ChatLogs.longestPost(lines)?.text == nil)  // no message of 200 bytes
        #expect(ChatLogs.longestPost(["Agenda  9:06 AM", Self.lead, Self.second])?.text == nil)  // one poster line only
    }

    // MARK: - A note app's page

    @Test(arguments: [
        ("pt", "Recortes 4 de fevereiro de 2026", "quarta-feira, 4 de fevereiro de 2026", "10:25"),
        ("en", "Clippings", "Monday, July 2, 2018", "1:45 PM"),
    ])
    func aNoteAppsPageHeaderIsTheNotes(_ language: String, _ page: String, _ day: String, _ time: String) throws {
        let text = [page, day, time, "", "Reuters", "", "Harbour Holdings sells terminal", "", Self.lead, "", Self.second].joined(separator: "\n")
        let layout = try read(text, language: language)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.published == nil)
        #expect(layout.source == "Reuters")
    }

    @Test func aPageHeaderNeedsTheDayAndTheTimeAlone() {
        let dates = Self.dates("en")
        let lines = ["Port deal signed", "Jane Doe, March 3, 2026", "10:25", "", "Body."]
        #expect(NoteAppPages.withoutHeader(lines, dates: dates) == lines)
        let tab = ["Port deal signed | Reuters", "Monday, March 2, 2026", "10:25", "", "Body."]
        #expect(NoteAppPages.withoutHeader(tab, dates: dates) == ["Port deal signed | Reuters", "", "Body."])
    }

    // MARK: - Lines

    @Test(arguments: ["Dear Rui,", "Hello Rui", "Olá Carmen,", "Sehr geehrte Frau Roux,", "Cara Giulia,"])
    func aSalutationIsNoByline(_ line: String) {
        #expect(Bylines.names(line) == nil)
    }

    @Test func aGivenNameThatGreetsIsANameWithoutItsComma() {
        #expect(Bylines.names("Cara Delevingne") == ["Cara Delevingne"])
    }

    @Test func aBylineJoinedToAnAgencyKeepsTheAuthorAndThePublication() throws {
        #expect(Bylines.names("Jane Doe avec AFP") == ["Jane Doe"])
        #expect(Bylines.joinedAgency("Reuters with ANSA")?.name == "Reuters")
        #expect(Bylines.joinedAgency("Coffee with friends") == nil)
        let facts = try #require(ClippingFacts(dates: Self.dates("fr")).facts("Le Figaro avec AFP"))
        #expect(facts.source == "Le Figaro")
        #expect(facts.authors.isEmpty)
    }

    @Test(arguments: [("Fuente: Reuters, pág. 4", "es"), ("Quelle: The Guardian, S. 39", "de"), ("Source : Le Monde, p. 12", "fr")])
    func anUndatedSourceLineDropsItsPage(_ line: String, _ language: String) throws {
        let text = ["EUROPE", "", "Harbour Holdings sells terminal", line, "", Self.lead, "", Self.second].joined(separator: "\n")
        let layout = try read(text, language: language)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == line.split(separator: ":")[1].split(separator: ",")[0].trimmingCharacters(in: .whitespaces))
    }

    @Test func aColonClosingAClauseThatNamesThePieceAnnouncesItsHeadline() throws {
        let line = "As promised, here is the piece we published in Reuters on February 26, 1987: “Harbour Holdings sells terminal”."
        let note = try #require(HeadlineNotes.read(line, dates: Self.dates("en")))
        #expect(note.title == "Harbour Holdings sells terminal")
        #expect(note.source == "Reuters")
        #expect(note.date?.iso == "1987-02-26")
        let french = "Comme promis, voici l'article que nous avons publié dans Le Monde le 26 février 1987 : « Le port est vendu »."
        #expect(try #require(HeadlineNotes.read(french, dates: Self.dates("fr"))).title == "Le port est vendu")
        // A colon after a clause naming no piece: a quotation, not a headline.
        #expect(HeadlineNotes.read("The minister said this on February 26, 1987 at the port: “We will not sell the terminal”.",
                                   dates: Self.dates("en"))?.title == nil)
    }
}
