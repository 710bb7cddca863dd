import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 54's containers (`DeskAnswers`): `gh issue view --json`, a Gotify `/message` answer, calibre's `ebook-meta`
/// over the converted text, a Shaarli link, a Redmine issue, `signal-cli receive --output=json`, a Baserow row and
/// SPARQL 1.1 JSON results; for each a dated article, an undated or otherwise shaped one in another language, and a
/// look-alike holding no article. The tools' moments, users, senders and names are never the article's.
@Suite struct ContainersS56Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json
    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french

    // MARK: gh issue view --json

    private static func ghIssue(title: String, body: String) -> String {
        "$ gh issue view 12 --repo desk/review --json title,body,author,createdAt,comments\n" + json([
            "title": title, "body": body, "number": 12, "createdAt": "2024-03-20T09:12:41Z", "state": "OPEN",
            "author": ["login": "idahl", "name": "Ingrid Dahl", "is_bot": false],
            "comments": [["author": ["login": "pmoreau"], "body": "Done.", "createdAt": "2024-03-21T10:00:00Z"]],
        ] as [String: Any])
    }

    @Test func aGitHubIssueGivesTheQuotedArticleNotTheIssueTitleAuthorOrMoments() throws {
        let a = Self.english
        let body = ["For the review.", "", "> **\(a.title)**", ">", "> *By Jane Doe* — The Guardian, 13 March 2024", ">"]
            + a.sentences.map { "> \($0)" }
        let layout = try #require(read(Self.ghIssue(title: "Review: \(a.title)", body: body.joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: neither the issue's author nor its moments.
        let f = Self.french
        let bare = ["Pour la revue.", "", "> **\(f.title)**", ">"] + f.sentences.map { "> \($0)" }
        let undated = try #require(read(Self.ghIssue(title: "Revue : \(f.title)", body: bare.joined(separator: "\n"))))
        #expect(undated.title == f.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A bug report quotes no article: refused.
        #expect(read(Self.ghIssue(title: "Crash on start", body: "Steps: open the app.\n\nIt crashes.")) == nil)
    }

    // MARK: Gotify

    private static func gotify(title: String, message: String) -> String {
        "$ curl -s https://push.desk.example.org/message?limit=1\n" + json([
            "messages": [["id": 812, "appid": 3, "title": title, "message": message, "priority": 5,
                          "date": "2024-03-20T09:12:41.123456789+01:00"]],
            "paging": ["size": 1, "limit": 1, "since": 0],
        ] as [String: Any])
    }

    @Test func aGotifyMessageGivesItsTitleAndTheBoldPublicationAndDayNotThePushMoment() throws {
        let a = Self.english
        let message = "**The Guardian · 13 March 2024**  \nBy Jane Doe\n\n" + a.sentences[0]
        let layout = try #require(read(Self.gotify(title: a.title, message: message)))
        #expect(layout.title == a.title)
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(layout.authors == ["Jane Doe"])
        // Undated, in French: the push's `date` is none of the article's.
        let f = Self.french
        let undated = try #require(read(Self.gotify(title: f.title, message: "**Le Monde**\n\n" + f.sentences[0])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.published == nil)
        // The answer saved alone, without the command above it: the same reading.
        let alone = try #require(read(String(Self.gotify(title: a.title, message: message).drop { $0 != "\n" }.dropFirst())))
        #expect(alone.title == a.title)
        #expect(alone.published?.iso == "2024-03-13")
        // A backup's notice is no article.
        #expect(read(Self.gotify(title: "Backup", message: "Nightly backup done.")) == nil)
    }

    // MARK: ebook-meta

    private static func ebookMeta(_ fields: [(String, String)], text: [String]) -> String {
        (["$ ebook-meta \"clip.epub\""] + fields.map { $0.0.padding(toLength: 20, withPad: " ", startingAt: 0) + ": " + $0.1 }
            + (text.isEmpty ? [] : ["$ ebook-convert \"clip.epub\" \"clip.txt\" > /dev/null && cat \"clip.txt\""] + text)).joined(separator: "\n") + "\n"
    }

    @Test func ebookMetaGivesAuthorsWithoutSortNamesAndThePublishedDayNotTheTimestamp() throws {
        let a = Self.english
        let text = [a.title, ""] + a.sentences.flatMap { [$0, ""] }
        let layout = try #require(read(Self.ebookMeta([
            ("Title", a.title), ("Author(s)", "Jane Doe [Doe, Jane] & Jo Li [Li, Jo]"), ("Publisher", "The Guardian"),
            ("Timestamp", "2024-03-20T09:12:41+00:00"), ("Published", "2024-03-13T00:00:00+00:00"),
        ], text: text)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "Jo Li"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned (calibre's `Unknown`) and undated, in French.
        let f = Self.french
        let undated = try #require(read(Self.ebookMeta([
            ("Title", f.title), ("Author(s)", "Unknown"), ("Publisher", "Le Monde"), ("Timestamp", "2024-03-20T09:12:41+00:00"),
        ], text: [f.title, ""] + f.sentences.flatMap { [$0, ""] })))
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(undated.source == "Le Monde")
        // The book's fields alone, no text printed: refused.
        #expect(read(Self.ebookMeta([("Title", "A novel"), ("Author(s)", "Jo Li [Li, Jo]")], text: [])) == nil)
    }

    // MARK: Shaarli

    @Test func aShaarliLinkGivesItsTitleWithoutTheSiteAndTheDescribedArticleNotItsMoments() throws {
        let a = Self.english
        func link(_ title: String, _ description: String) -> String {
            "$ curl -s \"https://links.desk.example.org/api/v1/links?limit=1\"\n" + Self.json([[
                "id": 41, "url": "https://example.org/a", "shorturl": "aB3dEf", "title": title, "description": description,
                "tags": ["review"], "private": false, "created": "2024-03-20T09:12:41+01:00", "updated": "2024-03-21T09:12:41+01:00",
            ] as [String: Any]])
        }
        let layout = try #require(read(link("\(a.title) – The Guardian",
                                            "By Jane Doe · The Guardian · 13 March 2024\n\n" + EmissionsArticle.text)))
        #expect(layout.title == a.title)
        #expect(layout.source == "The Guardian")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-13")
        // Undated, in French, the site's name holding a bar.
        let f = Self.french
        let undated = try #require(read(link("\(f.title) | Le Monde | Économie",
                                             "Le Monde | Économie\n\n" + f.sentences.joined(separator: "\n\n"))))
        #expect(undated.title == f.title)
        #expect(undated.published == nil)
        // A bookmark of a tool's page, a few words described: no article.
        #expect(read(link("jq manual", "The jq reference.")) == nil)
    }

    // MARK: Redmine

    private static func redmine(subject: String, description: [String]) -> String {
        "$ curl -s \"https://redmine.desk.example.org/issues/88.json?include=journals\"\n" + json(["issue": [
            "id": 88, "project": ["id": 3, "name": "Press review"], "tracker": ["id": 4, "name": "Clipping"],
            "author": ["id": 5, "name": "Ingrid Dahl"], "assigned_to": ["id": 6, "name": "Paul Moreau"], "subject": subject,
            "description": description.joined(separator: "\r\n"), "start_date": "2024-03-20", "due_date": "2024-03-25",
            "created_on": "2024-03-20T09:12:41Z", "journals": [["id": 1, "user": ["id": 6, "name": "Paul Moreau"], "notes": "Checked."]],
        ] as [String: Any]])
    }

    @Test func aRedmineIssueGivesItsTextileArticleNotItsAuthorAssigneeOrDays() throws {
        let a = Self.english
        let layout = try #require(read(Self.redmine(subject: "The Guardian: \(a.title)", description:
            ["h2. \(a.title)", "", "_By Jane Doe_", "", "The Guardian, 13 March 2024", ""] + a.sentences.flatMap { ["bq. \($0)", ""] })))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the issue's start, due and creation days are Redmine's.
        let f = Self.french
        let undated = try #require(read(Self.redmine(subject: "Libération: \(f.title)", description:
            ["h2. \(f.title)", "", "Libération", ""] + f.sentences.flatMap { ["bq. \($0)", ""] })))
        #expect(undated.title == f.title)
        #expect(undated.source == "Libération")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A task is no article.
        #expect(read(Self.redmine(subject: "Renew the wire subscription", description: ["Before April."])) == nil)
    }

    // MARK: signal-cli

    private static func signal(message: String?, preview: String?) -> String {
        var data: [String: Any] = ["timestamp": 1_710_922_361_000, "expiresInSeconds": 0]
        if let message { data["message"] = message }
        if let preview { data["previews"] = [["url": "https://example.org/a", "title": preview, "description": "…"]] }
        let sender: [String: Any] = ["source": "+33612345678", "sourceNumber": "+33612345678", "sourceName": "Ingrid Dahl", "sourceDevice": 1]
        var first = sender
        first["timestamp"] = 1_710_922_361_000
        first["dataMessage"] = data
        var receipt = sender
        receipt["receiptMessage"] = ["when": 1_710_922_421_000, "isRead": true, "timestamps": [1_710_922_361_000]]
        return "$ signal-cli -a +33170000001 receive --output=json\n" + json(["envelope": first, "account": "+33170000001"])
            + "\n" + json(["envelope": receipt, "account": "+33170000001"]) + "\n"
    }

    @Test func aSignalMessageGivesThePastedArticleNotTheSenderOrTimestamps() throws {
        let a = Self.english
        let message = "Have a look: https://example.org/a\n\n\(a.title)\nBy Jane Doe\nThe Guardian, 13 March 2024\n\n" + EmissionsArticle.text
        let layout = try #require(read(Self.signal(message: message, preview: "\(a.title) | The Guardian")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated, in French, no preview: the article under the note's link.
        let f = Self.french
        let plain = "Regarde : https://example.org/b\n\n\(f.title)\nLe Monde\n\n" + f.sentences.joined(separator: "\n\n")
        let undated = try #require(read(Self.signal(message: plain, preview: nil)))
        #expect(undated.title == f.title)
        #expect(undated.published == nil)
        #expect(!undated.authors.contains("Ingrid Dahl"))
        // A chat line is no article.
        #expect(read(Self.signal(message: "Lunch at noon?", preview: nil)) == nil)
    }

    // MARK: Baserow

    private static func baserow(_ row: [String: Any]) -> String {
        var full = row
        full["id"] = 17
        full["order"] = "17.00000000000000000000"
        return "$ curl -s \"https://api.baserow.io/api/database/rows/table/301/?user_field_names=true\"\n"
            + json(["count": 1, "next": NSNull(), "previous": NSNull(), "results": [full]] as [String: Any])
    }

    @Test func aBaserowRowGivesItsFieldsBySingleSelectNotTheCollaboratorOrClippingMoment() throws {
        let f = Self.french
        let layout = try #require(read(Self.baserow([
            "Titre": f.title, "Média": ["id": 3, "value": "Le Monde", "color": "blue"], "Auteurs": "Jeanne Martin",
            "Parution": "2024-03-13", "Découpé par": [["id": 2, "name": "Ingrid Dahl"]], "Découpé le": "2024-03-20T09:12:41.123456Z",
            "Texte": f.sentences.joined(separator: "\n\n"),
        ])))
        #expect(layout.title == f.title)
        #expect(layout.source == "Le Monde")
        #expect(layout.authors == ["Jeanne Martin"])
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in English: null and empty fields state nothing.
        let a = Self.english
        let undated = try #require(read(Self.baserow([
            "Headline": a.title, "Outlet": ["id": 4, "value": "Reuters", "color": "green"], "Authors": "", "Published": NSNull(),
            "Clipped by": [["id": 2, "name": "Ingrid Dahl"]], "Clipped on": "2024-03-20T09:12:41.123456Z", "Text": EmissionsArticle.text,
        ])))
        #expect(undated.title == a.title)
        #expect(undated.source == "Reuters")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A row of a contacts table is no article.
        #expect(read(Self.baserow(["Name": "Ingrid Dahl", "Phone": "+33612345678", "Team": ["id": 1, "value": "Desk", "color": "red"]])) == nil)
    }

    // MARK: SPARQL

    private static func sparql(vars: [String], bindings: [[String: Any]]) -> String {
        "$ curl -s -H 'Accept: application/sparql-results+json' --data-urlencode query@clip.rq https://kg.desk.example.org/sparql\n"
            + json(["head": ["vars": vars], "results": ["bindings": bindings]] as [String: Any])
    }

    @Test func sparqlResultsGiveEveryWritersBindingAndThePublishedDayNotTheArchivedMoment() throws {
        let a = Self.english
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        let vars = ["article", "headline", "author", "published", "publisher", "archived"]
        func row(_ author: String?, published: String?) -> [String: Any] {
            var row: [String: Any] = ["article": ["type": "uri", "value": "https://kg.desk.example.org/clip/1"],
                                      "headline": ["type": "literal", "xml:lang": "en", "value": a.title],
                                      "publisher": ["type": "literal", "value": "The Guardian"],
                                      "archived": ["type": "literal", "datatype": xsd + "dateTime", "value": "2024-03-20T09:12:41Z"]]
            if let author { row["author"] = ["type": "literal", "value": author] }
            if let published { row["published"] = ["type": "literal", "datatype": xsd + "date", "value": published] }
            return row
        }
        let layout = try #require(read(Self.sparql(vars: vars, bindings: [row("Jane Doe", published: "2024-03-13"), row("Jo Li", published: "2024-03-13")])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "Jo Li"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated (OPTIONAL left out): the archive's moment is no date.
        let undated = try #require(read(Self.sparql(vars: vars, bindings: [row(nil, published: nil)])))
        #expect(undated.title == a.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The results saved alone (a `.srj` file): the same reading.
        let alone = try #require(read(String(Self.sparql(vars: vars, bindings: [row("Jane Doe", published: "2024-03-13")]).drop { $0 != "\n" }.dropFirst())))
        #expect(alone.title == a.title)
        #expect(alone.source == "The Guardian")
        #expect(alone.published?.iso == "2024-03-13")
        // An ASK answer, and bindings naming no headline, hold no article.
        #expect(read("$ curl -s https://kg.desk.example.org/sparql\n" + Self.json(["head": [:] as [String: Any], "boolean": true] as [String: Any])) == nil)
        #expect(read(Self.sparql(vars: ["person", "born"], bindings: [["person": ["type": "uri", "value": "https://kg.desk.example.org/p/1"],
                                                                        "born": ["type": "literal", "value": "1970"]]])) == nil)
    }
}
