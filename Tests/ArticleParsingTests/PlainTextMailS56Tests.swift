import Testing

@testable import ArticleParsing

/// Stop 54's fixes of the plain-twin test (`PlainTextMail`), from the look-alikes of `Tests/eval/review_s56` and the
/// hostile hunt: HTML without a space between its tags (`<div>…</div><div>`, Gmail's), HTML written with character
/// references (`W&uuml;rzburg`, `L&#8217;&Eacute;tat`), a newsletter's hidden preview line before the HTML's text,
/// a byte order mark opening the plain part: each still a twin, read by its headers and plain part.
@Suite struct PlainTextMailS56Tests {
    private static let lead = "Harbour Holdings said on Tuesday it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs, ending a year of talks with the port authority and its unions."

    /// A mail whose plain part holds `plain` and whose HTML part holds `html` (both 8 bits, UTF-8).
    static func mail(plain: String, html: String, subject: String = "Harbour fees rise") -> String {
        """
        From: Stefan Krüger <sk@example.org>
        To: desk@example.org
        Subject: Fwd: \(subject)
        Date: Fri, 6 Mar 2026 10:00:00 +0000
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        \(plain)

        --b1
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: 8bit

        \(html)
        --b1--

        """
    }

    private static let plain = "Harbour fees rise\n\nBy Anna Reed\nThe Northern Echo, 3 March 2026\n\n\(lead)"

    private func expectRead(_ text: String, title: String = "Harbour fees rise", sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(PlainTextMail.leadsWithPlainText(Array(text.utf8)), sourceLocation: sourceLocation)
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "mail.eml")
        #expect(article.format == .text, sourceLocation: sourceLocation)
        #expect(article.title == title, sourceLocation: sourceLocation)
        #expect(article.authors == ["Anna Reed"], sourceLocation: sourceLocation)
        #expect(article.published == "2026-03-03", sourceLocation: sourceLocation)
    }

    @Test func htmlWithoutSpacesBetweenItsTagsIsTheTwin() throws {
        let html = "<html><body><div dir=\"ltr\"><div>Harbour fees rise</div><div><br></div><div>By Anna Reed</div><div>The Northern Echo, 3 March 2026</div><div><br></div><div>\(Self.lead)</div></div></body></html>"
        try expectRead(Self.mail(plain: Self.plain, html: html))
    }

    @Test func htmlWrittenWithCharacterReferencesIsTheTwin() throws {
        let plain = "Würzburg sperrt die Alte Mainbrücke\n\nBy Anna Reed\nThe Northern Echo, 3 March 2026\n\n\(Self.lead)"
        let html = "<html><body><p>W&uuml;rzburg sperrt die Alte Mainbr&uuml;cke</p><p>By Anna Reed</p><p>The Northern Echo, 3&nbsp;March 2026</p><p>\(Self.lead)</p></body></html>"
        try expectRead(Self.mail(plain: plain, html: html, subject: "Würzburg sperrt die Alte Mainbrücke"), title: "Würzburg sperrt die Alte Mainbrücke")
    }

    @Test func aHiddenPreviewLineBeforeTheHTMLsTextLeavesItTheTwin() throws {
        let html = "<html><body><div style=\"display:none;max-height:0\">Your morning press digest from the desk</div><p><b>Harbour fees rise</b></p><p>By Anna Reed</p><p>The Northern Echo, 3 March 2026</p><p>\(Self.lead)</p></body></html>"
        try expectRead(Self.mail(plain: Self.plain, html: html))
    }

    @Test func aByteOrderMarkOpeningThePlainPartIsNoObstacle() throws {
        let html = "<html><body><p>Harbour fees rise</p><p>By Anna Reed</p><p>The Northern Echo, 3 March 2026</p><p>\(Self.lead)</p></body></html>"
        try expectRead(Self.mail(plain: "\u{FEFF}" + Self.plain, html: html))
    }

    @Test func aTeaserIsStillNoTwin() {
        // The plain part holds the headline and a line; the HTML the whole article.
        let html = "<html><body><p>Harbour fees rise</p><p>By Anna Reed</p><p>The Northern Echo, 3 March 2026</p><p>\(Self.lead) \(Self.lead)</p></body></html>"
        #expect(!PlainTextMail.leadsWithPlainText(Array(Self.mail(plain: "Harbour fees rise\n\nRead on in your browser.", html: html).utf8)))
    }
}
