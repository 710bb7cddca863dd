import DateReading
import Testing

@testable import TextLayouts

/// Stop 39's reader changes, part one: the last-resort title of a file no layout reads
/// (`LayoutReader.lastResortTitle`, private: read through the whole reader), an attribution
/// closing a clipping after a dash (`AttributionLines`, through `ClippingFacts.plainFacts`) and
/// the closing notes naming where a text ran (`OriginNotes`, and `ClippingFacts`' edition branch).
/// The headline notes and the JSON texts are in `NotesAndAttributionsJSONTests`.
@Suite struct NotesAndAttributionsTests {
    static func dates(_ language: String) -> DateRecognizer { DateRecognizer(language: language, keepsTime: false) }

    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: Self.dates(language)).read(text))
    }

    /// Two paragraphs of more than 200 characters each: neither can be a title.
    static let long1 = "The city council approved on Thursday the sale of the old tram depot on Harbour Road to a housing cooperative "
        + "for twelve million dollars, ending a dispute over the site that had lasted for more than a decade and divided the council."
    static let long2 = "The cooperative said it would build about three hundred flats on the site and keep the depot's brick hall as a "
        + "covered market, and that the first tenants could move in within three years if the planning permission is granted on time."

    /// A short article in each language: a title line, a blank line, then the text.
    static func article(_ language: String) -> (title: String, body: String) {
        switch language {
        case "de":
            ("Stadt verkauft altes Straßenbahndepot",
             "Der Stadtrat hat den Verkauf des alten Straßenbahndepots an eine Wohnungsgenossenschaft gebilligt.\n\n"
                + "Die Genossenschaft will auf dem Gelände rund 300 Wohnungen bauen und die Backsteinhalle erhalten.")
        case "pt":
            ("Câmara vende antiga estação de elétricos",
             "A câmara municipal aprovou a venda da antiga estação de elétricos a uma cooperativa de habitação.\n\n"
                + "A cooperativa prevê construir cerca de 300 fogos no terreno e manter o pavilhão de tijolo como mercado.")
        default:
            ("Council sells old tram depot to housing cooperative",
             "The city council approved the sale of the old tram depot to a housing cooperative for 12 mln dlrs.\n\n"
                + "The cooperative said it would build about 300 flats on the site and keep the brick hall as a market.")
        }
    }

    // MARK: - 1. LayoutReader.lastResortTitle

    @Test func aShortLineStandingAloneIsTheTitleOfAFileNoLayoutReadsItsPeriodAllowed() throws {
        let layout = try read(Self.long1 + "\n\nCouncil sells the old tram depot.\n\n" + Self.long2 + "\n")
        #expect(layout.title == "Council sells the old tram depot.")
        // What stands above the title stays in the body.
        #expect(layout.body == [Self.long1, Self.long2])
    }

    @Test func withoutALineStandingAloneTheFirstShortLineIsTheTitle() throws {
        let layout = try read(Self.long1 + "\nHarbour Road depot changes hands\n" + Self.long2 + "\nA second short line here\n" + Self.long1 + "\n")
        #expect(layout.title == "Harbour Road depot changes hands")
    }

    @Test func aSentenceOfMoreThan150CharactersIsNoLastResortTitle() throws {
        // 170 characters, a sentence: title-like by length (at most 200), but the text's.
        let sentence = "The council said on Thursday that the old tram depot on Harbour Road would be sold to a housing cooperative "
            + "that plans three hundred flats and a market hall."
        #expect(sentence.count > 150 && sentence.count <= 200)
        let layout = try read(Self.long1 + "\n\n" + sentence + "\n\nDepot sold to cooperative.\n\n" + Self.long2 + "\n")
        #expect(layout.title == "Depot sold to cooperative.")
        // With no other line, the file has no title.
        #expect(LayoutReader(dates: Self.dates("en")).read(Self.long1 + "\n\n" + sentence + "\n\n" + Self.long2 + "\n") == nil)
    }

    @Test func aLabelAndAShortValueIsNoLastResortTitleButALongerValueIsAHeadline() throws {
        let labelled = try read(Self.long1 + "\n\nApologies: none.\n\nDepot sold to cooperative.\n\n" + Self.long2 + "\n")
        #expect(labelled.title == "Depot sold to cooperative.")
        let headline = try read(Self.long1 + "\n\nSteve Forbes: Trump is indeed a billionaire.\n\n" + Self.long2 + "\n")
        #expect(headline.title == "Steve Forbes: Trump is indeed a billionaire.")
    }

    @Test func aFileWhoseOnlyShortLineStatesADateStillHasNoTitle() {
        let reader = LayoutReader(dates: Self.dates("en"))
        #expect(reader.read(Self.long1 + "\n\nMarch 3, 1987\n\n" + Self.long2 + "\n") == nil)
        #expect(reader.read(Self.long1 + "\n\n" + Self.long2 + "\n") == nil)
    }

    // MARK: - 2. AttributionLines

    @Test(arguments: [
        ("— El País", nil, "El País", nil),
        ("— Benjamin Fischer, FAZ.NET", "Benjamin Fischer", "FAZ.NET", nil),
        ("— Cory Doctorow, Boing Boing, 26 February 1987", "Cory Doctorow", "Boing Boing", "1987-02-26"),
        ("― Benjamin Fischer, FAZ.NET, 3 March 2026", "Benjamin Fischer", "FAZ.NET", "2026-03-03"),
        ("-- El País", nil, "El País", nil),
    ] as [(String, String?, String, String?)])
    func anAttributionAfterADashGivesItsPublicationAuthorAndDay(_ line: String, _ author: String?, _ source: String, _ date: String?) throws {
        let attribution = try #require(AttributionLines.read(line, dates: Self.dates("en")))
        #expect(attribution.author == author)
        #expect(attribution.source == source)
        #expect(attribution.date?.iso == date)
    }

    @Test func aDatedMagazineWhoseNameIsAGivenNameIsAnAttribution() throws {
        // A magazine named as it spells itself, dated: `ELLE`, `GEO`, and `BRIGITTE` although `GivenNames` holds Brigitte
        // (one word in capitals is a brand's).
        let elle = try #require(AttributionLines.read("— ELLE, June 20, 2019", dates: Self.dates("en")))
        #expect(elle == AttributionLines.Attribution(author: nil, source: "ELLE", date: CalendarDate(year: 2019, month: 6, day: 20)))
        let brigitte = try #require(AttributionLines.read("— BRIGITTE, June 20, 2019", dates: Self.dates("en")))
        #expect(brigitte.author == nil)
        #expect(brigitte.source == "BRIGITTE")
        #expect(brigitte.date?.iso == "2019-06-20")
    }

    @Test(arguments: [
        "— Christoph Becker",  // a signature: read as a byline elsewhere
        "— Mark Ellison, Chief Executive",  // a quoted person's role
        "— Goethe, Faust",  // a book
        "— Hans Meier, Kassel",  // a city
        "— Giulia Bianchi, Sprecherin des Ministeriums",  // a role
        "El País",  // no dash
        "— ELLE, June 20, 2019, page 3",  // something after the date
    ])
    func aSignatureARoleABookOrACityIsNoAttribution(_ line: String) {
        #expect(AttributionLines.read(line, dates: Self.dates("en")) == nil)
    }

    @Test func clippingFactsReadsAnAttributionAsASourceLine() throws {
        let judge = ClippingFacts(dates: Self.dates("en"))
        let facts = try #require(judge.facts("— Benjamin Fischer, FAZ.NET, 3 March 2026"))
        #expect(facts.authors == ["Benjamin Fischer"])
        #expect(facts.source == "FAZ.NET")
        #expect(facts.date?.iso == "2026-03-03")
        #expect(facts.dateRank == .sourceLine)
        #expect(judge.plainFacts("— El País")?.source == "El País")
        // Refused attributions name no publication, whatever else the line is.
        for line in ["— Mark Ellison, Chief Executive", "— Goethe, Faust", "— Hans Meier, Kassel", "— Christoph Becker"] {
            #expect(judge.facts(line)?.source == nil, "\(line)")
        }
    }

    @Test func anAttributionClosingTheFileGivesTheArticlesAuthorSourceAndDay() throws {
        let (title, body) = Self.article("en")
        let layout = try read(title + "\n\n" + body + "\n\n— Benjamin Fischer, FAZ.NET, 3 March 2026\n")
        #expect(layout.title == title)
        #expect(layout.authors == ["Benjamin Fischer"])
        #expect(layout.source == "FAZ.NET")
        #expect(layout.published?.iso == "2026-03-03")
        #expect(!layout.body.contains { $0.contains("FAZ.NET") })
    }

    @Test func aPublicationAloneClosingTheFileIsTheSource() throws {
        let (title, body) = Self.article("en")
        let layout = try read(title + "\n\n" + body + "\n\n— El País\n")
        #expect(layout.title == title)
        #expect(layout.source == "El País")
        #expect(layout.authors.isEmpty)
    }

    // MARK: - 3. OriginNotes: closing notes

    @Test(arguments: [
        ("en", "This article was published by The Conversation.", "The Conversation", [String](), nil),
        ("de", "Dieser Artikel wurde von Zeit Online veröffentlicht.", "Zeit Online", [], nil),
        ("es", "Este artículo fue publicado por El País.", "El País", [], nil),
        ("it", "Questo articolo è stato pubblicato da Il Post.", "Il Post", [], nil),
        ("pt", "Este artigo foi publicado pelo Público.", "Público", [], nil),
        ("fr", "Cet article a été publié par Le Monde.", "Le Monde", [], nil),
        ("es", "Publicado en El País el 3 de marzo de 1987.", "El País", [], "1987-03-03"),
        ("fr", "Publié dans Le Monde par Jane Doe.", "Le Monde", ["Jane Doe"], nil),
        ("en", "Published in The Guardian by Jane Doe.", "The Guardian", ["Jane Doe"], nil),
        ("it", "Pubblicato su Vice.", "Vice", [], nil),
    ] as [(String, String, String, [String], String?)])
    func aClosingNoteNamesWhereTheTextRan(_ language: String, _ line: String, _ source: String, _ authors: [String], _ date: String?) throws {
        let note = try #require(OriginNotes.read(line, dates: Self.dates(language)))
        #expect(note.source == source)
        #expect(note.authors == authors)
        #expect(note.date?.iso == date)
    }

    @Test(arguments: [
        ("pt", "Publicado em 12/07/2017 05:53"),  // a day, no publication
        ("fr", "Publié dans Économie | Pas de commentaire"),  // a blog's section
        ("fr", "Publié dans Non classé | Laisser un commentaire"),  // a blog's default category
        ("es", "Publicado en 2009, el ensayo fue traducido a seis idiomas."),  // prose going on after a comma
        ("es", "Publicado en España por Anagrama en 2026."),  // a place, then a publisher: a book's line
        ("de", "Dieser Artikel wurde von DeepL übersetzt und von der Redaktion am 3. März 2026 veröffentlicht."),  // words between
    ])
    func aBlogsLineABooksLineOrProseIsNoClosingNote(_ language: String, _ line: String) {
        #expect(OriginNotes.read(line, dates: Self.dates(language)) == nil)
    }

    @Test(arguments: [
        "Dieser Artikel wurde von DeepL übersetzt und am 3. März 2026 veröffentlicht.",
        "Dieser Artikel wurde von DeepL übersetzt und veröffentlicht am 3. März 2026.",
    ])
    func aTranslatorsCreditIsNoClosingNote(_ line: String) {
        // The name is cut at ` am `/` veroffentlicht`: `DeepL übersetzt und` is no masthead's form.
        #expect(OriginNotes.read(line, dates: Self.dates("de")) == nil)
    }

    @Test func anEditionLineNamingThePublicationGivesItsSourceAndDay() throws {
        // `ClippingFacts.facts` reads it as PostedLines' post line (`Publicado em … a DATE`) without a poster, and asks
        // OriginNotes for the publication.
        let line = "Publicado em Reuters a 26 de fevereiro de 1987."
        let note = try #require(OriginNotes.read(line, dates: Self.dates("pt")))
        #expect(note == OriginNotes.Note(source: "Reuters", authors: [], date: CalendarDate(year: 1987, month: 2, day: 26)))
        let facts = try #require(ClippingFacts(dates: Self.dates("pt")).facts(line))
        #expect(facts.date?.iso == "1987-02-26")
        #expect(facts.authors.isEmpty)
        #expect(facts.source == "Reuters")
    }

    @Test func anEditionNoteAtTheFootGivesSourceAndDayThroughTheReader() throws {
        let (title, body) = Self.article("pt")
        let layout = try read(title + "\n\n" + body + "\n\nPublicado em Reuters a 26 de fevereiro de 1987.\n", language: "pt")
        #expect(layout.title == title)
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.source == "Reuters")
    }

    @Test func aClosingNoteAtTheFootGivesTheSourceThroughTheReader() throws {
        let (title, body) = Self.article("de")
        let layout = try read(title + "\n\n" + body + "\n\nDieser Artikel wurde von Zeit Online veröffentlicht.\n", language: "de")
        #expect(layout.title == title)
        #expect(layout.source == "Zeit Online")
        let english = try read(Self.article("en").title + "\n\n" + Self.article("en").body
                               + "\n\nPublished in The Guardian by Jane Doe.\n")
        #expect(english.source == "The Guardian")
        #expect(english.authors == ["Jane Doe"])
    }

    @Test func aBlogsCategoryLineAtTheFootGivesNoSource() throws {
        let (title, body) = Self.article("en")
        let layout = try read(title + "\n\n" + body + "\n\nPublié dans Non classé | Laisser un commentaire\n")
        #expect(layout.title == title)
        #expect(layout.source == nil)
    }

    // MARK: - RunInStamps

    @Test func aBylineAndStampRunIntoTheFirstParagraphAreRead() throws {
        let stamp = try #require(RunInStamps.read(
            "Por Cal Mankowski Reuters Publicado a 26 de fevereiro de 1987 ChemLawn Corp could attract a higher bid than the 27 dlrs per share offered.",
            dates: Self.dates("pt")))
        #expect(stamp.authors == ["Cal Mankowski"])
        #expect(stamp.source == "Reuters")
        #expect(stamp.date == CalendarDate(year: 1987, month: 2, day: 26))
        #expect(stamp.rest.hasPrefix("ChemLawn Corp could attract"))
        let unsigned = try #require(RunInStamps.read(
            "The Guardian Published on March 3, 2026 Ministers said on Tuesday that the new rail timetable would start in December.",
            dates: Self.dates("en")))
        #expect(unsigned.authors.isEmpty)
        #expect(unsigned.source == "The Guardian")
        #expect(unsigned.rest.hasPrefix("Ministers said on Tuesday"))
    }

    @Test(arguments: [
        // A sentence of the text: no publication's name before the word.
        "The report was Published on March 3, 2026 after months of delay, the ministry said on Tuesday evening.",
        // No date right after the word.
        "Reuters Published a long report on the ministry's accounts, which the opposition had asked for in March.",
    ])
    func aSentenceIsNoRunInStamp(_ paragraph: String) {
        #expect(RunInStamps.read(paragraph, dates: Self.dates("en")) == nil)
    }

    @Test func aRunInStampIsReadThroughTheReader() throws {
        // A first paragraph of more than 160 characters (a shorter one opening with `By` is read as a byline line).
        let (title, body) = Self.article("en")
        let layout = try read(title + "\n\nBy Jane Doe Reuters Published on March 3, 2026 " + Self.long1 + "\n\n" + body + "\n")
        #expect(layout.title == title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-03-03")
    }
}
