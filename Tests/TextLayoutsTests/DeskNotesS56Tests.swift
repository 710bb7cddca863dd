import Testing

@testable import TextLayouts
import DateReading

/// The thirty-fourth batch's plain-text forms: a clipping tool's stamp at the foot (`Clipped with … by … on …`),
/// in the desk's language, whose day and clipper are the copy's, not the article's.
@Suite struct DeskNotesS56Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        "Clipped with ClipDesk 5.1 by Hélène Roux on March 9, 1987 · 412 words · Ref. PC-0a275019",
        "Ausgeschnitten mit Snipster 2.0 von Jonas Weber am 9. März 1987 · 412 Wörter · Ref. SN-77",
        "Découpé avec PressCut 3.2 par Carmen Ortiz le 9 mars 1987 · 412 mots · réf. PC-12",
        "Recortado con PressCut 3.2 por Ana López el 9 de marzo de 1987 · 412 palabras",
        "Ritagliato con ClipDesk 5.1 da Giulia Bianchi il 9 marzo 1987 · 412 parole",
        "Recortado com Snipster 2.0 por Rui Almeida em 9 de março de 1987 · 412 palavras",
    ])
    func aClippingToolsStampAtTheFootDatesTheCopyNotTheArticle(stamp: String) throws {
        let layout = try #require(read([Self.title, "Reuters – February 26, 1987", "", Self.text, "", "—", stamp]))
        #expect(layout.title == Self.title)
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.authors.isEmpty)
        #expect(!layout.body.joined().contains("412"))
    }

    @Test(arguments: [
        "Translated from the French by Hélène Roux", "Aus dem Spanischen übersetzt von Jonas Weber",
        "Traduit de l'anglais par Carmen Ortiz", "Traducido del alemán por Ana López", "Tradotto dall'inglese da Giulia Bianchi",
        "Traduzido do francês por Rui Almeida",
    ])
    func aTranslatorsCreditNamingTheLanguageIsNoAuthorAndLeavesTheSourceBelow(credit: String) throws {
        #expect(CreditLines.authors(credit) == [])
        let layout = try #require(read([Self.title, credit, "Süddeutsche Zeitung", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "Süddeutsche Zeitung")
        #expect(!layout.body.joined().contains(credit))
        // A sentence that merely opens so is no credit.
        #expect(CreditLines.authors("Aus dem Rathaus kam am Montag keine Antwort.") == nil)
    }

    @Test func aOneWordSubjectNamesNoHeadlineButAOneWordTitleIsOne() throws {
        let mail = try #require(read(["From: Desk <desk@example.org>", "Subject: clipping", "", Self.title, "By Jane Roe", "", Self.text]))
        #expect(mail.title == Self.title)
        let clipping = try #require(read(["Title: Brexit", "Author: Jane Roe", "", Self.text]))
        #expect(clipping.title == "Brexit")
    }

    @Test func aSentenceAboutClippingIsText() throws {
        // The verb alone, not a tool's stamp: `Clipped with scissors …` in prose keeps its place.
        for untouched in [["Plan", "", "Clipped with care, the archive holds every edition since 1948."],
                          ["Plan", "", "Saved with 40 votes, the bill goes to the Senate."],
                          ["Plan", "", "Saved by the bell, the minister left."]] {
            #expect(CopyStamps.withoutToolStamp(untouched) == untouched)
        }
    }
}
