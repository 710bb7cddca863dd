import Testing

@testable import TextLayouts
import DateReading

/// Stop 40's rules: a colleague's notes above a rule, a lead-in line ending in a colon, a
/// Telegram export's rich text, a Hugo page reposting an article (`[params.original]`), a foot
/// sentence saying when the article was published, a masthead's founding and edition lines, a
/// mailbox's separator above a quoted-printable mail, Readability's `publishedTime`, a terminal
/// browser's bar of skip links above the site's.
@Suite struct DeskNotesAndExportsTests {
    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: "en")).read(text))
    }

    private static let article = """
        Harbour Holdings sells container terminal
        Reuters, February 26, 2026

        Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.

        The terminal handled 1.2 million containers last year, the company said.
        """

    @Test func notesAboveARuleAreNoPartOfTheArticle() throws {
        let layout = try read("Summary (Jane Roe): Harbour Holdings sold its terminal.\nRelevance: high\n\n----------\n\n" + Self.article)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-02-26")
        #expect(layout.authors.isEmpty)
    }

    @Test func aLabelledTitleUnderlinedIsNoNote() {
        let lines = ["JSON parsing: simdjson vs. JSON for Modern C++", "==============", "", "Daniel Lemire is a professor."]
        #expect(RuledNotes.articleStart(lines) == nil)
    }

    @Test func aClippingSheetsFieldsAreNoNotes() {
        let lines = ["Title: Harbour Holdings sells terminal", "Source: Reuters", "", "-----", "", "Harbour Holdings said …"]
        #expect(RuledNotes.articleStart(lines) == nil)
    }

    @Test func aLeadInEndingInAColonIsNoTitle() throws {
        let layout = try read("For the morning review:\n" + Self.article)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(LayoutReader.leadInEnd(["Apologies: none.", "Harbour Holdings sells terminal"]) == 0)
    }

    @Test func aTelegramMessagesPiecesAreJoined() throws {
        let body = String(repeating: "Harbour Holdings said on Thursday it had completed the sale of its terminal. ", count: 5)
        let json = """
            {"name": "Desk", "type": "private_group", "messages": [
              {"id": 1, "type": "message", "date": "2026-02-27T08:08:46", "from": "Jane Roe", "text": [
                "For the morning review:\\n", {"type": "bold", "text": "Harbour Holdings sells container terminal"},
                "\\nReuters · February 26, 2026\\n\\n\(body)\\n\\nThe terminal handled 1.2 million containers last year."]}
            ]}
            """
        let layout = try read(json)
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-02-26")
    }

    @Test func aRepostsOriginalTableGivesTheArticlesFields() throws {
        let text = """
            +++
            title = "Harbour Holdings sells container terminal"
            date = 2026-03-04T07:02:00+01:00
            author = "Jane Roe"

            [params.original]
              publication = "Reuters"
              published = 2026-02-26
            +++

            Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.
            """
        let front = try #require(FrontMatter.split(text))
        #expect(front.value("publication") == "Reuters")
        #expect(front.value("published") == "2026-02-26")
        #expect(front.value("date") == nil)
        #expect(front.list("author").isEmpty)
    }

    @Test(arguments: [
        "This article was published on 02/26/2026 at 08:39.", "Cet article a été publié le 26/02/2026 à 08:39.",
        "Dieser Artikel wurde am 26.02.2026 um 08:39 Uhr veröffentlicht.",
    ])
    func aFootSentenceSaysWhenItWasPublished(_ foot: String) throws {
        let layout = try read("Harbour Holdings sells container terminal\n\n"
            + "Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.\n\n"
            + foot + "\n")
        #expect(layout.published?.iso == "2026-02-26")
        #expect(!layout.body.contains(foot))
    }

    @Test func anUpdateSentenceGivesNoDate() throws {
        let foot = "This article was updated on 02/27/2026."
        #expect(PublishedNotes.date(foot, dates: DateRecognizer(language: "en")) == nil)
    }

    @Test func aMastheadsFoundingAndEditionLines() throws {
        let layout = try read("LE FIGARO\nFounded in 1826 · No. 32788\nEdition of Saturday, December 22, 2012\n\n"
            + "Harbour Holdings sells container terminal\n\n"
            + "Harbour Holdings said on Thursday it had completed the sale of its container terminal to a Danish investor.\n")
        #expect(layout.title == "Harbour Holdings sells container terminal")
        #expect(layout.source == "LE FIGARO")
        #expect(layout.published?.iso == "2012-12-22")
        #expect(ExportLines.isFoundingLine("Gegründet 1828 · Nr. 23113"))
        #expect(!ExportLines.isFoundingLine("Founded on a promise, the firm grew"))
    }

    @Test func aMailboxSeparatorIsNoPartOfTheMail() {
        let mail = "From jane@example.org Sat Feb 28 15:34:00 2026\nFrom: Jane Roe <jane@example.org>\nSubject: Terminal\n"
            + "Content-Transfer-Encoding: quoted-printable\n\nReuters, 26 f=C3=A9vrier 2026\n"
        #expect(MailBodies.decoded(mail).contains("Reuters, 26 février 2026"))
        #expect(!MailBodies.decoded(mail).hasPrefix("From jane@"))
    }

    @Test func readabilitysPublishedTimeIsTheDate() throws {
        let body = String(repeating: "Harbour Holdings said on Thursday it had completed the sale of its terminal. ", count: 4)
        let json = """
            {"title": "Harbour Holdings sells container terminal", "byline": null, "textContent": "\(body)",
             "siteName": "Reuters", "publishedTime": "2026-02-26T06:09:00+01:00"}
            """
        let layout = try read(json)
        #expect(layout.published?.iso.hasPrefix("2026-02-26") == true)
        #expect(layout.source == "Reuters")
    }

    @Test func aBarOfSkipLinksAboveTheSitesBar() {
        let lines = ["   [1]Skip to content", "   [2]Reuters", "   [3]Home [4]Business", "", "   Harbour Holdings sells terminal"]
        #expect(LinkDumps.cleaned(lines).first == "Site: Reuters")
    }

    @Test func aRepostsNoteOfTheOriginalsDayNamesNoPublication() throws {
        // `originally published on August 8, 2017`: the original's day, no publication named `August 8`; the
        // blog's poster is no author.
        let layout = try read("FALL IN LOVE WITH BLACK – LDT – Blog\nPosted by Rui Almeida on 2017-08-13 · 24 comments\n\n"
            + "Styling mistakes are rarer with an all-black look, which is why the little black dress is so famous.\n\n"
            + "This article was originally published on August 8, 2017. Republished with permission.\n")
        #expect(layout.published?.iso == "2017-08-08")
        #expect(layout.source == nil)
        #expect(layout.authors.isEmpty)
    }

    // The before-stop review's look-alikes.
    @Test func aHeadlineWithAKickerAboveARuleIsNoNote() throws {
        #expect(RuledNotes.articleStart(["Brexit: Johnson loses key vote", "", "---", "", "The Prime Minister lost a key vote."]) == nil)
        let layout = try read("Brexit: Johnson loses key vote\n\n---\n\nThe Prime Minister lost a key vote on Tuesday night as rebels joined the opposition.\n")
        #expect(layout.title == "Brexit: Johnson loses key vote")
    }

    @Test(arguments: ["Established in 1990, the bakery still bakes by hand", "Founded in 1998, Google now employs 180,000 people."])
    func aSentenceAfterAFoundingYearIsNoMasthead(_ line: String) {
        #expect(!ExportLines.isFoundingLine(line))
    }

    @Test func aListOfStringsIsNoRichText() throws {
        let paragraphs = (1...6).map { "Paragraph \($0) of a note that is long enough to count as text for the reader here." }
        let json = "{\"tags\": [\"a\", \"b\"], \"paragraphs\": [" + paragraphs.map { "\"\($0)\"" }.joined(separator: ", ") + "]}"
        // Each string stays a string of its own: never glued into one without a separator.
        #expect(JSONTexts.plain(json)?.contains("here.Paragraph") != true)
    }

    @Test func aFieldLabelIsNoLeadIn() {
        #expect(LayoutReader.leadInEnd(["Author:", "Jane Doe"]) == 0)
        #expect(LayoutReader.leadInEnd(["For the morning review:", "Harbour Holdings sells terminal"]) == 1)
    }

    @Test func aScanStampAfterANoBreakSpaceIsStillAStamp() {
        let lines = ["It said the sale was completed and that the", "\u{00A0}Scanned with CamScanner", "workers keep their jobs."]
        let out = CopyStamps.withoutScanStamps(lines, dates: DateRecognizer(language: "en"))
        #expect(!out.contains { $0.contains("Scanned") })
    }
}
