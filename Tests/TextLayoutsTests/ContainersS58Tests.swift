import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 58's containers (`DeskFetches`): ClickHouse's `FORMAT Vertical` record, `rdrview -M` over `rdrview -T … |
/// html2text`, a Linkwarden link under its `$ curl` line, an HTTP response HTTPie printed, `svn log` then `svn cat`,
/// `rclone lsjson` then `rclone cat`, `himalaya message read` of a forward and `yt-dlp --dump-json`; for each a dated
/// article, an undated and unsigned one in another language, and a look-alike holding no article (refused). The tools'
/// moments, users, committers, senders and names are never the article's.
@Suite struct ContainersS58Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json
    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")

    // MARK: clickhouse-client … FORMAT Vertical

    private static func clickhouse(_ rows: [(String, String)], table: String = "desk.clips") -> String {
        let width = rows.map { $0.0.count }.max()! + 1
        let lines = rows.map { key, value in (key + ":").padding(toLength: width, withPad: " ", startingAt: 0) + " " + value }
        return "$ clickhouse-client --query \"SELECT * FROM \(table) WHERE id = 4 FORMAT Vertical\"\nRow 1:\n──────\n" + lines.joined(separator: "\n") + "\n"
    }

    @Test func aClickHouseVerticalRecordGivesItsColumnsNotTheIngestion() throws {
        let a = Self.english
        let layout = try #require(read(Self.clickhouse([
            ("id", "4"), ("headline", a.title), ("outlet", "The Guardian"), ("byline", "['Jane Doe']"), ("published", "2024-03-13"),
            ("ingested_at", "2024-03-20 09:12:41"), ("ingested_by", "idahl"), ("lang", "en"), ("body", EmissionsArticle.text),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned (`[]`) and undated (`ᴺᵁᴸᴸ`), in French: `ingested_at` is the desk's moment, `ingested_by` no writer.
        let f = Self.french
        let undated = try #require(read(Self.clickhouse([
            ("id", "5"), ("headline", f.title), ("outlet", "Le Monde"), ("byline", "[]"), ("published", "ᴺᵁᴸᴸ"),
            ("ingested_at", "2024-03-20 09:12:41"), ("ingested_by", "idahl"), ("lang", "fr"), ("body", Self.frenchText),
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A users table's row is no article: refused.
        #expect(read(Self.clickhouse([("id", "7"), ("login", "idahl"), ("name", "Ingrid Dahl"), ("created_at", "2023-01-09 08:00:00")],
                                     table: "desk.users")) == nil)
    }

    // MARK: rdrview

    private static func rdrview(meta: [String], page: [String]?) -> String {
        let url = "https://www.example-news.org/2024/03/plan"
        var lines = ["$ rdrview -M \(url)"] + meta
        if let page { lines += ["$ rdrview -T sitename,title,byline,body -H \(url) | html2text -utf8"] + page }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func rdrviewsMetadataOverItsPageGivesTheTitleBylineAndSite() throws {
        let a = Self.english
        let layout = try #require(read(Self.rdrview(
            meta: ["Title: \(a.title)", "Byline: By Jane Doe", "Excerpt: \(a.sentences[0])"],
            page: ["The Guardian", "", "****** \(a.title) ******", "", "By Jane Doe", "", "13 March 2024", "", EmissionsArticle.text])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the excerpt is no title, rdrview and html2text no source.
        let f = Self.french
        let undated = try #require(read(Self.rdrview(
            meta: ["Title: \(f.title)", "Excerpt: \(f.sentences[0])"],
            page: ["Le Monde", "", "****** \(f.title) ******", "", Self.frenchText])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The metadata alone (a shop's page, no text printed): refused.
        #expect(read(Self.rdrview(meta: ["Title: Garden chairs – 20% off", "Excerpt: Free delivery from 50 euros."], page: nil)) == nil)
    }

    // MARK: Linkwarden

    private static func linkwarden(name: String, type: String = "url", textContent: Any) -> String {
        let saved = "2024-03-20T09:12:41.512Z"
        let link: [String: Any] = [
            "id": 212, "name": name, "type": type, "description": "For the review", "url": "https://www.example-news.org/plan",
            "textContent": textContent, "collectionId": 3, "createdAt": saved, "updatedAt": saved, "lastPreserved": saved,
            "collection": ["id": 3, "name": "Press review", "ownerId": 1, "createdAt": saved] as [String: Any],
            "tags": [["id": 2, "name": "review"] as [String: Any]],
        ]
        return "$ curl -s -H \"Authorization: Bearer 0a1b2c3d\" https://links.desk.example.org/api/v1/links/212\n" + json(["response": link]) + "\n"
    }

    @Test func aLinkwardenLinkGivesItsReadableTextNotTheCollectionOrTheSaving() throws {
        let a = Self.english
        let layout = try #require(read(Self.linkwarden(
            name: a.title, textContent: (["The Guardian", a.title, "By Jane Doe", "13 March 2024"] + a.sentences).joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: `createdAt` is the saving's, `Press review` the desk's collection.
        let f = Self.french
        let undated = try #require(read(Self.linkwarden(name: f.title, textContent: (["Le Monde", f.title] + f.sentences).joined(separator: "\n"))))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A video's link with no readable text: refused.
        #expect(read(Self.linkwarden(name: "Minister's speech (video)", type: "url", textContent: NSNull())) == nil)
    }

    // MARK: HTTPie

    private static func httpie(status: String = "200 OK", body: [String: Any]) -> String {
        let payload = json(body)
        return ["$ http GET https://api.example-news.org/v2/articles/plan-to-cut-emissions", "HTTP/1.1 \(status)",
                "Content-Length: \(payload.utf8.count)", "Content-Type: application/json", "Date: Wed, 27 Mar 2024 10:02:11 GMT",
                "Last-Modified: Thu, 21 Mar 2024 08:00:00 GMT", "Server: nginx", "", payload, ""].joined(separator: "\n")
    }

    @Test func anHTTPieResponseGivesItsJSONBodyNotItsHeadersDays() throws {
        let a = Self.english
        let layout = try #require(read(Self.httpie(body: [
            "authors": [["name": "Jane Doe"]], "body": a.sentences, "headline": a.title, "id": "9f3c",
            "publication": ["name": "The Guardian", "url": "https://www.theguardian.com/"] as [String: Any],
            "published_at": "2024-03-13T07:30:00+00:00", "updated_at": "2024-03-21T09:00:00+00:00",
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso.hasPrefix("2024-03-13") == true)
        // Unsigned and undated (null), in French: neither `updated_at` nor the `Date` and `Last-Modified` headers.
        let f = Self.french
        let undated = try #require(read(Self.httpie(body: [
            "authors": [] as [Any], "body": f.sentences, "headline": f.title, "id": "1d2e",
            "publication": ["name": "Le Monde", "url": "https://www.lemonde.fr/"] as [String: Any],
            "published_at": NSNull(), "updated_at": "2024-03-21T09:00:00+01:00",
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // An API's error holds no article: refused.
        #expect(read(Self.httpie(status: "404 Not Found", body: ["error": "not_found", "status": 404])) == nil)
    }

    // MARK: svn log, then svn cat

    private static func svn(path: String, message: String, printed: String?) -> String {
        let url = "https://svn.desk.example.org/archive" + path
        let rule = String(repeating: "-", count: 72)
        var lines = ["$ svn log -v -l 1 \(url)", rule, "r4821 | idahl | 2024-03-20 10:14:22 +0100 (Wed, 20 Mar 2024) | 1 line",
                     "Changed paths:", "   A \(path)", "", message, rule]
        if let printed { lines += ["$ svn cat \(url)", printed] }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func svnCatAfterItsLogGivesTheStoredClippingNotTheCommit() throws {
        let a = Self.english
        let layout = try #require(read(Self.svn(path: "/trunk/clips/2024/plan.txt", message: "Review: add “\(a.title)” (The Guardian)",
                                                printed: "\(a.title)\nThe Guardian, 13 March 2024\nBy Jane Doe\n\n\(EmissionsArticle.text)")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the committer is no writer, the commit's day no date.
        let f = Self.french
        let undated = try #require(read(Self.svn(path: "/trunk/clips/2024/acier.txt", message: "Revue : ajout « \(f.title) » (Le Monde)",
                                                 printed: "\(f.title)\nLe Monde\n\n\(Self.frenchText)")))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A code change's log, the source file printed: refused.
        #expect(read(Self.svn(path: "/trunk/tools/fetch.py", message: "Fix the fetcher's timeout.",
                              printed: "import sys\n\n\ndef main():\n    return 0\n")) == nil)
    }

    // MARK: rclone lsjson, then rclone cat

    private static func rclone(file: String, printed: String?) -> String {
        let folder = "desk-drive:Review/2024-03/"
        let entries = [file, "markets-close-7a1e.txt"].map { name in
            json(["Path": name, "Name": name, "Size": 2_048, "MimeType": "text/plain; charset=utf-8",
                  "ModTime": "2024-03-20T09:12:41.123456789+01:00", "IsDir": false, "ID": "1AbCdEf"] as [String: Any])
        }
        var lines = ["$ rclone lsjson \(folder) --files-only", "[", entries.joined(separator: ",\n"), "]"]
        if let printed { lines += ["$ rclone cat \(folder)\(file)", printed] }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func rcloneCatAfterItsListingGivesTheFileNotItsModTime() throws {
        let a = Self.english
        let layout = try #require(read(Self.rclone(file: "plan-to-cut-emissions.txt",
                                                   printed: "THE GUARDIAN\n\n\(a.title)\nBy Jane Doe\n13 March 2024\n\n\(EmissionsArticle.text)")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source?.uppercased() == "THE GUARDIAN")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: `ModTime` is the file's.
        let f = Self.french
        let undated = try #require(read(Self.rclone(file: "les-siderurgistes.txt", printed: "LE MONDE\n\n\(f.title)\n\n\(Self.frenchText)")))
        #expect(undated.title == f.title)
        #expect(undated.source?.uppercased() == "LE MONDE")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The listing alone: refused.
        #expect(read(Self.rclone(file: "plan-to-cut-emissions.txt", printed: nil)) == nil)
    }

    // MARK: himalaya message read

    private static func himalaya(subject: String, note: String, forwarded: [String]?) -> String {
        var lines = ["$ himalaya message read 42", "From: Ingrid Dahl <idahl@desk.example.org>", "To: desk@desk.example.org",
                     "Subject: \(subject)", "", note, "", "Ingrid Dahl"]
        if let forwarded { lines += ["", "", "---------- Forwarded message ---------"] + forwarded }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aHimalayaForwardGivesTheNewslettersArticleNotTheColleagueOrTheMailsDate() throws {
        let a = Self.english
        let layout = try #require(read(Self.himalaya(subject: "Fwd: \(a.title)", note: "From this morning's newsletter.", forwarded: [
            "From: The Guardian <newsletter@theguardian.com>", "Date: Thu, 14 Mar 2024 at 06:30", "Subject: \(a.title)",
            "To: <idahl@desk.example.org>", "", "", a.title, "By Jane Doe", "13 March 2024", "", EmissionsArticle.text,
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated, in French: the forwarded block's `Date` is the newsletter's sending.
        let f = Self.french
        let undated = try #require(read(Self.himalaya(subject: "Tr : \(f.title)", note: "Pour la revue.", forwarded: [
            "From: Le Monde <newsletter@lemonde.fr>", "Date: Thu, 14 Mar 2024 at 06:30", "Subject: \(f.title)",
            "To: <idahl@desk.example.org>", "", "", f.title, "", Self.frenchText,
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A colleague's question forwards nothing: refused.
        #expect(read(Self.himalaya(subject: "Lunch on Friday?", note: "Are you free on Friday at noon?", forwarded: nil)) == nil)
    }

    // MARK: yt-dlp --dump-json

    private static func ytdlp(_ fields: [String: Any]) -> String {
        var video: [String: Any] = ["id": "plan-emissions", "duration": 184, "view_count": 5_120, "extractor": "generic",
                                    "extractor_key": "Generic", "webpage_url": "https://www.example-news.org/video/plan",
                                    "epoch": 1_711_530_000, "_type": "video"]
        video.merge(fields) { $1 }
        return "$ yt-dlp --dump-json --skip-download https://www.example-news.org/video/plan\n" + json(video) + "\n"
    }

    @Test func aYtDlpDumpGivesTheVideosArticleNotTheDumpsEpoch() throws {
        let a = Self.english
        let layout = try #require(read(Self.ytdlp([
            "title": a.title, "description": "Report: Jane Doe\n\n\(EmissionsArticle.text)", "uploader": "The Guardian",
            "channel": "The Guardian", "upload_date": "20240313", "timestamp": 1_710_315_000,
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated (no `upload_date`), in French: `epoch` is the dump's moment.
        let f = Self.french
        let undated = try #require(read(Self.ytdlp(["title": f.title, "description": Self.frenchText, "uploader": "Le Monde", "channel": "Le Monde"])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A music video's dump: refused.
        #expect(read(Self.ytdlp([
            "title": "Summer Rain (Official Video)", "track": "Summer Rain", "artist": "The Lakes", "categories": ["Music"],
            "description": "Stream the new album now.\n\nDirected by Sam Lee.", "uploader": "TheLakesVEVO", "upload_date": "20240301",
        ])) == nil)
    }
}
