import Testing

@testable import TextLayouts
import DateReading

/// What review_s58 (look-alikes of stop 54's rules) and stop 59's hostile hunt found, fixed: a mail's plain part found
/// by the MIME walk the HTML side uses (a folded part header, the transfer encoding before the type), a single-part
/// mail's encoded subject; terminal dumps (lynx's numbered menu, a browser's options in any order or after a pipe, a
/// byline or a headline set with bullets kept, a robot check refused); `Interview conducted by`; a job's one-sentence
/// report in Gotify refused; desk exports (notmuch's matched reply, an empty `headline` in s3 metadata, a deck under
/// the headline, a journal export cut past 4 MiB refused).
@Suite struct ReviewS58Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"
    /// Three paragraphs of prose (56 words): an article a dump shows.
    private static let longer = text + "\n\nThe plan will be debated in parliament on Thursday, and ministers expect a close vote."

    @Test func aSinglePartMailShowsItsEncodedSubjectDecoded() throws {
        let mail = ["From: Rui Seabra <rui@example.pt>", "Subject:", " =?utf-8?Q?Coimbra_recupera_o_Mercado?=",
                    "Date: Wed, 11 Mar 2026 16:40:02 +0000", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit", "", "Por Inês Carvalho", "", Self.text].joined(separator: "\n")
        let decoded = MailBodies.decoded(mail)
        #expect(decoded.contains("Subject: Coimbra recupera o Mercado"))
        #expect(decoded.hasSuffix(Self.text))
        // A mail whose header holds no encoded word is returned as it is.
        let plain = mail.replacingOccurrences(of: "Subject:\n =?utf-8?Q?Coimbra_recupera_o_Mercado?=", with: "Subject: Coimbra")
        #expect(MailBodies.decoded(plain) == plain)
    }

    @Test func aMultipartMailsPlainPartIsFoundWithFoldedOrReorderedPartHeaders() throws {
        let folded = ["From: Marta Gil <marta@example.es>", "Subject: RV: Valencia limita los pisos turísticos",
                      "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1", "Content-Type:",
                      "\ttext/plain; charset=utf-8", "Content-Transfer-Encoding:", "\t8bit", "", Self.title, "Por Álvaro Sanchis", "",
                      Self.text, "", "--b1--", ""].joined(separator: "\n")
        let decoded = MailBodies.decoded(folded)
        #expect(decoded.contains("Por Álvaro Sanchis"))
        #expect(!decoded.contains("--b1"))
        // Apple Mail writes a part's transfer encoding before its type: the HTML part is not taken for the plain one.
        let apple = ["From: Jane <jane@example.org>", "Subject: Fwd: \(Self.title)", "Mime-Version: 1.0",
                     "Content-Type: multipart/alternative; boundary=\"Apple-Mail=_1\"", "", "--Apple-Mail=_1",
                     "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html; charset=utf-8", "",
                     "<html><body><p>HTML=20only</p></body></html>", "", "--Apple-Mail=_1",
                     "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain; charset=utf-8", "",
                     "Plain=20part", "", "--Apple-Mail=_1--", ""].joined(separator: "\n")
        let shown = MailBodies.decoded(apple)
        #expect(shown.contains("Plain part"))
        #expect(!shown.contains("HTML only"))
    }

    @Test func lynxsNumberedMenuIsDroppedAndBulletedBylinesAndHeadlinesAreKept() throws {
        #expect(TerminalSessions.isMenu("[2]Startseite • [3]Kassel • [4]Region • [5]Sport • [6]Politik"))
        #expect(!TerminalSessions.isMenu("By Daniel Okafor • Local Democracy Reporter • The Star • Sheffield"))
        let lynx = try #require(read(["$ lynx -dump https://www.example.org/emissions", "   [1]Example", "",
                                      "   [2]Startseite • [3]Kassel • [4]Region • [5]Sport • [6]Politik", "", "   " + Self.title, "",
                                      "   By Jane Doe", "   March 3, 2026", "", Self.longer]))
        #expect(lynx.title == Self.title)
        #expect(lynx.authors == ["Jane Doe"])
        // A headline of four short parts set close above its byline is the article's, not a menu.
        let headline = "Nidi • Scuole • Bus • Casa"
        let bulleted = try #require(read(["$ w3m -dump https://www.example.org/bilancio", "[logo]", "", headline, "Di Chiara Benassi",
                                          "10 marzo 2026", "", Self.longer]))
        #expect(bulleted.title == headline)
        #expect(bulleted.authors == ["Chiara Benassi"])
    }

    @Test(arguments: ["$ links -width 120 -dump https://www.example.org/emissions", "$ elinks --dump https://www.example.org/emissions",
                      "$ curl -s https://www.example.org/emissions | html2text"])
    func aBrowsersDumpIsKnownWhateverItsOptionsOrPipe(command: String) throws {
        let layout = try #require(read([command, "", Self.title, "", "By Jane Doe", "March 3, 2026", "", Self.longer]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-03-03")
    }

    @Test func aDumpOfARobotCheckOrASearchPageIsNoArticle() {
        let check = ["$ w3m -dump https://www.example.org/emissions", "www.example.org", "",
                     "Verifying you are human. This may take a few seconds.", "",
                     "www.example.org needs to review the security of your connection before proceeding.", "", "Ray ID: 8f3a1c2d9e4b7a60",
                     "Performance & security by Cloudflare"].joined(separator: "\n")
        #expect(TerminalSessions.isDumpWithoutArticle(check, dates: dates))
        #expect(read([check]) == nil)
        let search = ["$ w3m -dump 'https://www.example.org/search?q=emissions'", "Search: emissions", "", "48 results", "",
                      Self.title, "2 hours ago", "", "Page 2"].joined(separator: "\n")
        #expect(TerminalSessions.isDumpWithoutArticle(search, dates: dates))
        // A brief of two sentences is an article.
        #expect(!TerminalSessions.isDumpWithoutArticle(["$ w3m -dump https://www.example.org/emissions", Self.title, "", Self.text].joined(separator: "\n"), dates: dates))
    }

    @Test func anInterviewConductedByNamesTheWriter() throws {
        let layout = try #require(read([Self.title, "March 3, 2026", "", Self.text, "", "Interview conducted by Priya Shah."]))
        #expect(layout.authors == ["Priya Shah"])
    }

    @Test func aGotifyJobReportOfOneSentenceIsNoArticle() {
        let report = """
            $ curl -s -H "X-Gotify-Key: $TOKEN" https://push.example.org/message?limit=1
            {"messages": [{"id": 4410, "appid": 5, "message": "Nightly backup of the clippings archive finished: 14,212 files (2.1 GB) copied to nas01 in 3 minutes.", "title": "Backup finished", "priority": 5, "extras": {}, "date": "2026-03-11T03:14:09.1+00:00"}], "paging": {"size": 1, "since": 0, "limit": 1}}
            """
        #expect(LayoutReader(dates: dates).read(report) == nil)
    }

    @Test func notmuchsMatchedReplyHoldsTheArticle() throws {
        let body = Self.title + "\\n\\nBy Jane Doe\\nReuters, 3 March 2026\\n\\n" + Self.longer.replacingOccurrences(of: "\n", with: "\\n")
        let root = #"{"id": "a@x", "match": false, "excluded": false, "timestamp": 1772524800, "headers": {"Subject": "Emissions", "From": "Ann <ann@example.org>", "Date": "Tue, 03 Mar 2026 08:00:00 +0000"}, "body": [{"id": 1, "content-type": "text/plain", "content": "Any news on the emissions plan?"}]}"#
        let reply = #"{"id": "b@x", "match": true, "excluded": false, "timestamp": 1772528400, "headers": {"Subject": "Re: Plan to cut emissions unveiled", "From": "Bo <bo@example.org>", "Date": "Tue, 03 Mar 2026 09:00:00 +0000"}, "body": [{"id": 1, "content-type": "text/plain", "content": ""# + body + #""}]}"#
        let print = "$ notmuch show --format=json thread:0001\n[[[" + root + ", [[" + reply + ", []]]]]]"
        let layout = try #require(LayoutReader(dates: dates).read(print))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
    }

    @Test func anS3HeadlineKeyLeftEmptyNamesNoneAndADeckIsNoPublication() throws {
        let head = #"{"LastModified": "2026-03-05T09:00:00+00:00", "ContentLength": 812, "ETag": "\"abc\"", "Metadata": {"headline": "", "outlet": "Reuters"}}"#
        let print = ["$ aws s3api head-object --bucket desk --key emissions.txt", head, "$ aws s3 cp s3://desk/emissions.txt -",
                     Self.title, "", Self.longer].joined(separator: "\n")
        let layout = try #require(LayoutReader(dates: dates).read(print))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Reuters")
        let deck = ["The port's new owner doubles the charges"]
        #expect(DeskExports.headFacts(deck[...], dates: dates).source == nil)
        #expect(DeskExports.headFacts(["Le Monde, 3 mars 2026"][...], dates: dates).source == "Le Monde")
        #expect(DeskExports.headFacts(["Pferde für unsere Kinder"][...], dates: dates).source == "Pferde für unsere Kinder")
    }

    @Test func aJournalExportCutPastFourMiBIsRefusedNotTitledByItsCommand() {
        let entry = #"{"title": "Note", "body": "\#(String(repeating: "word ", count: 40))", "date": "2026-03-03", "time": "09:00", "tags": [], "starred": false}"#
        let entries = Array(repeating: entry, count: (4 << 20) / entry.utf8.count + 10).joined(separator: ", ")
        let print = "$ jrnl --export json\n{\"tags\": {}, \"entries\": [" + entries + "]}"
        #expect(LayoutReader(dates: dates).read(print) == nil)
    }
}
