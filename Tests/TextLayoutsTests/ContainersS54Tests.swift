import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 51's containers: a NewsBlur starred story, an SES mail posted by SNS, a Cloud Firestore
/// document, a Trove newspaper article, a Chrome HAR capture of a site's article API, a Bing News
/// answer with the fetched page, `psql`'s expanded display and a Prismic document; and a look-alike
/// for each that holds no article (or one whose service's own moments and users must stay out).
@Suite struct ContainersS54Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let json = EmissionsArticle.json
    private static let title = "Plan to cut emissions unveiled"
    private static let html = sentences.map { "<p>\($0)</p>" }.joined()

    @Test func aNewsBlurStarredStoryGivesItsFeedAndPublicationDayNotTheStarring() throws {
        let story: [String: Any] = [
            "story_hash": "6212345:a1b2c3", "story_feed_id": 6212345, "story_title": Self.title,
            "story_authors": "Jane Doe, John Roe", "story_date": "2024-03-14 07:12:00", "story_timestamp": "1710400320",
            "story_content": Self.html, "story_permalink": "https://www.reuters.com/world/plan-cut-emissions",
            "short_parsed_date": "14 Mar 2024, 7:12am", "starred": true, "starred_date": "20 Mar 2024, 9:05am",
            "starred_timestamp": "1710925500", "read_status": 1, "user_tags": ["review"],
        ]
        let answer: [String: Any] = [
            "stories": [story], "authenticated": true, "result": "ok",
            "feeds": ["6212345": ["id": 6212345, "feed_title": "Reuters", "feed_address": "https://www.reuters.com/rss"] as [String: Any]],
        ]
        let layout = try #require(read(Self.json(answer)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // An undated story: the starring gives no day.
        var undated = story
        undated["story_date"] = nil
        undated["short_parsed_date"] = nil
        let bare = try #require(read(Self.json(["stories": [undated], "feeds": answer["feeds"]!, "result": "ok"] as [String: Any])))
        #expect(bare.published == nil)
        // A user's feed list (`feeds` alone, no story) is no story.
        #expect(ServiceDocuments.record(in: ["feeds": answer["feeds"]!, "result": "ok"] as [String: Any], rest: "", dates: dates) == nil)
    }

    @Test func anSESMailPostedBySNSGivesThePastedArticleNotTheMailsDayOrSender() throws {
        let body = ["For tomorrow's review:", "", Self.title, "Reuters, 14 March 2024", "By Jane Doe", ""]
            + Self.sentences.flatMap { [$0, ""] } + ["-- ", "Hélène Roux"]
        let mail = ["Return-Path: <hroux@example.org>",
                    "Received: from mx.example.org by inbound-smtp.eu-west-1.amazonaws.com with SMTP id abc123",
                    "Date: Wed, 20 Mar 2024 09:12:41 +0100", "From: Hélène Roux <hroux@example.org>",
                    "To: review@press.example.org", "Subject: Press review (Reuters)", "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=UTF-8", ""].joined(separator: "\r\n") + "\r\n" + body.joined(separator: "\r\n")
        let message: [String: Any] = [
            "notificationType": "Received",
            "mail": ["timestamp": "2024-03-20T08:12:43.000Z", "source": "hroux@example.org",
                     "commonHeaders": ["from": ["Hélène Roux <hroux@example.org>"], "date": "Wed, 20 Mar 2024 09:12:41 +0100",
                                       "subject": "Press review (Reuters)"] as [String: Any]] as [String: Any],
            "receipt": ["timestamp": "2024-03-20T08:12:43.000Z", "action": ["type": "SNS", "encoding": "UTF8"]] as [String: Any],
            "content": mail,
        ]
        let note: [String: Any] = [
            "Type": "Notification", "MessageId": "5d3c2f0e", "TopicArn": "arn:aws:sns:eu-west-1:123456789012:inbound",
            "Subject": "Amazon SES Email Receipt Notification", "Message": Self.json(message), "Timestamp": "2024-03-20T08:12:44.000Z",
        ]
        let layout = try #require(read(Self.json(note)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // A bounce notification carries no mail's content.
        var bounce = message
        bounce["notificationType"] = "Bounce"
        bounce["content"] = nil
        #expect(SESNotifications.body(["Type": "Notification", "Message": Self.json(bounce)] as [String: Any]) == nil)
    }

    @Test func aFirestoreDocumentGivesItsTypedFieldsNotItsClipperOrTimes() throws {
        func string(_ text: String) -> [String: Any] { ["stringValue": text] }
        let fields: [String: Any] = [
            "headline": string(Self.title), "outlet": string("Reuters"),
            "authors": ["arrayValue": ["values": [string("Jane Doe")]]],
            "publishedAt": ["timestampValue": "2024-03-14T07:12:00Z"], "text": string(EmissionsArticle.text),
            "wordCount": ["integerValue": "33"], "reviewed": ["booleanValue": true],
            "clippedBy": ["mapValue": ["fields": ["name": string("Hélène Roux"), "uid": string("x8Yz")]]],
        ]
        let document: [String: Any] = [
            "name": "projects/desk/databases/(default)/documents/clippings/AbC123", "fields": fields,
            "createTime": "2024-03-20T09:00:00.123456Z", "updateTime": "2024-03-20T09:30:00.654321Z",
        ]
        let layout = try #require(read(Self.json(document)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // Undated (`nullValue`): no day, whatever the document's times.
        var undated = fields
        undated["publishedAt"] = ["nullValue": NSNull()]
        let bare = try #require(read(Self.json(["name": document["name"]!, "fields": undated, "createTime": "2024-03-20T09:00:00Z"] as [String: Any])))
        #expect(bare.published == nil)
        // A user profile document holds no article.
        let profile: [String: Any] = ["name": "projects/desk/databases/(default)/documents/users/u1",
                                      "fields": ["displayName": string("Hélène Roux"), "role": string("editor")]]
        #expect(ServiceDocuments.record(in: profile, rest: "", dates: dates) == nil)
    }

    @Test func aTroveArticleGivesThePaperWithoutItsPlaceAndYearsNotTheCorrection() throws {
        let article: [String: Any] = [
            "id": "18361234", "heading": Self.title, "category": "Article",
            "title": ["id": "13", "value": "The Argus (Melbourne, Vic. : 1848 - 1957)"], "date": "1952-03-14", "page": "3",
            "troveUrl": "https://trove.nla.gov.au/ndp/del/article/18361234", "correctionCount": 4,
            "lastCorrection": ["by": "jsmith42", "lastupdated": "2019-06-02T10:11:12Z"],
            "articleText": "<p>By JANE DOE</p> " + Self.html,
        ]
        let layout = try #require(read(Self.json(["article": article] as [String: Any])))
        #expect(layout.title == Self.title)
        #expect(layout.source == "The Argus")
        #expect(layout.published?.iso == "1952-03-14")
        #expect(ServiceDocuments.catalogueName("Le Figaro (Paris, France : 1826 - )") == "Le Figaro")
        #expect(ServiceDocuments.catalogueName("The Sun (Sydney)") == "The Sun (Sydney)")
        // A Trove list (a user's list of works) is no article.
        #expect(ServiceDocuments.record(in: ["list": ["id": "1", "title": "My list", "listItem": [Any]()] as [String: Any]] as [String: Any], rest: "", dates: dates) == nil)
    }

    @Test func aHARCaptureGivesTheSitesArticleAnswerNotTheCapture() throws {
        let answer: [String: Any] = [
            "headline": Self.title, "publication": "Reuters", "byline": [["name": "Jane Doe", "url": "/authors/jane-doe"]],
            "firstPublished": "2024-03-14T08:12:00+01:00", "lastModified": "2024-03-19T10:00:00Z",
            "body": Self.sentences.map { ["type": "paragraph", "text": $0] },
        ]
        let entry: [String: Any] = [
            "startedDateTime": "2024-03-20T09:00:00.000Z",
            "request": ["method": "GET", "url": "https://www.reuters.com/api/articles/plan"],
            "response": ["status": 200, "headers": [["name": "date", "value": "Wed, 20 Mar 2024 09:00:00 GMT"]],
                         "content": ["mimeType": "application/json", "text": Self.json(answer)]] as [String: Any],
        ]
        let har: [String: Any] = ["log": ["version": "1.2", "creator": ["name": "WebInspector", "version": "537.36"],
                                          "pages": [["startedDateTime": "2024-03-20T09:00:00.000Z", "id": "page_1", "title": "https://www.reuters.com/"]],
                                          "entries": [entry]] as [String: Any]]
        let layout = try #require(read(Self.json(har)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // A capture of a page's scripts and images holds no answer to read.
        let images: [String: Any] = ["log": ["version": "1.2", "entries": [["response": ["content": ["mimeType": "image/png", "text": "iVBOR"]]]]] as [String: Any]]
        #expect(ServiceDocuments.record(in: images, rest: "", dates: dates) == nil)
    }

    @Test func aBingNewsAnswerGivesItsProviderNotBing() throws {
        let hit: [String: Any] = [
            "name": Self.title, "url": "https://www.reuters.com/world/plan", "description": Self.sentences[0],
            "provider": [["_type": "Organization", "name": "Reuters"]], "datePublished": "2024-03-14T07:12:00.0000000Z",
        ]
        let answer: [String: Any] = ["_type": "News", "readLink": "https://api.bing.microsoft.com/api/v7/news/search?q=emissions",
                                     "value": [hit]]
        let text = Self.json(answer) + "\n\n" + ([Self.title, "By Jane Doe", ""] + Self.sentences.flatMap { [$0, ""] }).joined(separator: "\n")
        let layout = try #require(read(text))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func psqlsExpandedDisplayGivesTheRowsFieldsNotTheClipping() throws {
        let body = ["The government announced on Tuesday a new plan to cut emissions by half", "",
                    "Opposition parties criticised the plan as too slow."]
        var lines = ["desk=> \\x", "Expanded display is on.", "desk=> SELECT * FROM clippings WHERE id = 7;",
                     "-[ RECORD 1 ]+---------------------------------------------------------------------------",
                     "id           | 7", "headline     | \(Self.title)", "outlet       | Reuters",
                     "authors      | {\"Jane Doe\",Roe}", "published_on | 2024-03-14"]
        for (index, line) in body.enumerated() {
            let padded = line.padding(toLength: 74, withPad: " ", startingAt: 0)
            lines.append((index == 0 ? "body         | " : "             | ") + (index < body.count - 1 ? padded + "+" : line))
        }
        lines += ["clipped_by   | Hélène Roux", "clipped_at   | 2024-03-20 09:12:41.123456+01", "", "desk=> "]
        let layout = try #require(read(lines.joined(separator: "\n")))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe", "Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(layout.body.first == body[0])
        #expect(PsqlRecords.arrayItems("{}") == [])
        #expect(PsqlRecords.arrayItems("{\"a \\\"b\\\"\",NULL,c}") == ["a \"b\"", "c"])
        // An undated row (an empty `published_on`): the clipping's moment gives no day.
        let undated = lines.map { $0.hasPrefix("published_on") ? "published_on |" : $0 }
        #expect(try #require(read(undated.joined(separator: "\n"))).published == nil)
        // A users table's row holds no article.
        let users = ["-[ RECORD 1 ]-+-----------", "id          | 3", "login       | hroux", "created_at  | 2024-03-20", ""]
        #expect(PsqlRecords.read(users.joined(separator: "\n"), dates: dates) == nil)
    }

    @Test func aPrismicDocumentGivesItsDataNotPrismicsPublication() throws {
        let document: [String: Any] = [
            "id": "ZfX1aBIAACkA3xYz", "uid": "plan-to-cut-emissions", "type": "press_clipping", "tags": ["review"],
            "first_publication_date": "2024-03-20T09:00:00+0000", "last_publication_date": "2024-03-21T10:00:00+0000",
            "lang": "en-gb", "alternate_languages": [Any](),
            "data": [
                "headline": [["type": "heading1", "text": Self.title, "spans": [Any]()] as [String: Any]], "outlet": "Reuters",
                "authors": [["name": "Jane Doe"]], "article_date": "2024-03-14",
                "body": Self.sentences.map { ["type": "paragraph", "text": $0, "spans": [Any]()] as [String: Any] }, "clipped_by": "Hélène Roux",
            ] as [String: Any],
        ]
        let answer: [String: Any] = ["page": 1, "results_per_page": 20, "results": [document], "version": "a1b2c3d",
                                     "license": "All Rights Reserved"]
        let layout = try #require(read(Self.json(answer)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // A null `article_date`: Prismic's own publication gives no day.
        var undated = document
        var data = document["data"] as! [String: Any]
        data["article_date"] = NSNull()
        undated["data"] = data
        let bare = try #require(read(Self.json(["page": 1, "results": [undated], "license": "All Rights Reserved"] as [String: Any])))
        #expect(bare.published == nil)
        // A navigation document (links alone) is no article.
        let menu: [String: Any] = ["id": "m1", "type": "menu", "first_publication_date": "2024-03-20T09:00:00+0000",
                                   "last_publication_date": "2024-03-20T09:00:00+0000", "data": ["links": [["label": "Home"]]]]
        #expect(ServiceDocuments.record(in: ["results": [menu]] as [String: Any], rest: "", dates: dates) == nil)
    }
}
