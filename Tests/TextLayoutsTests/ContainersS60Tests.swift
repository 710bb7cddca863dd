import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 60's containers (`DeskStores`): a feed's item as sfeed stores it, a mail read over JMAP (`Email/get`), a
/// Couchbase query in cbq, a row the HBase shell prints (`get`, `scan`), `mdb-export` of an Access table, a Drafts note
/// from the app's JSON export, and `etcdctl get` of the desk's keys (printed, and as `-w json`); for each a dated
/// article, an undated and unsigned one in another language, and a look-alike holding no article (refused). The
/// stores' moments (a saving, a storing, an entry, a note's creation, a mail's receipt), the colleagues who saved,
/// entered or forwarded the clipping and the tools' names are never the article's.
@Suite struct ContainersS60Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json
    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")

    private static func padded(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    // MARK: sfeed

    /// One item line as sfeed writes it: time, title, link, content (`\`, line breaks and tabs escaped), type, id,
    /// author, enclosure, category.
    private static func feedLine(_ time: String, _ title: String, _ link: String, _ content: String, _ type: String, _ author: String) -> String {
        let escaped = content.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        return [time, title, link, escaped, type, link, author, "", "Climate"].joined(separator: "\t")
    }

    @Test func anSfeedItemGivesItsTimeAndTheFeedsName() throws {
        let a = Self.english
        let link = "https://www.theguardian.com/environment/2024/mar/13/emissions-plan"
        let html = a.sentences.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let layout = try #require(read("$ grep -F '\(link)' \"$HOME/.sfeed/feeds/The Guardian\"\n"
            + Self.feedLine("1710315000", a.title, link, html, "html", "Jane Doe") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso.hasPrefix("2024-03-13") == true)
        #expect(layout.body.contains { $0.hasPrefix("Opposition parties") })
        // An empty time (the feed gave no day), no author, a plain-text content, in French.
        let f = Self.french
        let flink = "https://www.lemonde.fr/economie/article/acier"
        let undated = try #require(read("$ grep -F '\(flink)' '/home/review/.sfeed/feeds/Le Monde'\n"
            + Self.feedLine("", f.title, flink, Self.frenchText, "plain", "") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(undated.source == "Le Monde")
        // A whole feed's items, none named by the command: no one article, refused.
        #expect(read("$ cat ~/.sfeed/feeds/lemonde\n"
            + Self.feedLine("1710315000", a.title, link, html, "html", "Jane Doe") + "\n"
            + Self.feedLine("1710401400", f.title, flink, Self.frenchText, "plain", "") + "\n") == nil)
    }

    // MARK: JMAP

    private static func jmap(_ subject: String, from: String, body: String) -> String {
        let email: [String: Any] = [
            "id": "Mf3a9", "threadId": "Tc81e", "receivedAt": "2024-03-20T09:12:45Z", "sentAt": "2024-03-20T09:12:41+00:00",
            "from": [["name": from, "email": "idahl@desk.example.org"]], "to": [["name": NSNull(), "email": "review@desk.example.org"]],
            "subject": subject, "textBody": [["partId": "1", "type": "text/plain"]],
            "bodyValues": ["1": ["value": body, "isEncodingProblem": false, "isTruncated": false]],
        ]
        let response: [String: Any] = [
            "methodResponses": [["Email/get", ["accountId": "u1", "state": "812", "list": [email], "notFound": [Any]()], "0"]],
            "sessionState": "3e25b2a0",
        ]
        return "$ curl -s -u review -d @get.json https://jmap.desk.example.org/api/ | jq .\n" + json(response) + "\n"
    }

    @Test func aJMAPMailGivesTheForwardedArticleNotTheForwarder() throws {
        let a = Self.english
        let body = ["Worth a look for Friday's review.", "", "---------- Forwarded message ---------",
                    "From: The Guardian <newsletters@theguardian.com>", "Date: Wed, 13 Mar 2024 08:02:00 +0000", "Subject: \(a.title)", "",
                    a.title, "The Guardian, 13 March 2024", "By Jane Doe", "", EmissionsArticle.text].joined(separator: "\n")
        let layout = try #require(read(Self.jmap("Fwd: \(a.title)", from: "Ingrid Dahl", body: body)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Pasted under its subject without a forward mark, in French, unsigned and undated: the mail's days are none.
        let f = Self.french
        let pasted = ["Pour la revue de vendredi.", "", f.title, "Le Monde", "", Self.frenchText].joined(separator: "\n")
        let undated = try #require(read(Self.jmap("TR : \(f.title)", from: "Ingrid Dahl", body: pasted)))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A colleague's note about a meeting: no article, refused.
        #expect(read(Self.jmap("Réunion de rédaction", from: "Ingrid Dahl", body: "La réunion est déplacée à jeudi 10 h, salle 4.\n\nIngrid")) == nil)
    }

    // MARK: cbq

    private static func cbq(_ key: String, _ results: [Any]) -> String {
        let response: [String: Any] = [
            "requestID": "5b1c0d2e-8f61-4d1a-9a43-7c2b5e0f9d11", "signature": ["*": "*"], "results": results, "status": "success",
            "metrics": ["elapsedTime": "4.2ms", "executionTime": "3.9ms", "resultCount": results.count, "resultSize": 812],
        ]
        return ["$ cbq -e couchbase://db.desk.example.org -u review", "Enter Password: ",
                " Connected to : http://db.desk.example.org:8091/. Type Ctrl-D or \\QUIT to exit.", "",
                "cbq> SELECT * FROM review._default.clips USE KEYS \"\(key)\";", json(response), "cbq> "].joined(separator: "\n") + "\n"
    }

    @Test func aCouchbaseQueryGivesTheDocumentNotItsSaving() throws {
        let a = Self.english
        let layout = try #require(read(Self.cbq("clip::9", [["clips": [
            "byline": ["Jane Doe", "John Roe"], "headline": a.title, "outlet": "The Guardian", "published": "2024-03-13",
            "savedAt": "2024-03-20T09:12:41Z", "savedBy": "Ingrid Dahl", "text": EmissionsArticle.text, "type": "clip",
        ] as [String: Any]]])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `published` null and no byline, in French: `savedAt` is the desk's moment, `savedBy` no writer.
        let f = Self.french
        let undated = try #require(read(Self.cbq("clip::10", [["clips": [
            "byline": [Any](), "headline": f.title, "outlet": "Le Monde", "published": NSNull(), "savedAt": "2024-03-20T09:12:41Z",
            "savedBy": "Ingrid Dahl", "text": Self.frenchText, "type": "clip",
        ] as [String: Any]]])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // No document under that key: refused.
        #expect(read(Self.cbq("clip::11", [])) == nil)
    }

    // MARK: HBase shell

    /// A value as the HBase shell prints bytes: printable ASCII as it is, any other byte (a line break, UTF-8's) `\xHH`.
    private static func binary(_ text: String) -> String {
        text.utf8.map { byte in
            (0x20..<0x7F).contains(byte) ? String(Character(UnicodeScalar(byte))) : "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(2)
        }.joined()
    }

    private static func hbaseGet(_ prompt: String, _ cells: [(String, String)]) -> String {
        var lines = [prompt, padded("COLUMN", 39) + "CELL"]
        lines += cells.map { " " + padded($0.0, 38) + "timestamp=1710926001512, value=" + binary($0.1) }
        lines += ["1 row(s)", "Took 0.0214 seconds"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theHBaseShellsRowGivesItsDecodedCellsNotTheirTimestamps() throws {
        let a = Self.english
        let layout = try #require(read(Self.hbaseGet("hbase:003:0> get 'desk:clips', '20240313-9c1f'", [
            ("m:added_by", "Ingrid Dahl"), ("m:authors", "Jane Doe; John Roe"), ("m:outlet", "The Guardian"), ("m:published", "2024-03-13"),
            ("t:body", EmissionsArticle.text), ("t:headline", a.title),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(layout.body.contains { $0.hasPrefix("Opposition parties") })
        // A `scan`'s row (`column=` cells), in French, its accents as escaped bytes, with no `m:published` nor `m:authors` cell.
        let f = Self.french
        let scan = ["hbase(main):004:0> scan 'desk:clips', {ROWPREFIXFILTER => '00000000'}", "ROW" + String(repeating: " ", count: 30) + "COLUMN+CELL"]
            + [("m:added_by", "Hélène Roux"), ("m:outlet", "Le Monde"), ("t:body", Self.frenchText), ("t:headline", f.title)].map {
                " 00000000-2b7e" + String(repeating: " ", count: 19) + "column=\($0.0), timestamp=1710926001512, value=" + Self.binary($0.1)
            } + ["1 row(s)", "Took 0.0311 seconds"]
        let undated = try #require(read(scan.joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A users table's row: no article, refused.
        #expect(read(Self.hbaseGet("hbase:005:0> get 'desk:users', 'idahl'", [
            ("info:email", "idahl@desk.example.org"), ("info:name", "Ingrid Dahl"), ("info:role", "editor"),
        ])) == nil)
    }

    // MARK: mdb-export

    @Test func mdbExportReadsTheDayByItsFormatNotTheEntry() throws {
        let a = Self.english
        // `%m/%d/%Y`: the 4th of March, which a day-first reading would take for the 3rd of April.
        let layout = try #require(read([
            "$ mdb-export -D '%m/%d/%Y %H:%M:%S' desk.mdb Clippings", "ID,Newspaper,Headline,Authors,Published,Entered,EnteredBy,Body",
            "31,\"The Guardian\",\"\(a.title)\",\"Jane Doe; John Roe\",03/04/2024 00:00:00,03/20/2024 09:12:00,\"Ingrid Dahl\",\"\(EmissionsArticle.text)\"",
        ].joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-04")
        // Column names in French, an empty day and no writers: `Saisie` is the desk's entry, `SaisiPar` no writer.
        let f = Self.french
        let undated = try #require(read([
            "$ mdb-export -D '%d/%m/%Y %H:%M:%S' revue.mdb Coupures", "No,Journal,Titre,Auteurs,Parution,Saisie,SaisiPar,Texte",
            "32,\"Le Monde\",\"\(f.title)\",,,20/03/2024 09:12:00,\"Ingrid Dahl\",\"\(Self.frenchText)\"",
        ].joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The contacts table: no article, refused.
        #expect(read([
            "$ mdb-export revue.mdb Contacts", "No,Nom,Courriel,Service", "1,\"Ingrid Dahl\",\"idahl@desk.example.org\",\"Revue de presse\"",
            "2,\"Jon Porter\",\"jporter@desk.example.org\",\"Documentation\"",
        ].joined(separator: "\n") + "\n") == nil)
    }

    // MARK: Drafts

    private static func draft(_ uuid: String, _ content: String) -> String {
        "$ jq '.[] | select(.uuid == \"\(uuid)\")' DraftsExport.json\n" + json([
            "uuid": uuid, "content": content, "flagged": false, "tags": ["review"], "created_at": "2024-03-20T09:12:41Z",
            "modified_at": "2024-03-20T09:17:41Z", "accessed_at": "2024-03-20T09:27:41Z", "created_latitude": 48.85,
            "created_longitude": 2.35,
        ] as [String: Any]) + "\n"
    }

    @Test func aDraftsNoteGivesThePastedArticleNotTheNotesMoments() throws {
        let a = Self.english
        let layout = try #require(read(Self.draft("5C1D7E2A-90B4-4C3F-8E61-2F7A9D0B3C55", [
            a.title, "The Guardian · 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, "",
            "https://www.theguardian.com/environment/2024/mar/13/emissions-plan",
        ].joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French: `created_at` is the note's moment.
        let f = Self.french
        let undated = try #require(read(Self.draft("0E4B8F31-6A2D-4F7C-B1E9-8D3C5A7F2E10", [f.title, "Le Monde", "", Self.frenchText].joined(separator: "\n"))))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A shopping list: no article, refused.
        #expect(read(Self.draft("9A7B3C1D-2E4F-4A6B-8C0D-1E2F3A4B5C6D", "Courses\n- pain\n- lait\n- café")) == nil)
    }

    // MARK: etcdctl

    @Test func etcdsKeysGiveTheArticleNotTheStoring() throws {
        let a = Self.english
        let prefix = "/desk/clips/9/"
        let keys: [(String, String)] = [("authors", "Jane Doe; John Roe"), ("body", EmissionsArticle.text), ("headline", a.title),
                                        ("outlet", "The Guardian"), ("published", "2024-03-13"), ("stored_at", "2024-03-20T09:12:41Z"),
                                        ("stored_by", "Ingrid Dahl")]
        let layout = try #require(read((["$ etcdctl --endpoints=https://etcd.desk.example.org:2379 get --prefix \(prefix)"]
            + keys.flatMap { [prefix + $0.0, $0.1] }).joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `-w json` (base64 keys and values), in French, no `published` nor `authors` key: `stored_at` is no day.
        let f = Self.french
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        let kvs = [("body", Self.frenchText), ("headline", f.title), ("outlet", "Le Monde"), ("stored_at", "2024-03-20T09:12:41Z"),
                   ("stored_by", "Ingrid Dahl")].map { ["key": base64("/desk/clips/10/" + $0.0), "value": base64($0.1), "version": 1] as [String: Any] }
        let undated = try #require(read("$ etcdctl get --prefix /desk/clips/10/ -w json\n" + Self.json([
            "header": ["cluster_id": 1, "member_id": 2, "revision": 812, "raft_term": 3], "kvs": kvs, "count": kvs.count,
        ] as [String: Any]) + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The desk's configuration keys: no article, refused.
        #expect(read(["$ etcdctl get --prefix /desk/config/", "/desk/config/mail_host", "smtp.desk.example.org",
                      "/desk/config/retention_days", "30", "/desk/config/review_hour", "07:30"].joined(separator: "\n") + "\n") == nil)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
