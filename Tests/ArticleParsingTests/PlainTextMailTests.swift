import Testing

@testable import ArticleParsing

/// A mail whose plain text comes before its HTML twin (`PlainTextMail`): read by its headers and
/// its plain part, as a mail client shows it, not by the HTML reader.
@Suite struct PlainTextMailTests {
    /// An Outlook message `msgconvert` made an `.eml`: Exchange's one-line `Received:`, Outlook's
    /// thread stamps, a forwarding note above the article, the HTML twin below.
    static func outlookMail(subject: String, plainType: String = "text/plain; charset=\"utf-8\"") -> String {
        let text = """
            Received: from EXMBX1.press.example.org (10.2.95.8) by EXHUB1.press.example.org with Microsoft SMTP Server id 14.3.318.0; Sat, 7 Mar 2026 14:48:02 +0100
            From: Stefan Krüger <skruger@press.example.org>
            To: Revue <review@press.example.org>
            Subject: \(subject)
            Thread-Topic: \(subject)
            Thread-Index: AWZjb1Eg9bDONO9BQYMa53T==
            Date: Sat, 7 Mar 2026 14:48:02 +0100
            Message-ID: <29616465B7A2F79DC2289F6E943057B12D778DAB@EXMBX7.press.example.org>
            Accept-Language: de-DE
            Content-Language: de-DE
            X-MS-Has-Attach:
            X-MS-TNEF-Correlator:
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="_000_ABC_"

            --_000_ABC_
            Content-Type: \(plainType)
            Content-Transfer-Encoding: 8bit

            Für den Pressespiegel morgen, siehe unten.

            Fährstreik nach drei Tagen beendet
            Reuters, 5. März 2026
            Von Jana Ohm

            Die Fähren zwischen Kiel und Oslo fahren wieder, teilte die Reederei am Donnerstag mit.
            Die Gewerkschaft hatte ihre Mitglieder zu einem dreitägigen Ausstand aufgerufen.

            --_000_ABC_
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: 8bit

            <html><head></head><body lang="de">
            <p class="MsoNormal">Für den Pressespiegel morgen, siehe unten.</p>
            <p class="MsoNormal">Fährstreik nach drei Tagen beendet</p>
            <p class="MsoNormal">Reuters, 5. März 2026</p>
            <p class="MsoNormal">Von Jana Ohm</p>
            <p class="MsoNormal">Die Fähren zwischen Kiel und Oslo fahren wieder, teilte die Reederei am Donnerstag mit.</p>
            </body></html>

            --_000_ABC_--

            """
        return text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    @Test func aForwardedArticleIsReadFromThePlainPart() throws {
        let article = try ArticleParser().parse(Array(Self.outlookMail(subject: "WG: Fährstreik nach drei Tagen beendet").utf8), fileName: "mail.eml")
        #expect(article.format == .text)
        #expect(article.title == "Fährstreik nach drei Tagen beendet")
        #expect(article.authors == ["Jana Ohm"])
        #expect(article.published == "2026-03-05")
        #expect(article.source == "Reuters")
        #expect(!article.body.contains { $0.contains("<p") })
    }

    @Test func exchangesOneLineReceivedHeaderIsNoTitle() throws {
        // The subject names the review, not the article: the one-line `Received:` must not stand in for a title.
        let article = try ArticleParser().parse(Array(Self.outlookMail(subject: "Pressespiegel – Reuters").utf8), fileName: "mail.eml")
        #expect(!article.title.hasPrefix("Received:"))
        #expect(!article.title.hasPrefix("Thread-Topic:"))
        #expect(article.published == "2026-03-05")
    }

    @Test func theForwardersClosingSignatureIsNoByline() throws {
        // An undated piece forwarded (`WG:`) and signed off with the sender's whole name over their desk's line:
        // neither the sender nor the day the mail was sent is the article's.
        let mail = Self.outlookMail(subject: "WG: Fährstreik nach drei Tagen beendet")
            .replacingOccurrences(of: "Reuters, 5. März 2026\r\nVon Jana Ohm\r\n", with: "Reuters\r\n")
            .replacingOccurrences(of: "Ausstand aufgerufen.\r\n", with: "Ausstand aufgerufen.\r\n\r\nStefan Krüger\r\nPressespiegel · +33 1 40 00 67 90\r\n")
        let article = try ArticleParser().parse(Array(mail.utf8), fileName: "mail.eml")
        #expect(article.title == "Fährstreik nach drei Tagen beendet")
        #expect(article.authors == [])
        #expect(article.published == nil)
    }

    @Test func aMailWhoseFirstTextPartIsHTMLStaysAPage() {
        let mail = Self.outlookMail(subject: "WG: Fährstreik", plainType: "text/html; charset=\"utf-8\"")
        #expect(!PlainTextMail.leadsWithPlainText(Array(mail.utf8)))
        // A saved page (`multipart/related`) is the archive reader's, a page is no mail.
        let archive = Self.outlookMail(subject: "x").replacingOccurrences(of: "multipart/alternative", with: "multipart/related")
        #expect(!PlainTextMail.leadsWithPlainText(Array(archive.utf8)))
        #expect(!PlainTextMail.leadsWithPlainText(Array("<html><body><p>Hello</p></body></html>".utf8)))
        #expect(PlainTextMail.leadsWithPlainText(Array(Self.outlookMail(subject: "x").utf8)))
    }

    @Test func aTeaserPlainPartLeavesTheMailToTheHTMLReader() {
        // The headline and a line in the plain part, the whole article in the HTML: no twin.
        let paragraphs = (1...12).map { "<p>Paragraph \($0) of the story about the ferry strike, with its quotes and figures.</p>" }
        let mail = """
            From: Morning Letter <letter@example.org>
            Subject: The morning letter
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            Ferry strike ends after three days
            Read the whole story in the HTML version.
            --b
            Content-Type: text/html; charset=utf-8

            <html><body><h1>Ferry strike ends after three days</h1>\(paragraphs.joined())</body></html>
            --b--
            """
        #expect(!PlainTextMail.leadsWithPlainText(Array(mail.utf8)))
    }

    @Test func aPlainPartNestedInAMixedMailLeads() {
        let mail = """
            From: Jane Roe <jane@example.org>
            Subject: Ferry
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Ferry strike ends
            --inner
            Content-Type: text/html; charset=utf-8

            <html><body><p>Ferry strike ends</p></body></html>
            --inner--
            --outer--
            """
        #expect(PlainTextMail.leadsWithPlainText(Array(mail.utf8)))
    }
}
