import Testing

@testable import TextLayouts
import DateReading

/// Stop 50's rules: the look-alikes review_s49 found for stop 49's (a caption's old issue, a law's gazette, a
/// speech's reference, a picture caption naming a place over a byline, a related
/// list's closing credit), and the thirty-first batch's plain-text forms (a picture gallery's captions, a copy
/// sheet's heading and labels, a print edition's reference, a staff phrase, picture credits in a byline).
@Suite struct CitationsAndFormsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        "Aus: Stern Nr. 18/1983 vom 28. April 1983",
        "From Punch No. 4120 of 3 March 1920",
        "Da Topolino n. 3000 del 10 aprile 2013",
    ])
    func anIssueCitedUnderTheArticlesOwnDayIsNoneOfItsFields(caption: String) throws {
        let layout = try #require(read([Self.title, "", "By Jane Doe", "", "March 4, 2026", "", caption, "", Self.text]))
        #expect(layout.source == nil)
        #expect(layout.published?.iso == "2026-03-04")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func anOfficialGazetteIsNoPublication() throws {
        #expect(IssueReferences.isOfficialGazette("Diário da República"))
        #expect(IssueReferences.isOfficialGazette("BOE núm"))
        #expect(!IssueReferences.isOfficialGazette("Le Figaro"))
        #expect(IssueReferences.readIssueLine("Publicado em Diário da República n.º 45", dates: dates) == nil)
        let layout = try #require(read([Self.title, "", "Publicado en BOE núm. 58, de 7 de marzo de 2026", "", Self.text]))
        #expect(layout.source == nil)
    }

    @Test func aReferenceOpensWithItsQuoteOrItsWritersInvertedName() throws {
        let speech = try #require(read([
            "Discours de la présidente de la Commission, « Plan to cut emissions unveiled. » Parlement européen, 3 mars 2026.", "",
            Self.title, "", "4 mars 2026", "", Self.text,
        ]))
        #expect(speech.source == nil)
        #expect(speech.published?.iso == "2026-03-04")
        let mla = try #require(read(["Roux, Hélène. “Plan to cut emissions unveiled.” Le Figaro, 3 Mar. 1987, p. 7.", "", Self.title, "", Self.text]))
        #expect(mla.source == "Le Figaro")
        #expect(mla.authors == ["Hélène Roux"])
    }

    @Test func aWritersPlaceSignsUnlessABylineFollows() throws {
        let byline = try #require(read([Self.title, "", "Hélène Roux in Brussels", "Tue 3 Mar 1987 18.04 CET", "", Self.text]))
        #expect(byline.authors == ["Hélène Roux"])
        let alone = try #require(read([Self.title, "", "Richard Adams in London", "", Self.text]))
        #expect(alone.authors == ["Richard Adams"])
        let caption = try #require(read([Self.title, "", "Annalena Baerbock in Kiew", "", "Von Jan Petersen", "", "9. März 2026", "", Self.text]))
        #expect(caption.authors == ["Jan Petersen"])
        #expect(caption.published?.iso == "2026-03-09")
    }

    @Test(arguments: [
        (["Lesen Sie auch", "Insektensterben: Was Gärten tun können", "Die Rückkehr des Feldhamsters", "Von Jonas Weber"], ["Jonas Weber"], nil),
        (["Más información", "Gabinete de Comunicación", "Tel. 955 47 00 00", "Sevilla, 3 de marzo de 2026"], [], "2026-03-03"),
        (["Related", "Ports expect record year — Rui Almeida, 19 January 2026", "Rail freight slows — Ana Costa, 12 January 2026"], [], nil),
    ])
    func aRelatedListsClosingCreditStays(foot: [String], authors: [String], day: String?) throws {
        let layout = try #require(read([Self.title, "", Self.text, ""] + foot))
        #expect(layout.authors == authors)
        #expect(layout.published?.iso == day)
        #expect(!layout.body.joined(separator: "\n").contains("Rail freight slows"))
    }

    @Test func aGallerysCaptionsAreNoneOfTheArticlesFields() throws {
        let layout = try #require(read([
            "Reuters", "", Self.title, "",
            "Bild 1 von 2", "Brüssel, 16. Februar 1987: Ankunft der Minister. Foto: Paul Martin/dpa", "",
            "Bild 2 von 2", "Brüssel, 15. Februar 1987: Arbeiter vor dem Werk. Foto: Katrin Vogel/AFP", "",
            "Von Jane Doe", "26. Februar 1987", "", Self.text,
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-02-26")
        #expect(GalleryCaptions.isCount("Image 2 of 3"))
        #expect(!GalleryCaptions.isCount("Image 4 of 3"))
        #expect(!GalleryCaptions.isCount("Chapter 1 of 3"))
    }

    @Test func aCopySheetsHeadingAndLabelsLeaveItsHeadAsTitle() throws {
        let layout = try #require(read([
            "COPY TAKEN BY TELEPHONE", "Taken by: Sarah Collins, 19.09", "From: Foreign desk",
            "For: Reuters, edition of Thursday, February 26, 1987", "Catchline: PLAN", "Head: " + Self.title, "", "Copy:", Self.text, "", "ENDS",
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test(arguments: [
        ("Le Figaro, édition du 3 mars 1987", "Le Figaro", "1987-03-03"),
        ("Reuters, Ausgabe vom 26. Februar 1987", "Reuters", "1987-02-26"),
        ("Pour: El País, edición del 26 de febrero de 1987", "El País", "1987-02-26"),
    ])
    func aPrintEditionsReferenceGivesThePublicationAndItsDay(line: String, source: String, day: String) throws {
        let facts = try #require(ClippingFacts(dates: dates).editionReference(line))
        #expect(facts.source == source)
        #expect(facts.date?.iso == day)
        #expect(ClippingFacts(dates: dates).editionReference("Paris, a city of light and many editions") == nil)
        // A spoken day no date reads: under a copy sheet's label, the publication alone; bare, nothing.
        let spoken = ClippingFacts(dates: dates).editionReference("For: Reuters, edition of Thursday the twenty-sixth of February")
        #expect(spoken?.source == "Reuters")
        #expect(spoken?.date == nil)
        #expect(ClippingFacts(dates: dates).editionReference("Reuters, edition of Thursday the twenty-sixth of February") == nil)
    }

    @Test(arguments: [
        ("Von unserem Redaktionsmitglied Jan Petersen", ["Jan Petersen"]),
        ("From our staff reporters Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Par Hélène Roux (texte), Paul Martin (photos) et Katrin Vogel (infographie)", ["Hélène Roux"]),
        ("By Jane Doe and John Roe (words), Paul Martin (photos)", ["Jane Doe", "John Roe"]),
    ])
    func staffPhrasesAndPictureCreditsLeaveTheWriters(byline: String, authors: [String]) throws {
        let layout = try #require(read([Self.title, "", byline, "", Self.text]))
        #expect(layout.authors == authors)
    }

    @Test func aNameWrittenSurnameFirstIsOnePerson() {
        #expect(Bylines.invertedName("Mackenzie, Isla") == "Isla Mackenzie")
        #expect(Bylines.invertedName("García Ortega, Lucía") == "Lucía García Ortega")
        #expect(Bylines.invertedName("Jane Doe, John Roe") == nil)
        #expect(Bylines.invertedName("Doe, Jane, Roe") == nil)
        #expect(Bylines.invertedName("reuters, jane") == nil)
    }

    @Test func aGermanNoteNamesThePublicationInTheNominative() throws {
        #expect(OriginNotes.nominative("der Süddeutschen Zeitung") == "Süddeutsche Zeitung")
        #expect(OriginNotes.nominative("der Frankfurter Allgemeinen Zeitung") == "Frankfurter Allgemeine Zeitung")
        #expect(OriginNotes.nominative("dem Handelsblatt") == "Handelsblatt")
        #expect(OriginNotes.nominative("Der Spiegel") == "Der Spiegel")
        #expect(OriginNotes.nominative("der Ausgabe vom 27. Februar 1987") == "der Ausgabe vom 27. Februar 1987")
        let layout = try #require(read(["Mitgliederbrief", "", Self.title + "*", "", Self.text, "", "*) Erschienen in der Süddeutschen Zeitung am 4. März 2026."]))
        #expect(layout.source == "Süddeutsche Zeitung")
        #expect(layout.published?.iso == "2026-03-04")
    }
}
