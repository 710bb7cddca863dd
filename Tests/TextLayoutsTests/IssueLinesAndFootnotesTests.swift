import Testing

@testable import TextLayouts
import DateReading

/// Stop 49's phrasings: a weekly's issue line with its day, a reference above the title, a footnote's
/// mark after the headline and its note at the foot under a members' bulletin, a section before the
/// publication's name and a blog's tagline after it, writers' places after their names, a fax's header,
/// a department credited for an unsigned piece, a closing list of related articles.
@Suite struct IssueLinesAndFootnotesTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        ("Aus: Reuters Nr. 9/1987 vom 26. Februar 1987", "Reuters", "1987-02-26"),
        ("From Reuters, No. 9/1987, issue of February 26, 1987", "Reuters", "1987-02-26"),
        ("Paru dans Le Figaro n° 9/1987 du 26 février 1987", "Le Figaro", "1987-02-26"),
        ("Publicado em Público n.º 9/1987 de 26 de fevereiro de 1987", "Público", "1987-02-26"),
        ("Aus: The Guardian Nr. 12", "The Guardian", nil),
        ("From El País, No. 12", "El País", nil),
    ])
    func aWeeklysIssueLineGivesThePublicationAndItsDay(line: String, source: String, day: String?) throws {
        let layout = try #require(read([line, "", Self.title, "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
    }

    @Test func anIssueLineNeedsItsPhraseItsIssueWordAndNothingButADayAfter() {
        #expect(IssueReferences.readIssueLine("From 2020 to 2024, No. 3 of the plans failed", dates: dates) == nil)
        #expect(IssueReferences.readIssueLine("Aus Reuters Nr. 9/1987 erfuhr man am 26. Februar 1987 mehr", dates: dates) == nil)
        #expect(IssueReferences.readIssueLine("De acuerdo con el informe n.º 12 del ministerio", dates: dates) == nil)
        #expect(IssueReferences.readIssueLine("Aus: Reuters Nr. 9/1987 vom 26. Februar 1987", dates: dates)?.source == "Reuters")
    }

    @Test(arguments: [
        (["Roux, Hélène. “Plan to cut emissions unveiled.” Le Figaro, 3 Mar. 1987, p. 7.", "", Self.title], ["Hélène Roux"], "Le Figaro", "1987-03-03"),
        (["Référence pour le dossier :", "“Plan to cut emissions unveiled.” Reuters, 26 février 1987.", "", Self.title], [], "Reuters", "1987-02-26"),
        (["“Plan to cut emissions unveiled.” The Planetary Press, p. 32.", "", Self.title], [], "The Planetary Press", nil),
    ])
    func aReferenceAboveTheTitleGivesItsFields(head: [String], authors: [String], source: String, day: String?) throws {
        let layout = try #require(read(head + ["", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == authors)
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
        // A quote of something else is no reference to the article.
        #expect(HeadReferences.read(["“We will act.” Jane Doe, 3 Mar. 1987.", "", Self.title, "", Self.text], dates: dates) == nil)
    }

    @Test(arguments: [
        ("Members' bulletin", "* First published in Le Figaro on March 3, 1987.", "Le Figaro", "1987-03-03"),
        ("Mitgliederbrief", "* Erschienen in Reuters am 26. Februar 1987.", "Reuters", "1987-02-26"),
        ("Notiziario dei soci", "*) Pubblicato su Reuters il 26 febbraio 1987.", "Reuters", "1987-02-26"),
    ])
    func aFootnotesNoteUnderAMembersBulletinNamesThePublication(banner: String, note: String, source: String, day: String) throws {
        let layout = try #require(read([banner, "", Self.title + "*", "", Self.text, "", "—————", "", note]))
        #expect(layout.title == Self.title)
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
        // Without a note, only the bulletin may name the publication; the headline keeps a mark no note explains.
        let alone = try #require(read([banner, "", Self.title + "*", "", Self.text]))
        #expect(alone.source == nil || alone.source == banner)
        #expect(alone.title == Self.title + "*")
        #expect(LayoutReader.withoutFootnoteMark("*Plan*", in: "\n* note") == nil)
        #expect(ExportLines.isMembersBulletin("Bulletin des adhérents"))
        #expect(!ExportLines.isMembersBulletin("Le Figaro"))
        #expect(!ExportLines.isMembersBulletin("Newsletter"))
    }

    @Test func aSectionBeforeThePublicationOrABlogsTaglineAfterItNamesIt() throws {
        let sectioned = try #require(read(["Économie | Le Figaro", "", Self.title, "", Self.text]))
        #expect(sectioned.source == "Le Figaro")
        #expect(sectioned.title == Self.title)
        let blog = try #require(read(["Reuters — The economy blog", "", Self.title, "", Self.text]))
        #expect(blog.source == "Reuters")
        #expect(blog.title == Self.title)
        #expect(LayoutReader.publicationBesideTagline("Das Wirtschaftsblog | Reuters") == nil)
        #expect(LayoutReader.publicationBesideTagline("Reuters — Das Wirtschaftsblog") == "Reuters")
        // A section and its part, a person, a blog's own name, its owner's: none of them.
        for line in ["SPORT · Fußball", "Wirtschaft | Peter Amende", "Gefällt mir – jovelblog", "EDITORIALE · Daniel Lemire's blog",
                     "Les Carnets — un blog de El País", "Free Thinking — a blog by jolie.de"]
        {
            #expect(LayoutReader.publicationBesideTagline(line) == nil, "\(line)")
        }
    }

    @Test func writersPlacesAfterTheirNamesAreNoPartOfThem() throws {
        let layout = try #require(read([Self.title, "", "Cal Mankowski in Brussels", "Thu 26 Feb 1987 17.01 CET", "", Self.text]))
        #expect(layout.authors == ["Cal Mankowski"])
        #expect(layout.published?.iso == "1987-02-26")
        #expect(Bylines.withoutPlace("Patti Domm à Bruxelles") == "Patti Domm")
        #expect(Bylines.withoutPlace("Jon Porter em Bruxelas") == "Jon Porter")
        #expect(Bylines.withoutPlace("Hélène Roux in New York") == "Hélène Roux")
        #expect(Bylines.withoutPlace("Jean de la Fontaine") == "Jean de la Fontaine")
        #expect(Bylines.withoutPlace("Jane in Brussels") == "Jane in Brussels")  // one word is no name
        #expect(Bylines.withoutPlace("Jane Doe in charge of") == "Jane Doe in charge of")
    }

    @Test func aFaxsHeaderIsNoTitle() throws {
        for header in ["MAR-01-1987 07:27  FROM:PRESSCUTTINGS LTD  ID:+33142000000  PAGE 1/2",
                       "02/03/1987 14:44  +33 1 42 00 00 00  PRESSE-DOC SERVICE  P.001/002",
                       "02.03.1987 14:44  +49 30 000000  PRESSEAUSSCHNITT DIENST  S.001/002"]
        {
            #expect(ExportLines.isFaxHeader(header), "\(header)")
            let layout = try #require(read([header, "", "REUTERS — Thursday, February 26, 1987", "", Self.title, "", Self.text]))
            #expect(layout.title == Self.title)
            #expect(layout.source == "REUTERS")
            #expect(layout.published?.iso == "1987-02-26")
        }
        #expect(!ExportLines.isFaxHeader("02/03/1987 14:44  Paris  Page 3"))
        #expect(!ExportLines.isFaxHeader("Shares rose 1/2 point  at 14:44  on Monday  P.1/2"))
    }

    @Test func aDepartmentCreditedForAnUnsignedPieceNamesNoOne() throws {
        for credit in ["Le service Économie", "Redazione Economia", "Redacción de Economía", "Wirtschaftsredaktion", "Business desk",
                       "Editoria de Economia"]
        {
            #expect(ExportLines.isDeskCredit(credit), "\(credit)")
            let layout = try #require(read(["Le Figaro", "", Self.title, "", credit, "", Self.text]))
            #expect(layout.authors.isEmpty)
            #expect(layout.source != credit)
        }
        for other in ["Redazione ANSA", "Le service public", "Business Insider", "Jane Doe"] {
            #expect(!ExportLines.isDeskCredit(other), "\(other)")
        }
    }

    @Test func aClosingListOfRelatedArticlesIsCutBeforeTheFoot() throws {
        let list = ["Mehr zum Thema", "Stahlquoten: Die Gespräche stocken erneut — Carmen Ortiz, 30. Januar 2026",
                    "Warum die Hütten schließen — Rui Almeida, 19. Januar 2026"]
        let lines = [Self.title, "", "By Jane Doe", "", Self.text, ""] + list
        #expect(RelatedLists.withoutTrailingList(lines) == Array(lines.dropLast(3)))
        // The page's copyright under the list stays.
        #expect(RelatedLists.withoutTrailingList(lines + ["", "© FAZ.NET"]) == Array(lines.dropLast(3)) + ["", "© FAZ.NET"])
        let layout = try #require(read(lines))
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published == nil)
        // A heading with a sentence under it closes no list; a list without its heading is none.
        let prose = [Self.title, "", Self.text, "", "Related", "The ministry will publish the plan next week."]
        #expect(RelatedLists.withoutTrailingList(prose) == prose)
        #expect(RelatedLists.withoutTrailingList(Array(lines.dropLast(3)) + [list[1]]) == Array(lines.dropLast(3)) + [list[1]])
    }
}
