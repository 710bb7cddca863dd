import ArticleParsing
import DateReading
import Testing

@testable import PageDates

/// The publication date of saved HTML pages (`HTMLDates` and the sources it asks in turn), on
/// minimal pages written for these tests: one per source, and pairs that show which source wins.
@Suite struct HTMLDateTests {
    /// A page with a title, a heading and a paragraph that state no date, plus `head` and `body`.
    static func published(head: String = "", body: String = "") throws -> String? {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour bridge reopens</title>\(head)</head>
            <body><h1>Harbour bridge reopens</h1>
            <p>The bridge reopened to traffic after repairs that took most of the summer and cost more than planned.</p>
            \(body)</body></html>
            """
        return try ArticleParser().parse(Array(html.utf8), fileName: "page.html").published
    }

    @Test func noDateAnywhereGivesNil() throws {
        #expect(try Self.published() == nil)
    }

    @Test func canonicalURLDateComesFirst() throws {
        let head = """
            <link rel="canonical" href="https://example.org/2019/06/24/bridge">
            <meta property="article:published_time" content="2019-06-20T08:00:00Z">
            """
        #expect(try Self.published(head: head) == "2019-06-24")
    }

    @Test func metaTagsAreReadInDocumentOrder() throws {
        let head = """
            <meta property="article:modified_time" content="2020-03-01T08:00:00Z">
            <meta name="sailthru.date" content="2019-05-02T08:00:00Z">
            <meta property="article:published_time" content="2019-05-01T08:00:00Z">
            """
        #expect(try Self.published(head: head) == "2019-05-02")
    }

    /// A copyright year is no publication date: no day is invented from it.
    @Test func lastModifiedIsOnlyAReserveAndCopyrightYearNoDate() throws {
        #expect(try Self.published(head: #"<meta name="last-modified" content="2018-02-05">"#) == "2018-02-05")
        #expect(try Self.published(head: #"<meta itemprop="copyrightYear" content="2017">"#) == nil)
        let both = #"<meta http-equiv="last-modified" content="2018-10-01"><meta http-equiv="date" content="2017-09-01">"#
        #expect(try Self.published(head: both) == "2017-09-01")
    }

    @Test func datesBefore1995AreNotPlausible() throws {
        #expect(try Self.published(head: #"<meta name="date" content="1990-01-01">"#) == nil)
    }

    @Test func jsonDatePublishedBeforeMarkup() throws {
        let head = """
            <script type="application/ld+json">{"dateModified": "2019-01-01", "datePublished": "2018-01-04T10:00:00Z"}</script>
            """
        #expect(try Self.published(head: head, body: #"<div class="date">2019-03-03</div>"#) == "2018-01-04")
    }

    @Test(arguments: [
        (#"<abbr class="published" title="2016-11-12">XYZ</abbr>"#, "2016-11-12"),
        (#"<abbr class="published">am 12.11.16</abbr>"#, "2016-11-12"),
        (#"<abbr data-utime="1438091078" class="something">A date</abbr>"#, "2015-07-28"),
        (#"<abbr class="date-published">8.11.2016</abbr>"#, "2016-11-08"),
    ])
    func abbrElements(_ body: String, _ expected: String) throws {
        #expect(try Self.published(body: body) == expected)
    }

    @Test(arguments: [
        (#"<div class="fecha">2018-01-04</div>"#, "2018-01-04"),
        (#"<span class="byline">Posted on 3 March 2019 by Jane Doe</span>"#, "2019-03-03"),
        (#"<footer>Last change 14.12.2015</footer>"#, "2015-12-14"),
        (#"<small>Veröffentlicht am 5. Mai 2019</small>"#, "2019-05-05"),
        (#"<span class="postmeta" title="2017-07-24">x</span>"#, "2017-07-24"),
    ])
    func elementsNamedLikeADate(_ body: String, _ expected: String) throws {
        #expect(try Self.published(body: body) == expected)
    }

    @Test func dateNamedElementsInAnArchiveToolbarAreSkipped() throws {
        let body = #"<div id="wm-ipp"><span class="date">2021-09-16</span></div><div class="date">2021-07-13</div>"#
        #expect(try Self.published(body: body) == "2021-07-13")
    }

    @Test(arguments: [
        (#"<b><time datetime="2011-09-27" class="entry-date"></time><time datetime="2011-09-28" class="updated"></time></b>"#,
         "2011-09-27"),
        (#"<b><time datetime="2014-07-10 08:30:45.687"></time></b>"#, "2014-07-10"),
        (#"<b><time>2018-01-04</time></b>"#, "2018-01-04"),
        (#"<b><time datetime="08:00"></time></b>"#, nil),
    ])
    func timeElements(_ body: String, _ expected: String?) throws {
        #expect(try Self.published(body: body) == expected)
    }

    @Test(arguments: [
        ("<pre>build 2019-04-03 08:04:01</pre>", "2019-04-03"),
        ("<font>Bestellungen bitte telefonisch.<br>Stand: 03.04.2019</font>", "2019-04-03"),
        ("<b>Datum: 10.11.2017</b>", "2017-11-10"),
        ("<td>Last updated: 2019/05/06</td>", "2019-05-06"),
    ])
    func patternsInTheMarkup(_ body: String, _ expected: String) throws {
        #expect(try Self.published(body: body) == expected)
    }

    /// A year and month alone give no date (no day is invented); a full date in the image URL does.
    @Test func urlYearAndMonthIsNoDateImageURLIs() throws {
        #expect(try Self.published(head: #"<link rel="canonical" href="https://example.org/2019/06/bridge">"#) == nil)
        #expect(try Self.published(head: #"<meta property="og:image" content="https://cdn.example.org/2019/06/24/a.jpg">"#)
            == "2019-06-24")
    }

    /// Free text is looked at in the first `maximumFreeTexts` candidate nodes only (a page of a
    /// million `<p>1 1 1 1</p>` once took seconds).
    @Test func freeTextIsReadInTheFirstThousandNodesOnly() throws {
        let filler = String(repeating: "<p>1 1 1 1 x</p>", count: HTMLDateElements.maximumFreeTexts)
        #expect(try Self.published(body: "<div>le 12 mars 2019</div>" + filler) == "2019-03-12")
        // Past the cap nothing reads it (no markup-wide search invents a date from its year).
        #expect(try Self.published(body: filler + "<div>le 12 mars 2019</div>") == nil)
    }

    @Test func earliestDateInShortFreeText() throws {
        let body = "<div>Mis à jour le 12/03/2019</div><div>Prochaine séance le 01/02/2020</div>"
        #expect(try Self.published(body: body) == "2019-03-12")
    }

    /// Dates written in links or stray markup (other stories' URLs, listings) and copyright
    /// years are not the page's date: htmldate's "most frequent date" search is not done.
    @Test func markupDatesAndCopyrightYearsAreNoDate() throws {
        let links = String(repeating: #"<a href="/news/2019/05/06/x">x</a>"#, count: 2)
        #expect(try Self.published(body: links + #"<a href="/news/2018/03/04/y">y</a>"#) == nil)
        #expect(try Self.published(body: #"<b>ab 29.03.2017</b><b>ab 05.03.2017</b>"#) == nil)
        #expect(try Self.published(body: "<b>© 2015-2019 Example</b>") == nil)
        #expect(try Self.published(body: #"<a href="/news/2012/01/02/x">x</a><b>© 2019 Example</b>"#) == nil)
    }

    /// The main article's structured data beats `<meta>` tags; related stories' items do not count.
    @Test func mainArticleStructuredDateBeatsMetaTags() throws {
        let jsonLD = """
            <meta name="date" content="2023-04-29">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-04-27T14:30:00Z"}</script>
            """
        #expect(try Self.published(head: jsonLD) == "2023-04-27")
        let microdata = """
            <html lang="en"><head><title>Harbour bridge reopens</title><meta name="date" content="2023-03-18"></head><body>
            <div itemscope itemtype="http://schema.org/Article"><meta itemprop="datePublished" content="2023-03-10">
            <span itemprop="headline">Ferry fares rise</span></div>
            <article itemscope itemtype="http://schema.org/NewsArticle"><h1>Harbour bridge reopens</h1>
            <div itemscope itemtype="http://schema.org/Article"><meta itemprop="datePublished" content="2023-03-01"></div>
            <p>The bridge reopened to traffic after repairs that took most of the summer and cost more than planned.</p>
            <time itemprop="datePublished" datetime="2023-03-16">16 March</time></article></body></html>
            """
        let page = try ArticleParser().parse(Array(microdata.utf8), fileName: "page.html")
        #expect(page.published == "2023-03-16")
    }

    /// Thousands of nested date properties in the main item cost bounded work and give no date.
    @Test func nestedDatePropertiesAreBounded() throws {
        let nested = String(repeating: #"<div itemprop="datePublished">soon "#, count: 20_000)
        let body = #"<article itemscope itemtype="https://schema.org/Article">"#
            + "<p>Ferry fares rose again this week, the third increase since the bridge closed.</p>"
            + nested + "</article>"
        #expect(try Self.published(body: body) == nil)
    }

    /// `A/B/YYYY` is read as the page writes it elsewhere, else as its locale does.
    @Test func numericOrderOfThePage() {
        #expect(HTMLDates.numericOrder(Array("<b>04/13/2023</b> 03/04/2023".utf8)) == true)
        #expect(HTMLDates.numericOrder(Array("<b>13/04/2023</b> 03/04/2023".utf8)) == false)
        #expect(HTMLDates.numericOrder(Array("03/04/2023 and /2019/06/24/ and 1/2/3".utf8)) == nil)
        #expect(HTMLDates.numericOrder(Array("13/04/2023 04/13/2023".utf8)) == nil)
    }

    @Test func xmlnsYearsOfTheHTMLTagAreNotDates() throws {
        let html = """
            <html xmlns="http://www.w3.org/1999/xhtml" prefix="rdfs: http://www.w3.org/2000/01/rdf-schema#">
            <head><title>Harbour bridge reopens</title></head><body><h1>Harbour bridge reopens</h1>
            <p>The bridge reopened to traffic after repairs that took most of the summer.</p></body></html>
            """
        #expect(try ArticleParser().parse(Array(html.utf8), fileName: "page.html").published == nil)
    }

    /// Namespace declarations anywhere, and what htmldate's cleaner kills (`svg`, `figure`, …),
    /// are blanked before the markup search: their years are not the page's date.
    @Test func namespaceAndKilledElementYearsAreNotDates() throws {
        let body = """
            <div xmlns="http://www.w3.org/1999/xhtml"><span xmlns:fb='http://www.facebook.com/2008/fbml'>Share</span></div>
            <svg viewBox="0 0 10 10"><text>2001-07-14</text></svg>
            <figure><img src="a.jpg"><figcaption>Photo 1998-2003</figcaption></figure>
            """
        #expect(try Self.published(body: body) == nil)
        #expect(try Self.published(body: body + "<b>© 2019 Example</b>") == nil)
    }

    @Test func cleanerKeepsEveryOtherByteInPlace() {
        let page = Array(#"<p>a</p><SVG x="1"><g>2001</g></SVG><embed src="v"><p xmlns="urn:x:1999">b</p>"#.utf8)
        let cleaned = String(decoding: HTMLDateCleaner.blankingKilledElements(page), as: UTF8.self)
        #expect(cleaned.utf8.count == page.count)
        let blank = { (count: Int) in String(repeating: " ", count: count) }
        #expect(cleaned == "<p>a</p>" + blank(28) + blank(15) + "<p " + blank(18) + ">b</p>")
    }

    /// `</mapping>` does not end a `<map>`; unclosed `<embed>`s cost one search, not one each.
    @Test func cleanerEndTagsAndUnclosedElements() {
        let page = Array("<map name=m>2001</mapping> 2002</map> 2003".utf8)
        let cleaned = String(decoding: HTMLDateCleaner.blankingKilledElements(page), as: UTF8.self)
        #expect(!cleaned.contains("2001") && !cleaned.contains("2002") && cleaned.hasSuffix(" 2003"))
        let embeds = Array(String(repeating: "<embed src=v>", count: 50_000).utf8) + Array("<p>2019</p>".utf8)
        let blanked = HTMLDateCleaner.blankingKilledElements(embeds)
        #expect(String(decoding: blanked, as: UTF8.self).hasSuffix("<p>2019</p>"))
        #expect(blanked.prefix(13).allSatisfy { $0 == 0x20 })
    }
}

/// htmldate's reading of one short date expression (`HTMLDateExpression`).
@Suite struct HTMLDateExpressionTests {
    let expression = HTMLDateExpression(recognizer: DateRecognizer(language: "fr"))

    @Test(arguments: [
        ("2018-04-18T09:57:38+00:00", "2018-04-18"),
        ("20170901", "2017-09-01"),
        ("201709011234", "2017-09-01"),
        ("8.11.2016", "2016-11-08"),
        ("1.4.18", "2018-04-01"),
        ("12/25/2016", "2016-12-25"),  // month 25 cannot be: swapped
        ("November 29, 2020", "2020-11-29"),
        ("29th of November, 2020", "2020-11-29"),
        ("3. März 2019", "2019-03-03"),
        ("Publié le 5 août 2019", "2019-08-05"),
    ])
    func reads(_ text: String, _ expected: String) {
        #expect(expression.date(text)?.iso == expected)
    }

    @Test(arguments: [
        "08:00", "2017", "© 2017 Example", "12:30 2019-05-06", "+49 30 1234 5678", "123 4567 2019",
        "31.02.2019", "1994-12-31", "2019-06", "lun. 5 août 2019 5 août 2019", "Prix : 12,50 € le 5 août 2019",
    ])
    func rejects(_ text: String) {
        #expect(expression.date(text) == nil)
    }

    @Test func monthFirstReadsUSDates() {
        var american = HTMLDateExpression(recognizer: DateRecognizer(language: "en"))
        american.monthFirst = true
        #expect(american.date("03/04/2023")?.iso == "2023-03-04")
        #expect(american.date("12/25/2016")?.iso == "2016-12-25")
        #expect(american.date("25/12/2016")?.iso == "2016-12-25")  // day 25 cannot be a month: swapped
        #expect(american.date("03.04.2023")?.iso == "2023-04-03")  // D.M.Y is always day first
        #expect(expression.date("03/04/2023")?.iso == "2023-04-03")
    }

    @Test func urlDates() {
        #expect(HTMLDates.urlDate("https://x.org/2019/6/24/a")?.iso == "2019-06-24")
        #expect(HTMLDates.urlDate("https://x.org/a_2019-06-24.html")?.iso == "2019-06-24")
        #expect(HTMLDates.urlDate("https://x.org/12019/06/24") == nil)
    }

    @Test func unixSeconds() {
        #expect(CalendarDate(unixSeconds: 1_438_091_078)?.iso == "2015-07-28")
        #expect(CalendarDate(unixSeconds: 951_782_400)?.iso == "2000-02-29")
    }

    /// Page data near Int's limits never traps (it overflowed the day arithmetic before).
    @Test func unixSecondsAtTheLimitsGiveNil() throws {
        #expect(CalendarDate(unixSeconds: Int.min) == nil)
        #expect(CalendarDate(unixSeconds: Int.max) == nil)
        #expect(CalendarDate(unixSeconds: -(1 << 40)) == nil)
        let body = #"<abbr data-utime="-9223372036854775808">x</abbr><abbr data-utime="9223372036854775807">y</abbr>"#
        #expect(try HTMLDateTests.published(body: body) == nil)
    }
}
