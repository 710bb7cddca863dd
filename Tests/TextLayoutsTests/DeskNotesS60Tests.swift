import Testing

@testable import TextLayouts
import DateReading

/// The general forms behind BLIND_S60's development layouts (desk_s60_986 … 997): writers in parentheses at the foot,
/// a desk's facts stacked one a line at the foot, a reference line closing with `Artikel von …`, a publishing sentence
/// naming the publication last, a reference in parentheses under the headline, a bracketed reference closing the
/// headline's line, an update stamp that is no publication day, and an introduction at the foot naming another article.
@Suite struct DeskNotesS60Tests {
    private let dates = DateRecognizer(language: nil)
    private static let title = "Plan to cut emissions unveiled"
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func writersInParenthesesAtTheFootSignTheText() throws {
        let layout = try #require(read([Self.title, "", "BERLIN (ComputerBase) – " + Self.text, "", "(Christoph Becker)"]))
        #expect(layout.authors == ["Christoph Becker"])
        #expect(layout.source == "ComputerBase")
        let editor = try #require(read([Self.title, "", Self.text, "", "(Edição de Rui Almeida)"]))
        #expect(editor.authors.isEmpty)
        let brand = try #require(read([Self.title, "", Self.text, "", "(BRIGITTE)"]))
        #expect(brand.authors.isEmpty)
        #expect(brand.source == "BRIGITTE")
    }

    @Test func factsStackedAtTheFootOneALine() throws {
        let layout = try #require(read([Self.title, "", Self.text, "", "Christoph Becker", "ComputerBase", "2007-06-08", "S. 8"]))
        #expect(layout.authors == ["Christoph Becker"])
        #expect(layout.source == "ComputerBase")
        #expect(layout.published?.iso == "2007-06-08")
        #expect(layout.body.last == EmissionsArticle.sentences[1])
        // Two short closing lines without a publication are the text's.
        let closing = try #require(read([Self.title, "", Self.text, "", "Jane Doe", "p. 4"]))
        #expect(closing.source == nil)
    }

    @Test func aReferenceLineClosingWithItsWriters() {
        let facts = ClippingFacts(dates: dates).facts("Quelle: ComputerBase, Nr. 8914, S. 30, Artikel von Christoph Becker.", atBottom: true)
        #expect(facts?.source == "ComputerBase")
        #expect(facts?.authors == ["Christoph Becker"])
        #expect(ArticleIntros.trailingWriters("Le Monde, p. 12, article de Peter Amende et Hélène Roux")?.authors == ["Peter Amende", "Hélène Roux"])
        #expect(ArticleIntros.trailingWriters("Le Monde, p. 12, article du jour") == nil)
    }

    @Test func aPublishingSentenceNamesThePublicationLast() {
        let judge = ClippingFacts(dates: dates)
        let dated = judge.facts("Veröffentlicht am Donnerstag, 7. September 2017 um 19:49 Uhr in The Guardian")
        #expect(dated?.source == "The Guardian")
        #expect(dated?.date?.iso == "2017-09-07")
        #expect(judge.facts("Veröffentlicht in The Guardian")?.source == "The Guardian")
        #expect(judge.facts("Publié le 3 mars 2026 dans Le Monde")?.source == "Le Monde")
        // Writers named in it: not this rule's (their names go with it).
        #expect(ArticleIntros.publishingSentence("Published by Jane Doe in The Guardian", dates: dates) == nil)
    }

    @Test func aReferenceInParenthesesUnderTheHeadline() throws {
        let layout = try #require(read([Self.title, "(Corriere della Sera, 7. September 2017)", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Corriere della Sera")
        #expect(layout.published?.iso == "2017-09-07")
    }

    @Test func aBracketedReferenceClosingTheHeadlinesLine() throws {
        let layout = try #require(read(["\(Self.title) [El País, 07.09.2017]", "", Self.text, "", "— Jane Doe"]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "El País")
        #expect(layout.published?.iso == "2017-09-07")
        let tagged = try #require(read(["\(Self.title) [Video]", "", Self.text]))
        #expect(tagged.source == nil)
    }

    @Test func anUpdateStampAloneIsNoPublicationDay() throws {
        let layout = try #require(read(["Veröffentlicht in The Guardian", "", Self.title, "", Self.text, "", "Aktualisiert am 4. Februar 2026"]))
        #expect(layout.source == "The Guardian")
        #expect(layout.published == nil)
    }

    @Test func anIntroductionAtTheFootNamesAnotherArticle() throws {
        let layout = try #require(read([Self.title, "By Rhys Morgan", "19 March 2026", "WalesOnline", "", Self.text, "",
                                        "Article by Sian Price published in the South Wales Echo on 2 March 2026:", "",
                                        "https://www.walesonline.co.uk/news/cardiff-market-scaffolding-traders-2026"]))
        #expect(layout.source == "WalesOnline")
    }
}
