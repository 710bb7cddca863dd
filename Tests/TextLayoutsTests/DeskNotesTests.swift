import Testing

@testable import TextLayouts
import DateReading

/// Stop 36's notes about an article: a message citing it (`the article “…” by A published in X`,
/// `X ran “…”`), an annex labelled as its text, a column's closing note, a source line's issue
/// number, page references and sections in a combined line, a memo's `Article in X of DATE –
/// “Title”`, readers' letters pages; and the lines that only look like them.
@Suite struct DeskNotesTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static func dates(_ language: String) -> DateRecognizer { DateRecognizer(language: language, keepsTime: false) }

    private static let body = CarriersAndReferencesTests.body

    // MARK: - Publishing verbs and the clause after the title

    @Test(arguments: [
        ("en", "Reuters ran “Harbour Holdings sells terminal” on March 2, 1987, by Jane Doe.", "Harbour Holdings sells terminal", "Reuters"),
        ("fr", "Le Monde a publié « Le port est vendu » le 2 mars 1987.", "Le port est vendu", "Le Monde"),
        ("de", "Die Zeit brachte „Der Hafen ist verkauft“ am 2. März 1987.", "Der Hafen ist verkauft", "Die Zeit"),
        ("es", "El País publicó «El puerto se vende» el 2 de marzo de 1987.", "El puerto se vende", "El País"),
        ("it", "Il Sole ha pubblicato «Il porto è venduto» il 2 marzo 1987.", "Il porto è venduto", "Il Sole"),
        ("pt", "O Público publicou «O porto foi vendido» em 2 de março de 1987.", "O porto foi vendido", "O Público"),
    ])
    func aPublishingVerbNamesThePublication(_ language: String, _ line: String, _ title: String, _ source: String) throws {
        let note = try #require(HeadlineNotes.read(line, dates: Self.dates(language)))
        #expect(note.title == title)
        #expect(note.source == source)
        #expect(note.date?.iso == "1987-03-02")
    }

    @Test func theClauseAfterTheTitleGivesTheAuthorAndTheDay() throws {
        let note = try #require(HeadlineNotes.read("Reuters ran “Harbour Holdings sells terminal” on March 2, 1987, by Jane Doe.",
                                                   dates: Self.dates("en")))
        #expect(note.authors == ["Jane Doe"])
        let italian = try #require(HeadlineNotes.read("Vi segnalo il pezzo uscito su Il Sole, titolo «Il porto è venduto», firmato da Mario Rossi.",
                                                      dates: Self.dates("it")))
        #expect(italian.title == "Il porto è venduto")
        #expect(italian.source == "Il Sole")
        #expect(italian.authors == ["Mario Rossi"])
        // A lowercase subject before `ran` is no publisher.
        #expect(HeadlineNotes.read("the shop ran “a sale”", dates: Self.dates("en")) == nil)
    }

    // MARK: - Messages citing the article

    @Test func aWrittenQuestionCitingTheArticleGivesItsFields() throws {
        let lines = ["Written question E-1234/87 to the Commission", "",
                     "With reference to the article “Harbour Holdings sells terminal” by Jane Doe published in Reuters on 2 March 1987, "
                        + "can the Commission say whether the sale was notified?", ""]
        let (index, note) = try #require(HeadlineNotes.citing(lines, dates: Self.dates("en")))
        #expect(index == 2)
        #expect(note.title == "Harbour Holdings sells terminal")
        #expect(note.authors == ["Jane Doe"])
        #expect(note.source == "Reuters")
        #expect(note.date?.iso == "1987-03-02")
    }

    @Test func anArticleMentioningAnotherArticleKeepsItsTitle() throws {
        let text = "Harbour Holdings sells terminal\n\n"
            + "The minister said the article “Ports of the future” had convinced her that the sale was right and that more would follow.\n\n"
            + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == nil)
    }

    @Test func anArticleWhoseFirstParagraphCitesAnotherUnderItsBylineKeepsItsFields() throws {
        let text = "Council approves new budget\n\nBy Jane Porter\n\n"
            + "The council referred to the article “Budget woes deepen” published in The Times on February 2, 2026, before the vote.\n\n"
            + Self.body
        let layout = try read(text)
        #expect(layout.title == "Council approves new budget")
        #expect(layout.authors == ["Jane Porter"])
        #expect(layout.source == nil)
    }

    @Test(arguments: [
        "Annex: text of the article", "Annexe : texte de l'article", "Anlage: Text des Artikels", "Anexo: texto del artículo",
        "Allegato: testo dell'articolo", "Anexo: texto do artigo",
    ])
    func anAnnexLabelledAsTheArticlesText(_ label: String) {
        let lines = ["Dear colleagues,", "", "please see below.", "", label, "Harbour Holdings sells terminal"]
        #expect(ArticleMarkers.annex(in: lines, from: 0) == 4)
        #expect(ArticleMarkers.annex(in: lines, from: 5) == nil)
    }

    @Test func anAnnexOfAnythingElseIsNoArticle() {
        #expect(ArticleMarkers.annex(in: ["Annex: the budget tables", "Annex 3 of the treaty: text of the article"], from: 0) == nil)
    }

    // MARK: - Columns' closing notes

    @Test(arguments: [
        ("Jane Doe writes this column every week for Reuters.", "Jane Doe", "Reuters"),
        ("Marie Dupont tient cette chronique chaque semaine dans Le Monde.", "Marie Dupont", "Le Monde"),
        ("Hans Müller schreibt diese Kolumne jede Woche für die Zeit.", "Hans Müller", "Zeit"),
        ("Ana García escribe esta columna cada semana en El País.", "Ana García", "El País"),
        ("Il Corsivo esce ogni settimana su Il Foglio.", nil, "Il Foglio"),
        ("João Silva escreve esta coluna todas as semanas no Público.", "João Silva", "Público"),
    ] as [(String, String?, String)])
    func aColumnsClosingNote(_ line: String, _ author: String?, _ source: String) {
        #expect(ColumnNotes.read(line) == ColumnNotes.Note(author: author, source: source))
    }

    @Test func proseAboutAColumnIsNoNote() {
        #expect(ColumnNotes.read("A column of smoke rose every day over the harbour.") == nil)
        #expect(ColumnNotes.read("Jane Doe writes this column every week for our readers.") == nil)
        #expect(ColumnNotes.read("Jane Doe writes this column every week for Reuters. " + String(repeating: "More words here. ", count: 12)) == nil)
    }

    @Test func aColumnsClosingNoteGivesTheSourceAndAuthor() throws {
        let layout = try read("Harbour Holdings sells terminal\n\n" + Self.body + "\n\nJane Doe writes this column every week for Reuters.\n")
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aBeatNotesPublicationEndsWithItsSentence() {
        #expect(ColumnNotes.read("Maria Lopez reports for Sky News. Additional reporting by Alice Brown.")
            == ColumnNotes.Note(author: "Maria Lopez", source: "Sky News"))
    }

    @Test func aSourceLineAboveOutranksAColumnsClosingNote() throws {
        let layout = try read("Harbour Holdings sells terminal\n\nBy Jane Doe\n\nThe Boston Globe\n\n" + Self.body
            + "\n\nJane Doe writes this column every week for the Globe's opinion pages in Boston.\n")
        #expect(layout.source == "The Boston Globe")
        #expect(layout.authors == ["Jane Doe"])
    }

    // MARK: - Source lines' issue numbers

    @Test(arguments: [
        ("de", "Quelle: Reuters Nr. 52 vom 3. März 1987", "Reuters"),
        ("fr", "Source : Le Monde n° 52 du 3 mars 1987", "Le Monde"),
        ("es", "Fuente: El País núm. 52 del 3 de marzo de 1987", "El País"),
        ("it", "Fonte: Il Sole 24 Ore n. 52 del 3 marzo 1987", "Il Sole 24 Ore"),
        ("pt", "Fonte: Público n.º 52 de 3 de março de 1987", "Público"),
        ("en", "Source: Reuters, No. 52, March 3, 1987", "Reuters"),
    ])
    func aSourceLinesIssueNumberIsCut(_ language: String, _ line: String, _ source: String) throws {
        let parsed = try #require(SourceLines.parse(line, dates: Self.dates(language)))
        #expect(parsed.source == source)
        #expect(parsed.date?.iso == "1987-03-03")
    }

    @Test func aNameOpeningWithANumbersWordIsKept() {
        #expect(SourceLines.parse("Source: No. 10 Downing Street", dates: Self.dates("en"))?.source == "No. 10 Downing Street")
        #expect(SourceLines.parse("Source: Channel 4 News", dates: Self.dates("en"))?.source == "Channel 4 News")
    }

    // MARK: - Combined lines: page references, sections, letters pages

    @Test(arguments: ["p. 26", "pp. 3-4", "S. 7", "Seite 7", "pág. 7", "page 12", "pagina 4"])
    func aPageReference(_ part: String) {
        #expect(ClippingFacts.isPageReference(part))
    }

    @Test(arguments: ["S. 7 of it", "p. a", "Reuters 7", "S.7", "Seite sieben"])
    func noPageReference(_ part: String) {
        #expect(!ClippingFacts.isPageReference(part))
    }

    @Test func aPageReferenceBesideThePublication() throws {
        // A reference of five characters or more used to fall under the page number's four-character test (`,` binds
        // before `||`). (`p. 26` and `S. 7` in such a line are still read as a page's stamp first: no source.)
        let facts = try #require(ClippingFacts(dates: Self.dates("en")).facts("Reuters | pp. 3-4 | March 2, 1987"))
        #expect(facts.source == "Reuters")
        #expect(facts.date?.iso == "1987-03-02")
    }

    @Test func aCombinedLineWithASectionAfterThePublication() throws {
        let layout = try read("Harbour Holdings sells terminal\n\nReuters — Wirtschaft — 2. März 1987\n\n" + Self.body, language: "de")
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-03-02")
    }

    @Test func aTitleEndingWithANameIsNoSource() throws {
        let layout = try read("Climate - The Planetary Press\n\nBy Jane Doe\n\n" + Self.body)
        #expect(layout.title == "Climate - The Planetary Press")
        #expect(layout.source == nil)
    }

    @Test func aBylineWithSDotInItsProseKeepsItsAuthor() throws {
        let layout = try read("Harbour Holdings sells terminal\n\nBy Jane Doe, who read S. 7 of the report\n\n" + Self.body)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == nil)
    }

    @Test(arguments: [
        "letters to the editor", "courrier des lecteurs", "leserbriefe", "cartas al director", "lettere al direttore", "cartas dos leitores",
    ])
    func aLettersPageIsAKicker(_ folded: String) {
        #expect(ExportLines.isKicker(folded))
    }

    // MARK: - Memos' subjects

    @Test(arguments: [
        ("en", "Subject: Article in Reuters of 26 February 1987 – “Harbour Holdings sells terminal”", "Harbour Holdings sells terminal", "Reuters"),
        ("fr", "Objet : Article dans Le Monde du 26 février 1987 – « Le port est vendu »", "Le port est vendu", "Le Monde"),
        ("de", "Betreff: Artikel aus Reuters vom 26. Februar 1987 – „Der Hafen ist verkauft“", "Der Hafen ist verkauft", "Reuters"),
        ("es", "Asunto: Artículo en El País del 26 de febrero de 1987 – «El puerto se vende»", "El puerto se vende", "El País"),
        ("it", "Oggetto: Articolo su Il Sole del 26 febbraio 1987 – «Il porto è venduto»", "Il porto è venduto", "Il Sole"),
        ("pt", "Assunto: Artigo no Público de 26 de fevereiro de 1987 – «O porto foi vendido»", "O porto foi vendido", "Público"),
    ])
    func aMemosSubjectNamesThePublicationAndDay(_ language: String, _ subject: String, _ title: String, _ source: String) throws {
        let memo = try #require(QuotedSubjects.read([subject, "", "Text of the article."], dates: Self.dates(language)))
        #expect(memo.title == title)
        #expect(memo.source == source)
        #expect(memo.date?.iso == "1987-02-26")
    }

    @Test func aSubjectQuotingASpeakerIsNoMemo() {
        #expect(QuotedSubjects.read(["Subject: Minister says – “the sale is right”", "", "Text."], dates: Self.dates("en")) == nil)
    }
}
