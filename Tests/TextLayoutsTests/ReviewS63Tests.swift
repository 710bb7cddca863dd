import Testing

@testable import TextLayouts
import DateReading

/// What review_s63 (look-alikes and targets of stop 57's rules) found: a publication's name where a sentence, a
/// parenthesis or a headline's brackets put one must read as a publication's (not a blog's category, a town, a press
/// release, a caption's or a correction's word); a stacked foot signed by an office or closing with a related article's
/// teaser names none; a headline closed by a reference with its page keeps its title; a publication's day beside an
/// update's is the article's; a newsletter keyed like a masthead is none; a related line's writers sign nothing; an
/// `X-` header line of any length is a mail's.
@Suite struct ReviewS63Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aPlausiblePublicationsName() {
        for name in ["Le Monde diplomatique", "BRIGITTE", "Corriere della Sera", "the Guardian", "Reuters", "ComputerBase", "DNA",
                     "Süddeutsche Zeitung", "Boing Boing"]
        {
            #expect(ClippingFacts.isPlausiblePublication(name), "\(name)")
        }
        for name in ["Non classé", "Senza categoria", "Comunicato stampa", "File photo", "Lisboa", "Allgemein", "Rectificación", "END"] {
            #expect(!ClippingFacts.isPlausiblePublication(name), "\(name)")
        }
    }

    @Test func aPublishingSentenceNamesAPublicationNotACategoryOrATown() {
        #expect(ArticleIntros.publishingSentence("Publié le 18 mars 2026 dans Non classé", dates: dates) == nil)
        #expect(ArticleIntros.publishingSentence("Veröffentlicht am 18. März 2026 in Allgemein", dates: dates) == nil)
        // (A town's one word, `en Bizkaia`, cannot be told from a publication's, `in Vice`, by its form: left.)
        let paper = ArticleIntros.publishingSentence("Publié le mardi 3 mars 1987 à 14h05 dans Le Monde", dates: dates)
        #expect(paper?.source == "Le Monde")
        #expect(paper?.date?.iso == "1987-03-03")
        #expect(ArticleIntros.publishingSentence("Publié le 18 mars 2026 dans les DNA", dates: dates)?.source == "DNA")
    }

    @Test func aParenthesisedReferenceNamesAPublication() {
        let judge = ClippingFacts(dates: dates)
        let release = judge.facts("(Comunicato stampa, 18 marzo 2026)")
        #expect(release?.source == nil)
        #expect(release?.date?.iso == "2026-03-18")
        #expect(judge.facts("(File photo, 18 March 2026)")?.source == nil)
        #expect(judge.facts("(Corriere della Sera, 7 settembre 2017)")?.source == "Corriere della Sera")
    }

    @Test func aHeadlinesBracketsHoldAReferenceNotATagOrACorrection() throws {
        let tag = try #require(read(["Bilbao aprueba la pasarela de Zorrotzaurre [Rectificación, 18/03/2026]", "", Self.text]))
        #expect(tag.source == nil)
        let video = try #require(read(["Münster erweitert die Radstation am Hauptbahnhof [Video, 18.03.2026]", "", Self.text]))
        #expect(video.source == nil)
        let irish = try #require(read(["Belfast to restore Ormeau Park's Victorian bandstand [The Irish News · 18 March 2026]", "", Self.text]))
        #expect(irish.title == "Belfast to restore Ormeau Park's Victorian bandstand")
        #expect(irish.source == "The Irish News")
        #expect(irish.published?.iso == "2026-03-18")
        let paged = try #require(read(["Napoli, la funicolare di Chiaia riapre dopo otto mesi [Il Mattino, 18 marzo 2026, pag. 21]", "", Self.text]))
        #expect(paged.title == "Napoli, la funicolare di Chiaia riapre dopo otto mesi")
        #expect(paged.source == "Il Mattino")
        #expect(paged.published?.iso == "2026-03-18")
    }

    @Test func aStackedFootSignedByAnOfficeOrClosingWithATeaserNamesNoPublication() throws {
        let office = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", "Claire Muller", "Présidente de Vélo Strasbourg",
                                         "17 mars 2026"]))
        #expect(office.source == nil)
        let teaser = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", "Neue Fahrradstraße in Hiltrup", "12.03.2026"]))
        #expect(teaser.source == nil)
        let foot = try #require(read(["Plan to cut emissions unveiled", "", Self.text, "", "Christoph Becker", "ComputerBase", "2007-06-08"]))
        #expect(foot.source == "ComputerBase")
    }

    @Test func aPublicationsDayBesideAnUpdatesIsTheArticles() throws {
        let day = try #require(CalendarDate(year: 2026, month: 3, day: 18))
        let later = try #require(CalendarDate(year: 2026, month: 3, day: 19))
        #expect(ExportLines.judge("Updated 19 March 2026 (first published 18 March 2026)", dates: dates) == .edition(day))
        #expect(ExportLines.judge("Aggiornato il 19/03/2026 – Pubblicato il 18/03/2026", dates: dates) == .edition(day))
        #expect(ExportLines.judge("Updated 19 March 2026", dates: dates) == .update(later))
    }

    @Test func aNewsletterKeyedLikeAMastheadIsNone() {
        let reader = LayoutReader(dates: dates)
        let briefing = reader.keyedSubject("MORNING BRIEFING 17/03/2026 – Ciara Doherty – Belfast bandstand to be restored")
        #expect(briefing?.title == "Belfast bandstand to be restored")
        #expect(briefing?.source == nil)
        #expect(briefing?.authors == [])
        #expect(briefing?.date == nil)
        #expect(reader.keyedSubject("OUEST-FRANCE 18/03/2026 – Camille Lefort – À Nantes, le pont fermé aux voitures")?.source == "OUEST-FRANCE")
    }

    @Test func aRelatedLinesWritersSignNothing() {
        let judge = ClippingFacts(dates: dates)
        let related = judge.facts("Siehe auch: Fahrradparkhaus am Bremer Platz wird saniert, WN, 04.02.2026, S. 15, Artikel von Lukas Weber.",
                                  atBottom: true)
        #expect(related?.authors.isEmpty != false)
        #expect(judge.facts("Quelle: ComputerBase, Nr. 8914, S. 30, Artikel von Christoph Becker.", atBottom: true)?.authors == ["Christoph Becker"])
    }

    @Test func aPastedRowsFirstCellMayBeASection() {
        let section = PastedRows.labelled(["Lokales\t18.03.2026\tS. 3", "", "Title"], dates: dates)
        #expect(section.first == "Date: 2026-03-18")
        let phrase = PastedRows.labelled(["Primo piano\t18/03/2026\tpag. 7", "", "Title"], dates: dates)
        #expect(phrase.first == "Date: 2026-03-18")
        let paper = PastedRows.labelled(["El País\t07.09.2017\tS. 27", "", "Title"], dates: dates)
        #expect(paper.first == "Publication: El País")
    }

    @Test func twoWritersInParenthesesAtTheFoot() {
        #expect(ClippingFacts(dates: dates).facts("(Laura Martínez y Pablo Ruiz)", atBottom: true)?.authors == ["Laura Martínez", "Pablo Ruiz"])
    }

    @Test func anExtensionHeaderOfAnyLengthIsAMails() {
        let long = "X-Spam-Report: " + String(repeating: "score=0.1 rule ", count: 500)
        #expect(ExportLines.judge(long, dates: dates) == .nothing)
        #expect(ExportLines.isExtensionHeader("x-originating-ip: [10.0.0.1]"))
        #expect(!ExportLines.isExtensionHeader("X marks the spot: a treasure hunt"))
    }
}
