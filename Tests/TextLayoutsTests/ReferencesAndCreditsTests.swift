import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 48's phrasings: a print edition's reference line, a news app's stamp with a reading time,
/// a press review's item under its banner, a guest piece's masthead over its kicker, a footnote
/// mark after a writer's name, a correspondent's signature in two lines, an interviewer's credit
/// in words, a graphic's credit, a content file's standfirst and its publication label holding a day.
@Suite struct ReferencesAndCreditsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let text = EmissionsArticle.text

    @Test(arguments: [
        ("Süddeutsche Zeitung, Nr. 51, Dienstag, 3. März 1987, Seite 7", "Süddeutsche Zeitung", "1987-03-03"),
        ("Reuters, No. 319, Thursday, February 26, 1987, page 6", "Reuters", "1987-02-26"),
        ("Il Sole, n. 379, lunedì 2 marzo 1987, pagina 26", "Il Sole", "1987-03-02"),
        ("The Planetary Press, n.º 94, página 11", "The Planetary Press", nil),
    ])
    func aPrintEditionsReferenceGivesThePublicationAndTheDay(line: String, source: String, day: String?) throws {
        let layout = try #require(read([line, "", "Economy", "Plan to cut emissions unveiled", "", Self.text].joined(separator: "\n")))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == source)
        #expect(layout.published?.iso == day)
        // No issue number, or no page: no reference.
        #expect(IssueReferences.read("Le Figaro, Tuesday, page 8", dates: dates) == nil)
        #expect(IssueReferences.read("Le Figaro, No. 379", dates: dates) == nil)
        #expect(IssueReferences.read("He said, in No. 3, page 8 of the report", dates: dates) == nil)
    }

    @Test func aNewsAppsStampGivesThePublicationTheWriterAndTheDay() throws {
        let full = try #require(read(["Plan to cut emissions unveiled", "Reuters · Business · By Jane Doe · March 3, 2024 · 4 min read", "",
                                      Self.text].joined(separator: "\n")))
        #expect(full.title == "Plan to cut emissions unveiled")
        #expect(full.authors == ["Jane Doe"])
        #expect(full.source == "Reuters")
        #expect(full.published?.iso == "2024-03-03")
        let unsigned = try #require(read(["Plan to cut emissions unveiled", "Daily Planet · Economy · 2 min read", "", Self.text]
            .joined(separator: "\n")))
        #expect(unsigned.source == "Daily Planet")
        #expect(unsigned.authors.isEmpty)
    }

    @Test(arguments: [
        ("RASSEGNA STAMPA DEL 5 MARZO 2024", "A cura di Giulia Bianchi", "Plan to cut emissions unveiled (Reuters, 02/03/2024)", "Reuters", "2024-03-02"),
        ("REVUE DE PRESSE DU 5 MARS 2024", "Réalisée par Rui Almeida", "Plan to cut emissions unveiled (Le Monde)", "Le Monde", nil),
        ("PRESS REVIEW, 5 MARCH 2024", "Compiled by Jane Roe", "Plan to cut emissions unveiled (BRIGITTE)", "BRIGITTE", nil),
    ])
    func aPressReviewsItemNamesItsPublicationInParentheses(banner: String, credit: String, item: String, source: String, day: String?) throws {
        let layout = try #require(read([banner, credit, "", "————————————", "", item, "", Self.text].joined(separator: "\n")))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == source)
        #expect(layout.authors.isEmpty)  // the review's compiler wrote no article
        #expect(layout.published?.iso == day)  // never the review's own day
        // A region in parentheses is part of the title, not a publication.
        let regional = try #require(read([banner, credit, "", "Choir gets a new director | DER SONNTAG (Sachsen)", "", Self.text]
            .joined(separator: "\n")))
        #expect(regional.title == "Choir gets a new director | DER SONNTAG (Sachsen)")
    }

    @Test func aMastheadOverAGuestPiecesKickerIsTheSourceAndTheWritersMarkIsDropped() throws {
        let piece = ["Daily Planet", "", "L'EDITORIALE", "", "Plan to cut emissions unveiled", "Di Jane Doe*", "", Self.text, "",
                     "* Jane Doe è economista."].joined(separator: "\n")
        let layout = try #require(read(piece))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Daily Planet")
        #expect(layout.authors == ["Jane Doe"])
        #expect(Bylines.withoutFootnoteMark("Jane Doe†") == "Jane Doe")
        #expect(Bylines.withoutFootnoteMark("*") == "*")
    }

    @Test(arguments: [["Jane Doe", "Bruxelles"], ["Jane Doe", "Brussels correspondent"], ["Jane Doe", "Envoyée spéciale à Bruxelles"]])
    func aCorrespondentsSignatureInTwoLinesNamesTheWriter(signature: [String]) throws {
        let atFoot = try #require(read((["Plan to cut emissions unveiled", "", Self.text, ""] + signature).joined(separator: "\n")))
        #expect(atFoot.authors == ["Jane Doe"])
        let inHead = try #require(read((["Plan to cut emissions unveiled", ""] + signature + ["Published March 3, 2024", "", Self.text])
            .joined(separator: "\n")))
        #expect(inHead.authors == ["Jane Doe"])
        #expect(inHead.published?.iso == "2024-03-03")
    }

    @Test(arguments: ["Das Gespräch führte Jane Doe", "Interview by Jane Doe", "Intervista raccolta da Jane Doe",
                      "Entrevista conduzida por Jane Doe", "Entrevista realizada por Jane Doe"])
    func anInterviewersCreditInWordsNamesTheWriter(credit: String) throws {
        let layout = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", credit].joined(separator: "\n")))
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aGraphicsCreditNamesNoWriter() throws {
        let layout = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", "Foto di Sarah Collins",
                                        "Infografica di Rui Almeida", "03/03/2024"].joined(separator: "\n")))
        #expect(layout.authors.isEmpty)
    }

    @Test func aContentFilesStandfirstIsNoTitleAndItsPublicationLabelMayHoldTheDay() throws {
        let file = ["Title: Plan to cut emissions unveiled", "", "----", "", "Medio: Reuters", "", "----", "", "Publicación: 2024-03-03",
                    "", "----", "", "Chapo: \(EmissionsArticle.sentences[0])", "", "----", "", "Text:", "", Self.text]
            .joined(separator: "\n")
        let layout = try #require(read(file))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.published?.iso == "2024-03-03")
        #expect(layout.source == "Reuters")
    }
}
