import Testing

@testable import TextLayouts
import DateReading

/// One line judged on its form (`ClippingFacts`), and whole clippings read field by field.
@Suite struct ClippingFactsTests {
    private let judge = ClippingFacts(dates: DateRecognizer(language: "en", keepsTime: true))

    private func date(_ iso: String) -> CalendarDate? {
        DateRecognizer(language: "en", keepsTime: false).firstDate(in: iso)?.date
    }

    @Test(arguments: [
        ("Title: Port of Mombasa", "Port of Mombasa"), ("Titre : Le port de Dakar", "Le port de Dakar"),
        ("Betreff: WG: Hamburger Hafen", "Hamburger Hafen"), ("Objet : TR: Le port", "Le port"),
        ("Título: El puerto", "El puerto"), ("Titolo: Il porto", "Il porto"), ("Subject: Fwd: Re: A B", "A B"),
    ])
    func labelledTitles(_ line: String, _ title: String) {
        #expect(judge.facts(line)?.title == title)
    }

    @Test func labelledAuthorsDropTheAddressAndKeepTheAgencyApart() {
        #expect(judge.facts("From: Jane Otieno <jane@example.org>")?.authors == ["Jane Otieno"])
        #expect(judge.facts("Von: Anna Schmidt")?.authors == ["Anna Schmidt"])
        let facts = judge.facts("Auteur : Awa Diop (AFP)")
        #expect(facts?.authors == ["Awa Diop"])
        #expect(facts?.source == "AFP")
    }

    @Test func aLabelWhoseValueIsNotWhatItPromisesIsNoLabel() {
        #expect(judge.facts("Data: the new oil of the African economies") == nil)
        #expect(judge.facts("Brexit: what the deal means for ports") == nil)
    }

    @Test(arguments: [
        ("© Reuters 2026", "Reuters"), ("(c) AFP 2025", "AFP"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "The Associated Press"),
        ("© 2024 Reuters", "Reuters"), ("Copyright © 2023 Agence Ecofin", "Agence Ecofin"),
    ])
    func copyrightLinesGiveTheHolderAndNoDate(_ line: String, _ holder: String) {
        let facts = judge.facts(line)
        #expect(facts?.source == holder)
        #expect(facts?.date == nil)
    }

    @Test(arguments: [
        ("Par Awa Diop, Moussa Ndiaye et Fatou Sarr (AFP)", ["Awa Diop", "Moussa Ndiaye", "Fatou Sarr"], "AFP"),
        ("Von Anna Schmidt und Jonas Weber, dpa", ["Anna Schmidt", "Jonas Weber"], "dpa"),
        ("By Jane Otieno and John Mwangi", ["Jane Otieno", "John Mwangi"], nil),
        ("Por Lucía Martínez y Pablo Gómez (EFE)", ["Lucía Martínez", "Pablo Gómez"], "EFE"),
        ("Par Awa Diop, correspondante à Dakar", ["Awa Diop"], nil),
        ("Von Anna Schmidt, Berlin", ["Anna Schmidt"], nil),
        ("By Jane Otieno, Senior Correspondent, Reuters", ["Jane Otieno"], "Reuters"),
        ("Par Awa Diop, Moussa Ndiaye et Fatou Sarr", ["Awa Diop", "Moussa Ndiaye", "Fatou Sarr"], nil),
    ])
    func bylinesKeepRolesAndAgenciesOutOfTheNames(_ line: String, _ names: [String], _ agency: String?) {
        let facts = judge.facts(line)
        #expect(facts?.authors == names)
        #expect(facts?.source == agency)
    }

    @Test func combinedLinesAreReadPartByPart() {
        let facts = judge.facts("By Jane Otieno | Reuters | February 16, 2026")
        #expect(facts?.authors == ["Jane Otieno"])
        #expect(facts?.source == "Reuters")
        #expect(facts?.date == date("2026-02-16"))
        let header = judge.facts("16 February 2026 | Agence Ecofin")
        #expect(header?.source == "Agence Ecofin")
        #expect(header?.date == date("2026-02-16"))
        #expect(judge.facts("Kenya central bank holds rate steady | Analysis") == nil)
    }

    @Test(arguments: [
        "---------- Forwarded message ---------", "-----Original Message-----",
        "-------- Message transféré --------", "Begin forwarded message:",
    ])
    func bannersAreMetadata(_ line: String) {
        #expect(judge.facts(line) != nil)
    }

    @Test func bodyProseIsNoMetadata() {
        #expect(judge.facts("By 2030, Rwanda aims to train ten thousand engineers.") == nil)
        #expect(judge.facts("The minister said on February 14, 2026 that the port would grow.") == nil)
        #expect(judge.facts("Adoni Conrad Quenum") == nil)
        #expect(judge.facts("Adoni Conrad Quenum", allowsBareNames: true)?.authors == ["Adoni Conrad Quenum"])
    }

    @Test func creditLinesGiveReportersNeverEditors() {
        #expect(CreditLines.authors("(Reporting by Jane Otieno and John Mwangi; Editing by Ann Smith)")
            == ["Jane Otieno", "John Mwangi"])
        #expect(CreditLines.authors("(Editing by Ann Smith; Additional reporting by Tom Ochieng)") == ["Tom Ochieng"])
        #expect(CreditLines.authors("(Editing by Ann Smith)") == [])
        #expect(CreditLines.authors("Reporting by the bank showed that rates rose in January.") == nil)
    }

    @Test func copyrightWordWithoutAYearIsAHeadline() {
        #expect(WireAgencies.copyrightHolder("Copyright laws are changing across Europe") == nil)
        #expect(WireAgencies.copyrightHolder("© FAZ.NET") == "FAZ.NET")
    }
}
