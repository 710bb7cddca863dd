import Testing

@testable import TextLayouts
import DateReading

/// Stop 51's rules: a copy sheet's edition spoken in words, and the look-alikes review_s50 found for stop 50's
/// (a weekly's print issue dated after its web day, a broadcast's or a guide's edition cited in an article, a
/// German note's publication after `dem`).
@Suite struct CopySheetsAndIssuesTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        ("For: Reuters, edition of Thursday the twenty-sixth of February nineteen eighty-seven", "1987-02-26"),
        ("Pour: Le Figaro, édition du jeudi sept février deux mille dix-neuf", "2019-02-07"),
        ("Para: El País, edição de quinta-feira, vinte e sete de junho de dois mil e dezoito", "2018-06-27"),
        ("Für: Süddeutsche Zeitung, Ausgabe vom Freitag, dem sechsten Oktober zweitausendsiebzehn", "2017-10-06"),
    ])
    func aCopySheetsEditionSpokenInWordsGivesItsDay(line: String, day: String) throws {
        let layout = try #require(read([
            "COPY TAKEN BY TELEPHONE", "Taken by: Sarah Collins, 19.09", "From: Foreign desk",
            line, "Catchline: PLAN", "Head: " + Self.title, "", "Copy:", Self.text, "", "ENDS",
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.published?.iso == day)
        #expect(layout.source != nil)
    }

    @Test(arguments: [
        ("Aus: Die Zeit Nr. 11/2026 vom 5. März 2026", "Die Zeit"),
        ("From The Spectator, No. 10234, issue of March 7, 2026", "The Spectator"),
        ("El País, edición del 5 de marzo de 2026", "El País"),
    ])
    func aWeeklysOwnIssueOrThePapersNextEditionKeepsItsPublication(line: String, source: String) throws {
        let layout = try #require(read([Self.title, "", "By Jane Doe", "", "March 4, 2026", "", line, "", Self.text]))
        #expect(layout.source == source)
        #expect(layout.published?.iso == "2026-03-04")
    }

    @Test(arguments: [
        "Tagesschau, Ausgabe vom 2. März 2026, 20 Uhr",
        "The Times, edition of 4 May 1979",
        "Guía Michelin, edición del 25 de noviembre de 2025",
    ])
    func anEditionCitedUnderAnotherDayIsNoneOfTheArticlesFields(line: String) throws {
        let layout = try #require(read([Self.title, "", "By Jane Doe", "", "March 4, 2026", "", line, "", Self.text]))
        #expect(layout.source == nil)
        #expect(layout.published?.iso == "2026-03-04")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aFrenchCopySheetsLabelsWithTheirSpaceAndABureauAsSender() throws {
        let layout = try #require(read([
            "COPIE DICTÉE PAR TÉLÉPHONE", "Prise par : Sylvie Morel, 22 h 10", "De : Bureau de Lyon",
            "Pour : Le Progrès, édition du 7 mars 2026", "Rubrique : Faits divers", "Titre : " + Self.title, "", "Texte :",
            Self.text, "", "FIN",
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Le Progrès")
        #expect(layout.published?.iso == "2026-03-07")
    }

    @Test func aNewsroomsOfficeIsNoPublication() {
        #expect(ExportLines.isBureau("Northern office"))
        #expect(ExportLines.isBureau("Büro Hannover"))
        #expect(ExportLines.isBureau("Bureau de Lyon"))
        #expect(!ExportLines.isBureau("Le Progrès"))
        #expect(!ExportLines.isBureau("Office"))
    }

    @Test func aGermanNotesPublicationTakesTheEndingItHasAlone() {
        #expect(OriginNotes.nominative("dem Trierischen Volksfreund") == "Trierischer Volksfreund")
        #expect(OriginNotes.nominative("dem Neuen Tageblatt") == "Neues Tageblatt")
        #expect(OriginNotes.nominative("der Welt am Sonntag") == "Welt am Sonntag")
        #expect(OriginNotes.nominative("der Süddeutschen Zeitung") == "Süddeutsche Zeitung")
        #expect(OriginNotes.nominative("der ausgabe am Sonntag") == "der ausgabe am Sonntag")
    }

    @Test func anIssueOrAnEditionCitedUnderAnotherDayIsNoneOfTheArticlesFields() throws {
        for line in ["Aus: Stern Nr. 8/2026 vom 12. Februar 2026", "Daily Mirror, edition of Friday the ninth of November nineteen eighty-four"] {
            let layout = try #require(read([Self.title, "", "By Jane Doe", "", "March 4, 2026", "", line, "", Self.text]))
            #expect(layout.source == nil)
            #expect(layout.published?.iso == "2026-03-04")
        }
    }

    @Test func aPapersEditionSpokenAtTheTopGivesItsDay() throws {
        let layout = try #require(read([
            "La Voz de Galicia, edición del jueves, cinco de marzo de dos mil quince", "", Self.title, "", "Por Manuel Ruiz", "", Self.text,
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "La Voz de Galicia")
        #expect(layout.published?.iso == "2015-03-05")
    }
}
