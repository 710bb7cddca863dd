import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 50's containers: SendGrid's Inbound Parse request, a mongoexport document, a Mercury Parser
/// page, a Standard Notes backup, a Wiki.js page through GraphQL; and one look-alike for each of the
/// review's JSON findings (a Graph calendar event, a Sheets budget, a Notion meeting page, a Strapi
/// site's own post, a Webz.io thread's page number).
@Suite struct ContainersS53Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let json = EmissionsArticle.json
    private static let title = "Plan to cut emissions unveiled"
    /// The article as a colleague pastes it under a note: headline, publication and day, byline, text.
    private static let pasted = [title, "Reuters, 14 March 2024", "By Jane Doe", ""] + sentences.flatMap { [$0, ""] }

    @Test func aSendGridRequestGivesTheMailsTextNotItsSubjectOrDay() throws {
        let text = (["For tomorrow's review:", ""] + Self.pasted + ["--", "Hélène Roux"]).joined(separator: "\n")
        let headers = ["Date: Wed, 20 Mar 2024 09:12:41 +0100", "From: Hélène Roux <hroux@example.org>",
                       "Subject: Press review (Reuters)", "MIME-Version: 1.0"].joined(separator: "\n")
        let fields = [("headers", headers), ("to", "review@inbound.example.org"), ("text", text),
                      ("from", "Hélène Roux <hroux@example.org>"), ("subject", "Press review (Reuters)"), ("SPF", "pass")]
        let body = fields.map { "--xYzZY\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }.joined() + "--xYzZY--\r\n"
        let request = ["POST /hooks/inbound HTTP/1.1", "Host: hooks.example.org", "Content-Type: multipart/form-data; boundary=xYzZY", ""]
            .joined(separator: "\r\n") + "\r\n" + body
        #expect(HTTPRequests.posted(request)?.hasPrefix("For tomorrow's review:") == true)
        let layout = try #require(read(request))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // A request that posts no form is none of this.
        #expect(HTTPRequests.posted("POST /hooks HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{}") == nil)
    }

    @Test func aMongoexportDocumentGivesItsPublicationDayNotItsClipping() throws {
        let document: [String: Any] = [
            "_id": ["$oid": "65f1a2b3c4d5e6f708192a3b"], "headline": Self.title, "outlet": "Reuters", "authors": ["Jane Doe"],
            "publishedAt": ["$date": "2024-03-14T08:12:00.000Z"], "text": EmissionsArticle.text,
            "clippedBy": ["name": "Hélène Roux", "email": "hroux@example.org"], "clippedAt": ["$date": "2024-03-20T09:00:00.000Z"],
        ]
        let layout = try #require(read(Self.json(document)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aStandardNotesNoteGivesThePastedArticleNotTheNotesTitle() throws {
        let text = (["For tomorrow's review:", ""] + Self.pasted + ["— Hélène Roux"]).joined(separator: "\n")
        let note: [String: Any] = [
            "uuid": "0b6f6c1e", "content_type": "Note", "created_at": "2024-03-20T09:00:00.000Z", "updated_at": "2024-03-20T09:30:00.000Z",
            "content": ["title": "Review 20/03", "text": text, "references": [], "noteType": "plain-text"],
        ]
        let tag: [String: Any] = ["uuid": "9c1d", "content_type": "Tag", "content": ["title": "Press review", "references": []]]
        let layout = try #require(read(Self.json(["version": "004", "items": [note, tag]])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aWikiJSPageGivesItsHeadingNotThePageNameOrEditor() throws {
        let content = (["## \(Self.title)", "", "*Reuters · 14 March 2024 · By Jane Doe*", ""] + Self.sentences.flatMap { [$0, ""] })
            .joined(separator: "\n")
        let page: [String: Any] = [
            "id": 42, "path": "press-review/plan-to-cut-emissions", "title": "14/03/2024 – Reuters", "content": content,
            "contentType": "markdown", "isPublished": true, "createdAt": "2024-03-20T09:00:00.000Z",
            "authorName": "Hélène Roux", "creatorName": "Hélène Roux", "authorEmail": "hroux@example.org",
        ]
        let layout = try #require(read(Self.json(["data": ["pages": ["single": page]]])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aPageRecordsTabTitleLosesThePublicationItsTextCredits() throws {
        let record = JSONRecords.Record(title: Self.title + " | Reuters", rest: "", isPageTitle: true)
        #expect(record.title(without: "Reuters") == Self.title)
        #expect(record.title(without: "Le Monde") == nil)
        // A record that names no page (no `domain`) keeps its title as it is.
        #expect(JSONRecords.Record(title: Self.title + " | Reuters", rest: "").title(without: "Reuters") == nil)
    }

    // MARK: - The review's look-alikes

    @Test func aGraphCalendarEventIsNoMail() {
        let event: [String: Any] = ["subject": "Team meeting", "body": ["contentType": "text", "content": "Agenda: 1. Q1 figures"],
                                    "start": ["dateTime": "2024-03-18T09:00:00"], "end": ["dateTime": "2024-03-18T10:00:00"],
                                    "organizer": ["emailAddress": ["name": "Hélène Roux"]]]
        #expect(GraphMessages.body(event) == nil)
        #expect(GraphMessages.body(["sentDateTime": "2024-03-18T09:00:00Z", "body": ["contentType": "text", "content": "Line"]]) == "Line")
    }

    @Test func aSheetsBudgetIsNoTracker() {
        let budget: [String: Any] = ["majorDimension": "ROWS", "values": [["Date", "Title", "Amount", "Paid by"],
                                                                          ["3/2/2024", "Printer toner", "84.50", "Hélène"]]]
        #expect(SheetValues.delimited(budget) == nil)
        let tracker: [String: Any] = ["majorDimension": "ROWS", "values": [["Date", "Outlet", "Headline", "Text"],
                                                                           ["3/14/2024", "Reuters", Self.title, EmissionsArticle.text]]]
        #expect(SheetValues.delimited(tracker) != nil)
    }

    @Test func aNotionMeetingPageIsNoArticle() {
        func rich(_ text: String) -> [[String: Any]] { [["type": "text", "plain_text": text]] }
        let page: [String: Any] = ["object": "page", "properties": [
            "Nom": ["type": "title", "title": rich("Team meeting on Monday")],
            "Date": ["type": "date", "date": ["start": "2024-03-18"]],
        ]]
        let blocks: [Any] = ["Q1 figures", "Travel budget"].map { ["type": "bulleted_list_item", "bulleted_list_item": ["rich_text": rich($0)]] }
        #expect(NotionPages.record(in: ["page": page, "blocks": blocks], rest: "", dates: dates) == nil)
        let prose: [Any] = [["type": "paragraph", "paragraph": ["rich_text": rich(EmissionsArticle.text)]]]
        #expect(NotionPages.record(in: ["page": page, "blocks": prose], rest: "", dates: dates) != nil)
    }

    @Test func aStrapiSitesOwnPostKeepsItsPublishedDay() throws {
        let attributes: [String: Any] = ["title": Self.title, "content": EmissionsArticle.text, "createdAt": "2024-03-13T17:00:00.000Z",
                                         "updatedAt": "2024-03-20T09:00:00.000Z", "publishedAt": "2024-03-14T08:00:00.000Z"]
        let own = try #require(JSONAPIDocuments.flattened(["data": ["id": 1, "attributes": attributes], "meta": [:]]))
        #expect(own["publishedAt"] as? String == "2024-03-14T08:00:00.000Z")
        var dated = attributes
        dated["articleDate"] = "2024-03-12"
        let kept = try #require(JSONAPIDocuments.flattened(["data": ["id": 1, "attributes": dated], "meta": [:]]))
        #expect(kept["publishedAt"] == nil)
    }

    @Test func aWebzThreadsPageNumberIsNoPublication() {
        let post: [String: Any] = ["title": "Oil prices and the euro", "thread": ["site": "forum.example.org",
                                   "title": "Oil prices and the euro", "title_full": "Oil prices and the euro - Page 3"]]
        #expect(FeedEntries.source(of: post) == nil)
    }
}
