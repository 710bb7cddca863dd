import Testing

@testable import TextLayouts
import DateReading

/// Stop 40's rules: a colleague's notes above a rule, a lead-in line ending in a colon, a
/// Telegram export's rich text, a Hugo page reposting an article (`[params.original]`).
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
}
