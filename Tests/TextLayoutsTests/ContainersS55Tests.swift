import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 52's containers: an Outlook message `msgconvert` made an `.eml`, `mongosh`'s print of a
/// document, `redis-cli HGETALL` (quoted and `--raw`), `aws dynamodb get-item`, `kcat -J`'s Kafka
/// message, a Typesense search answer, Feedbin's entry with its subscription and an `ntfy` poll;
/// for each a dated and an undated article in two languages or shapes, and a look-alike holding
/// no article. The clippers, the stores' and services' moments are never the article's.
@Suite struct ContainersS55Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json
    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Bund",
        sentences: ["Die deutschen Stahlhersteller verlangen von der Bundesregierung Unterstützung beim Umbau ihrer Hochöfen, sagte der Verband am Mittwoch.",
                    "Ohne staatliche Hilfe seien zehntausende Arbeitsplätze in Duisburg und Salzgitter in Gefahr, hieß es weiter."])

    // MARK: msgconvert

    private static func outlookMail(plain: [String], date: String) -> String {
        let boundary = "_000_AB12CD34EF56GH78_"
        let html = "<html><body>" + plain.map { "<p class=\"MsoNormal\">\($0.isEmpty ? "&nbsp;" : $0)</p>" }.joined() + "</body></html>"
        return ["Received: from EXMBX3.desk.example.org (10.1.2.3) by EXHUB1.desk.example.org with Microsoft SMTP Server id 14.3.319.2; \(date)",
                "From: Ingrid Dahl <idahl@desk.example.org>", "To: Desk <desk@desk.example.org>", "Subject: WG: Pressespiegel",
                "Thread-Topic: WG: Pressespiegel", "Thread-Index: AdQ3xYzAbCdEfGhIjKlMnOpQ==", "Date: \(date)",
                "Message-ID: <0A1B2C3D@EXMBX3.desk.example.org>", "Content-Language: de-DE", "X-MS-Has-Attach:",
                "X-MS-TNEF-Correlator:", "MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"\(boundary)\"", "",
                "--\(boundary)", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit", "",
                plain.joined(separator: "\r\n"), "", "--\(boundary)", "Content-Type: text/html; charset=\"utf-8\"",
                "Content-Transfer-Encoding: 8bit", "", html, "", "--\(boundary)--", ""].joined(separator: "\r\n")
    }

    @Test func anOutlookMessageConvertedByMsgconvertGivesThePastedArticleNotTheSenderOrDay() throws {
        let article = Self.german
        let plain = ["Zur Kenntnis für morgen.", "", article.title, "Handelsblatt, 13. März 2024", "Von Jane Doe", ""]
            + article.sentences.flatMap { [$0, ""] } + ["Ingrid Dahl", "Pressespiegel"]
        let layout = try #require(read(Self.outlookMail(plain: plain, date: "Wed, 20 Mar 2024 09:12:41 +0100")))
        #expect(layout.title == article.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Handelsblatt")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(!layout.body.joined().contains("<p"))
        // Undated and unsigned, in English: the mail's day is no date, the sender no author.
        let bare = ["For tomorrow's review.", "", Self.english.title, "Reuters", ""] + Self.english.sentences.flatMap { [$0, ""] }
            + ["Ingrid Dahl"]
        let undated = try #require(read(Self.outlookMail(plain: bare, date: "Thu, 21 Mar 2024 10:00:00 +0100")))
        #expect(undated.title == Self.english.title)
        // The mail's `Date:` is no day of the undated article, and the sender's whole name closing the plain part
        // (no `-- ` above it) signs the mail, not the article (`LayoutReader.signsOff`).
        #expect(undated.published == nil)
        #expect(!undated.authors.contains("Ingrid Dahl"))
        // The plain part alone is taken (an 8-bit part of a single-part mail stays as it is).
        let single = "From: a@example.org\nSubject: x\nContent-Transfer-Encoding: 8bit\n\nHello"
        #expect(MailBodies.decoded(single) == single)
    }

    // MARK: mongosh

    @Test func mongoshsPrintGivesTheDocumentsFieldsNotTheClipper() throws {
        let body = Self.english.sentences.joined(separator: "\\n\\n")
        let lines = ["desk> db.clippings.findOne({ _id: ObjectId('65f1a2b3c4d5e6f708192a3b') })", "{",
                     "  _id: ObjectId('65f1a2b3c4d5e6f708192a3b'),", "  headline: \"Plan to cut emissions unveiled\",",
                     "  outlet: 'Reuters',", "  authors: [ 'Jane Doe', `John O'Roe` ],",
                     "  publishedOn: ISODate('2024-03-14T07:12:00.000Z'),", "  body: '\(body)',",
                     "  clippedBy: { name: 'Hélène Roux', at: ISODate('2024-03-20T09:12:41.000Z') },", "  __v: 0", "}", "desk> "]
        let layout = try #require(read(lines.joined(separator: "\n")))
        #expect(layout.title == Self.english.title)
        #expect(layout.authors == ["Jane Doe", "John O'Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(layout.body.first == Self.english.sentences[0])
        // Undated (`null`), unsigned, in German, from `find()`: the clipping's moment is no day.
        let german = ["archiv> db.artikel.find({ quelle: 'FAZ' })", "[", "  {", "    _id: ObjectId('65f1a2b3c4d5e6f708192a3c'),",
                      "    titel: '\(Self.german.title)',", "    quelle: 'FAZ',", "    autoren: [],", "    publishedOn: null,",
                      "    text: '\(Self.german.sentences.joined(separator: "\\n\\n"))',",
                      "    clippedBy: { name: 'Hélène Roux', at: ISODate('2024-03-20T09:12:41.000Z') }", "  }", "]"]
        let undated = try #require(read(german.joined(separator: "\n")))
        #expect(undated.title == Self.german.title)
        #expect(undated.source == "FAZ")
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        // A user's document holds no article.
        let user = "desk> db.users.findOne()\n{\n  _id: ObjectId('65f1a2b3c4d5e6f708192a3d'),\n  login: 'hroux',\n  createdAt: ISODate('2024-03-20T09:12:41.000Z')\n}\n"
        let fields = try #require(ConsoleRecords.mongoDocument(user))
        #expect(fields["login"] as? String == "hroux")
        #expect(FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates) == nil)
    }

    // MARK: redis-cli

    private static func redisQuoted(_ text: String) -> String {
        var out = "\""
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x20..<0x7F: out.append(Character(Unicode.Scalar(byte)))
            default: out += String(format: "\\x%02x", byte)
            }
        }
        return out + "\""
    }

    @Test func redisCliHashGivesItsFieldsQuotedOrRaw() throws {
        let pairs = [("headline", Self.german.title), ("outlet", "Süddeutsche Zeitung"), ("authors", "Jane Doe; Jürgen Roß"),
                     ("published", "2024-03-13"), ("body", Self.german.sentences.joined(separator: "\n\n")),
                     ("clipped_by", "Hélène Roux"), ("clipped_at", "1710925961")]
        let flat = pairs.flatMap { [$0.0, $0.1] }
        let quoted = ["127.0.0.1:6379> HGETALL clipping:17"] + flat.enumerated().map { "\(String($0.offset + 1).count < 2 ? " " : "")\($0.offset + 1)) \(Self.redisQuoted($0.element))" }
            + ["127.0.0.1:6379> "]
        let layout = try #require(read(quoted.joined(separator: "\n")))
        #expect(layout.title == Self.german.title)
        #expect(layout.source == "Süddeutsche Zeitung")
        #expect(layout.authors == ["Jane Doe", "Jürgen Roß"])
        #expect(layout.published?.iso == "2024-03-13")
        #expect(layout.body.first == Self.german.sentences[0])
        // `--raw`, undated and unsigned, in English: `clipped_at` gives no day, the clipper no author.
        let raw = ["$ redis-cli --raw HGETALL clipping:18", "headline", Self.english.title, "outlet", "Reuters", "body"]
            + [Self.english.sentences.joined(separator: "\n\n"), "clipped_by", "Hélène Roux", "clipped_at", "1710925961", "$ "]
        let undated = try #require(read(raw.joined(separator: "\n")))
        #expect(undated.title == Self.english.title)
        #expect(undated.source == "Reuters")
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        // A session hash holds no article.
        let session = ["127.0.0.1:6379> HGETALL session:9", "1) \"user\"", "2) \"hroux\"", "3) \"expires\"", "4) \"1710925961\""]
        let fields = try #require(ConsoleRecords.redisHash(session.joined(separator: "\n")))
        #expect(fields["user"] as? String == "hroux")
        #expect(FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates) == nil)
    }

    // MARK: DynamoDB

    @Test func dynamoDBItemGivesItsTypedValuesNotTheClipping() throws {
        let item: [String: Any] = [
            "clip_id": ["S": "7f3c"], "headline": ["S": Self.english.title], "outlet": ["S": "Reuters"],
            "authors": ["L": [["S": "Jane Doe"], ["S": "John Roe"]]], "published_on": ["S": "2024-03-14"],
            "body": ["S": EmissionsArticle.text], "word_count": ["N": "38"], "reviewed": ["BOOL": true],
            "clipped_by": ["S": "Hélène Roux"], "clipped_at": ["N": "1710925961"],
        ]
        let command = "$ aws dynamodb get-item --table-name Clippings --key '{\"clip_id\": {\"S\": \"7f3c\"}}'\n"
        let layout = try #require(read(command + Self.json(["Item": item])))
        #expect(layout.title == Self.english.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // Undated (`NULL`), unsigned, in German, a query's `Items` without the command line.
        var german = item
        german["headline"] = ["S": Self.german.title]
        german["body"] = ["S": Self.german.sentences.joined(separator: "\n\n")]
        german["authors"] = ["L": [Any]()]
        german["published_on"] = ["NULL": true]
        let undated = try #require(read(Self.json(["Items": [german], "Count": 1, "ScannedCount": 1])))
        #expect(undated.title == Self.german.title)
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        #expect(undated.source == "Reuters")
        // A table's description holds no item.
        #expect(ServiceDocuments.record(in: ["Table": ["TableName": "Clippings", "ItemCount": 4]] as [String: Any], rest: "", dates: dates) == nil)
    }

    // MARK: kcat

    @Test func kcatsKafkaMessageGivesItsPayloadNotTheBrokersMoment() throws {
        let payload: [String: Any] = ["headline": Self.english.title, "outlet": "Reuters", "authors": ["Jane Doe"],
                                      "publishedAt": "2024-03-14T07:12:00Z", "fetchedAt": "2024-03-20T08:00:00Z",
                                      "body": Self.english.sentences]
        let message: [String: Any] = ["topic": "clips", "partition": 0, "offset": 42, "tstype": "create", "ts": 1710925961123,
                                      "key": "a1", "payload": Self.json(payload)]
        let text = "$ kcat -C -b kafka:9092 -t clips -o -1 -e -J\n" + Self.json(message) + "\n% Reached end of topic clips [0] at offset 43: exiting\n"
        let layout = try #require(read(text))
        #expect(layout.title == Self.english.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(layout.body.count == 2)
        // Undated (null) and unsigned, in German: `ts` and `fetchedAt` give no day.
        var german = payload
        german["headline"] = Self.german.title
        german["body"] = Self.german.sentences
        german["publishedAt"] = NSNull()
        german["authors"] = [String]()
        var second = message
        second["payload"] = Self.json(german)
        let undated = try #require(read("$ kcat -C -b kafka:9092 -t clips -J\n" + Self.json(second) + "\n"))
        #expect(undated.title == Self.german.title)
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        // A message whose payload is no JSON object is no record.
        var metrics = message
        metrics["payload"] = "cpu=0.4"
        #expect(ServiceDocuments.record(in: metrics, rest: "", dates: dates) == nil)
    }

    // MARK: Typesense

    @Test func typesenseHitGivesItsDocumentNotTheIndexingMoment() throws {
        var document: [String: Any] = ["id": "81", "headline": Self.english.title, "outlet": "Reuters", "authors": ["Jane Doe"],
                                       "published_at": 1710400320, "body": EmissionsArticle.text, "indexed_at": 1710925961]
        func answer(_ document: [String: Any]) -> String {
            Self.json(["found": 1, "hits": [["document": document, "highlights": [Any](), "text_match": 578730123365187705] as [String: Any]],
                       "out_of": 3000, "page": 1, "search_time_ms": 3, "request_params": ["collection_name": "clippings", "q": "plan"]] as [String: Any])
        }
        let layout = try #require(read(answer(document)))
        #expect(layout.title == Self.english.title)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        document["published_at"] = nil
        document["headline"] = Self.german.title
        document["body"] = Self.german.sentences.joined(separator: "\n\n")
        let undated = try #require(read(answer(document)))
        #expect(undated.title == Self.german.title)
        #expect(undated.published == nil)
        // No hit: no article.
        #expect(FieldRecords.record(in: ["found": 0, "hits": [Any](), "out_of": 3000] as [String: Any], rest: "", dates: dates) == nil)
    }

    // MARK: Feedbin

    @Test func feedbinEntryGivesItsSubscriptionsTitleNotFeedbinsMoments() throws {
        let entry: [String: Any] = ["id": 4711, "feed_id": 88, "title": Self.english.title, "author": "Jane Doe, John Roe",
                                    "summary": Self.english.sentences[0], "content": EmissionsArticle.sentences.map { "<p>\($0)</p>" }.joined(),
                                    "url": "https://www.reuters.com/plan", "extracted_content_url": "https://extract.feedbin.com/parser/x",
                                    "published": "2024-03-14T07:12:00.000000Z", "created_at": "2024-03-20T09:12:41.000000Z"]
        let subscriptions: [[String: Any]] = [["id": 1, "created_at": "2023-01-02T00:00:00.000000Z", "feed_id": 12, "title": "Le Monde",
                                               "feed_url": "https://www.lemonde.fr/rss.xml"],
                                              ["id": 2, "created_at": "2024-04-02T00:00:00.000000Z", "feed_id": 88, "title": "Reuters",
                                               "feed_url": "https://www.reuters.com/rss.xml"]]
        let text = ["$ curl -s -u desk@example.org: https://api.feedbin.com/v2/entries/4711.json", Self.json(entry),
                    "$ curl -s -u desk@example.org: https://api.feedbin.com/v2/subscriptions.json", Self.json(subscriptions)]
        let layout = try #require(read(text.joined(separator: "\n")))
        #expect(layout.title == Self.english.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // Undated (null), unsigned, in German: `created_at` gives no day.
        var german = entry
        german["title"] = Self.german.title
        german["content"] = Self.german.sentences.map { "<p>\($0)</p>" }.joined()
        german["published"] = NSNull()
        german["author"] = NSNull()
        let undated = try #require(read([text[0], Self.json(german), text[2], Self.json(subscriptions)].joined(separator: "\n")))
        #expect(undated.title == Self.german.title)
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        #expect(undated.source == "Reuters")
        // The subscriptions alone hold no entry.
        #expect(ConsoleRecords.known([subscriptions]) == nil)
    }

    // MARK: ntfy

    @Test func ntfyPollGivesTheMessagesHeadlineNotItsMoment() throws {
        func poll(title: String, message: String) -> String {
            ["$ curl -s \"https://ntfy.sh/desk-a1b2/json?poll=1\"",
             Self.json(["id": "o1", "time": 1710925961, "event": "open", "topic": "desk-a1b2"]),
             Self.json(["id": "m1", "time": 1710925900, "expires": 1710969100, "event": "message", "topic": "desk-a1b2",
                        "title": title, "message": message, "click": "https://example.org/a", "tags": ["newspaper"]] as [String: Any]),
             Self.json(["id": "k1", "time": 1710926000, "event": "keepalive", "topic": "desk-a1b2"])].joined(separator: "\n")
        }
        let layout = try #require(read(poll(title: Self.english.title,
                                            message: "By Jane Doe · Reuters · March 14, 2024\n\n" + Self.english.sentences[0])))
        #expect(layout.title == Self.english.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        let undated = try #require(read(poll(title: Self.german.title, message: "FAZ\n\n" + Self.german.sentences[0])))
        #expect(undated.title == Self.german.title)
        #expect(undated.published == nil)
        // Only keepalives: no message.
        #expect(ConsoleRecords.known([["event": "keepalive", "topic": "t", "time": 1] as [String: Any]]) == nil)
    }
}
