import Testing

@testable import TextLayouts
import DateReading

/// Field forms read wherever they stand (`ClippingFacts`, `LayoutReader`): labels in six
/// languages, lines joining several fields, newsroom credits, senders, running heads, raw e-mails.
@Suite struct FieldFormsTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: english).read(text))
    }

    private func date(_ text: String) -> CalendarDate? { english.firstDate(in: text)?.date }

    @Test func monitoringLabelsInOtherWords() throws {
        let layout = try read("""
            Support : Le Figaro
            Date de parution : 02/03/2026
            Titre de l'article : Le port de Dakar s'agrandit
            Signature : Awa Diop
            Rubrique : Économie
            Audience : 323,000

            Le port a ouvert un terminal mardi.

            """)
        #expect(layout.title == "Le port de Dakar s'agrandit")
        #expect(layout.authors == ["Awa Diop"])
        #expect(layout.published == date("2 March 2026"))
        #expect(layout.source == "Le Figaro")
    }

    @Test func aTextCreditNamesOnlyPeople() throws {
        let named = try read("Rwanda builds a solar park\nText: Anna Schmidt\n\nWork began on Monday.\n")
        #expect(named.authors == ["Anna Schmidt"])
        let facts = ClippingFacts(dates: english).facts("Text: the government said work began on Monday.")
        #expect(facts == nil)
    }

    @Test func aLineOfDateTimeAndAgency() throws {
        let layout = try read("Rwanda builds a solar park\n03.03.2026 | 14:32 | dpa\n\nWork began on Monday.\n")
        #expect(layout.published == date("3 March 2026"))
        #expect(layout.source == "dpa")
    }

    @Test func aReporterBesideTheAgencyAndAPlaceBesideTheTime() throws {
        let reporter = try read("Rwanda builds a solar park\n\nCal Mankowski - Reuters\n\nWork began on Monday.\n")
        #expect(reporter.authors == ["Cal Mankowski"])
        #expect(reporter.source == "Reuters")
        let place = try read("Rwanda builds a solar park\n\nMadrid - 03 Mar 2026 - 10:42 CET\n\nWork began on Monday.\n")
        #expect(place.source == nil)
        #expect(place.published == date("3 March 2026"))
    }

    @Test func aDateThenAByline() throws {
        let layout = try read("Rwanda builds a solar park\nPublished March 3, 2026 by Jane Doe\n\nWork began on Monday.\n")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published == date("3 March 2026"))
    }

    @Test(arguments: ["Ein Kommentar von Jane Doe", "Opinion by Jane Doe", "Une analyse de Jane Doe"])
    func aBylineNamingItsGenre(_ line: String) throws {
        let layout = try read("Rwanda builds a solar park\n\(line)\n\nWork began on Monday.\n")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test(arguments: [
        ("Rédaction AFP PARIS 16 décembre 2012 18:00", "AFP"), ("Redazione ANSA ROMA", "ANSA"),
        ("By Reuters Staff, LONDON, February 15, 2018 14:30", "Reuters"),
    ])
    func aNewsroomCreditIsTheSourceNotAnAuthor(_ line: String, _ source: String) throws {
        let layout = try read("Rwanda builds a solar park\n\(line)\n\nWork began on Monday.\n")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == source)
    }

    @Test func aRawEmailsHeadersAreReadAndItsTransportSkipped() throws {
        let layout = try read("""
            Return-Path: <newsletter@news.example.org>
            Received: from mail.news.example.org (mail.news.example.org [192.0.2.8])
            \tby mx.example.org with ESMTPS id 1d74d19cd6
            Date: Tue, 3 Mar 2026 15:52:00 +0100
            From: "Reuters" <newsletter@news.example.org>
            Subject: Rwanda builds a solar park
            Message-ID: <1d74d19cd614fcbf@news.example.org>
            Content-Transfer-Encoding: 8bit

            Rwanda builds a solar park

            By Patti Domm

            Work began on Monday.

            """)
        #expect(layout.title == "Rwanda builds a solar park")
        #expect(layout.authors == ["Patti Domm"])
        #expect(layout.source == "Reuters")
        #expect(layout.published == date("3 March 2026"))
        #expect(layout.body == ["Work began on Monday."])
    }

    @Test func aPersonSendingIsTheAuthorANewsletterTheSource() {
        let facts = ClippingFacts(dates: english)
        #expect(facts.facts("From: Jane Doe <jane.doe@example.org>")?.authors == ["Jane Doe"])
        #expect(facts.facts("From: \"Vancouver Sun\" <newsletter@example.org>")?.source == "Vancouver Sun")
    }

    @Test func aPrintedPagesRunningHeadAndWrappedTitle() throws {
        let body = (1...12).map { "Line \($0) of the text set in a narrow column" }.joined(separator: "\n")
        let layout = try read("LE FIGARO   lundi 2 mars 2026   11\n\nZum Bonner Anschlag:\nein Strategiewechsel\n\n\(body)\n")
        #expect(layout.title == "Zum Bonner Anschlag: ein Strategiewechsel")
        #expect(layout.source == "LE FIGARO")
    }

    @Test func aPressReviewNamesThePublicationBeforeTheTitle() throws {
        let layout = try read("[Reuters] Rwanda builds a solar park\n3 March 2026 – Cal Mankowski\n\nWork began on Monday.\n")
        #expect(layout.title == "Rwanda builds a solar park")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Cal Mankowski"])
    }

    @Test(arguments: ["Ein Albtraum", "Two For Fashion", "Wiener Badminton Verband", "Stack Overflow Blog", "The Guardian"])
    func titlesAndOrganisationsAreNoPersons(_ name: String) {
        #expect(!Bylines.isPersonLike(name))
    }

    @Test(arguments: ["Jane Doe", "JANE DOE", "Adoni Conrad Quenum", "Ursula von der Leyen"])
    func personsAre(_ name: String) {
        #expect(Bylines.isPersonLike(name))
    }

    @Test func aDottedDateIsDayFirstEvenInEnglish() {
        #expect(english.firstDate(in: "01.03.2026")?.date == date("1 March 2026"))
        #expect(english.firstDate(in: "01/03/2026")?.date == date("3 January 2026"))
    }
}

/// Print-edition notes, a press review's cover page, an exported chat (`PrintNotes`, `ExportedPages`).
@Suite struct DocumentFramesTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)
    private let german = DateRecognizer(language: "de", keepsTime: false)

    @Test func aPrintNoteNamesThePublicationAndTheEditionsDate() throws {
        let note = try #require(PrintNotes.read(
            "A version of this article appeared in the print edition of The Guardian on March 3, 2026, page 14.",
            dates: english))
        #expect(note.source == "The Guardian")
        #expect(note.date == english.firstDate(in: "March 3, 2026")?.date)
        let german = try #require(PrintNotes.read(
            "Dieser Artikel erschien in der Printausgabe von Die Zeit vom 3. März 2026, Seite 14.", dates: german))
        #expect(german.source == "Die Zeit")
        #expect(PrintNotes.read("Printers and publishers met in Leipzig on Monday.", dates: english) == nil)
    }

    @Test func aCoverPageBeforeAPageBreakIsDropped() {
        let lines = ["PRESS REVIEW\t\tMonday 2 March 2026", "", "Contents", "1.\tReuters\tPort deal\t2", "\u{0C}Reuters – 2 March 2026", "Port deal"]
        #expect(ExportedPages.withoutCoverPage(lines) == ["Reuters – 2 March 2026", "Port deal"])
        #expect(ExportedPages.withoutCoverPage(["Title", "Body"]) == ["Title", "Body"])
    }

    @Test func aChatsFrameIsDropped() {
        let lines = ["[04/03/2026, 09:15:01] Lucía Martín: *Port deal signed*", "By Jane Doe", "Body.",
                     "[04/03/2026, 09:17:44] Pedro Gil: Thanks"]
        #expect(ExportedPages.withoutChatFrame(lines) == ["Port deal signed", "By Jane Doe", "Body."])
        #expect(ExportedPages.message("04/03/2026, 09:15 - Lucía Martín: Port deal signed") == "Port deal signed")
        #expect(ExportedPages.message("[Reuters] Port deal signed") == nil)
        #expect(ExportedPages.withoutChatFrame(["2026 was a record year", "Body."]) == ["2026 was a record year", "Body."])
    }
}
