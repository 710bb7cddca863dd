import Foundation
import Testing

@testable import TextLayouts
import DateReading
import TextToolkit

/// Stop 41's rules: a CMS's and a feed reader's JSON (WordPress's REST answer, Google Reader's
/// starred items, wallabag's export, Diffbot's estimated date), trafilatura's XML, a flat
/// OpenDocument file, a press review in AsciiDoc, a bracketed trailer (`[Le Figaro, 03.03.1987, A /
/// B]`), a masthead alone above a section's kicker and the title.
@Suite struct FeedsAndTrailersTests {
    private let dates = DateRecognizer(language: "en")

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: dates).read(text))
    }

    private static let body = "<p>Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.</p>"
        + "<p>The terminal handled 1.2 million containers last year, the company said.</p>"

    @Test func aWordPressPostIsReadFromItsRenderedFields() throws {
        let post: [String: Any] = [
            "id": 7, "date": "2026-02-26T19:00:00", "date_gmt": "2026-02-26T18:00:00", "modified": "2026-03-08T10:00:00",
            "title": ["rendered": "Harbour Holdings &lt;HH&gt; sells terminal &#8211; for good"],
            "content": ["rendered": Self.body, "protected": false], "author": 3,
            "yoast_head_json": ["og_site_name": "Reuters", "og_type": "article"],
            "_embedded": ["author": [["id": 3, "name": "Jane Doe", "slug": "jane-doe"], ["id": 1, "name": "admin", "slug": "admin"]]],
        ]
        let text = String(decoding: try JSONSerialization.data(withJSONObject: [post]), as: UTF8.self)
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings <HH> sells terminal – for good")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.source == "Reuters")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said on Thursday") == true)
        #expect(!layout.body.contains { $0.contains("<p>") })
    }

    @Test func anImagesSourceIsNoPublication() throws {
        let post: [String: Any] = [
            "title": "Harbour Holdings sells terminal", "datePublished": "2026-02-26", "author": "Jane Doe",
            "image": ["url": "https://example.org/a.jpg", "source": "Getty Images"], "articleBody": "Harbour Holdings said on Thursday it had completed the sale.",
        ]
        let layout = try read(String(decoding: try JSONSerialization.data(withJSONObject: post), as: UTF8.self))
        #expect(layout.source != "Getty Images")
    }

    @Test func aFeedReadersStarredItemIsTheArticleNotTheFeed() throws {
        let export: [String: Any] = [
            "id": "user/1/state/com.google/starred", "title": "Starred", "description": "", "updated": 1_772_969_640,
            "items": [[
                "title": "Harbour Holdings sells terminal", "published": 1_772_107_200, "crawlTimeMsec": "1772200000000",
                "author": "Jane Doe, John Roe", "summary": ["direction": "ltr", "content": Self.body],
                "origin": ["streamId": "feed/https://www.reuters.com/rss", "title": "Reuters - Business", "htmlUrl": "https://www.reuters.com/"],
            ]],
        ]
        let layout = try read(String(decoding: try JSONSerialization.data(withJSONObject: export), as: UTF8.self))
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
    }

    @Test func aWallabagEntrysTagSpellingItsDomainIsThePublication() throws {
        let entry: [String: Any] = [
            "title": "Harbour Holdings sells terminal", "url": "https://www.elpais.com/harbour", "domain_name": "www.elpais.com",
            "tags": ["revista", "El País"], "created_at": "2026-02-28T10:00:00+01:00", "published_at": "2026-02-26T07:43:00+01:00",
            "published_by": ["Jane Doe"], "content": Self.body, "reading_time": 1,
        ]
        let layout = try read(String(decoding: try JSONSerialization.data(withJSONObject: [entry]), as: UTF8.self))
        #expect(layout.source == "El País")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-02-26")
        #expect(FeedEntries.source(of: ["domain_name": "www.reuters.com", "tags": ["todo", "press"]]) == nil)
    }

    @Test func diffbotsEstimatedDateIsThePublicationDay() throws {
        let answer: [String: Any] = [
            "request": ["pageUrl": "https://www.reuters.com/harbour", "api": "article"],
            "objects": [["type": "article", "title": "Harbour Holdings sells terminal", "siteName": "Reuters",
                         "estimatedDate": "Thu, 26 Feb 2026 17:02:00 GMT", "text": "Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor."]],
        ]
        let layout = try read(String(decoding: try JSONSerialization.data(withJSONObject: answer), as: UTF8.self))
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.source == "Reuters")
    }

    @Test func aFeedsHTMLKeepsItsSourceLineBreaksInsideParagraphs() {
        #expect(XMLRecords.paragraphs(fromMarkup: "<p>Harbour Holdings said it had\ncompleted the sale.</p><p>Next.</p>")
            == "Harbour Holdings said it had completed the sale.\n\nNext.")
    }

    @Test func aColumnistsNameAboveTheKickerIsNoMasthead() throws {
        let layout = try read("Paul Krugman\n\nOpinion\nThe Economy Is Fine, Mostly\n\nThe numbers came in on Thursday and they were good.\n")
        #expect(layout.source != "Paul Krugman")
    }

    @Test func epochDatesAreUTCDays() {
        #expect(FeedEntries.epochDate(541_364_640)?.iso == "1987-02-26")
        #expect(FeedEntries.epochDate(1_772_107_200_000)?.iso == "2026-02-26")
        #expect(FeedEntries.epochDate(true) == nil)
        #expect(FeedEntries.epochDate(2026) == nil)
        #expect(FeedEntries.epochDate(1.5e9 + 0.5) == nil)
        #expect(FeedEntries.epochDate(202_603_031_200) == nil)  // a compact stamp, no milliseconds
    }

    @Test func trafilaturasXMLGivesItsAttributes() throws {
        let text = """
            <doc sitename="Reuters" title="Harbour Holdings &lt;HH&gt; sells terminal" author="Jane Doe; John Roe" date="2026-02-26" url="https://www.reuters.com/harbour" hostname="reuters.com" fingerprint="45877a85cf1af440">
              <main>
                <p>Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.</p>
                <p>The terminal handled 1.2 million containers last year, the company said.</p>
              </main>
              <comments/>
            </doc>
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings <HH> sells terminal")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.source == "Reuters")
    }

    @Test func aFlatOpenDocumentsMetadataIsTheColleagues() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">
             <office:meta><dc:title>Press review 02/27/2026</dc:title><dc:creator>Hélène Roux</dc:creator><dc:date>2026-02-27T15:08:48</dc:date></office:meta>
             <office:body><office:text>
              <text:p>Reuters, February 26, 2026</text:p>
              <text:h text:outline-level="1">Harbour Holdings sells container terminal</text:h>
              <text:p>Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.</text:p>
              <text:p>The terminal handled 1.2 million containers last year, the company said.</text:p>
             </office:text></office:body>
            </office:document>
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.authors.isEmpty)
    }

    @Test func anAsciiDocReviewsSectionIsTheArticle() throws {
        let text = """
            = Press review, week 9
            Hélène Roux <helene.roux@example.org>
            v1.5, 2026-02-27: added the Reuters piece
            :lang: en
            :toc:

            NOTE: Full text, internal use.

            == Harbour Holdings sells container terminal

            [.source]
            Reuters, February 26, 2026

            [.byline]
            By Jane Doe

            Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.

            The terminal handled 1.2 million containers last year, the company said.

            https://www.reuters.com/harbour[Reuters]
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.authors == ["Jane Doe"])
        #expect(AsciiDocPages.read(["= Notes", "", "== Heading", "text"]) == nil)  // no revision line nor attribute
        // A review of two articles: the first section ends at the second; a typed trailer is text.
        let two = try #require(AsciiDocPages.read([
            "= Review", ":lang: en", "", "== First headline", "[.source]", "Reuters", "", "Text one.", "[Le Figaro, 03.03.1987]",
            "", "== Second headline", "[.source]", "AFP", "", "Text two.",
        ]))
        #expect(two.title == "First headline")
        #expect(!two.text.contains("AFP"))
        #expect(two.text.contains("[Le Figaro, 03.03.1987]"))
    }

    @Test func aLongReadsCreditsAtItsFoot() throws {
        let text = "Harbour Holdings sells container terminal\n\nHarbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.\n\n"
        let oneLine = try read(text + "Written by Jane Doe · Edited by Stefan Krüger · Published February 26, 2026\n")
        #expect(oneLine.authors == ["Jane Doe"])
        #expect(oneLine.published?.iso == "2026-02-26")
        // The credits in another language than the article's; the editor is no author.
        let portuguese = try read(text + "Edição: Stefan Krüger · Publicado a 26 de fevereiro de 2026\n")
        #expect(portuguese.authors.isEmpty)
        #expect(portuguese.published?.iso == "2026-02-26")
        let threeLines = try read(text + "Escrito por Jane Doe\nEdição: Stefan Krüger\n")
        #expect(threeLines.authors == ["Jane Doe"])
    }

    @Test func aSectionAfterTheSourcesNameIsDropped() throws {
        let layout = try read("Le Figaro — Economia — 26 February 2026\n\nHarbour Holdings sells container terminal\n\nHarbour Holdings said on Thursday it had completed the sale of its terminal.\n")
        #expect(layout.source == "Le Figaro")
        #expect(LayoutReader.sectionedMasthead("Le Figaro — Economia")?.name == "Le Figaro")
    }

    @Test func aBracketedTrailerNamesTheFieldsInAnyOrder() throws {
        let text = "Harbour Holdings sells container terminal\n\nHarbour Holdings said on Thursday it had completed the sale.\n\n"
        let first = try read(text + "[Le Figaro, 26.02.2026, Hélène Roux / Stefan Krüger]\n")
        #expect(first.source == "Le Figaro")
        #expect(first.published?.iso == "2026-02-26")
        #expect(first.authors == ["Hélène Roux", "Stefan Krüger"])
        let second = try read(text + "[Jane Doe — The Guardian — February 26, 2026]\n")
        #expect(second.source == "The Guardian")
        #expect(second.authors == ["Jane Doe"])
        let alone = try read(text + "[The Guardian]\n")
        #expect(alone.source == "The Guardian")
        // A bracketed word elsewhere is a link's or a language's, not a publication.
        #expect(BracketedTrailers.read("[uk]", dates: dates, alone: true) == nil)
        #expect(BracketedTrailers.read("[Leggi l'articolo]", dates: dates) == nil)
        #expect(BracketedTrailers.read("[Reuters, 26.II.1987, p. 14]", dates: dates) == nil)
        // A page's number leaves the line to the archive's stamp: `France` is no writer's given name there.
        #expect(BracketedTrailers.read("[France Culture, pag. 8]", dates: dates) == nil)
        #expect(try read(text + "[France Culture, pag. 8]\n").authors.isEmpty)
    }

    @Test func aBracketedLineIsReadOnlyWhenItsPartsAreFields() {
        // A kicker, an update's word or a label is no publication; a photographer is no writer.
        #expect(BracketedTrailers.read("[Updated March 3, 2026]", dates: dates) == nil)
        #expect(BracketedTrailers.read("[This article was first published on March 3, 2026]", dates: dates) == nil)
        #expect(BracketedTrailers.read("[Exclusive — 3 March 2026]", dates: dates) == nil)
        #expect(BracketedTrailers.read("[Photo: Jane Doe — Reuters]", dates: dates)?.authors.isEmpty != false)
        // Two writers: no publication.
        #expect(BracketedTrailers.read("[Jane Doe — John Roe]", dates: dates) == nil)
        // A transcript's cue closing the text is no publication.
        #expect(BracketedTrailers.read("[Music]", dates: dates, alone: true) == nil)
        #expect(BracketedTrailers.read("[END]", dates: dates, alone: true) == nil)
        #expect(BracketedTrailers.read("[Süddeutsche Zeitung]", dates: dates, alone: true)?.source == "Süddeutsche Zeitung")
    }

    @Test func aLineWithoutBracketsIsNoTrailer() {
        // A meta line's parts may be a section, a place or a label: only a bracketed trailer is read.
        #expect(BracketedTrailers.read("Boing Boing · Cory Doctorow", dates: dates) == nil)
        #expect(BracketedTrailers.read("[Uncork the mystery of Germany’s wines and vineyards today | DW | 10.06.2013]", dates: dates) == nil)
    }

    @Test func aMastheadAboveASectionsKickerIsTheSource() throws {
        let kicker = try read("Le Figaro\n\nÉCONOMIE\nHarbour Holdings sells container terminal\nThe sale ends a long search.\n\nHarbour Holdings said on Thursday it had completed the sale of its terminal.\n")
        #expect(kicker.title == "Harbour Holdings sells container terminal")
        #expect(kicker.source == "Le Figaro")
        // A site's menu (`Notizie` over `Mondo`) under a button is no kicker over a title.
        let menu = try read("Accetta tutto\nPersonalizza\n\nNotizie\nMondo\n\nHarbour Holdings sells container terminal\n\nHarbour Holdings said on Thursday it had completed the sale of its terminal.\n")
        #expect(menu.source != "Personalizza")
        // A short title over a hard-wrapped paragraph keeps its place.
        let wrapped = try read("Bohnenviertel - Stadt Stuttgart\n\nParallel zum Tag der offenen Tür im Rathaus veranstaltet die Stadt am\nSamstag ein Fest im Bohnenviertel mit Musik und Ständen für die ganze\nFamilie.\n")
        #expect(wrapped.title == "Bohnenviertel - Stadt Stuttgart")
    }

    @Test func oneSearchFindsAnyOfAList() {
        let stems = NeedleSet(["olumn", " covers ", "ribun"], ignoringCase: false)
        #expect(LineBytes.contains("Jane Doe covers the courts.", anyOf: stems))
        #expect(!LineBytes.contains("Jane Doe covered the courts.", anyOf: stems))
        #expect(LineBytes.contains("Her column runs weekly.", anyOf: stems))
        #expect(!LineBytes.contains("Nothing here", anyOf: stems))
        // Every needle starts with a space: the byte after each space is tested first.
        let spaced = NeedleSet([" p. ", " page "], ignoringCase: false)
        #expect(LineBytes.contains("Le Monde, p. 12", anyOf: spaced))
        #expect(!LineBytes.contains("Le Monde, pp 12 pages", anyOf: spaced))
    }
}
