import Testing

@testable import ArticleParsing

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
}
