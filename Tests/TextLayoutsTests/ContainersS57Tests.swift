import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 55's containers (`DeskExports`): `notmuch show --format=json`, a Datasette `_shape=array` answer under its
/// `$ curl` line, `mdls` over `textutil`'s text, `aws s3api head-object` over `aws s3 cp … -`, `task … export`,
/// `mosquitto_sub -v` and `jrnl --export json`; for each a dated article, an undated and unsigned one in another
/// language, and a look-alike holding no article (refused). The tools' moments, users, senders and names are never
/// the article's.
@Suite struct ContainersS57Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json
    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")

    // MARK: notmuch show --format=json

    private static func notmuch(subject: String, content: String) -> String {
        let message: [String: Any] = [
            "id": "a1b2c3@mail.desk.example.org", "match": true, "excluded": false,
            "filename": ["/home/desk/Mail/INBOX/cur/1710922361.M1P2.mx:2,S"], "timestamp": 1_710_922_361,
            "date_relative": "March 20", "tags": ["inbox", "unread"],
            "headers": ["Subject": subject, "From": "Ingrid Dahl <idahl@desk.example.org>", "To": "desk@desk.example.org",
                        "Date": "Wed, 20 Mar 2024 09:12:41 +0100"],
            "body": [["id": 1, "content-type": "multipart/mixed",
                      "content": [["id": 2, "content-type": "text/plain", "content": content] as [String: Any]]] as [String: Any]],
            "crypto": [:] as [String: Any],
        ]
        return "$ notmuch show --format=json --entire-thread=false id:a1b2c3@mail.desk.example.org\n" + json([[[message, [] as [Any]]]])
    }

    @Test func aNotmuchMailGivesThePastedArticleNotTheSenderOrTheMailsDate() throws {
        let a = Self.english
        let content = "Have a look.\n\n\(a.title)\nBy Jane Doe\nThe Guardian, 13 March 2024\n\n\(EmissionsArticle.text)\n\n-- \nIngrid Dahl\n"
        let layout = try #require(read(Self.notmuch(subject: "Fwd: \(a.title)", content: content)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: neither the sender nor the mail's `Date` or `timestamp`.
        let f = Self.french
        let undated = try #require(read(Self.notmuch(subject: "TR: \(f.title)", content: "Pour la revue.\n\n\(f.title)\nLe Monde\n\n\(Self.frenchText)\n\n-- \nIngrid Dahl\n")))
        #expect(undated.title == f.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(undated.source == "Le Monde")
        // A colleague's question pastes no article: refused.
        #expect(read(Self.notmuch(subject: "Lunch on Friday?", content: "Are you free on Friday at noon?\n\n-- \nIngrid Dahl\n")) == nil)
    }

    // MARK: Datasette

    private static func datasette(table: String, query: String, row: [String: Any]) -> String {
        "$ curl -s \"https://data.desk.example.org/clips/\(table).json?_shape=array&\(query)\"\n" + json([row])
    }

    @Test func aDatasetteRowUnderItsCurlLineGivesItsFieldsNotTheClipper() throws {
        let a = Self.english
        let layout = try #require(read(Self.datasette(table: "articles", query: "headline__contains=emissions", row: [
            "id": 4, "headline": a.title, "outlet": "The Guardian", "byline": "Jane Doe", "published": "2024-03-13",
            "clipped_by": "Ingrid Dahl", "clipped_at": "2024-03-20T09:12:41", "text": EmissionsArticle.text,
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated (nulls), in French: the clipping's moment is no date, the clipper no author.
        let f = Self.french
        let undated = try #require(read(Self.datasette(table: "articles", query: "headline__contains=acier", row: [
            "id": 5, "headline": f.title, "outlet": "Le Monde", "byline": NSNull(), "published": NSNull(),
            "clipped_by": "Ingrid Dahl", "clipped_at": "2024-03-20T09:12:41", "text": Self.frenchText,
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A users table's row is no article: refused.
        #expect(read(Self.datasette(table: "users", query: "name__contains=Dahl", row: [
            "id": 1, "name": "Ingrid Dahl", "email": "idahl@desk.example.org", "joined": "2024-03-20T09:12:41",
        ])) == nil)
    }

    // MARK: mdls, then textutil

    private static func mdls(_ attributes: [(String, String)], text: String?) -> String {
        let width = attributes.map { $0.0.count }.max() ?? 0
        var lines = ["$ mdls ~/Downloads/clip.pdf"]
            + attributes.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + " = " + $0.1 }
        if let text { lines += ["$ textutil -convert txt -stdout ~/Downloads/clip.pdf", text] }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func mdlsOverTextutilGivesTheAuthorsAndPublishersNotTheFilesMomentsOrCreator() throws {
        let a = Self.english
        let layout = try #require(read(Self.mdls([
            ("kMDItemAuthors", "(\n    \"Jane Doe\"\n)"), ("kMDItemContentCreationDate", "2024-03-20 09:12:41 +0000"),
            ("kMDItemCreator", "\"Safari\""), ("kMDItemLastUsedDate", "2024-03-21 10:00:00 +0000"),
            ("kMDItemPublishers", "(\n    \"The Guardian\"\n)"), ("kMDItemTitle", "\"\(a.title)\""),
        ], text: "\(a.title)\nThe Guardian – 13 March 2024\nBy Jane Doe\n\n\(EmissionsArticle.text)")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the file's creation day is none of the article's, Safari no source.
        let f = Self.french
        let undated = try #require(read(Self.mdls([
            ("kMDItemContentCreationDate", "2024-03-20 09:12:41 +0000"), ("kMDItemCreator", "\"Safari\""),
            ("kMDItemPublishers", "(\n    \"Le Monde\"\n)"), ("kMDItemTitle", "\"\(f.title)\""),
        ], text: "\(f.title)\nLe Monde\n\n\(Self.frenchText)")))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A photo's attributes, no text printed: refused.
        #expect(read(Self.mdls([
            ("kMDItemContentCreationDate", "2024-03-20 09:12:41 +0000"), ("kMDItemContentType", "\"public.jpeg\""),
            ("kMDItemPixelHeight", "3024"), ("kMDItemPixelWidth", "4032"), ("kMDItemTitle", "(null)"),
        ], text: nil)) == nil)
    }

    // MARK: aws s3api head-object, then aws s3 cp

    private static func s3(metadata: [String: Any], text: String?) -> String {
        let head: [String: Any] = [
            "AcceptRanges": "bytes", "LastModified": "2024-03-20T09:12:41+00:00", "ContentLength": 1200,
            "ETag": "\"0f343b0931126a20f133d67c2b018a3b\"", "ContentType": "text/plain", "Metadata": metadata,
        ]
        var print = "$ aws s3api head-object --bucket desk-archive --key clips/2024/clip.txt\n" + json(head) + "\n"
        if let text { print += "$ aws s3 cp s3://desk-archive/clips/2024/clip.txt -\n" + text + "\n" }
        return print
    }

    @Test func anS3ObjectGivesItsMetadataNotTheClipperOrLastModified() throws {
        let a = Self.english
        let layout = try #require(read(Self.s3(
            metadata: ["headline": a.title, "outlet": "The Guardian", "byline": "Jane Doe", "published": "2024-03-13", "clipped-by": "idahl"],
            text: "\(a.title)\nThe Guardian, 13 March 2024\nBy Jane Doe\n\n\(EmissionsArticle.text)")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // No byline nor published key, in French: `LastModified` is the object's, `clipped-by` the desk's.
        let f = Self.french
        let undated = try #require(read(Self.s3(metadata: ["headline": f.title, "outlet": "Le Monde", "clipped-by": "idahl"],
                                                text: "\(f.title)\nLe Monde\n\n\(Self.frenchText)")))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // An object's head alone prints no article: refused.
        #expect(read(Self.s3(metadata: ["clipped-by": "idahl"], text: nil)) == nil)
    }

    // MARK: task export

    private static func task(_ description: String, notes: [String]) -> String {
        let task: [String: Any] = [
            "id": 7, "description": description, "entry": "20240320T091241Z", "modified": "20240320T091241Z", "due": "20240322T170000Z",
            "status": "pending", "project": "review", "uuid": "2f1e7c3a-5b7d-4c1e-9a0b-3c4d5e6f7a8b", "urgency": 8.2,
            "annotations": notes.map { ["entry": "20240320T091241Z", "description": $0] },
        ]
        return "$ task 7 export\n" + json([task])
    }

    @Test func aTaskwarriorTaskGivesTheHeadlineAfterItsLabelAndTheAnnotationsNotTheTasksMoments() throws {
        let a = Self.english
        let layout = try #require(read(Self.task("Summarise for the review: \(a.title)", notes: [
            "https://www.theguardian.com/environment/plan-to-cut-emissions-unveiled", "By Jane Doe — The Guardian — 13 March 2024",
        ] + a.sentences)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: `entry`, `modified` and `due` are Taskwarrior's.
        let f = Self.french
        let undated = try #require(read(Self.task("Résumer pour la revue : \(f.title)",
                                                  notes: ["https://www.lemonde.fr/economie/les-siderurgistes-reclament", "Le Monde"] + f.sentences)))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A chore annotated in a few words: refused.
        #expect(read(Self.task("Renew the press card", notes: ["Form sent on Monday."])) == nil)
    }

    // MARK: mosquitto_sub -v

    private static func mqtt(_ messages: [(topic: String, payload: [String: Any])]) -> String {
        "$ mosquitto_sub -h mqtt.desk.example.org -t 'desk/#' -v -C 2\n" + messages.map { $0.topic + " " + json($0.payload) }.joined(separator: "\n") + "\n"
    }

    private static var heartbeat: (topic: String, payload: [String: Any]) {
        ("desk/status", ["status": "ok", "at": "2024-03-20T09:15:00Z"] as [String: Any])
    }

    @Test func mqttMessagesGiveTheClipsPayloadNotTheFetchedMomentOrTheBot() throws {
        let a = Self.english
        let layout = try #require(read(Self.mqtt([
            ("desk/clips/en/4f2a", ["headline": a.title, "outlet": "The Guardian", "authors": ["Jane Doe"], "published": "2024-03-13",
                                    "text": EmissionsArticle.text, "fetched": 1_710_922_361, "bot": "clipper/2.0"] as [String: Any]),
            Self.heartbeat,
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated (null), in French: the epoch `fetched` is the bot's.
        let f = Self.french
        let undated = try #require(read(Self.mqtt([
            ("desk/clips/fr/9c1b", ["headline": f.title, "outlet": "Le Monde", "authors": [] as [Any], "published": NSNull(),
                                    "text": Self.frenchText, "fetched": 1_710_922_361, "bot": "clipper/2.0"] as [String: Any]),
            Self.heartbeat,
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A sensor's reading and a status are no article: refused.
        #expect(read(Self.mqtt([("office/temperature", ["celsius": 21.5, "at": "2024-03-20T09:12:41Z"] as [String: Any]), Self.heartbeat])) == nil)
    }

    // MARK: jrnl --export json

    private static func jrnl(title: String, body: String) -> String {
        "$ jrnl review --export json -n 1\n" + json([
            "tags": ["@review": 1],
            "entries": [["title": title, "body": body, "date": "2024-03-20", "time": "09:12", "tags": ["@review"], "starred": false] as [String: Any]],
        ] as [String: Any])
    }

    @Test func aJrnlEntryGivesTheHeadlineAfterThePublicationNotTheEntrysMoment() throws {
        let a = Self.english
        let layout = try #require(read(Self.jrnl(title: "The Guardian: \(a.title)",
                                                 body: "To read again. @review\n\nBy Jane Doe\n13 March 2024\n\n\(EmissionsArticle.text)\n")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the entry's `date` and `time` are when it was written.
        let f = Self.french
        let undated = try #require(read(Self.jrnl(title: "Le Monde : \(f.title)", body: "À relire. @review\n\n\(Self.frenchText)\n")))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // An appointment is no article: refused.
        #expect(read(Self.jrnl(title: "Dentist at three.", body: "Bring the insurance forms. @health\n")) == nil)
    }
}
