import Testing

@testable import TextLayouts
import DateReading

/// Stop 42's rules for desk clippings: a correspondent's phrase as the byline, academic titles
/// before the writers' names, a publication's newsletter as text, the Wayback Machine's whole
/// toolbar copied above the page, and pdftotext's form feed closing its last page.
@Suite struct CorrespondentsAndNewslettersTests {
    private let dates = DateRecognizer(language: "fr")

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: dates).read(text))
    }

    private static let body = "Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.\n\n"
        + "The terminal handled 1.2 million containers last year, the company said."

    @Test func aCorrespondentsPhraseNamesTheWriters() throws {
        let names = { (line: String) in Bylines.read(line, dates: self.dates, keepsAgencies: false)?.authors }
        #expect(names("De notre correspondant à Bruxelles, Jane Doe") == ["Jane Doe"])
        #expect(names("Von unseren Korrespondenten Jane Doe und John Roe") == ["Jane Doe", "John Roe"])
        #expect(names("Do nosso correspondente em Bruxelas, Markus Reuter") == ["Markus Reuter"])
        #expect(names("Dal nostro inviato a Kiev, Jane Doe") == ["Jane Doe"])
        #expect(names("De notre correspondant à Bruxelles") == nil)
        let layout = try read("netzpolitik.org\n\nHarbour Holdings sells terminal\nDe notre correspondant à Bruxelles, Jane Doe\n\n" + Self.body)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func anUnsignedCorrespondentsLineNamesNobodyAndIsNoText() throws {
        #expect(Bylines.isUnsignedCorrespondent("De nuestro corresponsal en Bruselas"))
        #expect(!Bylines.isUnsignedCorrespondent("dal nostro corrispondente"))
        #expect(!Bylines.isUnsignedCorrespondent("From our correspondent in Brussels came the news that the talks had failed."))
        let layout = try read("correctiv.org\n\n„Wir haben bereits die Zusage“\nDe nuestro corresponsal en Bruselas\n\n" + Self.body)
        #expect(layout.title == "„Wir haben bereits die Zusage“")
        #expect(layout.authors.isEmpty)
        #expect(!layout.body.contains { $0.hasPrefix("De nuestro") })
    }

    @Test func academicTitlesAreNoPartOfTheName() {
        #expect(Bylines.withoutAcademicTitles("Prof. Dr. Jane Doe") == "Jane Doe")
        #expect(Bylines.withoutAcademicTitles("Dott.ssa Anna Bianchi") == "Anna Bianchi")
        #expect(Bylines.withoutAcademicTitles("Dr. med. Jane Doe") == "Jane Doe")
        #expect(Bylines.withoutAcademicTitles("Dr Who") == "Dr Who")
        #expect(Bylines.read("Von Prof. Dr. Jane Doe und Dr. John Roe", dates: dates, keepsAgencies: false)?.authors == ["Jane Doe", "John Roe"])
    }

    @Test func aNewslettersLeadItemIsTheArticle() throws {
        let text = """
            View this email in your browser (https://faznet.us17.list-manage.com/mc/view?u=80&id=e7)

            FAZ.NET — THE MORNING BRIEFING
            No 771

            Good morning,

            TODAY'S PICK

            ** Harbour Holdings sells terminal
            ------------------------------------------------------------
            By Jane Doe

            \(Self.body)

            Read more (https://faznet.us17.list-manage.com/track/click?u=80&id=e8)

            ALSO TODAY

            ** Markets: what to watch this week
            (https://faznet.us17.list-manage.com/track/click?u=80&id=e9)

            ============================================================
            Copyright © 2026 FAZ.NET, All rights reserved.
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "FAZ.NET")
        #expect(!layout.body.contains { $0.contains("Markets") || $0.contains("Read more") })
    }

    @Test func theWaybackMachinesWholeToolbarIsNoPartOfThePage() throws {
        let text = """
            The Wayback Machine - https://web.archive.org/web/20260226235611/https://www.example.org/harbour

            https://www.example.org/harbour
            Go

            241 capturas
            26 Feb 2026 - 16 Apr 2026

            JAN\tFEB\tMAR
            26
            2025\t2026\t2027
            success
            fail

            Sobre esta captura

            Harbour Holdings sells terminal

            \(Self.body)
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.published == nil)
        #expect(layout.source != "Go")
    }

    @Test func aFormFeedClosingTheLastPageLeavesThePageAlone() throws {
        let text = "Harbour Holdings sells terminal\n\n       Harbour Holdings said on Thursday it had completed the sale of its\n"
            + "       container terminal to a Danish investor.\n\nhttps://www.example.org/harbour            1/1\n\u{0C}\n"
        #expect(try read(text).title == "Harbour Holdings sells terminal")
    }
}

/// A page printed from a browser and read back by pdftotext (`BrowserPrints`).
@Suite struct BrowserPrintsTests {
    private let dates = DateRecognizer(language: "de")

    @Test func thePrintsHeadersAndFootersGoAndTheTabNamesTheSite() throws {
        let text = "10/02/2026 09:49                     Harbour Holdings sells terminal | Le Figaro\n\n"
            + "  Le Figaro    Économie    Newsletter    Abonnement\n\n\n  Harbour Holdings sells terminal\n\n"
            + "       Harbour Holdings said on Thursday it had completed the sale of its container\n"
            + "       terminal to a Danish investor for 1.2 billion euros.\n\n\n"
            + "https://www.lefigaro.com/harbour-holdings-sells-terminal                               1/1\n\u{0C}\n"
        let layout = try #require(LayoutReader(dates: dates).read(text))
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Le Figaro")
        #expect(layout.published == nil)
        #expect(!layout.body.contains { $0.contains("https://") })
    }

    @Test func aTabsSiteCountsOnlyBesideTheArticlesTitle() {
        #expect(BrowserPrints.site(inTab: "Harbour Holdings sells terminal | Le Figaro", title: "Harbour Holdings sells terminal") == "Le Figaro")
        #expect(BrowserPrints.site(inTab: "Markets today | Le Figaro", title: "Harbour Holdings sells terminal") == nil)
        #expect(BrowserPrints.unwrapped("10/02/2026 the council met   and voted\n\nText.") == nil)
    }
}
