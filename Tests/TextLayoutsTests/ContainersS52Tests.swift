import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 49's JSON containers: a mail through Microsoft Graph, a Google Cloud Vision answer, a Notion
/// page with its blocks, a Strapi v4 entry, Unstructured's elements, a Google Sheets range, a
/// Webz.io post.
@Suite struct ContainersS52Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let json = EmissionsArticle.json
    private static let title = "Plan to cut emissions unveiled"

    private static func notionText(_ text: String) -> [[String: Any]] {
        [["type": "text", "text": ["content": text, "link": NSNull()], "plain_text": text, "href": NSNull(),
          "annotations": ["bold": false, "italic": false, "code": false, "color": "default"]]]
    }

    @Test func aGraphMailGivesThePastedArticleNotItsSubject() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "<div>Below for tomorrow's review.</div><div><br></div><div><b>\(Self.title)</b></div>"
            + "<div>Reuters, 14 March 2024</div><div>By Jane Doe</div><div><br></div>"
            + Self.sentences.map { "<div>\($0)</div>" }.joined() + "<div><br></div><div>Thanks,</div><div>Hélène</div></body></html>"
        let message: [String: Any] = [
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('48d31887')/messages/$entity",
            "id": "AAMkAGVmMDEz", "createdDateTime": "2024-03-20T08:12:44Z", "sentDateTime": "2024-03-20T08:12:41Z",
            "receivedDateTime": "2024-03-20T08:12:44Z", "subject": "FW: for the review", "bodyPreview": "Below for tomorrow's review.",
            "importance": "normal", "isRead": true, "body": ["contentType": "html", "content": html],
            "from": ["emailAddress": ["name": "Hélène Roux", "address": "hroux@example.org"]],
            "toRecipients": [["emailAddress": ["name": "John Roe", "address": "jroe@example.org"]]],
        ]
        let layout = try #require(read(Self.json(message)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(GraphMessages.body(["subject": "Hi", "sentDateTime": "2024-03-20T08:12:41Z", "body": ["contentType": "text", "content": "Line\r\nLine"]]) == "Line\nLine")
    }

    @Test func aVisionAnswerGivesTheScannedCutting() throws {
        let text = ["REUTERS   THURSDAY, MARCH 14, 2024   7", "BUSINESS", Self.title, "By Jane Doe",
                    "The government announced on Tuesday a new plan to", "cut emissions by half before 2030, officials said.",
                    "Opposition parties criticised the plan as too slow", "and called for a vote in parliament next month."]
            .joined(separator: "\n") + "\n"
        let box: [String: Any] = ["vertices": [["x": 96, "y": 118], ["x": 1556, "y": 118], ["x": 1556, "y": 2198], ["x": 96, "y": 2198]]]
        let answer: [String: Any] = ["responses": [[
            "textAnnotations": [["locale": "en", "description": text, "boundingPoly": box], ["description": "REUTERS", "boundingPoly": box]],
            "fullTextAnnotation": ["pages": [["property": ["detectedLanguages": [["languageCode": "en", "confidence": 0.98]]],
                                              "width": 1654, "height": 2339]], "text": text],
        ]]]
        let layout = try #require(read(Self.json(answer)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aNotionPageGivesItsPropertiesAndBlocks() throws {
        func document(_ day: Any) -> String {
            let user: [String: Any] = ["object": "user", "id": "7f3c2a1e"]
            let page: [String: Any] = [
                "object": "page", "id": "59833787", "created_time": "2024-03-20T08:12:00.000Z",
                "last_edited_time": "2024-03-20T09:01:00.000Z", "created_by": user, "last_edited_by": user,
                "parent": ["type": "database_id", "database_id": "d9824bdc"], "archived": false,
                "properties": [
                    "Name": ["id": "title", "type": "title", "title": Self.notionText(Self.title)],
                    "Outlet": ["id": "%3AUPp", "type": "select", "select": ["id": "ce95", "name": "Reuters", "color": "blue"]],
                    "Date de parution": ["id": "a%3Cql", "type": "date", "date": day],
                    "Auteurs": ["id": "Qmtd", "type": "rich_text", "rich_text": Self.notionText("Jane Doe")],
                    "Ajouté par": ["id": "P%7Bqw", "type": "created_by", "created_by": ["object": "user", "id": "7f3c2a1e", "name": "Hélène Roux"]],
                    "Tags": ["id": "pW%3E%3B", "type": "multi_select", "multi_select": [["name": "climate"]]],
                ] as [String: Any],
                "url": "https://www.notion.so/Plan-to-cut-emissions-59833787",
            ]
            let blocks = Self.sentences.map { sentence -> [String: Any] in
                ["object": "block", "id": "c02fc1d3", "type": "paragraph", "created_by": user, "has_children": false,
                 "paragraph": ["rich_text": Self.notionText(sentence), "color": "default"]]
            }
            return Self.json(["page": page, "blocks": ["object": "list", "results": blocks, "next_cursor": NSNull(), "has_more": false]])
        }
        let layout = try #require(read(document(["start": "2024-03-14", "end": NSNull(), "time_zone": NSNull()])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(layout.body.count == 2)
        // No publication day: the page's own moments are none.
        let undated = try #require(read(document(NSNull())))
        #expect(undated.published == nil)
        #expect(undated.authors == ["Jane Doe"])
    }

    @Test func aStrapiEntryGivesItsArticleDateNotItsPublishedAt() throws {
        func document(_ day: Any) -> String {
            let attributes: [String: Any] = [
                "headline": Self.title, "outlet": "Reuters", "articleDate": day, "byline": "Jane Doe",
                "body": EmissionsArticle.text, "slug": "plan-to-cut-emissions-unveiled", "locale": "en",
                "createdAt": "2024-03-20T08:12:44.301Z", "updatedAt": "2024-03-20T09:02:10.118Z", "publishedAt": "2024-03-21T06:00:00.000Z",
                "reviewer": ["data": ["id": 3, "attributes": ["username": "hroux", "name": "Hélène Roux"]]],
            ]
            return Self.json(["data": ["id": 1187, "attributes": attributes], "meta": [:] as [String: Any]])
        }
        let layout = try #require(read(document("2024-03-14")))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        let undated = try #require(read(document(NSNull())))
        #expect(undated.published == nil)
        #expect(undated.authors == ["Jane Doe"])
    }

    @Test func unstructuredElementsGiveTheHeadlineTheyHang() throws {
        func element(_ type: String, _ id: String, _ text: String, parent: String? = nil, page: Int = 1) -> [String: Any] {
            var metadata: [String: Any] = ["filetype": "application/pdf", "languages": ["eng"], "page_number": page,
                                           "last_modified": "2024-03-22T10:00:00", "filename": "plan.pdf"]
            metadata["parent_id"] = parent
            return ["type": type, "element_id": id, "text": text, "metadata": metadata]
        }
        let elements: [[String: Any]] = [
            element("Header", "h1", "Reuters – Business"), element("Title", "t1", "BUSINESS"), element("Title", "t2", Self.title),
            element("UncategorizedText", "u1", "By Jane Doe", parent: "t2"), element("UncategorizedText", "u2", "March 14, 2024", parent: "t2"),
            element("NarrativeText", "n1", Self.sentences[0], parent: "t2"), element("NarrativeText", "n2", Self.sentences[1], parent: "t2", page: 2),
            element("Footer", "f1", "https://www.reuters.com/plan 2/2", page: 2), element("PageNumber", "p1", "2", page: 2),
        ]
        let layout = try #require(read(Self.json(elements)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(LayoutParagraphs.elements(elements)?.source == "Reuters")
    }

    @Test func aSheetsRangeIsReadAsItsHeaderRowNamesIt() throws {
        func document(_ header: [String], _ day: String, added: String = "3/20/2024") -> String {
            Self.json(["range": "'Press review'!A1:G2", "majorDimension": "ROWS",
                       "values": [header, [day, "Reuters", Self.title, "Jane Doe", EmissionsArticle.text, "Hélène Roux", added]]])
        }
        let english = ["Date", "Outlet", "Headline", "Author(s)", "Text", "Added by", "Added on"]
        let layout = try #require(read(document(english, "3/4/2024")))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-04")
        // A French tracker shows its days day first.
        let french = try #require(read(document(["Date", "Média", "Titre", "Auteur(s)", "Texte", "Ajouté par", "Ajouté le"], "04/03/2024", added: "06/03/2024")))
        #expect(french.published?.iso == "2024-03-04")
        // An empty cell: no day, whatever day the entry was added on.
        let undated = try #require(read(document(english, "")))
        #expect(undated.published == nil)
        #expect(undated.title == Self.title)
    }

    @Test func aWebzPostGivesThePublicationItsThreadNames() throws {
        func document(_ published: Any) -> String {
            let thread: [String: Any] = [
                "uuid": "b4ef8b2c", "url": "https://www.reuters.com/plan", "site_full": "www.reuters.com", "site": "reuters.com",
                "site_section": "https://www.reuters.com/business", "section_title": "Reuters - Business", "title": Self.title,
                "title_full": Self.title + " | Reuters", "published": published, "site_type": "news", "country": "GB", "domain_rank": 412,
            ]
            let post: [String: Any] = [
                "thread": thread, "uuid": "b4ef8b2c", "url": "https://www.reuters.com/plan", "author": "Jane Doe", "published": published,
                "title": Self.title, "text": EmissionsArticle.text, "highlightText": "", "language": "english",
                "crawled": "2024-03-16T04:12:09.000+02:00", "updated": "2024-03-16T04:12:09.000+02:00",
            ]
            return Self.json(["posts": [post], "totalResults": 1, "moreResultsAvailable": 0, "requestsLeft": 812, "warnings": NSNull()])
        }
        let layout = try #require(read(document("2024-03-14T09:00:00.000+02:00")))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        let undated = try #require(read(document(NSNull())))
        #expect(undated.published == nil)
        #expect(undated.source == "Reuters")
    }
}
