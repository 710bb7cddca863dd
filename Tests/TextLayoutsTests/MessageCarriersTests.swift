import Testing

@testable import TextLayouts
import DateReading

/// Stop 36's carriers: a troff `ms` source, an outliner's OPML export, a phone chat's export, a
/// text message in parts, a page's Markdown dump, an article quoted whole in a tracker's comment,
/// a webmail's print view and a forward's subject above its banner; and the texts that look like
/// them but are articles (a chat-like line, a reader's quoted comment, a `.TL` far down).
@Suite struct MessageCarriersTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    private static let body = CarriersAndReferencesTests.body

    // MARK: - troff ms sources

    @Test func aRoffSourceGivesItsRequestsFields() throws {
        let text = #"""
            .\" typeset by Carmen Ortiz on 1 March 1987
            .TL
            Harbour Holdings sells
            terminal
            .AU
            Jane Doe
            .AU
            John Smith
            .AI
            Reuters
            .ND "March 2, 1987"
            .LP
            Harbour Holdings said it had \fBcompleted\fP the sale \(em for 40 mln dlrs\&.
            The company called it \(lqa fair price\(rq.
            .PP
            Shares in the company rose 3 pct in early trading.
            """#
        let record = try #require(RoffSources.read(text, dates: Self.dates))
        #expect(record.title == "Harbour Holdings sells terminal")
        #expect(record.authors == ["Jane Doe", "John Smith"])
        #expect(record.source == "Reuters")
        #expect(record.date?.iso == "1987-03-02")
        #expect(record.rest == "Harbour Holdings said it had completed the sale — for 40 mln dlrs. The company called it “a fair price”.\n\n"
            + "Shares in the company rose 3 pct in early trading.")
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe", "John Smith"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-03-02")
    }

    @Test func aRoffSourcesDayInGermanAndAnEmptyND() throws {
        let german = ".TL\nHafen verkauft\n.AU\nHans Müller\n.ND 2. März 1987\n.PP\nDer Hafen wurde verkauft\\(em für 40 Mio.\n"
        let record = try #require(RoffSources.read(german, dates: DateRecognizer(language: "de", keepsTime: false)))
        #expect(record.date?.iso == "1987-03-02")
        #expect(record.rest == "Der Hafen wurde verkauft— für 40 Mio.")
        let undated = try #require(RoffSources.read(".TL\nTitle\n.ND\n.PP\nText.\n", dates: Self.dates))
        #expect(undated.date == nil)
        #expect(undated.authors.isEmpty)
    }

    @Test func roffEscapesAtALinesEndAndEmptyRequestsDoNotFail() throws {
        #expect(RoffSources.plain(#"a\"#) == #"a\"#)
        #expect(RoffSources.plain(#"a\f"#) == "a")
        #expect(RoffSources.plain(#"a\f("#) == "a")
        #expect(RoffSources.plain(#"a\("#) == "a")
        #expect(RoffSources.plain(#"\(lqx\(rq \e \- \fIy\fR"#) == "“x” \\ - y")
        // `.AU` with no name, then one: only the named author.
        let record = try #require(RoffSources.read(".TL\nTitle\n.AU\n.AU\nJane Doe\n.PP\nText.\n", dates: Self.dates))
        #expect(record.authors == ["Jane Doe"])
    }

    @Test func anAuthorOfManyLinesIsJoinedInOnePass() throws {
        // One `.AU` followed by 20,000 lines: joined once (each line used to copy the name so far).
        let text = ".TL\nTitle\n.AU\n" + String(repeating: "Jane \\fIDoe\\fP\n", count: 20_000) + ".PP\nText.\n"
        let record = try #require(RoffSources.read(text, dates: Self.dates))
        #expect(record.authors.count == 1)
        #expect(record.authors.first?.utf8.count == 20_000 * 9 - 1)
    }

    @Test func aTLRequestBelowTheTenthLineIsNoRoffSource() {
        let text = Array(repeating: "A line of prose.", count: 10).joined(separator: "\n") + "\n.TL\nTitle\n.PP\nText.\n"
        #expect(RoffSources.read(text, dates: Self.dates) == nil)
        #expect(RoffSources.read(".TL\n.PP\nText only.\n", dates: Self.dates) == nil)
    }

    // MARK: - OPML outlines

    @Test func anOutlinesLongestNoteIsTheArticle() throws {
        let note = Self.body.replacingOccurrences(of: "\n\n", with: "&#10;&#10;")
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Desk notes</title><ownerName>Carmen Ortiz</ownerName>
            <dateCreated>Sat, 28 Feb 1987 10:00:00 GMT</dateCreated></head>
            <body><outline text="To read"><outline text="Short one" _note="A short note."/>
            <outline text="Harbour Holdings sells terminal" _note="\(note)"/></outline></body></opml>
            """
        let record = try #require(XMLRecords.read(text, dates: Self.dates))
        #expect(record.title == "Harbour Holdings sells terminal")
        #expect(record.rest.hasPrefix("Harbour Holdings said it had completed"))
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == nil)
        #expect(layout.published == nil)
        // Notes under 200 bytes only: no article in the outline.
        #expect(XMLRecords.read(#"<opml><body><outline text="x" _note="A short note."/></body></opml>"#, dates: Self.dates) == nil)
    }

    // MARK: - Phone chat exports

    @Test(arguments: [
        ("2/28/87, 7:20 PM - ", "2/28/87, 7:24 PM - Rui Almeida: ", "2/28/87, 7:31 PM - Ana: "),
        ("28.02.87, 19:20 - ", "28.02.87, 19:24 - Rui Almeida: ", "28.02.87, 19:31 - Ana: "),
        ("[28/02/1987, 19:20:00] ", "[28/02/1987, 19:24:05] Rui Almeida: ", "[28/02/1987, 19:31:10] Ana: "),
    ])
    func aChatExportsLongestMessageIsTheArticle(_ notice: String, _ poster: String, _ other: String) throws {
        let lines = [notice + "Messages and calls are end-to-end encrypted.", poster + "look at this",
                     poster + "Harbour Holdings sells terminal", "", "Harbour Holdings said it had completed the sale.",
                     "The company said the terminal would keep its staff.", other + "thanks!"]
        let message = try #require(ChatLogs.longestMessage(lines))
        #expect(message.first == "Harbour Holdings sells terminal")
        #expect(message.rest == 3..<6)
    }

    @Test func aChatExportReadsAsItsMessage() throws {
        let text = "2/28/87, 7:20 PM - Messages and calls are end-to-end encrypted.\n2/28/87, 7:24 PM - Rui Almeida: look at this\n2/28/87, 7:25 PM - Rui Almeida: Harbour Holdings sells terminal\n\n"
            + Self.body + "\n2/28/87, 7:31 PM - Ana Costa: thanks!\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published == nil)
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said it had completed") == true)
    }

    @Test func aChatLikeLineInAnArticleIsNoChat() {
        let lines = ["Harbour Holdings sells terminal", "", "2/28/87, 7:24 PM - the terminal's operator: sold.",
                     "", "Harbour Holdings said it had completed the sale.", "2/28/87, 7:31 PM - Ana: yes"]
        #expect(ChatLogs.longestMessage(lines) == nil)
        #expect(ChatLogs.stampEnd("2/28/87, the harbour - closed") == nil)
        #expect(ChatLogs.stampEnd("1987, 7:24 PM - Rui: x") == nil)
    }

    // MARK: - Text messages in parts

    @Test(arguments: [("ALERT: ", "en"), ("Eilmeldung: ", "de"), ("URGENTE: ", "es"), ("Allerta: ", "it"), ("", "pt")])
    func aTextMessageInPartsIsJoined(_ label: String, _ language: String) throws {
        let lines = ["From: +49 170 1234567", "Date: 1987-02-28 19:24", "Type: SMS",
                     "[1/3] \(label)Harbour Holdings sells terminal — Reuters — 28 Feb 1987", "",
                     "From: +49 170 1234567", "Date: 1987-02-28 19:24", "[2/3] Harbour Holdings said it had completed the sale of its ",
                     "", "From: +49 170 1234567", "[3/3] terminal for 40 mln dlrs."]
        #expect(MultipartTexts.joined(lines) == ["Harbour Holdings sells terminal", "Reuters", "28 Feb 1987", "",
                                                  "Harbour Holdings said it had completed the sale of its terminal for 40 mln dlrs."])
    }

    @Test(arguments: [
        ["[2/3] b", "[1/3] a", "[3/3] c"],  // out of order
        ["[1/3] a", "[2/4] b", "[3/3] c"],  // another count
        ["[1/3] a", "[2/3] b"],  // a part missing
        ["[1/1] a"],  // one part
        ["[1/2] a", "[2/2] b", "[2/2] b"],  // a part twice
    ])
    func partsOutOfOrderAreNoMessage(_ lines: [String]) {
        #expect(MultipartTexts.joined(lines) == nil)
    }

    // MARK: - Markdown dumps

    @Test func aMarkdownDumpDropsItsLogoMenuAndCommand() {
        let lines = ["$ curl -s https://example.org/x | html2text", "[![Reuters](/logo.svg)](/)", "  * [World](/world)",
                     "  * [Business](/business)", "", "# Harbour Holdings sells terminal", "", "By [Jane Doe](/authors/jane)", "",
                     "Harbour Holdings said it had **completed** the sale."]
        let cleaned = MarkdownDumps.cleaned(lines)
        #expect(cleaned.first == "Site: Reuters")
        #expect(cleaned.contains("By Jane Doe"))
        #expect(!cleaned.contains(where: { $0.contains("World") || $0.contains("curl") }))
        // A logo naming a bare domain gives no site.
        let bare = MarkdownDumps.cleaned(["[![reuters.com](/logo.svg)](/)", "# Title", "", "Text."])
        #expect(!bare.contains(where: { $0.hasPrefix("Site:") }))
    }

    @Test func aMarkdownArticleIsNoDump() {
        let lines = ["# Harbour Holdings sells terminal", "", "Harbour Holdings said [it](/x) had completed the sale."]
        #expect(MarkdownDumps.cleaned(lines) == lines)
        let menuOnly = ["* [World](/world)", "* [Business](/business)", "", "No heading below."]
        #expect(MarkdownDumps.cleaned(menuOnly) == menuOnly)
    }

    // MARK: - Articles quoted whole

    private static let tracker = [
        "Add the harbour sale to the review #123", "carmen opened this issue on Feb 28, 1987", "",
        "> **Harbour Holdings sells terminal**", "> By Jane Doe", ">",
        "> Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.", ">",
        "> The company said the terminal would keep its staff and its name under the new owner.", ">",
        "> Shares in the company rose 3 pct in early trading.", "", "1 comment",
    ]

    @Test func anArticleQuotedWholeIsUnquoted() throws {
        let article = try #require(QuotedArticles.article(in: Self.tracker))
        #expect(article == ["Harbour Holdings sells terminal", "By Jane Doe", "",
                            "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.", "",
                            "The company said the terminal would keep its staff and its name under the new owner.", "",
                            "Shares in the company rose 3 pct in early trading."])
        let layout = try read(Self.tracker.joined(separator: "\n"))
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published == nil)
    }

    @Test func aNewsTextQuotingAReadersCommentKeepsItsTitle() throws {
        let text = "Harbour Holdings sells terminal\n\n" + Self.body
            + "\n\nA reader wrote to us:\n\n> I think the sale is a mistake.\n> The terminal was profitable.\n"
        #expect(QuotedArticles.article(in: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        // Under a Markdown heading the quote is the text of the headline above it.
        #expect(QuotedArticles.article(in: ["### 1. Harbour Holdings sells terminal", ""] + Self.tracker[3...]) == nil)
    }

    @Test func aReadersLetterQuotedInAnArticleIsNotTheArticle() throws {
        let text = """
            Harbour Holdings sells terminal

            Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

            One reader, a former dock worker, sent us this letter:

            > Dear editor,
            >
            > I worked at that terminal for thirty years and I have never seen it so busy as it was last year.
            >
            > Selling it now, when the trade is finally coming back, looks like a decision taken by people who never set foot on the quay.
            >
            > The workers deserve better than a press release.
            """
        // A salutation opens it, no headline (it used to give the title `Dear editor,`).
        #expect(QuotedArticles.article(in: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
        #expect(try read(text).title == "Harbour Holdings sells terminal")
    }

    // MARK: - Webmail prints and forwards

    private static let gmail = [
        "2/28/87, 10:10\tGmail - Fwd: Harbour Holdings sells terminal", "Carmen Ortiz <carmen@example.org>",
        "Fwd: Harbour Holdings sells terminal", "1 message", "Jane Doe <jane@example.org>\tSat, Feb 28, 1987 at 6:40 PM",
        "To: desk@example.org", "", "Harbour Holdings said it had completed the sale.",
        "https://mail.google.com/mail/u/0/?ik=1&view=pt\t1/1",
    ]

    @Test func aWebmailPrintIsRelabelledAsAMail() {
        #expect(WebmailPrints.relabelled(Self.gmail) == [
            "Subject: Fwd: Harbour Holdings sells terminal", "From: Jane Doe <jane@example.org>",
            "Date: Sat, Feb 28, 1987 at 6:40 PM", "To: desk@example.org", "", "Harbour Holdings said it had completed the sale.",
        ])
        // A tab in the first line without a webmail's name (a table), or no sender's line within ten: left alone.
        let table = ["Name\tMail", "Jane <j@x.org>\tSat"]
        #expect(WebmailPrints.relabelled(table) == table)
        let unsent = ["2/28/87, 10:10\tGmail - Fwd: x"] + Array(repeating: "line", count: 10) + ["Jane <j@x.org>\tSat"]
        #expect(WebmailPrints.relabelled(unsent) == unsent)
    }

    @Test func aForwardsSubjectAboveItsBannerIsKeptWhenTheTextNamesNoHeadline() {
        let head = ["Subject: Fwd: Harbour Holdings sells terminal", "", "For tomorrow's review.", "",
                    "---------- Forwarded message ---------"]
        // The forwarded text opens with its publication and day: the subject names the article.
        let unnamed = head + ["Reuters – February 26, 1987", "", "Body."]
        #expect(MailThreads.withoutReplyNote(unnamed).lines == ["Subject: Fwd: Harbour Holdings sells terminal", "",
                                                                "Reuters – February 26, 1987", "", "Body."])
        // Its own headers (and subject), or a pasted headline of its own: the subject is left out.
        let headed = head + ["From: Jane Doe <jane@example.org>", "", "Body."]
        #expect(MailThreads.withoutReplyNote(headed).lines == Array(headed[4...]))
        let pasted = head + ["Ceasefire talks resume in Cairo", "", "Body."]
        #expect(MailThreads.withoutReplyNote(pasted).lines == Array(pasted[4...]))
    }

    @Test func aSubjectsColonJoinedToAMarkDoesNotFail() {
        // `:` and U+0301 are one Character: the subject's colon is found by its byte.
        let lines = ["Subject:\u{301} Fwd x", "", "For tomorrow's review.", "",
                     "---------- Forwarded message ---------", "From: Jane Doe <jane@example.org>", "", "Body."]
        #expect(MailThreads.withoutReplyNote(lines).lines.last == "Body.")
    }
}
