import Testing

@testable import TextLayouts
import DateReading

/// Stop 27's rules: a second look at the body's edges for a date, source or byline the layout
/// left unstated (`LayoutReader.edgeFacts`), and a publication's name right above the title
/// (in capitals, ending the title, or with its section).
@Suite struct EdgesAndMastheadsTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)
    private let spanish = DateRecognizer(language: "es", keepsTime: false)

    private func read(_ text: String, dates: DateRecognizer? = nil) throws -> TextLayout {
        try #require(LayoutReader(dates: dates ?? english).read(text))
    }

    private static let body = """
        The company said it had completed the sale of 200,000 shares of its common stock to a Swiss investor.

        The warrants are exercisable for five years at a purchase price of 12 cents per share.
        """

    // MARK: - Edges

    @Test func aDateLineBelowAnUnexpectedLineIsStillRead() throws {
        let text = "PORT DEAL SIGNED\nThe company has sold shares to a Swiss investor, it said on Thursday in a statement …\n\n"
            + "De nuestro corresponsal en Bruselas\n26 feb 1987 - 16:33 CET\n\n" + Self.body
        let layout = try read(text, dates: spanish)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func readersCommentsAtTheFootDateNothing() throws {
        let text = "PORT DEAL SIGNED\n\n" + Self.body + "\n\nComentarios (2)\n\nHélène Roux · 3 feb 2026 08:51\nMuy interesante, gracias.\n\nGiulia Bianchi · 4 feb 2026 15:36\nDudo que esto cambie mucho.\n"
        let layout = try read(text, dates: spanish)
        #expect(layout.published == nil)
    }

    @Test(arguments: ["Cuándo: viernes, 1 de febrero de 2019, 10:00", "When: Friday, February 1, 2019, 10 am"])
    func anEventBoxDatesNothing(_ when: String) throws {
        let text = "PORT DEAL SIGNED\n\n" + Self.body + "\n\nINFO\n\(when)\nDónde: Ayuntamiento, Madrid\nEntrada libre\n"
        let layout = try read(text, dates: spanish)
        #expect(layout.published == nil)
        #expect(layout.source == nil)
    }

    @Test func aBylineAmongTheFirstLinesNamesTheAuthors() throws {
        let text = "PORT DEAL SIGNED\nThe company has sold shares to a Swiss investor, it said on Thursday in a statement …\n\n"
            + "Por Korinna Hennig\nDesde Bruselas\n\n" + Self.body
        #expect(try read(text, dates: spanish).authors == ["Korinna Hennig"])
    }

    @Test(arguments: [
        ("She was unable to say more.\n✍️ Cal Mankowski\n\n🔗 Lire la suite: https://news.example.org/a/1\n👁 94.0K  13:04\n", ["Cal Mankowski"]),
        ("Propos recueillis par Jeanne Martin\n", ["Jeanne Martin"]),
        ("Live coverage by Jane Doe\n", ["Jane Doe"]),
    ] as [(String, [String])])
    func aBylineAtTheFootOrWithAnInterviewersWordsNamesTheAuthors(_ foot: String, _ authors: [String]) throws {
        #expect(try read("PORT DEAL SIGNED\n\n" + Self.body + "\n\n" + foot).authors == authors)
    }

    @Test(arguments: [
        ("*Cal Mankowski es investigador del Instituto de Política Económica.*", "Cal Mankowski"),
        ("— Jane Doe is our correspondent in Nairobi.", "Jane Doe"),
        ("Jean Martin est journaliste au service économie.", "Jean Martin"),
        ("Maria van der Berg ist Korrespondentin in Brüssel.", "Maria van der Berg"),
        ("John Smith is expected to resign next week.", nil),
        ("*The company is a unit of Waste Management.*", nil),
    ] as [(String, String?)])
    func anAuthorsNoteNamesTheAuthor(_ note: String, _ name: String?) throws {
        #expect(AuthorNotes.name(in: note) == name)
        #expect(try read("PORT DEAL SIGNED\n\n" + Self.body + "\n\n" + note + "\n").authors == (name.map { [$0] } ?? []))
    }

    @Test func aSignedQuoteAtTheTopNamesNoAuthor() throws {
        let text = "PORT DEAL SIGNED\n\n« This deal marks the first reform in thirty years. »\n— Stefan Krüger, porte-parole du ministère\n\n4 mai 2016\n\n" + Self.body
        #expect(try read(text).authors.isEmpty)
    }

    @Test func anAgencyOpeningALineTheJudgeCannotReadIsTheSource() throws {
        let layout = try read("PORT DEAL SIGNED\nReuters / 26/2/87, 12:49\n\n" + Self.body)
        #expect(layout.source == "Reuters")
    }

    @Test(arguments: [
        ("Vale a leitura, publicado em Reuters 👇", "Reuters"),
        ("À lire dans Le Monde :", "Le Monde"),
        ("Worth a read from The Guardian 👇", "The Guardian"),
        ("I read this on a train 👇", nil),
    ] as [(String, String?)])
    func aPostSharingTheArticleNamesItsPublication(_ share: String, _ source: String?) throws {
        let layout = try read("Hélène Roux\nDiretora de Comunicação\n2 d • 🌐\n\n\(share)\n\nPORT DEAL SIGNED\n\n" + Self.body)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.source == source)
        #expect(LayoutReader.sharedFrom(share) == source)
    }

    @Test(arguments: [
        ("Paris, le 3 mars 2026", "2026-03-03"),
        ("Berlin, 3. März 2026", "2026-03-03"),
        ("Madrid, 3 de marzo de 2026 - 10:32", "2026-03-03"),
        ("Washington, March 3, 2026 10:42 a.m. ET", "2026-03-03"),
        ("3 March 2026 · 4 min read", "2026-03-03"),
        ("Le Bourget, le 3 mars 2026", "2026-03-03"),
        ("When: Thursday, February 12, 2026, 15:00", nil),
    ] as [(String, String?)])
    func aPlaceAndADateUnderTheTitleDateTheArticle(_ line: String, _ date: String?) throws {
        #expect(try read("PORT DEAL SIGNED\n\(line)\n\n" + Self.body).published?.iso == date)
    }

    @Test func anAgencyBeforeTheCommaIsTheSourceNotAPlace() throws {
        let layout = try read("PORT DEAL SIGNED\nReuters, 02/03/1987\n\n" + Self.body)
        #expect(layout.source == "Reuters")
        // No label, byline or one-way date tells the desk's order: day first, though the text is English.
        #expect(layout.published?.iso == "1987-03-02")
    }

    // MARK: - Mastheads right above the title

    @Test(arguments: [
        ("BRIGITTE\nMit der Ikigai-Methode wirst du sofort glücklicher\n\n", "Mit der Ikigai-Methode wirst du sofort glücklicher", "BRIGITTE"),
        ("Creative Commons\nWhat we do - Creative Commons\n\n", "What we do - Creative Commons", "Creative Commons"),
        ("Le Monde diplomatique · Economía\nTurpitude et architecture dans la ville\n\n", "Turpitude et architecture dans la ville", "Le Monde diplomatique"),
    ] as [(String, String, String)])
    func aPublicationsNameAboveTheTitleIsTheSource(_ head: String, _ title: String, _ source: String) throws {
        let layout = try read(head + Self.body)
        #expect(layout.title == title)
        #expect(layout.source == source)
    }

    @Test func aShortTitleAboveALongerDeckStaysTheTitle() throws {
        let layout = try read("Port deal\nThe company sold shares to a Swiss investor on Thursday\n\n" + Self.body)
        #expect(layout.title == "Port deal")
    }
}
