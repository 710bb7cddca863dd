import Testing

@testable import TextLayouts
import DateReading

/// Stop 26's forms: news agencies' transmission lines (`WireHeaders`), press-review lead-ins
/// (`LeadIns`), subtitle files (`SubtitleFiles`), web-archive copies (`ArchivedCopies`), shared
/// documents' comments, clipping services' sheets and broadcast lines.
@Suite struct WireAndBroadcastTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)
    private let french = DateRecognizer(language: "fr", keepsTime: false)

    private func read(_ text: String, dates: DateRecognizer? = nil) throws -> TextLayout {
        try #require(LayoutReader(dates: dates ?? english).read(text))
    }

    private static let body = """
        The company said it had completed the sale of 200,000 shares of its common stock to a Swiss investor.

        The warrants are exercisable for five years at a purchase price of 12 cents per share.
        """

    // MARK: - Wire copies

    @Test(arguments: [
        ("BELGA-3150 02/03/1987 21:32\nBEL POL ECO\nPORT DEAL SIGNED\n\n", "BELGA", "1987-03-02"),
        ("ZCZC6510/SXA\nR ECO S0A QBXB\nPORT DEAL SIGNED\n\n", nil, nil),
        ("dpa 8400 4 wi 537\nDeutschland/Wirtschaft/\nPORT DEAL SIGNED\n\n", "dpa", nil),
        ("AP-EU-Europe-Trade, 1st Ld-Writethru\nPORT DEAL SIGNED\n\n", "AP", nil),
    ] as [(String, String?, String?)])
    func aWireHeaderIsMetadataNotTheTitle(_ head: String, _ source: String?, _ date: String?) throws {
        let layout = try read(head + Self.body)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.source == source)
        #expect(layout.published?.iso == date)
    }

    @Test func aWireTrailerGivesTheDateAndStaysOutOfTheBody() throws {
        let layout = try read("PORT DEAL SIGNED\n\n(ANSA) - ROMA, 26 FEB - " + Self.body + "\n(ANSA).\n\n     YT1-MRG\n26-FEB-87 06:10 NNNN\n")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.source == "ANSA")
        #expect(layout.body.last == "(ANSA).")
        let stamped = try read("PORT DEAL SIGNED\n\n" + Self.body + "\ndpa sl yy n1 mk\n261729 Feb 87\n")
        #expect(stamped.published?.iso == "1987-02-26")
    }

    @Test(arguments: ["G7 TO MEET IN 2026", "TOP 10 OF 2025", "US CUTS TAX BY 2 PCT"])
    func aHeadlineInCapitalsWithNumbersIsNoCodeLine(_ title: String) throws {
        #expect(!WireHeaders.isCodeLine(title))
        #expect(try read(title + "\n\n" + Self.body).title == title)
    }

    // MARK: - Press reviews

    @Test(arguments: [
        ("Reuters reported on March 3, 2026: ", "Reuters", [], "2026-03-03"),
        ("Le Monde diplomatique berichtete: ", "Le Monde diplomatique", [], nil),
        ("Reuters noticiou a 3 de março de 2026: ", "Reuters", [], "2026-03-03"),
        ("Su The Verge, Jon Porter scrive: ", "The Verge", ["Jon Porter"], nil),
        ("In netzpolitik.org schreibt Markus Reuter: ", "netzpolitik.org", ["Markus Reuter"], nil),
        ("On apprenait le 7 février 2019 : ", nil, [], "2019-02-07"),
        ("It was reported on October 6, 2017: ", nil, [], "2017-10-06"),
    ] as [(String, String?, [String], String?)])
    func aLeadInGivesTheSourceAuthorAndDateAndIsCut(_ leadIn: String, _ source: String?, _ authors: [String], _ date: String?) throws {
        let layout = try read("**Port deal signed**\n\n" + leadIn + Self.body)
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == source)
        #expect(layout.authors == authors)
        #expect(layout.published?.iso == date)
        #expect(layout.body.first?.hasPrefix("The company said") == true)
    }

    @Test(arguments: ["The minister said: the port will open.", "Smith wrote: the port will open.", "Officials wrote: it opens."])
    func prosethatQuotesIsNoLeadIn(_ paragraph: String) {
        #expect(LeadIns.read(paragraph, dates: english) == nil)
    }

    // MARK: - Subtitles, archives, shared documents

    @Test func aSubtitleFileIsReadFromItsNotesAndCues() throws {
        let vtt = """
            WEBVTT
            Kind: captions
            Language: de

            NOTE
            ZDF – heute journal
            26.02.1987 08:41
            Thema: Hafen eröffnet

            00:00:01.000 --> 00:00:04.826
            Der Hafen von Kigali hat am Montag

            00:00:05.037 --> 00:00:09.040
            seinen neuen Terminal eröffnet.

            00:00:09.046 --> 00:00:11.830
            [Cal Mankowski, ZDF]

            00:00:12.047 --> 00:00:16.246
            [Stefan Krüger, Sprecher des Ministeriums]

            00:00:16.409 --> 00:00:19.809
            Die Arbeiten dauerten drei Jahre.
            """
        let layout = try read(vtt, dates: DateRecognizer(language: "de", keepsTime: false))
        #expect(layout.title == "Hafen eröffnet")
        #expect(layout.source == "ZDF")
        #expect(layout.authors == ["Cal Mankowski"])
        #expect(layout.published?.iso == "1987-02-26")
        // A caption (another speaker) ends a paragraph.
        #expect(layout.body == ["Der Hafen von Kigali hat am Montag seinen neuen Terminal eröffnet.", "Die Arbeiten dauerten drei Jahre."])
        #expect(SubtitleFiles.labelled(["Port deal", "", "00:00:01.000 --> 00:00:04.826"]) == ["Port deal", "", "00:00:01.000 --> 00:00:04.826"])
    }

    @Test func aWaybackCopyLosesItsBannerAndIsDatedByItsAddressOnlyWhenNothingElseDatesIt() throws {
        let banner = "The Wayback Machine - https://web.archive.org/web/19870402123436/https://news.example.org/1987/02/26/port-deal\n31 captures\n2 Apr 1987 - 21 Jan 1988\n\n"
        let undated = try read(banner + "Port deal signed\n\n" + Self.body)
        #expect(undated.title == "Port deal signed")
        #expect(undated.published?.iso == "1987-02-26")
        let dated = try read(banner + "Port deal signed\nFebruary 27, 1987\n\n" + Self.body)
        #expect(dated.published?.iso == "1987-02-27")
    }

    @Test func aSharedDocumentsCommentsAndAnchorsAreDropped() throws {
        let layout = try read("Port deal signed[a]\nReuters, February 26, 1987\n\n" + Self.body
            + "[b]\n\n[a]Stefan Krüger: Is this the print headline?\n[b]Carmen Ortiz: Quote this paragraph.\n")
        #expect(layout.title == "Port deal signed")
        #expect(layout.body.last == "The warrants are exercisable for five years at a purchase price of 12 cents per share.")
        let markdown = ["Port deal", "", "See [the filing][a].", "", "[a]: https://example.org/filing"]
        #expect(ExportedPages.withoutComments(markdown) == markdown)
    }

    @Test func aFirstPageWithProseIsNoCoverPage() {
        let lines = ["17 | REUTERS | 26 febbraio 1987", "", "PORT DEAL SIGNED", "",
                     "The company said it had completed the sale of 200,000 shares of its common stock to a Swiss investor on Monday,",
                     "and that the warrants would be exercisable for five years.",
                     "", "\u{0C}18 | REUTERS | 26 febbraio 1987", "More text."]
        #expect(ExportedPages.withoutCoverPage(lines) == lines)
        #expect(ExportedPages.withoutCoverPage(["Press review", "Contents", "\u{0C}Title", "Text."]) == ["Title", "Text."])
    }

    // MARK: - Sheets, broadcasts

    @Test func aClippingServicesSheetIsMetadata() throws {
        let sheet = """
            MEDIAWATCH — Coupure de presse

            Client : OSIRIS                                 Commande : 1703-824
            Mot-clé : OSIRIS                                Source : Le Soleil
            Saisi le : 03/02/2026 18:48                     Rubrique : Économie
            ──────────────────────────────────────────────────

            Le port numéro 7 entre en service

            """
        let layout = try read(sheet + Self.body, dates: french)
        #expect(layout.title == "Le port numéro 7 entre en service")
        #expect(layout.source == "Le Soleil")
    }

    @Test(arguments: [
        ("Rai Radio 1 — GR1 — giovedì 26 febbraio 1987, 14:33", "Rai Radio 1"),
        ("Deutschlandfunk — Informationen am Morgen — Donnerstag, 26. Februar 1987, 07:15", "Deutschlandfunk"),
        ("BBC Radio 4 — Today — 26 February 1987, 08:10", "BBC Radio 4"),
        ("Cadena SER — Hoy por hoy — jueves, 26 de febrero de 1987, 20:20", "Cadena SER"),
        ("France Info — Le journal de 8h — jeudi 26 février 1987, 11:54", "France Info"),
    ])
    func aBroadcastLineNamesTheStation(_ line: String, _ station: String) throws {
        let layout = try read(line + "\nPORT DEAL SIGNED\n\n[ANCHOR] " + Self.body)
        #expect(layout.title == "PORT DEAL SIGNED")
        #expect(layout.source == station)
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso == "1987-02-26")
    }

    // MARK: - Print layouts, breadcrumbs, initials

    @Test func aTitleCentredOverTwoLinesIsJoined() throws {
        let text = "                     COMPUTER TERMINAL SYSTEMS COMPLETES\n                                        SALE\n\n"
            + "Computer Terminal Systems Inc said it       of its common stock's market price at\n"
            + "has completed the sale of 200,000 sha-      the time, not to exceed 1.50 dlrs per\n"
        #expect(try read(text).title == "COMPUTER TERMINAL SYSTEMS COMPLETES SALE")
    }

    @Test func aBreadcrumbNamesTheSite() throws {
        let layout = try read("Le Monde diplomatique › Wirtschaft\nTurpitude et architecture\n26/02/1987 - 22h31\n\n" + Self.body)
        #expect(layout.title == "Turpitude et architecture")
        #expect(layout.source == "Le Monde diplomatique")
    }

    @Test(arguments: ["H.R.", "C. D.", "J.-P. M."])
    func initialsAreNoAuthor(_ initials: String) throws {
        #expect(Bylines.isInitials(initials))
        #expect(try read("Port deal signed\nReuters · 26 February 1987\n\n" + Self.body + "\n(" + initials + ", with AFP)\n").authors.isEmpty)
    }

    @Test(arguments: ["Jane Doe", "J. Doe", "Li Na", "Ho"])
    func namesAreNotInitials(_ name: String) {
        #expect(!Bylines.isInitials(name))
    }

    @Test(arguments: [
        ("NPR : Text-Only Version   Go To Full Site", "NPR"), ("Reuters : Versión solo texto   Ir al sitio completo", "Reuters"),
        ("Textversion   Zur vollständigen Website", nil),
    ] as [(String, String?)])
    func aTextOnlyBannerNamesTheSite(_ banner: String, _ site: String?) throws {
        let layout = try read(banner + "\n\nPort deal signed\n\n" + Self.body)
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == site)
    }

    // MARK: - Relative times in a dated press review

    @Test(arguments: [
        ("Reuters, gestern, 12:32 Uhr", "Reuters", "2026-04-01"), ("GitHub, Yesterday at 4.43pm", "GitHub", "2026-04-01"),
        ("vor 2 Stunden", nil, "2026-04-02"), ("Today at 7.00am", nil, "2026-04-02"), ("ayer a las 18:52", nil, "2026-04-01"),
        ("il y a 3 jours", nil, "2026-03-30"),
    ] as [(String, String?, String)])
    func aRelativeTimeIsDatedFromTheReview(_ stamp: String, _ source: String?, _ date: String) throws {
        let layout = try read("PRESS REVIEW – Thursday, April 2, 2026, 14:37\n\nPort deal signed\n" + stamp + "\n\n" + Self.body)
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == source)
        #expect(layout.published?.iso == date)
    }

    @Test func aRelativeTimeWithoutAReviewDateDatesNothing() throws {
        #expect(try read("Port deal signed\nReuters, yesterday at 4.43pm\n\n" + Self.body).published == nil)
    }

    @Test(arguments: [("2026-03-01", -1, "2026-02-28"), ("2024-03-01", -1, "2024-02-29"), ("2026-01-01", -1, "2025-12-31"),
                      ("1987-02-26", 0, "1987-02-26"), ("2000-02-28", 1, "2000-02-29")])
    func daysAreCountedOnTheCalendar(_ from: String, _ days: Int, _ to: String) throws {
        let parts = from.split(separator: "-").compactMap { Int($0) }
        let start = try #require(CalendarDate(year: parts[0], month: parts[1], day: parts[2]))
        #expect(RelativeStamps.date(start, daysAfter: days)?.iso == to)
    }
}
