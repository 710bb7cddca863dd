import Testing

@testable import TextLayouts
import DateReading

/// Stop 59's reader rules: a printed page's topic line between its running head and the title; ABNT's reference with
/// the headline unquoted, and quoted references whose publication is written in lower case or follows the writers'
/// names and a comma; an unsigned piece's agency credit under its title letting a publication's name by its form stand
/// above it; German names after `in den` in the nominative; a paper's word closing a German compound or `Il Mattino`.
@Suite struct PrintedReferencesS59Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    // MARK: - A printed page's topic line

    @Test func aTopicLineUnderAPagesRunningHeadIsNoTitle() throws {
        let page = try #require(read(["SÜDDEUTSCHE ZEITUNG – S. 12", "", "Energiepolitik", "Radfahren in der Stadt Salzburg",
                                      "Die Stadt will bis 2030 vierzig Kilometer neue Radwege bauen.", "", Self.text]))
        #expect(page.title == "Radfahren in der Stadt Salzburg")
        #expect(page.source == "SÜDDEUTSCHE ZEITUNG")
        let dated = try #require(read(["EL PAÍS – 07.09.2017 – p. 31", "", "Politique énergétique", "adac-kindersitztest-herbst-2018",
                                       "„Mein ADAC“ ist Ihr persönlicher Mitglieder- und Kundenbereich.", "", Self.text]))
        #expect(dated.title == "adac-kindersitztest-herbst-2018")
        #expect(dated.published?.iso == "2017-09-07")
    }

    // MARK: - References opening the file

    @Test func abntsReferenceWithTheHeadlineUnquoted() throws {
        let signed = try #require(read([
            "BUCKSTEGGE, Diane. Wie kann ich schnell abnehmen? Der Schlachtplan zum Wunschgewicht. gofeminin, 7 out. 2016, p. 19.", "",
            Self.text,
        ]))
        #expect(signed.title == "Wie kann ich schnell abnehmen? Der Schlachtplan zum Wunschgewicht")
        #expect(signed.authors == ["Diane Buckstegge"])
        #expect(signed.source == "gofeminin")
        #expect(signed.published?.iso == "2016-10-07")
        let unsigned = try #require(read(["Woher kommt die dicke Luft? - DemokratieWEBstatt.at. Süddeutsche Zeitung, p. 4.", "", Self.text]))
        #expect(unsigned.title == "Woher kommt die dicke Luft? - DemokratieWEBstatt.at")
        #expect(unsigned.source == "Süddeutsche Zeitung")
        let abbreviated = try #require(read(["Tipps für Eltern | Kinderschutzbund e.V. Hamburger Abendblatt, p. 8.", "", Self.text]))
        #expect(abbreviated.title == "Tipps für Eltern | Kinderschutzbund e.V.")
        #expect(abbreviated.source == "Hamburger Abendblatt")
    }

    @Test func aSentenceClosingWithACrossReferenceNamesNoPublication() throws {
        for line in ["Die Stadt hat den Bericht am Dienstag vorgelegt. Siehe Anhang, S. 4.",
                     "The council published its report on Tuesday. See Appendix, p. 4.",
                     "Le conseil a publié son rapport mardi. Voir Annexe, p. 4."]
        {
            let see = try #require(read([line, "", Self.text]))
            #expect(see.source == nil, "\(line)")
        }
    }

    @Test func quotedReferencesWithALowerCasePublicationOrTheWritersFirst() throws {
        let mla = try #require(read(["Adams, Richard. \"Thousands of UK academics 'treated as second-class citizens'.\" the Guardian, p. 3.", "",
                                     Self.text]))
        #expect(mla.title == "Thousands of UK academics 'treated as second-class citizens'")
        #expect(mla.source == "the Guardian")
        #expect(mla.authors == ["Richard Adams"])
        let spanish = try #require(read(["«Afrikanische Schweinepest: Neue Hoffnung durch Genome Editing», transGEN, 18 de enero de 2018, pág. 25.",
                                         "", Self.text]))
        #expect(spanish.source == "transGEN")
        #expect(spanish.published?.iso == "2018-01-18")
        let italian = try #require(read(["Michael Hingston, «Ravenous wild goats ruled this island», in «National Geographic», pag. 10.", "",
                                         Self.text]))
        #expect(italian.title == "Ravenous wild goats ruled this island")
        #expect(italian.source == "National Geographic")
        #expect(italian.authors == ["Michael Hingston"])
        // A book quoted after its writer's name names no publication with `in`.
        let book = try #require(read(["Lauren Groff, «Matrix», Riverhead Books, 2021.", "", Self.text]))
        #expect(book.source != "Riverhead Books" || book.title != "Matrix")
    }

    // MARK: - An agency's credit under the title

    @Test func aPublicationsNameByItsFormOverATitleCreditedToAnAgency() throws {
        for name in ["BRIGITTE", "Corriere della Sera", "Creative Commons"] {
            let credited = try #require(read([name, "", "Mit der Ikigai-Methode wirst du sofort glücklicher", "Mit Material von dpa", "",
                                              Self.text]))
            #expect(credited.title == "Mit der Ikigai-Methode wirst du sofort glücklicher", "\(name)")
            #expect(credited.source == name, "\(name)")
        }
        // A person's name is no publication's, whatever credit follows.
        let person = try #require(read(["Marie Lefebvre", "", "Prendre la parole", "Avec AFP", "", Self.text]))
        #expect(person.source != "Marie Lefebvre")
    }

    // MARK: - Publications' names

    @Test func germanNamesAfterInDenStandInTheNominative() {
        #expect(OriginNotes.nominative("den Westfälischen Nachrichten") == "Westfälische Nachrichten")
        #expect(OriginNotes.nominative("den Kieler Nachrichten") == "Kieler Nachrichten")
        let sentence = ArticleIntros.publishingSentence("Erschienen am 18. März 2026 in den Westfälischen Nachrichten", dates: dates)
        #expect(sentence?.source == "Westfälische Nachrichten")
        #expect(sentence?.date?.iso == "2026-03-18")
    }

    @Test func aPapersWordClosingACompoundOrItalianMorningPaperNamesAPublication() {
        #expect(LayoutReader.namesPublication("Emsdettener Volkszeitung"))
        #expect(LayoutReader.namesPublication("Hamburger Abendblatt"))
        #expect(LayoutReader.namesPublication("Il Mattino"))
        #expect(!LayoutReader.namesPublication("Die Zeitungsente"))
        #expect(LayoutReader.closingPublication("Münster erweitert die Radstation am Hauptbahnhof — Emsdettener Volkszeitung")?.source
            == "Emsdettener Volkszeitung")
    }
}
