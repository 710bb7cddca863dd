import Testing

@testable import TextLayouts
import DateReading

/// The thirty-third batch's plain-text forms: a desk's intake stamp run in with its follow-up day and filing note on
/// the first line; a first-publication line worded `Erschienen am` (and its kin) under an update stamp.
@Suite struct DeskNotesS55Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        "EINGANG 05.03.1987 · WIEDERVORLAGE 12.03.1987 · Ablage Wirtschaft",
        "RECEIVED 03/02/1987 · FOLLOW-UP 03/10/1987 · Filed: Business",
        "REÇU LE 05/03/1987 · RELANCE LE 11/03/1987 · Classement : Économie",
        "RECIBIDO 4 de marzo de 1987 | SEGUIMIENTO 10/03/1987",
    ])
    func aRunInIntakeStampIsNoTitle(stamp: String) throws {
        #expect(ExportLines.isReceptionStamp(stamp, dates: dates))
        let layout = try #require(read([stamp, "", "Reuters", Self.title, "Edition of February 26, 1987", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test(arguments: [
        "RECEIVED · FOLLOW-UP 03/10/1987",
        "Received 03/02/1987 at the annual meeting, the shareholders voted · Business",
        "Recipes for spring · 12 dishes",
    ])
    func otherLinesAreNoIntakeStamps(line: String) {
        #expect(!ExportLines.isReceptionStamp(line, dates: dates))
    }

    @Test(arguments: [
        ("Aktualisiert am 10. September 2017 um 13:39 Uhr", "Erschienen am 7. September 2017", "2017-09-07"),
        ("Mis à jour le 10 septembre 2017 à 13:39", "Paru le 7 septembre 2017", "2017-09-07"),
        ("Actualizado el 10 de septiembre de 2017", "Publicada el 7 de septiembre de 2017", "2017-09-07"),
    ])
    func theFirstPublicationLineBeatsTheUpdateStamp(update: String, first: String, iso: String) throws {
        let layout = try #require(read(["Reuters › Business", "", Self.title, update, first, "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.published?.iso == iso)
    }

    @Test func aFirstPublicationLineAloneIsNoTitle() throws {
        let layout = try #require(read(["Reuters", "", Self.title, "Erschienen am 26. Februar 2026", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.published?.iso == "2026-02-26")
    }

    @Test(arguments: [("Le Monde diplomatique", "Turpitude et architecture"), ("Süddeutsche Zeitung", "Die Bahn streicht Verbindungen")])
    func aPublicationRightOverTheTitleIsTheSource(masthead: String, title: String) throws {
        let layout = try #require(read([masthead, title, "", Self.text]))
        #expect(layout.title == title)
        #expect(layout.source == masthead)
    }

    @Test func aPagesTitleWithItsSiteOrAWrappedCapitalsHeadlineIsNoMasthead() throws {
        let page = try #require(read(["OUTDOOR LOVERS | example.com", "A weekend in the Highlands", "", Self.text]))
        #expect(page.source == nil)
        let wrapped = try #require(read(["AMERICAN EXPRESS SEEN IN", "POSSIBLE SPINOFF", "", Self.text]))
        #expect(wrapped.source == nil)
    }
}
