import Testing

import ArticleParsing
@testable import HTMLExtraction

/// Headline choice on minimal pages written for these tests (`HTMLTitle`).
@Suite struct HTMLTitleTests {
    static func title(head: String, heading: String) throws -> String {
        let html = """
            <!DOCTYPE html><html lang="de"><head>\(head)</head><body><h1>\(heading)</h1>
            <p>Die Musikindustrie streitet darüber, wie die Einnahmen aus Abonnements verteilt werden sollen, und mehrere bekannte Künstler haben sich nun öffentlich geäußert.</p>
            </body></html>
            """
        return try ArticleParser().parse(Array(html.utf8), fileName: "page.html").title
    }

    static let jsonLD = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Musik-Stars fordern neues Streaming-Modell"}</script>"#

    /// The JSON-LD headline without the kicker the page shows in its `<h1>`: the `<h1>` wins.
    @Test func aKickerInTheHeadingIsKept() throws {
        let heading = "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"
        #expect(try Self.title(head: Self.jsonLD, heading: heading) == heading)
    }

    @Test func aHeadingThatDoesNotEndWithTheHeadlineChangesNothing() throws {
        #expect(try Self.title(head: Self.jsonLD, heading: "Streaming: ein Überblick")
            == "Musik-Stars fordern neues Streaming-Modell")
        // Same words, no colon before them: not a kicker.
        #expect(try Self.title(head: Self.jsonLD, heading: "Neu – Musik-Stars fordern neues Streaming-Modell")
            == "Musik-Stars fordern neues Streaming-Modell")
    }

    @Test func theKickerHeadingLosesItsSiteNameToo() throws {
        let head = Self.jsonLD + #"<meta property="og:site_name" content="Frankfurter Zeitung">"#
        #expect(try Self.title(head: head, heading: "Abrechnung: Musik-Stars fordern neues Streaming-Modell | Frankfurter Zeitung")
            == "Abrechnung: Musik-Stars fordern neues Streaming-Modell")
    }

    /// Trailing site, section and date segments go; the headline's own words stay.
    @Test(arguments: [
        ("Mieten steigen weiter | Wirtschaft | 28.04.2023", "Mieten steigen weiter"),
        ("Mieten steigen weiter - 28. April 2023", "Mieten steigen weiter"),
        ("Mieten steigen weiter | Wirtschaft", "Mieten steigen weiter"),
        ("Mieten steigen 2023 weiter | Wohnen", "Mieten steigen 2023 weiter | Wohnen"),
    ])
    func sectionAndDateSegments(_ title: String, _ expected: String) throws {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["Wirtschaft"]}</script>"#
            + "<meta property=\"og:title\" content=\"\(title)\">"
        #expect(try Self.title(head: head, heading: "Streaming: ein Überblick") == expected)
    }

    /// A trailing segment goes when what is left is the page's `<h1>`.
    @Test func segmentsAfterTheHeadingGo() throws {
        let head = #"<meta property="og:title" content="Musik-Stars fordern neues Streaming-Modell | Kultur">"#
        #expect(try Self.title(head: head, heading: "Musik-Stars fordern neues Streaming-Modell")
            == "Musik-Stars fordern neues Streaming-Modell")
    }

    @Test func dateSegments() {
        #expect(HTMLTitle.isDate("28.04.2023"))
        #expect(HTMLTitle.isDate("2023-04-28"))
        #expect(HTMLTitle.isDate("April 28, 2023"))
        #expect(!HTMLTitle.isDate("2023"))
        #expect(!HTMLTitle.isDate("Ligue 1"))
        #expect(!HTMLTitle.isDate("Die Bilanz der Saison 2022/23 und was folgt"))
    }

    /// A heading that is the last `<title>` segment and shorter than the headline before it is
    /// the site's name; a heading that is the headline, or longer than what precedes it, is not.
    @Test func aLogoHeadingIsASiteName() {
        #expect(HTMLTitle.logoHeading("Plentylife", title: "Strong & Beautiful - Pamela Reif | Plentylife")
            == "plentylife")
        #expect(HTMLTitle.logoHeading("What we do", title: "What we do - Creative Commons") == nil)
        #expect(HTMLTitle.logoHeading("WordPress.com", title: "Support — WordPress.com") == nil)
        #expect(HTMLTitle.logoHeading("Plentylife", title: "Plentylife") == nil)
    }

    @Test func feedLinksNameTheSite() {
        #expect(HTMLTitle.feedSiteName("Wara Conservation Project » Flux des commentaires")
            == "Wara Conservation Project")
        #expect(HTMLTitle.feedSiteName("Old Blog - Atom") == "Old Blog")
        #expect(HTMLTitle.feedSiteName("RSS 2.0") == nil)
        #expect(HTMLTitle.feedSiteName(" » Feed") == nil)
    }

    @Test func slugsAreNoHeadlines() {
        #expect(HTMLTitle.isSlug("adac-kindersitztest-herbst-2018"))
        #expect(!HTMLTitle.isSlug("e-mail"))
        #expect(!HTMLTitle.isSlug("COVID-19-Impfung-startet"))
        #expect(!HTMLTitle.isSlug("Hafen bleibt zu"))
    }

    /// Only a straight quote right after the meta value marks it as cut by the page's markup.
    @Test func aValueCutAtAQuoteGivesWayToTheFullerText() {
        #expect(HTMLTitle.continued("港口", in: [#"港口"停摆"三天"#]) == #"港口"停摆"三天"#)
        #expect(HTMLTitle.continued("Hafen", in: ["Hafen bleibt zu"]) == "Hafen")
        #expect(HTMLTitle.continued("Hafen", in: [nil, #"Hafen "Nord" bleibt zu"#]) == #"Hafen "Nord" bleibt zu"#)
    }

    @Test func chineseTitlesLoseWhatFollowsAnUnderscore() {
        #expect(HTMLTitle.beforeCJKUnderscore("港口停摆三天_财经频道_海港网") == "港口停摆三天")
        #expect(HTMLTitle.beforeCJKUnderscore("啥来头?_网易新闻") == "啥来头?")
        #expect(HTMLTitle.beforeCJKUnderscore("Using my_var in Python") == nil)
        #expect(HTMLTitle.beforeCJKUnderscore("_网易新闻") == nil)
    }

    @Test func chineseTitlesLoseAShorterTailAfterAHyphen() {
        #expect(HTMLTitle.beforeCJKHyphen("法国全国大罢工再次严重影响交通-新华网")
            == "法国全国大罢工再次严重影响交通")
        #expect(HTMLTitle.beforeCJKHyphen("女儿出嫁当嫁妆--文化--人民网") == "女儿出嫁当嫁妆")
        #expect(HTMLTitle.beforeCJKHyphen("天津-北京高铁开通") == nil)
        #expect(HTMLTitle.beforeCJKHyphen("1-10月德清县固定资产投资") == nil)
        #expect(HTMLTitle.beforeCJKHyphen("Covid-19 cases rise") == nil)
    }

    /// The JSON-LD headline gives way only when no other source states it and two others agree.
    @Test func aJSONLDHeadlineNobodyElseGivesIsOutvoted() {
        let context = HTMLTitle.Context(sites: ["openencyclopedia"], host: "en.openencyclopedia.org")
        func outvoted(social: String?, heading: String?, title: String?) -> Bool {
            HTMLTitle.jsonLDDisagrees("facility generating electricity from tides", social: social, twitter: nil,
                                      heading: heading, title: title, context: context)
        }
        #expect(outvoted(social: nil, heading: "Tidal power station", title: "Tidal power station - Open Encyclopedia"))
        #expect(outvoted(social: "Tidal Power Station", heading: "Tidal power station!", title: nil))
        // Nothing agrees, or the JSON-LD headline has support: it stays first.
        #expect(!outvoted(social: "Tides", heading: "Tidal power station", title: "Power from the sea"))
        #expect(!outvoted(social: "Tidal power station", heading: "Facility generating electricity from tides", title: "Tidal power station"))
        #expect(!outvoted(social: nil, heading: nil, title: "Tidal power station"))
    }

    /// A logo `<h1>` is passed over for a later one the `<title>` names; a menu's `<h1>` is not it.
    @Test func theHeadlineHeadingFollowsALogo() {
        let context = HTMLTitle.Context(sites: ["cnetde"], host: "www.cnet.de")
        let headings: [(index: Int, text: String)] = [(1, "CNET.de"), (5, "Menü"), (9, "So schützen Nutzer ihre Daten")]
        #expect(HTMLTitle.headline(among: headings, titles: ["So schützen Nutzer ihre Daten - CNET.de"], context: context)
            == "So schützen Nutzer ihre Daten")
        #expect(HTMLTitle.headline(among: headings, titles: ["Datenschutz - CNET.de"], context: context) == nil)
        #expect(HTMLTitle.headline(among: [(1, "Daten")], titles: [nil], context: context) == "Daten")
    }

    @Test func aTextWhoseLettersTheHostHoldsIsTheSiteName() {
        let context = HTMLTitle.Context(sites: [], host: "www.internet-law.de")
        #expect(HTMLTitle.isSiteName("Internet-Law", context: context))
        #expect(HTMLTitle.isSiteName("internet law", context: context))
        #expect(!HTMLTitle.isSiteName("Law", context: HTMLTitle.Context(sites: [], host: nil)))
        #expect(!HTMLTitle.isSiteName("Internet-Law heute", context: context))
    }

    @Test func theHostNamesTheSite() {
        #expect(HTMLTitle.registrableName("www.bbc.co.uk") == "bbc")
        #expect(HTMLTitle.registrableName("eza.gv.at") == "eza")
        #expect(HTMLTitle.registrableName("www.dw.com") == "dw")
        #expect(HTMLTitle.registrableName("news.example.de") == "example")
        #expect(HTMLTitle.spells("nytimes", words: ["the", "new", "york", "times"]))
        #expect(HTMLTitle.spells("latimes", words: ["los", "angeles", "times"]))
        #expect(HTMLTitle.spells("wsj", words: ["wall", "street", "journal"]))
        #expect(!HTMLTitle.spells("nytimes", words: ["new", "times"]))
        #expect(!HTMLTitle.spells("dw", words: ["deutsche", "welle"]))
        #expect(HTMLTitle.namesSite("The New York Times", sites: [], host: "www.nytimes.com"))
        #expect(HTMLTitle.namesSite("Rhein-Neckar-Zeitung", sites: [], host: "www.rnz.de"))
        #expect(HTMLTitle.namesSite("Kanzlei Viehbacher", sites: [], host: "www.viehbacher.com"))
        #expect(!HTMLTitle.namesSite("Kanzlei Vieh", sites: [], host: "www.viehbacher.com"))
        // Under `.co.uk` the name is the label before `co`: a segment starting `co…` is no site.
        #expect(!HTMLTitle.namesSite("Coronavirus cases rise", sites: [], host: "www.example.co.uk"))
    }

    /// The `<h1>`'s punctuation wins when its letters are the title's, case included.
    @Test func theHeadingShowsThePunctuation() {
        #expect(HTMLTitle.asShown("Lam's playbook - a review", heading: "Lam’s playbook – a review") == "Lam’s playbook – a review")
        #expect(HTMLTitle.asShown("Lam's playbook", heading: "LAM’S PLAYBOOK") == "Lam's playbook")
        #expect(HTMLTitle.asShown("Lam's playbook", heading: "Lam’s new playbook") == "Lam's playbook")
        #expect(HTMLTitle.asShown("Lam's playbook", heading: nil) == "Lam's playbook")
        // Escaped twice in the meta value, once in the page: the page's text.
        #expect(HTMLTitle.asShown("Lam&#8217;s playbook &amp; plan", heading: "Lam’s playbook & plan") == "Lam’s playbook & plan")
        #expect(HTMLTitle.asShown("Why &amp; is written so", heading: "Why &amp; is written so") == "Why &amp; is written so")
    }

    /// The site's name goes with the short tagline after it; without the name nothing goes.
    @Test func aSiteTaglineGoesWithTheSite() {
        #expect(HTMLTitle.stripped("Warum Gendersprache abgelehnt wird » SciLogs - Wissenschaftsblogs", sites: [],
                                   host: "scilogs.spektrum.de") == "Warum Gendersprache abgelehnt wird")
        #expect(HTMLTitle.stripped("Lithium aus dem Schredder - Recycling - Akkus", sites: [], host: "www.heise.de")
            == "Lithium aus dem Schredder - Recycling - Akkus")
        #expect(HTMLTitle.stripped("Analyse: Lithium - heise online", sites: [], host: "www.heise.de") == "Analyse: Lithium")
    }
}
