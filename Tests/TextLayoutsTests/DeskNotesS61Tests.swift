import Testing

@testable import TextLayouts
import DateReading

/// The general forms behind BLIND_S61's development layouts (desk_s61_1019 … 1042): labels joined by slashes and their
/// values likewise, a publication's name in emphasis (Markdown's italics) under the headline or beside its day, a
/// masthead above an unsigned piece credited to an agency, a reference that quotes the headline itself as the file's
/// first line, a clipping page's own fields for the article it holds, and a brand's name alone at the foot of a signed
/// text.
@Suite struct DeskNotesS61Tests {
    private let dates = DateRecognizer(language: nil)
    private static let title = "Plan to cut emissions unveiled"
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func labelsJoinedBySlashesAndTheirValues() {
        let judge = ClippingFacts(dates: dates)
        let facts = judge.facts("Quelle/Datum/Seite: Le Monde / 03.03.1987 / 12", atBottom: true)
        #expect(facts?.source == "Le Monde")
        #expect(facts?.date?.iso == "1987-03-03")
        let undated = judge.facts("Quelle/Datum/Seite: El País / o. D. / 7", atBottom: true)
        #expect(undated?.source == "El País")
        #expect(undated?.date == nil)
        // Counts that differ are no such line.
        #expect(judge.facts("Quelle/Datum: Le Monde", atBottom: true)?.date == nil)
    }

    @Test func aPublicationInEmphasis() throws {
        let dated = try #require(read(["## " + Self.title, "", "*Süddeutsche Zeitung*, 6. Oktober 2017", "", Self.text]))
        #expect(dated.source == "Süddeutsche Zeitung")
        #expect(dated.published?.iso == "2017-10-06")
        let alone = try #require(read(["## " + Self.title, "", "*El País*", "", Self.text]))
        #expect(alone.source == "El País")
        #expect(alone.title == Self.title)
        #expect(ClippingFacts.italicPublication("*Opinion*") == nil)
        #expect(ClippingFacts.italicPublication("**Le Monde**") == nil)
        #expect(ClippingFacts.withoutInnerEmphasis("3 mars 1987 — par **Peter Amende**") == "3 mars 1987 — par Peter Amende")
        #expect(ClippingFacts.withoutInnerEmphasis("5 * 3 = 15") == "5 * 3 = 15")
    }

    @Test func aMastheadAboveAnUnsignedPieceCreditedToAnAgency() throws {
        let layout = try #require(read(["Süddeutsche Zeitung", "", Self.title, "Mit Material von dpa", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Süddeutsche Zeitung")
    }

    @Test func aReferenceQuotingTheHeadlineOpensTheFile() throws {
        let italian = try #require(read(["«Radfahren in der Stadt Salzburg», Corriere della Sera, pág. 38.", "", Self.text]))
        #expect(italian.title == "Radfahren in der Stadt Salzburg")
        #expect(italian.source == "Corriere della Sera")
        let german = try #require(read(["DOCTOROW, Cory: «Hating Millennials - the prejudice you're allowed to boast about», Boing Boing, pág. 34.",
                                         "", Self.text]))
        #expect(german.title == "Hating Millennials - the prejudice you're allowed to boast about")
        #expect(german.authors == ["Cory Doctorow"])
        #expect(german.source == "Boing Boing")
        // A pull quote opening the text names no publication after it.
        let quote = read(["\"We will not give up,\" said the mayor on Tuesday.", "", Self.text])
        #expect(quote?.title != "We will not give up,")
    }

    @Test func aClippingPagesOwnFieldsForItsArticle() {
        #expect(RecordKeys.field("source_date") == .date)
        #expect(RecordKeys.field("source_authors") == .authors)
    }

    @Test func aBrandsNameAloneAtTheFootOfASignedText() throws {
        let layout = try #require(read([Self.title, "Text: Christoph Becker · Fotos: Tomás Herrera", "", Self.text, "", "ComputerBase"]))
        #expect(layout.authors == ["Christoph Becker"])
        #expect(layout.source == "ComputerBase")
        // A writer's name alone there is no publication.
        let name = try #require(read([Self.title, "Text: Christoph Becker", "", Self.text, "", "Christoph Becker"]))
        #expect(name.source == nil)
    }
}
