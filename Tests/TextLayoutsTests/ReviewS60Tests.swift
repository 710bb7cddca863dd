import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// What review_s60 (look-alikes of stop 55's rules) found, fixed, and stop 56's general rules: a headline wrapped under a
/// section's overline or a masthead joined like any other; a writer's signature alone under the text (the town in
/// parentheses allowed); a translator's `Original:` only under a sheet of labels; a print masthead line only above the
/// text; a long date's comma in a headline's parenthesis only after a publication's or an agency's name; an HTTP error
/// and a project's README refused; a browser's dump of a dated brief kept.
@Suite struct ReviewS60Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    /// A body set wider than a narrow headline: lines longer than 60 characters.
    private static let wide = [
        "Die Abogebühr eines Nutzers soll nur noch unter den Künstlern verteilt werden, die er gehört hat, so das Ziel.", "",
        "Einen größeren Anteil an den Streamingerlösen für ihre Klienten – das war die Kernforderung der Manager.", "",
        "Anlass für den Brandbrief an die vier Marktführer im Tonträgergeschäft ist ein Verteilungsstreit im Streaming.",
    ]

    @Test func aHeadlineWrappedUnderASectionsOverlineIsJoined() throws {
        let layout = try #require(read(["UNTERNEHMEN", "", "Nutzerbasierte Abrechnung: Musik-Stars", "fordern neues Streaming-Modell",
                                        "Von Benjamin Fischer", ""] + Self.wide))
        #expect(layout.title == "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell")
        #expect(layout.authors == ["Benjamin Fischer"])
        // A headline on one line under the overline stays as it is, its deck apart.
        let single = try #require(read(["UNTERNEHMEN", "", "Musik-Stars fordern neues Streaming-Modell", "", "Von Benjamin Fischer", ""] + Self.wide))
        #expect(single.title == "Musik-Stars fordern neues Streaming-Modell")
    }

    @Test func aWritersSignatureAloneUnderTheTextNamesTheAuthor() throws {
        for signature in ["BENJAMIN FISCHER", "BENJAMIN FISCHER (in Bruxelles)", "Benjamin Fischer (aus Brüssel)"] {
            let layout = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", signature]))
            #expect(layout.authors.map { $0.lowercased() } == ["benjamin fischer"], "\(signature)")
            #expect(!layout.body.joined().contains("Fischer"))
        }
        // A name as written alone signs a colleague's note as often: no author. Nor under a line that ends no sentence
        // (a list's item), nor with no given name, nor with a parenthesis that is no town.
        #expect(read(["Plan to cut emissions unveiled", "", Self.text, "", "Rui Almeida"])?.authors == [])
        #expect(read(["Plan to cut emissions unveiled", "", Self.text, "", "Speakers on Thursday:", "", "BENJAMIN FISCHER"])?.authors == [])
        #expect(read(["Plan to cut emissions unveiled", "", Self.text, "", "GRAND CENTRAL"])?.authors == [])
        #expect(read(["Plan to cut emissions unveiled", "", Self.text, "", "Benjamin Fischer (archive photo)"])?.authors == [])
    }

    @Test func aTranslatorsOriginalMarksOnlyASheetOfLabels() throws {
        // `Ressort: Kultur` opening a clipping, then the headline, byline and day: `Das Original:` labels a paragraph.
        let layout = try #require(read(["Ressort: Kultur", "", "Leipzigs Stadtbibliothek zeigt eine Kopie der Gutenberg-Bibel",
                                        "Von Katrin Seidel", "12. März 2026", "", Self.text, "", "Das Original:", "",
                                        "Eines der wenigen erhaltenen Exemplare liegt in der Deutschen Nationalbibliothek."]))
        #expect(layout.title == "Leipzigs Stadtbibliothek zeigt eine Kopie der Gutenberg-Bibel")
        #expect(layout.authors == ["Katrin Seidel"])
        #expect(layout.published?.iso == "2026-03-12")
        // A sheet of labels above it: the desk's; the article below.
        let sheet = try #require(read(["Título traduzido: Plano para cortar emissões", "", "Tradutora: Marta Lopes", "", "Original:", "",
                                       "Plan to cut emissions unveiled", "By Jane Doe", "", Self.text]))
        #expect(sheet.title == "Plan to cut emissions unveiled")
        #expect(sheet.authors == ["Jane Doe"])
    }

    @Test func aMastheadLineAtTheFootIsABoxTheTextQuotes() throws {
        let layout = try #require(read(["Tex compie 78 anni e cambia disegnatore", "di Chiara Ferri", "12 marzo 2026", "", Self.text, "",
                                        "TEX — N. 785 — marzo 2026 — Prezzo 4,40 euro"]))
        #expect(layout.source == nil)
        #expect(layout.published?.iso == "2026-03-12")
        // On top, it names the paper and its day.
        let top = try #require(read(["THE GUARDIAN — No. 16583 — Friday, October 6, 2017 — late edition — Price 5.00", "",
                                     "Plan to cut emissions unveiled", "", Self.text]))
        #expect(top.source == "THE GUARDIAN")
        #expect(top.published?.iso == "2017-10-06")
    }

    @Test func aLongDatesCommaInAHeadlinesParenthesisFollowsOnlyAPublicationsName() throws {
        let event = try #require(read(["Candidates clash over trade policy (Super Tuesday, March 3, 2026)", "", Self.text]))
        #expect(event.title == "Candidates clash over trade policy (Super Tuesday, March 3, 2026)")
        #expect(event.source == nil)
        let agency = try #require(read(["Plan to cut emissions unveiled (Reuters, February 26, 1987)", "", Self.text]))
        #expect(agency.title == "Plan to cut emissions unveiled")
        #expect(agency.source == "Reuters")
        #expect(agency.published?.iso == "1987-02-26")
    }

    @Test func aPlanningListsTownIsNoReviewItemsPublication() throws {
        // A planning list's first item (a town, a day, an appointment): none of a press review's fields.
        let planning = ["1. Leipzig, 12.03.2026 — Pressekonferenz Schulbauprogramm, Neues Rathaus, 10 Uhr (Seidel)",
                        "2. Leipzig, 12.03.2026 — Stadtrat, Abstimmung Haushalt, ab 14 Uhr (Roth)", "", Self.text]
        #expect(read(planning)?.source == nil)
        // A review's item citing its page names its publication, one word or not.
        let item = try #require(read(["1. Vice, pag. 20 — Plan to cut emissions unveiled", "", Self.text]))
        #expect(item.title == "Plan to cut emissions unveiled")
        #expect(item.source == "Vice")
    }

    @Test func anHTTPErrorOrAProjectsReadmeHoldsNoArticle() throws {
        let payload = #"{"title": "Artikel nicht gefunden", "message": "Der angeforderte Artikel existiert nicht oder wurde entfernt. Bitte prüfen Sie die Adresse oder kehren Sie zur Startseite zurück, um weitere Nachrichten aus der Region zu lesen.", "status": 404}"#
        let response = ["$ curl -i https://api.lvz.example.de/v1/articles/99999", "HTTP/2 404", "content-type: application/json",
                        "date: Thu, 12 Mar 2026 09:14:00 GMT", "", payload].joined(separator: "\n")
        #expect(read([response]) == nil)
        let url = "https://svn.desk.example.org/archive/trunk/README.txt"
        let readme = ["$ svn log -v -l 1 \(url)", String(repeating: "-", count: 72),
                      "r12 | idahl | 2024-03-20 10:14:22 +0100 (Wed, 20 Mar 2024) | 1 line", "", "Explain the archive's layout.",
                      String(repeating: "-", count: 72), "$ svn cat \(url)",
                      "Press archive", "", "This repository holds the desk's clippings, one folder per year and one file per article.",
                      "Add a clipping with svn add, then commit it with a message naming the article and its publication.",
                      "Ask the desk's editor before you delete anything: the archive is read by the weekly review and the newsletter."]
        #expect(read(readme) == nil)
    }

    @Test func aBrowsersDumpOfADatedBriefIsAnArticle() throws {
        let brief = ["$ lynx -dump -nolist https://www.lvz.example.de/leipzig/grundschulen-2029", "", "   Startseite • Leipzig • Region", "",
                     "                  Leipzig baut drei neue Grundschulen bis 2029", "", "   Katrin Seidel | 12.03.2026", "",
                     "   Der Leipziger Stadtrat hat am Mittwoch den Bau von drei neuen Grundschulen beschlossen. Sie sollen 2029 eröffnen."]
        let layout = try #require(read(brief))
        #expect(layout.title == "Leipzig baut drei neue Grundschulen bis 2029")
        #expect(layout.published?.iso == "2026-03-12")
        #expect(!TerminalSessions.isDumpWithoutArticle(brief.joined(separator: "\n"), dates: dates))
        // Undated, the same few words are a page's notice.
        let notice = ["$ w3m -dump https://www.example.org/x", "", "Page not found", "",
                      "The page you asked for has moved. Try the search or go back home."]
        #expect(TerminalSessions.isDumpWithoutArticle(notice.joined(separator: "\n"), dates: dates))
    }
}
