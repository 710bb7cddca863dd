import Testing

@testable import TextLayouts
import DateReading

/// Stop 60's rules for the forty-first batch's development part (BLIND_S63's ordinary clippings): a desk's labels
/// joined on one line at the foot after a dash (the source with its edition's day or marked undated, the writers, the
/// desk's entry stamp); the writers and the publication after a slash; a press review's numbered entry quoting the
/// headline after its writers; a routing slip of boxes to tick over the copy; a co-writer joined with `avec`.
@Suite struct DeskNotesS63Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func labelsJoinedAtTheFootGiveTheSourceItsEditionsDayAndTheWriters() throws {
        let signed = try #require(read([Self.title, "", Self.text, "",
                                        "— Source : Le Monde (édition du 3 mars 1987) · Auteurs : Peter Amende, Anna Keller · Saisi le 05/03/2026 par C. Vidal"]))
        #expect(signed.source == "Le Monde")
        #expect(signed.published?.iso == "1987-03-03")
        #expect(signed.authors == ["Peter Amende", "Anna Keller"])
        let unsigned = try #require(read([Self.title, "", Self.text, "",
                                          "— Fuente: Corriere della Sera (edición del 7 de septiembre de 2017) · Registrado el 08/09/2017 por S. Krüger"]))
        #expect(unsigned.source == "Corriere della Sera")
        #expect(unsigned.published?.iso == "2017-09-07")
        #expect(unsigned.authors.isEmpty)
        let undated = try #require(read([Self.title, "", Self.text, "", "— Quelle: Süddeutsche Zeitung (ohne Datum) · Erfasst am 05.03.2026 von C. Vidal"]))
        #expect(undated.source == "Süddeutsche Zeitung")
        #expect(undated.published == nil)
    }

    @Test func aDashBeforeNoLabelStays() {
        #expect(ClippingFacts.withoutLabelDash("— Source : Le Monde") == "Source : Le Monde")
        #expect(ClippingFacts.withoutLabelDash("— Jane Doe, spokeswoman") == "— Jane Doe, spokeswoman")
    }

    @Test func writersAndThePublicationAfterASlash() throws {
        let foot = try #require(read([Self.title, "", Self.text, "", "Peter Amende et Anna Keller / Le Monde"]))
        #expect(foot.authors == ["Peter Amende", "Anna Keller"])
        #expect(foot.source == "Le Monde")
        #expect(ClippingFacts.writersSlashPublication("Photo : Katrin Vogt / Le Monde") == nil)
        #expect(ClippingFacts.writersSlashPublication("Berlin / Brandenburg") == nil)
    }

    @Test func aReviewsNumberedEntryQuotingTheHeadline() throws {
        let entry = try #require(read(["Revue de presse du 05/03/1987", "", "3) Le Monde, 03/03/1987, p. 12 — Peter Amende, Anna Keller : « \(Self.title) »",
                                       "", Self.text]))
        #expect(entry.title == Self.title)
        #expect(entry.authors == ["Peter Amende", "Anna Keller"])
        #expect(entry.source == "Le Monde")
        #expect(entry.published?.iso == "1987-03-03")
        let unsigned = try #require(read(["Rassegna stampa del 08/09/2017", "", "6) Público, 07/09/2017, pag. 36 — «\(Self.title)»", "", Self.text]))
        #expect(unsigned.title == Self.title)
        #expect(unsigned.authors.isEmpty)
        #expect(IndexEntries.quotedHeadline("“A” and “B”") == nil)
    }

    @Test func aRoutingSlipOfBoxesOverTheCopy() throws {
        let slipped = try #require(read(["UMLAUF – Pressestelle          Eingang: 05.03.2026", "[ ] Jan Schmitz   [ ] Rita Nogueira   [ ] Hausleitung",
                                         "bitte lesen und abzeichnen", String(repeating: "-", count: 48),
                                         "Süddeutsche Zeitung · Dienstag, 3. März 1987 · S. 12", "", Self.title, "Von Peter Amende", "", Self.text]))
        #expect(slipped.title == Self.title)
        #expect(slipped.source == "Süddeutsche Zeitung")
        #expect(slipped.published?.iso == "1987-03-03")
        #expect(slipped.authors == ["Peter Amende"])
        let noBoxes = ["UMLAUF – Pressestelle", "bitte lesen", String(repeating: "-", count: 48), Self.title]
        #expect(TickBoxSlips.withoutSlip(noBoxes) == noBoxes)
    }

    @Test func aCoWriterJoinedWithAvec() throws {
        let joined = try #require(read([Self.title, "Par Peter Amende, avec Anna Keller", "", Self.text]))
        #expect(joined.authors == ["Peter Amende", "Anna Keller"])
        let agency = try #require(read([Self.title, "Par Peter Amende, avec AFP", "", Self.text]))
        #expect(agency.authors == ["Peter Amende"])
    }

    @Test func aRecordOfTooManyFieldsIsNoArticlesRecord() {
        var huge: [String: Any] = ["title": Self.title, "text": Self.text]
        for index in 0..<12_000 { huge["k\(index)"] = index }
        #expect(FieldRecords.record(in: huge, rest: "", dates: dates) == nil)
    }
}
