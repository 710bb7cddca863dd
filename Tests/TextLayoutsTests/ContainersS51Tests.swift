import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 48's JSON containers: a Tiny Tiny RSS headline, a Mendeley document list, a Lemmy post,
/// a Nextcloud Notes note, a NewsData.io result, a Microsoft Teams channel's messages through
/// Microsoft Graph.
@Suite struct ContainersS51Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let json = EmissionsArticle.json
    private static let html = sentences.map { "<p>\($0)</p>" }.joined()
    private static let title = "Plan to cut emissions unveiled"

    @Test func aTinyTinyRSSHeadlineGivesItsFeedAndItsDay() throws {
        var entry: [String: Any] = [
            "id": 163038, "guid": "SHA1:64b83b02", "unread": true, "marked": false, "published": false,
            "updated": 1_710_410_400, "is_updated": false, "title": Self.title, "link": "https://www.reuters.com/plan",
            "feed_id": "51", "tags": [""], "labels": [] as [Any], "feed_title": "Reuters", "author": "Jane Doe, John Roe",
            "score": 0, "note": NSNull(), "lang": "en", "content": Self.html,
        ]
        let layout = try #require(read(Self.json(["seq": 0, "status": 0, "content": [entry]])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // An entry the feed gave no moment: no day.
        entry["updated"] = nil
        entry["author"] = ""
        let undated = try #require(read(Self.json(["seq": 0, "status": 0, "content": [entry]])))
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        #expect(undated.source == "Reuters")
    }

    @Test func aMendeleyDocumentListGivesItsPartsAndItsSource() throws {
        var document: [String: Any] = [
            "id": "f9e68853", "title": Self.title, "type": "newspaper_article",
            "authors": [["first_name": "Jane", "last_name": "Doe"], ["last_name": "Roe"]],
            "year": 2024, "month": 3, "day": 14, "source": "Reuters", "publisher": "Delta Media Ltd",
            "created": "2024-04-02T07:28:05.715Z", "last_modified": "2024-04-03T03:53:14.486Z", "accessed": "2024-04-01",
            "abstract": Self.sentences[0], "tags": ["Press review"], "read": false,
        ]
        let layout = try #require(read(Self.json([document])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe", "Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // Unsigned and undated: its abstract alone makes it an article, and the saving days are none of its.
        for key in ["authors", "year", "month", "day"] { document[key] = nil }
        let bare = try #require(read(Self.json([document])))
        #expect(bare.title == Self.title)
        #expect(bare.authors.isEmpty)
        #expect(bare.published == nil)
        #expect(bare.source == "Reuters")
    }

    @Test func aLemmyPostGivesTheQuotedArticle() throws {
        let body = "Worth a read, full text below.\n\n" + [
            "**\(Self.title)**", "Reuters — 14 March 2024", "By Jane Doe", Self.sentences[0], Self.sentences[1],
        ].map { "> " + $0 }.joined(separator: "\n>\n")
        func document(_ name: String) -> String {
            let post: [String: Any] = [
                "id": 6_119_100, "name": name, "url": "https://www.reuters.com/plan", "body": body, "creator_id": 4411,
                "community_id": 77, "published": "2024-04-02T10:11:12.118254Z", "embed_title": Self.title + " - Reuters",
            ]
            let creator: [String: Any] = ["id": 4411, "name": "hroux", "display_name": "Hélène Roux", "published": "2023-07-02T18:20:11Z"]
            let community: [String: Any] = [
                "id": 77, "name": "europe_economy", "title": "European economy", "description": NSNull(),
                "published": "2023-06-14T09:12:44.302481Z",
            ]
            return Self.json([
                "post_view": ["post": post, "creator": creator, "community": community, "counts": ["post_id": 6_119_100, "published": "2024-04-02T10:11:12Z"]],
                "community_view": ["community": community], "moderators": [] as [Any], "cross_posts": [] as [Any],
            ])
        }
        let bracketed = try #require(read(document("[Reuters] " + Self.title)))
        #expect(bracketed.title == Self.title)
        #expect(bracketed.source == "Reuters")
        #expect(bracketed.authors == ["Jane Doe"])
        #expect(bracketed.published?.iso == "2024-03-14")
        let plain = try #require(read(document(Self.title)))
        #expect(plain.title == Self.title)
        #expect(plain.authors == ["Jane Doe"])
        #expect(plain.published?.iso == "2024-03-14")
        // A tag in brackets names no publication.
        #expect(PostRecords.bracketedSource("[OC] " + Self.title) == nil)
        #expect(PostRecords.bracketedSource("[Le Figaro] " + Self.title)?.source == "Le Figaro")
    }

    @Test func aNextcloudNoteGivesTheArticleUnderItsHeading() throws {
        let noteTitle = "Press review 04/02 – plan"
        let content = [
            noteTitle, "", "For tomorrow's review:", "", "## \(Self.title)", "", "*Reuters*, 14 March 2024", "By Jane Doe", "",
            Self.sentences[0], "", Self.sentences[1],
        ].joined(separator: "\n")
        let note: [String: Any] = [
            "id": 275, "etag": "1deb7098", "readonly": false, "content": content, "title": noteTitle,
            "category": "Press review", "favorite": false, "modified": 1_712_052_000,
        ]
        let layout = try #require(read(Self.json(note)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // A text whose first line is not the title keeps its title.
        #expect(PostRecords.headedArticle("Other\n\n## Heading\n\nText", noteTitle: noteTitle) == nil)
    }

    @Test func aNewsDataResultGivesItsFields() throws {
        let item: [String: Any] = [
            "article_id": "add0470c", "title": Self.title, "link": "https://www.reuters.com/plan", "creator": ["Jane Doe"],
            "description": Self.sentences[0], "content": "ONLY AVAILABLE IN PAID PLANS", "pubDate": "2024-03-14 14:05:00",
            "pubDateTZ": "UTC", "source_id": "reuters", "source_name": "Reuters", "source_url": "https://www.reuters.com",
            "language": "english", "country": ["united kingdom"], "category": ["business"],
        ]
        let layout = try #require(read(Self.json(["status": "success", "totalResults": 1, "results": [item], "nextPage": NSNull()])))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aTeamsChannelPostGivesThePastedArticle() throws {
        let pasted = "<p>For tomorrow's review:</p><p><b>\(Self.title)</b><br>Reuters – 14 March 2024<br>By Jane Doe</p>" + Self.html
        func message(_ who: String, _ content: String, _ subject: Any) -> [String: Any] {
            [
                "id": "1770214140928", "messageType": "message", "createdDateTime": "2024-04-02T10:11:12.000Z",
                "lastModifiedDateTime": "2024-04-02T10:12:00.000Z", "subject": subject, "importance": "normal",
                "from": ["application": NSNull(), "user": ["displayName": who, "userIdentityType": "aadUser"]],
                "body": ["contentType": "html", "content": content], "attachments": [] as [Any],
            ]
        }
        let document: [String: Any] = [
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams('1')/channels('2')/messages", "@odata.count": 2,
            "value": [message("John Roe", "<p>Thanks, I'll summarise it.</p>", NSNull()), message("Hélène Roux", pasted, "Review 04/02")],
        ]
        let layout = try #require(read(Self.json(document)))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aLongQuoteIsUnquotedUpToALineFeedNeverInsideACharacter() {
        // A 3-byte line, then lines of `> é` and a line feed (5 bytes each): byte 65,536 falls inside an `é`.
        let quoted = "xx\n" + String(repeating: "> é\n", count: 21_846)
        let plain = PostRecords.unquoted(quoted)
        #expect(!plain.unicodeScalars.contains("\u{FFFD}"))
        #expect(plain.hasPrefix("xx\né\né\n"))
        #expect(plain.utf8.count < quoted.utf8.count)
        // The lines past the first 64 KiB stay as written, whole.
        #expect(plain.hasSuffix("> é\n"))
    }
}
