import Testing

@testable import TextLayouts
import DateReading

/// Stop 56's general rules for BLIND_S59's plain development layouts: a desk's introduction above the article
/// (`ArticleIntros`), a subject line keying every field before the headline (`LayoutReader.keyedSubject`), a headline
/// closed by its publication over a byline or a day (`LayoutReader.closingPublication`), a bracketed reference with its
/// page at the foot (`BracketedTrailers`).
@Suite struct DeskNotesS59Tests {
    private let dates = DateRecognizer(language: nil)
    private static let title = "Plan to cut emissions unveiled"
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aDesksIntroductionNamesTheWritersThePublicationAndTheDay() throws {
        let french = try #require(ArticleIntros.read("Article de Peter Amende et Hélène Roux paru dans Le Monde le 3 mars 1987 :", dates: dates))
        #expect(french.authors == ["Peter Amende", "Hélène Roux"])
        #expect(french.source == "Le Monde")
        #expect(french.date?.iso == "1987-03-03")
        let german = try #require(ArticleIntros.read("Artikel von Peter Amende, erschienen in FAZ.NET am 3. März 1987:", dates: dates))
        #expect(german.authors == ["Peter Amende"])
        #expect(german.source == "FAZ.NET")
        let italian = try #require(ArticleIntros.read("Articolo uscito su Público il 7 febbraio 2019:", dates: dates))
        #expect(italian.authors.isEmpty)
        #expect(italian.source == "Público")
        #expect(italian.date?.iso == "2019-02-07")
        let undated = try #require(ArticleIntros.read("Article by Jane Doe published in The Guardian:", dates: dates))
        #expect(undated.source == "The Guardian")
        #expect(undated.date == nil)
        // Who recommended it is no writer; a sentence going on after the day, or no colon, is no introduction.
        let recommended = ArticleIntros.read("Article recommandé par Jean Dupont, paru dans Le Monde le 3 mars 1987 :", dates: dates)
        #expect(recommended?.authors == [])
        #expect(recommended?.source == "Le Monde")
        #expect(ArticleIntros.read("Article paru dans Le Monde le 3 mars 1987 et repris partout :", dates: dates) == nil)
        #expect(ArticleIntros.read("Article de Peter Amende paru dans Le Monde le 3 mars 1987", dates: dates) == nil)
        // Above the headline, the colleague's signature at the foot no author.
        let layout = try #require(read(["Article de Peter Amende paru dans Le Monde le 3 mars 1987 :", "", Self.title, "", Self.text, "",
                                        "-- ", "Rui Almeida"]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Peter Amende"])
        #expect(layout.source == "Le Monde")
        #expect(layout.published?.iso == "1987-03-03")
    }

    @Test func aSubjectLineKeysThePublicationTheDayAndTheWritersBeforeTheHeadline() throws {
        let layout = try #require(read(["LE MONDE 03/03/1987 – Peter Amende – \(Self.title)", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "LE MONDE")
        #expect(layout.authors == ["Peter Amende"])
        #expect(layout.published?.iso == "1987-03-03")
        let undated = try #require(read(["PÚBLICO – \(Self.title)", "", Self.text]))
        #expect(undated.title == Self.title)
        #expect(undated.source == "PÚBLICO")
        // A topic in capitals, a review's banner: the line is the headline, or the banner's.
        let topic = try #require(read(["BREXIT – Theresa May resigns as party leader", "", Self.text]))
        #expect(topic.title == "BREXIT – Theresa May resigns as party leader")
        #expect(topic.source == nil)
        #expect(LayoutReader(dates: dates).keyedSubject("LA SETTIMANA SUI GIORNALI — settimana dal lunedì 4 febbraio 2019") == nil)
    }

    @Test func aHeadlineClosedByItsPublicationOverABylineNamesTheSource() throws {
        let layout = try #require(read(["\(Self.title) — Le Monde", "Peter Amende, 3 mars 1987", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Le Monde")
        #expect(layout.published?.iso == "1987-03-03")
        // Without a byline or a day under it, the line stays whole; an en dash before a site's name is the page title's.
        #expect(read(["\(Self.title) — Le Monde", "", Self.text])?.title == "\(Self.title) — Le Monde")
        #expect(LayoutReader.closingPublication("Interactive maps, now in your language – Wikimedia Blog") == nil)
        #expect(LayoutReader.closingPublication("\(Self.title) — Jane Doe") == nil)
    }

    @Test func aBracketedReferenceWithItsPageNamesThePublicationAndTheDay() throws {
        let facts = try #require(BracketedTrailers.read("[Le Monde, 03/03/1987, p. 12]", dates: dates, alone: true))
        #expect(facts.source == "Le Monde")
        #expect(facts.date?.iso == "1987-03-03")
        let german = try #require(BracketedTrailers.read("[Público, 07.02.2019, S. 19]", dates: dates, alone: true))
        #expect(german.source == "Público")
        // A page without a day is an archive's stamp, not read here.
        #expect(BracketedTrailers.read("[France Culture, pag. 8]", dates: dates, alone: true) == nil)
        let layout = try #require(read([Self.title, String(repeating: "=", count: Self.title.count), "", Self.text, "",
                                        "Peter Amende, Hélène Roux", "", "[Le Monde, 03/03/1987, p. 12]"]))
        #expect(layout.authors == ["Peter Amende", "Hélène Roux"])
        #expect(layout.source == "Le Monde")
    }
}
