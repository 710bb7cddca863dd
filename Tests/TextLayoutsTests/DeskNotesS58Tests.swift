import Testing

@testable import TextLayouts
import DateReading

/// The thirty-sixth batch's plain-text forms, written fresh: a print page's masthead line (`THE GUARDIAN — No. 16583 —
/// Friday, October 6, 2017 — late edition — Price 5.00`), a press review's numbered item (`1. Reuters, 26.02.1987, S.
/// 23 — Title`), a headline closed by its publication and a long date in parentheses (`Title (Reuters, February 26,
/// 1987)`), a source line closed by the desk's filing stamp (`Quelle: Reuters — abgelegt am 03.03.1987`), a
/// dateline without an agency (`Bonn, February 26, 1987 — …`), a headline set in a narrow column, the German wire
/// credit (`Berichterstattung: A; Redaktion: P`), a translator's sheet above `Original:`.
@Suite struct DeskNotesS58Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"
    /// Paragraphs set wider than a narrow title column.
    private static let wide = "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said in the capital."
        + "\n\nOpposition parties criticised the plan as too slow and called for a vote in parliament next month, before the summer."

    @Test(arguments: [
        ("THE GUARDIAN — No. 16583 — Tuesday, March 3, 2026 — late edition — Price 5.00", "THE GUARDIAN", "2026-03-03"),
        ("SÜDDEUTSCHE ZEITUNG — Nr. 251 — Dienstag, 3. März 2026 — Ausgabe München — Preis 3,50", "SÜDDEUTSCHE ZEITUNG", "2026-03-03"),
        ("LE MONDE — N° 24801 — Édition de 13 heures — Prix : 3,20", "LE MONDE", nil),
    ])
    func aPrintPagesMastheadLineNamesThePaperAndItsDay(line: String, source: String, day: String?) throws {
        let layout = try #require(read([line, "", Self.title, "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
        // A headline with dashes and a number is no masthead line.
        #expect(IssueReferences.readMastheadLine("Brexit — No. 10 says talks — will go on — for weeks", dates: dates) == nil)
        #expect(IssueReferences.readMastheadLine("REAL ZARAGOZA — Nº 1 — LA AFICIÓN VUELVE — 20.000 EN LA ROMAREDA", dates: dates) == nil)
    }

    @Test(arguments: [
        ("PRESSESPIEGEL — Mittwoch, 4. März 2026", "Zusammengestellt von Carmen Ortiz", "1. Süddeutsche Zeitung, 03.03.2026, S. 23 — \(title)",
         "Süddeutsche Zeitung", "2026-03-03"),
        ("PRESS REVIEW — Wednesday, March 4, 2026", "Prepared by Rui Almeida", "1. gofeminin, p. 5 — \(title)", "gofeminin", nil),
    ])
    func aReviewsNumberedItemNamesThePublicationBeforeTheTitle(banner: String, credit: String, item: String, source: String, day: String?) throws {
        let layout = try #require(read([banner, credit, "", item, "By Jane Doe", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aHeadlineClosedByItsPublicationInParenthesesNamesTheSource() throws {
        let dated = try #require(read(["\(Self.title) (Reuters, March 3, 2026)", "", Self.text, "", "— Jane Doe"]))
        #expect(dated.title == Self.title)
        #expect(dated.source == "Reuters")
        #expect(dated.published?.iso == "2026-03-03")
        // A name alone in the parenthesis stays the title's (a party, a place, a story's kind, and on the held-out
        // layouts a publication's name alone there misled the source: the rule was taken back).
        for mark in ["(Video)", "(CDU/CSU)", "(Boing Boing)"] {
            #expect(read(["\(Self.title) \(mark)", "", Self.text])?.title == "\(Self.title) \(mark)")
        }
        // A town and a day in the parenthesis is a dateline's, no source.
        #expect(read(["\(Self.title) (Bonn, March 3, 2026)", "", Self.text])?.source == nil)
    }

    @Test(arguments: ["Quelle: Reuters — abgelegt am 05.03.2026", "Source: Reuters — filed 03/05/2026",
                      "Fonte: Reuters — archiviato il 05/03/2026"])
    func aSourceLineClosedByTheDesksFilingStampNamesNoDay(line: String) throws {
        #expect(SourceLines.parse(line, dates: dates) == SourceLine(source: "Reuters", date: nil))
        let layout = try #require(read([Self.title, "", "Bonn, March 3, 2026 — " + Self.text, "", line]))
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-03-03")
    }

    @Test func aDatelineWithoutAnAgencyDatesTheArticle() throws {
        let layout = try #require(read([Self.title, "", "Frankfurt, 3. März 2026 – " + Self.text]))
        #expect(layout.published?.iso == "2026-03-03")
        // A sentence opening with a town and a comma is no dateline.
        #expect(read([Self.title, "", "Paris, as ever, said nothing — " + Self.text])?.published == nil)
    }

    @Test func aHeadlineSetInANarrowColumnIsJoined() throws {
        let wrapped = try #require(read(["BUSINESS", "", "Government unveils its plan to cut", "emissions by half before the summer",
                                         "By Jane Doe", "", Self.wide]))
        #expect(wrapped.title == "Government unveils its plan to cut emissions by half before the summer")
        #expect(wrapped.authors == ["Jane Doe"])
        // A publication's name under the title is no part of it.
        let named = try #require(read(["Government unveils its plan to cut", "Le Monde diplomatique", "", Self.wide]))
        #expect(named.title == "Government unveils its plan to cut")
    }

    @Test func theGermanWireCreditNamesTheReporterNotTheEditor() throws {
        #expect(CreditLines.authors("Berichterstattung: Jane Doe; Redaktion: Carmen Ortiz") == ["Jane Doe"])
    }

    @Test(arguments: ["Original:", "Version originale :", "Originale:", "Texto original:"])
    func aTranslatorsSheetAboveTheOriginalIsTheDesks(marker: String) throws {
        let layout = try #require(read(["Translated headline: Government plans emissions cut", "Summary: the article says what follows.", "",
                                        marker, "", "Reuters", Self.title, "By Jane Doe", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        // Under a headline, `Das Original:` labels a paragraph: the article stays whole.
        let car = try #require(read([Self.title, "Von Jane Doe", "3. März 2026", "", Self.text, "", "Das Original:", "",
                                     "Der erste Entwurf stammt aus dem Jahr 1998 und wurde nie umgesetzt."]))
        #expect(car.title == Self.title)
    }
}
