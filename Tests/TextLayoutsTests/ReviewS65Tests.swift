import Testing

@testable import TextLayouts
import DateReading

/// What review_s65 (look-alikes and targets of stop 59's rules) found and stop 60 mended: a staff credit matched as whole
/// words (`By Stafford Lyle` is a writer) and the newsroom's noun alone (`di Redazione`) credited to nobody; a
/// photographer's role drops the name before it; an office's line (`Deputy Leader, Norwich City Council`), a review's
/// owner (`Comune di Trieste`), an edition, a section or a metropolis after a publishing phrase, an editorial board's
/// signature and a German compound of a bracketed cue name no publication; a browser's print header names its tab's
/// site only when the page names none (a masthead wins, a reading platform never counts); a pasted row's two-digit
/// year; a short headline over a long standfirst and its byline is no topic line; a container's titled prose that
/// states no publication, writer nor day is no article.
@Suite struct ReviewS65Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aStaffCreditIsMatchedAsWholeWords() throws {
        let writer = try #require(read([Self.title, "By Stafford Lyle", "12 May 2026", "", Self.text]))
        #expect(writer.authors == ["Stafford Lyle"])
        let staff = try #require(read([Self.title, "By Staff", "12 May 2026", "", Self.text]))
        #expect(staff.authors.isEmpty)
        let newsroom = try #require(read(["Trieste, il Molo Audace sarà restaurato entro l'estate", "di Redazione", "12 maggio 2026", "", Self.text]))
        #expect(newsroom.authors.isEmpty)
        #expect(newsroom.source == nil)
    }

    @Test func aPhotographersRoleDropsTheNameBeforeIt() throws {
        let pair = try #require(read([Self.title, "Por Joana Ferreira, jornalista, e Rui Carvalho, fotojornalista", "12 de maio de 2026", "", Self.text]))
        #expect(pair.authors == ["Joana Ferreira"])
        let english = try #require(read([Self.title, "By Megan Holloway, reporter, and Tom Reed, photographer", "12 May 2026", "", Self.text]))
        #expect(english.authors == ["Megan Holloway"])
        // Two writers with roles keep both.
        let writers = try #require(read([Self.title, "By Megan Holloway, reporter, and Tom Reed, correspondent", "12 May 2026", "", Self.text]))
        #expect(writers.authors == ["Megan Holloway", "Tom Reed"])
    }

    @Test func anOfficeOrItsBodyAtTheFootNamesNoPublication() throws {
        for office in ["Deputy Leader, Norwich City Council", "Councillor, Norwich City Council"] {
            let signed = try #require(read([Self.title, "", Self.text, "", "Mike Stonard", office, "12 May 2026"]))
            #expect(signed.source == nil, "\(office)")
        }
        #expect(LayoutReader.namesOffice("Deputy Leader, Norwich City Council"))
        #expect(!LayoutReader.namesOffice("Eastern Daily Press"))
    }

    @Test func aReviewsOwnerNamesNoPublication() throws {
        let stamp = try #require(read(["Rassegna stampa del 13/05/2026 · Comune di Trieste", "", Self.title, "di Paolo Zanetti", "12 maggio 2026", "", Self.text]))
        #expect(stamp.source == nil)
        let paper = try #require(read(["Rassegna stampa del 13/05/2026 · Il Piccolo", "", Self.title, "di Paolo Zanetti", "12 maggio 2026", "", Self.text]))
        #expect(paper.source == "Il Piccolo")
    }

    @Test func anEditionASectionOrAMetropolisAfterAPublishingPhraseNamesNoPublication() {
        for name in ["Edición impresa", "Print edition", "Grand Nancy", "Lokales", "Coimbra e Região", "Regionalausgabe Heidelberg"] {
            #expect(ReadInLines.namesPart(name), "\(name)")
        }
        for name in ["Le Monde", "Grand Est Matin Quotidien du Soir", "Metro", "Diário de Coimbra"] {
            #expect(!ReadInLines.namesPart(name), "\(name)")
        }
        #expect(ReadInLines.read("Publicado en: Edición impresa, 12/05/2026", dates: dates) == nil)
        #expect(ReadInLines.read("Paru dans : Grand Nancy, 12/05/2026", dates: dates) == nil)
        #expect(ReadInLines.read("Paru dans : L'Est Républicain, 12/05/2026", dates: dates)?.source == "L'Est Républicain")
    }

    @Test func regionalEditionsInAPublishingSentenceNameNoPublication() throws {
        let foot = try #require(read([Self.title, "Von Miriam Köhler", "", Self.text, "", "Erschienen am 12. Mai 2026 in den Regionalausgaben"]))
        #expect(foot.source == nil)
    }

    @Test func aCompoundOfABracketedCueNamesNoPublication() throws {
        let tagged = try #require(read(["Heidelberg baut das Parkhaus am Hauptbahnhof zu Wohnungen um [Fotogalerie, 12.05.2026]", "Von Miriam Köhler", "12. Mai 2026", "", Self.text]))
        #expect(tagged.source == nil)
    }

    @Test func anEditorialBoardsSignatureNamesNoPublication() throws {
        let editorial = try #require(read(["Editorial", "La muralla no puede esperar", "", Self.text, "", "La Dirección"]))
        #expect(editorial.source == nil)
    }

    @Test func aPrintHeadersSiteIsAFallback() throws {
        let footer = "https://www.pressreader.com/france/l-est-republicain/20260512 1/2"
        let platform = try #require(read(["12/05/2026 08:12 Nancy agrandit la médiathèque de la Manufacture | PressReader", "", "L'Est Républicain", "",
                                          "Nancy agrandit la médiathèque de la Manufacture", "Par Julien Marchal", "12 mai 2026", "", Self.text, "", footer]))
        #expect(platform.source == "L'Est Républicain")
        #expect(platform.title == "Nancy agrandit la médiathèque de la Manufacture")
        let site = try #require(read(["12/05/2026 08:12 Nancy agrandit la médiathèque de la Manufacture | L'Est Républicain", "",
                                      "Nancy agrandit la médiathèque de la Manufacture", "Par Julien Marchal", "", Self.text, "",
                                      "https://www.estrepublicain.fr/culture/2026/05/12/mediatheque 1/2"]))
        #expect(site.source == "L'Est Républicain")
    }

    @Test func aPastedRowsTwoDigitYearIsReadDayFirst() {
        let lines = PastedRows.labelled(["Il Piccolo\tZanetti, Paolo\t12/05/26\tp. 21", "", "Titolo", "", "Testo."], dates: dates)
        #expect(lines.contains("Date: 2026-05-12"))
        #expect(lines.contains("Publication: Il Piccolo"))
    }

    @Test func aShortHeadlineOverALongStandfirstAndItsBylineIsNoTopicLine() throws {
        let page = try #require(read(["EASTERN DAILY PRESS – Tuesday, 12 May 2026 – p. 9", "", "Anglia Square approved",
                                      "Council backs 300 homes on the derelict shopping precinct after more than a decade of rows",
                                      "By Megan Holloway", "", Self.text]))
        #expect(page.title == "Anglia Square approved")
        let topic = try #require(read(["DIARIO DE CÁDIZ – Martes, 12 de mayo de 2026 – pág. 8", "", "Patrimonio", "Cádiz restaurará la muralla de San Carlos",
                                       "El Ayuntamiento licitará antes del verano la obra del tramo de la Alameda Apodaca, cerrado desde enero",
                                       "Por Rocío Gallardo", "", Self.text]))
        #expect(topic.title == "Cádiz restaurará la muralla de San Carlos")
    }

    @Test func titledProseStatingNoPublicationWriterNorDayIsNoContainersArticle() {
        let memo = ["Organisation pendant les travaux de la médiathèque", ""] + EmissionsArticle.sentences.flatMap { [$0, ""] }
        #expect(DeskShells.pasted(memo, dates: dates) == nil)
        let clipping = ["Organisation pendant les travaux de la médiathèque", "L'Est Républicain, 12 mai 2026", ""]
            + EmissionsArticle.sentences.flatMap { [$0, ""] }
        #expect(DeskShells.pasted(clipping, dates: dates)?.source == "L'Est Républicain")
    }
}
