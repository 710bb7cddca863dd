import Testing

@testable import TextLayouts
import DateReading

/// The furniture of press databases and web pages (`ExportLines`), and the clippings laid out
/// around it (`LayoutReader`: a name or a publication beside it, a standfirst above it).
@Suite struct ExportLinesTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)
    private let french = DateRecognizer(language: "fr", keepsTime: false)

    @Test(arguments: [
        "523 words", "1,204 words", "361 mots", "207 palavras", "Length: 356 words", "Section: BUSINESS; Pg. 3",
        "ÉCONOMIE", "Wirtschaft", "English", "Português", "Body", "End of Document", "Load-Date: March 4, 2026",
        "Document LBA0000020260216ek2g000xx", "news·20260217·LS·0034", "Page 1/2", "Page 3 of 5", "Partager",
        "OSIRIS — Revue de presse", "FRA-ECO-PORT",
        "Certificat émis le 18 février 2026 à OSIRIS à des fins de visualisation personnelle et temporaire.",
        "Home › World › Europe", "Accueil > International", "Lectura: 2 min", "3 min read", "Lesezeit: 4 Min.",
        "Advertisement", "→ Lire l'article complet", "View in browser <https://news.example.org/view/1>",
        "Abmelden: https://news.example.org/u/1", "——————————", "--", "Received: from mail.example.org",
        "X-Mailer: Thunderbird", "Content-Transfer-Encoding: 8bit", "Audience : 323,000", "Tonalité : neutre",
    ])
    func furnitureStatesNothing(_ line: String) {
        #expect(ExportLines.judge(line, dates: english) == .nothing)
    }

    @Test(arguments: ["Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs", "Bonds > equities this year"])
    func aTitleNamingItsSiteIsNoBreadcrumb(_ line: String) {
        #expect(ExportLines.judge(line, dates: english) == nil)
    }

    @Test(arguments: [
        ("Updated March 4, 2026", "March 4, 2026"), ("Stand: 03.03.2026 10:42 Uhr", "3 March 2026"),
    ])
    func anUpdateStampGivesALaterVersionsDate(_ line: String, _ date: String) throws {
        let expected = try #require(english.firstDate(in: date)?.date)
        #expect(ExportLines.judge(line, dates: english) == .update(expected))
        let french = try #require(french.firstDate(in: "6 mars 2026")?.date)
        #expect(ExportLines.judge("Mis à jour le 06/03/2026 à 11h40", dates: self.french) == .update(french))
    }

    @Test func anUpdateStampAloneGivesNoPublicationDay() throws {
        // A later version's day is not the article's: no day rather than that one (stop 57).
        let text = "Port deal signed\nStand: 03.03.2026 10:42 Uhr\n\nThe deal was signed on Monday.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.published == nil)
        let dated = try #require(LayoutReader(dates: english).read("Port deal signed\nMarch 2, 2026\nStand: 03.03.2026 10:42 Uhr\n\nThe deal was signed on Monday.\n"))
        #expect(dated.published == english.firstDate(in: "March 2, 2026")?.date)
    }

    @Test(arguments: ["05:54", "14:32 Uhr", "10h22", "9.30 am", "05:54 GMT", "à 10h22", "8:10 a.m. ET"])
    func clockTimes(_ text: String) {
        #expect(ExportLines.isClockTime(text))
    }

    @Test(arguments: ["1987", "25:10", "10:61", "12.5 percent", "Reuters"])
    func notClockTimes(_ text: String) {
        #expect(!ExportLines.isClockTime(text))
    }

    @Test func anEditionLineGivesItsDate() {
        let date = french.firstDate(in: "17 février 2026")?.date
        #expect(ExportLines.judge("Économie, mardi 17 février 2026 612 mots, p. 9", dates: french) == .edition(date))
        #expect(ExportLines.judge("Économie, 612 mots, p. 9", dates: french) == .edition(nil))
    }

    @Test(arguments: [
        "The company said 523 words were enough.", "Updated figures show exports rose 8 percent.",
        "Kenya's tea exports rise as Mombasa auction prices firm", "Jane Otieno", "Le Soleil",
        "Document the damage before you call the insurer", "Page after page of new rules", "2026-03-03",
        "Port-au-Prince",
    ])
    func proseTitlesAndNamesAreNoFurniture(_ line: String) {
        #expect(ExportLines.judge(line, dates: english) == nil)
    }

    @Test func anUpdateLineIsNotThePublicationDate() throws {
        let text = "Port deal signed\n\nUpdated March 4, 2026\nPublished March 3, 2026\n\nThe deal was signed on Monday.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.published == english.firstDate(in: "March 3, 2026")?.date)
    }

    @Test func aNameUnderTheTitleBesideADateIsTheAuthor() throws {
        let text = "Nigeria holds its key rate\n\nChinedu Okafor\nFebruary 24, 2026\n\nThe central bank left its rate unchanged.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.authors == ["Chinedu Okafor"])
        #expect(layout.published == english.firstDate(in: "February 24, 2026")?.date)
        #expect(layout.body == ["The central bank left its rate unchanged."])
    }

    @Test func aPublicationAboveADateIsTheSourceNotTheAuthor() throws {
        let text = "Port of Dakar opens a terminal\n\nThe Africa Report\nMarch 3, 2026 Tuesday\n\nThe port opened it on Tuesday.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "The Africa Report")
    }

    @Test func aTitleInCapitalsAboveADateStaysTheTitle() throws {
        let text = "Macron Visits Berlin\nMarch 3, 2026\n\nThe French president arrived on Tuesday.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.title == "Macron Visits Berlin")
        #expect(layout.authors.isEmpty)
    }

    @Test(arguments: ["3h", "5 min ago", "il y a 2 heures", "vor 3 Std.", "hace 4 horas", "yesterday", "gestern"])
    func relativeTimes(_ text: String) {
        #expect(ExportLines.isRelativeTime(text))
    }

    @Test func aNewsAppsSourceAndRelativeTimeGiveTheSourceOnly() throws {
        let text = "Port of Dakar opens a terminal\nBASIC thinking • 3h\n\nThe port opened it on Tuesday.\n\nSent from my iPhone\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.source == "BASIC thinking")
        #expect(layout.published == nil)
        #expect(layout.body == ["The port opened it on Tuesday."])
    }

    @Test func aFeedItemsLinkDateAndAuthorAreRead() throws {
        let text = """
            Port of Dakar opens a terminal
            https://news.example.org/12345
            Tue, 03 Mar 2026 10:12:00 GMT
            jane.doe@example.org (Jane Doe)

            The port opened it on Tuesday.

            """
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published == english.firstDate(in: "March 3, 2026")?.date)
        #expect(layout.body == ["The port opened it on Tuesday."])
    }

    @Test func aNewsletterBulletIsNoPartOfTheTitle() {
        #expect(LayoutReader.headingText("► Port of Dakar opens a terminal") == "Port of Dakar opens a terminal")
        #expect(LayoutReader.headingText("•Not a bullet without its space") == "•Not a bullet without its space")
    }

    @Test func aBylineRightUnderASubtitleIsRead() throws {
        let text = """
            Rwanda builds a solar park
            The government wants half its power from renewables
            By Anna Schmidt | March 3, 2026, 15:07 CET

            Work began east of Kigali on Monday.

            """
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.title == "Rwanda builds a solar park")
        #expect(layout.authors == ["Anna Schmidt"])
        #expect(layout.published == english.firstDate(in: "March 3, 2026")?.date)
        #expect(layout.body.first == "The government wants half its power from renewables")
    }

    @Test func aPublicationAboveAnAgencySlugIsTheSource() throws {
        let text = "Kigali Today\nRWA-ECO-ENERGY\n\nRwanda builds a solar park\n\nWork began east of Kigali on Monday.\n"
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.title == "Rwanda builds a solar park")
        #expect(layout.source == "Kigali Today")
    }

    @Test func metadataUnderAStandfirstIsReadAndTheStandfirstStays() throws {
        let text = """
            Rwanda builds a solar park

            The government wants half its power from renewables by 2030.

            By Anna Schmidt
            Published March 3, 2026

            Work began east of Kigali on Monday.

            """
        let layout = try #require(LayoutReader(dates: english).read(text))
        #expect(layout.authors == ["Anna Schmidt"])
        #expect(layout.published == english.firstDate(in: "March 3, 2026")?.date)
        #expect(layout.body == ["The government wants half its power from renewables by 2030.", "Work began east of Kigali on Monday."])
    }
}
