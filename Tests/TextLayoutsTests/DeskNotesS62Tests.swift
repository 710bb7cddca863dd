import Testing

@testable import TextLayouts
import DateReading

/// Stop 59's rules for the fortieth batch's development part (BLIND_S62's ordinary clippings): a press review's one-line
/// stamp joining its own day and the article's publication and day; a desk's label or a publishing phrase naming where
/// the article appeared, with its day; an archive's stamp block (a heading, the paper with a two-digit year or marked
/// undated, the filing moment and the colleague who filed it); the header a browser prints over a page.
@Suite struct DeskNotesS62Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aPressReviewsStampGivesThePublicationAndItsDayNotTheReviews() throws {
        let dated = try #require(read(["Pressespiegel vom 10.09.2017 · El País vom 07.09.2017", "", Self.title, "", Self.text]))
        #expect(dated.source == "El País")
        #expect(dated.published?.iso == "2017-09-07")
        #expect(dated.title == Self.title)
        let undated = try #require(read(["Resumen de prensa del 05/02/2026 · El País", "", Self.title, "", Self.text]))
        #expect(undated.source == "El País")
        #expect(undated.published == nil)
        // An English desk's review writes its numeric days month first.
        let english = try #require(read(["Press review, 02/10/2019 · Público, 02/07/2019", "", Self.title, "", Self.text]))
        #expect(english.published?.iso == "2019-02-07")
        #expect(english.source == "Público")
    }

    @Test func aLabelOrAPhraseNamingWhereItAppeared() throws {
        let cases: [(String, String, String?)] = [("Paru dans : The Guardian", "The Guardian", nil), ("Publicado em: Público, 07/09/2017", "Público", "2017-09-07"),
                                    ("Published in: Süddeutsche Zeitung, 10/06/2017", "Süddeutsche Zeitung", "2017-06-10"),
                                    ("Published in Süddeutsche Zeitung, 10/06/2017", "Süddeutsche Zeitung", "2017-06-10")]
        for (line, source, day) in cases {
            let clipped = try #require(read([line, "", Self.title, Self.text]))
            #expect(clipped.title == Self.title, "\(line)")
            #expect(clipped.source == source, "\(line)")
            #expect(clipped.published?.iso == day, "\(line)")
        }
    }

    @Test func anArchivesStampBlock() throws {
        let french = try #require(read(["SERVICE DE PRESSE – ARCHIVES", "Journal :  Süddeutsche Zeitung du 7/9/17", "Page :     15",
                                        "Classé :   13/9/17 / C. Ortiz", "", Self.title, "", Self.text]))
        #expect(french.title == Self.title)
        #expect(french.source == "Süddeutsche Zeitung")
        #expect(french.published?.iso == "2017-09-07")
        let undated = try #require(read(["PRESSESTELLE – ARCHIV", "Zeitung:   ebrosia, o. D.", "Seite:     27", "Abgelegt:  8.10.17 / G. Bianchi", "",
                                         Self.title, "", Self.text]))
        #expect(undated.title == Self.title)
        #expect(undated.source == "ebrosia")
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        let english = try #require(read(["PRESS OFFICE – ARCHIVE", "Paper:  The Guardian of 9/7/17", "Page:   7", "Filed:  9/13/17 / C. Ortiz", "",
                                         Self.title, "", Self.text]))
        #expect(english.title == Self.title)
        #expect(english.published?.iso == "2017-09-07")
    }

    @Test func aShortDaysStampReadsItsOrder() {
        #expect(ClippingFacts.publicationWithShortDay("Le Monde v. 3.3.87")?.date?.iso == "1987-03-03")
        #expect(ClippingFacts.publicationWithShortDay("Le Monde, s. d.")?.name == "Le Monde")
        #expect(ClippingFacts.publicationWithShortDay("Le Monde, s. d.")?.date == nil)
        #expect(ClippingFacts.publicationWithShortDay("The Guardian of 12/25/20")?.date?.iso == "2020-12-25")
        #expect(ClippingFacts.publicationWithShortDay("Le Monde") == nil)
        #expect(ClippingFacts.publicationWithShortDay("Rapport 2/3/4") == nil)
    }

    @Test func thePapersStaffIsNoWriterNorPublication() throws {
        for byline in ["By Our Foreign Staff", "Von unserer Redaktion", "Par la rédaction"] {
            let staff = try #require(read([Self.title, byline, "", Self.text]))
            #expect(staff.authors.isEmpty, "\(byline)")
            #expect(staff.source == nil, "\(byline)")
        }
        #expect(NewsroomCredits.read("By Reuters Staff, LONDON", dates: dates)?.source == "Reuters")
    }

    @Test func writersEachWithARole() {
        let english = Bylines.read("By Cory Doctorow, Brussels correspondent, and Inês Duarte, economics reporter", dates: dates, keepsAgencies: false)
        #expect(english?.authors == ["Cory Doctorow", "Inês Duarte"])
        let german = Bylines.read("Von Benjamin Fischer, Korrespondent in Brüssel und Anna Keller, Wirtschaftsredaktion", dates: dates, keepsAgencies: false)
        #expect(german?.authors == ["Benjamin Fischer", "Anna Keller"])
        let french = Bylines.read("Par Peter Amende, correspondant à Bruxelles, et Anna Keller, journaliste au service Économie", dates: dates,
                                  keepsAgencies: false)
        #expect(french?.authors == ["Peter Amende", "Anna Keller"])
    }

    @Test func anOpEdsFootNamesItsPublication() throws {
        let noted = try #require(read(["Tribune", Self.title, "", Self.text, "", "* Peter Amende est professeur d'économie à l'université de Lille.", "",
                                       "Creative Commons"]))
        #expect(noted.source == "Creative Commons")
        let editorial = try #require(read(["Editorial", Self.title, "", Self.text, "", "Boing Boing"]))
        #expect(editorial.source == "Boing Boing")
        // A plain unsigned text's last line of two capitalised words stays a line of its text.
        let plain = try #require(read([Self.title, "", Self.text, "", "Boing Boing"]))
        #expect(plain.source == nil)
    }

    @Test func aBrowsersPrintHeaderIsNoTitle() throws {
        let printed = try #require(read(["9/11/17, 6:05 PM \(Self.title) | The Guardian", "", "The Guardian", "", Self.title, "By Jane Doe", "",
                                         Self.text, "", "https://www.theguardian.com/plan-to-cut-emissions 1/2", "\u{0C}"]))
        #expect(printed.title == Self.title)
        #expect(printed.authors == ["Jane Doe"])
    }
}
