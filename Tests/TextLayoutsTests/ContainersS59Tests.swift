import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 59's containers (`DeskDumps`): `xsv flatten`, gron's statements, `recsel`'s record, cqlsh's `EXPAND ON` row,
/// DuckDB's `-line` record, WP-CLI's `wp post get` (fields, then `--field=post_content`), `restic dump` after `restic
/// snapshots`, and a Discourse post from the forum's API; for each a dated article, an undated and unsigned one in
/// another language, and a look-alike holding no article (refused). The tools' moments, the colleagues who saved or
/// posted the clipping, the blog's and the forum's names are never the article's.
@Suite struct ContainersS59Tests {
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

    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// A text's line breaks as a JSON string or cqlsh escapes them (`\n`).
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n")
    }

    // MARK: xsv flatten

    private static func flatten(_ command: String, _ rows: [(String, String)]) -> String {
        let width = rows.map { $0.0.count }.max()! + 2
        return command + "\n" + rows.map { padded($0.0, width) + $0.1 }.joined(separator: "\n") + "\n"
    }

    @Test func xsvFlattenGivesTheColumnsNotTheColleaguesClipping() throws {
        let a = Self.english
        let layout = try #require(read(Self.flatten("$ xsv search -s id '^812$' clips.csv | xsv flatten", [
            ("id", "812"), ("clipped_by", "Ingrid Dahl"), ("clipped_on", "2024-03-20"), ("outlet", "The Guardian"), ("headline", a.title),
            ("authors", "Jane Doe; John Roe"), ("pub_date", "2024-03-13"), ("text", EmissionsArticle.text),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Unsigned and undated (empty cells), in French: `clipped_on` is the desk's day, `clipped_by` no writer.
        let f = Self.french
        let undated = try #require(read(Self.flatten("$ xsv slice -i 3 clips.csv | xsv flatten", [
            ("id", "815"), ("clipped_by", "Ingrid Dahl"), ("clipped_on", "2024-03-20"), ("outlet", "Le Monde"), ("headline", f.title),
            ("authors", ""), ("pub_date", ""), ("text", Self.frenchText),
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A contacts file flattened (two records parted by `#`) is no article: refused.
        let contacts = Self.flatten("$ xsv flatten contacts.csv", [
            ("name", "Ingrid Dahl"), ("email", "idahl@desk.example.org"), ("phone", "+33 1 23 45 67 89"), ("beat", "Energy"),
        ]) + "#\n" + String(Self.flatten("", [("name", "Jon Porter"), ("email", "jporter@desk.example.org"), ("beat", "Courts")]).dropFirst())
        #expect(read(contacts) == nil)
    }

    // MARK: gron

    @Test func gronsStatementsGiveTheNewsArticleNotItsModification() throws {
        let a = Self.english
        let layout = try #require(read([
            "$ curl -s https://www.example-news.org/api/articles/4.json | gron", "json = {};", "json[\"@type\"] = \"NewsArticle\";",
            "json.articleBody = \"\(Self.escaped(EmissionsArticle.text))\";", "json.author = [];", "json.author[0] = {};",
            "json.author[0][\"@type\"] = \"Person\";", "json.author[0].name = \"Jane Doe\";", "json.dateModified = \"2024-03-21T10:00:00Z\";",
            "json.datePublished = \"2024-03-13T07:30:00Z\";", "json.headline = \"\(a.title)\";", "json.publisher = {};",
            "json.publisher.name = \"The Guardian\";",
        ].joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso.hasPrefix("2024-03-13") == true)
        // Undated and unsigned, in French: `dateModified` is no publication day, gron no source.
        let f = Self.french
        let undated = try #require(read([
            "$ gron https://www.example-presse.fr/acier.json", "json = {};", "json[\"@type\"] = \"NewsArticle\";",
            "json.articleBody = \"\(Self.escaped(Self.frenchText))\";", "json.dateModified = \"2024-03-21T10:00:00+01:00\";",
            "json.headline = \"\(f.title)\";", "json.publisher = {};", "json.publisher.name = \"Le Monde\";",
        ].joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A weather answer flattened is no article: refused.
        #expect(read([
            "$ gron https://api.example-weather.org/lyon.json", "json = {};", "json.city = \"Lyon\";", "json.forecast = [];",
            "json.forecast[0] = {};", "json.forecast[0].day = \"2024-03-21\";",
            "json.forecast[0].summary = \"Light rain in the morning, clearing in the afternoon with a gentle westerly breeze.\";",
            "json.updated = \"2024-03-20T18:00:00Z\";",
        ].joined(separator: "\n") + "\n") == nil)
    }

    // MARK: recsel

    /// A recutils value on several lines: `+ ` opening each further line, `+` alone a blank one.
    private static func continued(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated()
            .map { $0.offset == 0 ? $0.element : ($0.element.isEmpty ? "+" : "+ " + $0.element) }.joined(separator: "\n")
    }

    @Test func aRecutilsRecordGivesEveryAuthorNotTheFiler() throws {
        let a = Self.english
        let layout = try #require(read([
            "$ recsel -t Clip -e \"Id = 31\" desk.rec", "Id: 31", "Outlet: The Guardian", "Title: \(a.title)", "Author: Jane Doe",
            "Author: John Roe", "Published: 2024-03-13", "Saved: 2024-03-20 09:12", "SavedBy: Ingrid Dahl",
            "Body: " + Self.continued(EmissionsArticle.text),
        ].joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(layout.body.contains { $0.hasPrefix("Opposition parties") })
        // Without `Author` nor `Published`, in French: `Saved` is the desk's moment, `SavedBy` no writer.
        let f = Self.french
        let undated = try #require(read([
            "$ recsel -t Clip -e \"Id = 32\" desk.rec", "Id: 32", "Outlet: Le Monde", "Title: \(f.title)", "Saved: 2024-03-20 09:12",
            "SavedBy: Ingrid Dahl", "Body: " + Self.continued(Self.frenchText),
        ].joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // Contacts are no article: refused.
        #expect(read([
            "$ recsel -t Contact desk.rec", "Name: Ingrid Dahl", "Email: idahl@desk.example.org", "Beat: Energy", "",
            "Name: Jon Porter", "Email: jporter@desk.example.org", "Beat: Courts",
        ].joined(separator: "\n") + "\n") == nil)
    }

    // MARK: cqlsh

    private static func cqlsh(_ command: String, _ rows: [(String, String)]) -> String {
        let width = rows.map { $0.0.count }.max()! + 1
        let valueWidth = rows.flatMap { $0.1.split(separator: "\n").map(\.count) }.max()! + 1
        let rule = String(repeating: "-", count: width + 1) + "+" + String(repeating: "-", count: valueWidth + 1)
        let lines = rows.map { " " + padded($0.0, width) + "| " + $0.1 }
        return command + "\n\n@ Row 1\n" + rule + "\n" + lines.joined(separator: "\n") + "\n\n(1 rows)\n"
    }

    @Test func cqlshsExpandedRowGivesItsListOfWritersNotTheAdding() throws {
        let a = Self.english
        let layout = try #require(read(Self.cqlsh("$ cqlsh -e \"EXPAND ON; SELECT * FROM desk.clips WHERE id = 9;\"", [
            ("id", "9"), ("added_at", "2024-03-20 09:12:41.000000+0000"), ("added_by", "idahl"), ("body", EmissionsArticle.text),
            ("headline", a.title), ("outlet", "The Guardian"), ("published", "2024-03-13"), ("writers", "['Jane Doe', 'Sean O''Brien']"),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "Sean O'Brien"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `null` writers and day, in French, the text's line breaks escaped: `added_at` is no publication day.
        let f = Self.french
        let undated = try #require(read(Self.cqlsh("$ cqlsh -e \"EXPAND ON; SELECT * FROM desk.clips WHERE id = 10;\"", [
            ("id", "10"), ("added_at", "2024-03-20 09:12:41.000000+0000"), ("added_by", "idahl"), ("body", Self.escaped(Self.frenchText)),
            ("headline", f.title), ("outlet", "Le Monde"), ("published", "null"), ("writers", "null"),
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The query found no row: refused.
        #expect(read("$ cqlsh -e \"EXPAND ON; SELECT * FROM desk.clips WHERE id = 11;\"\n\n(0 rows)\n") == nil)
    }

    // MARK: DuckDB -line

    private static func duckdb(_ command: String, _ records: [[(String, String)]]) -> String {
        let blocks = records.map { rows in
            let width = rows.map { $0.0.count }.max()!
            return rows.map { rightAligned($0.0, width) + " = " + $0.1 }.joined(separator: "\n")
        }
        return command + "\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    @Test func duckDBsLineModeGivesTheColumnsNotTheSaving() throws {
        let a = Self.english
        let layout = try #require(read(Self.duckdb("$ duckdb desk.duckdb -line -c \"SELECT * FROM clips WHERE id = 4\"", [[
            ("id", "4"), ("headline", a.title), ("outlet", "The Guardian"), ("writers", "[Jane Doe, John Roe]"), ("published", "2024-03-13"),
            ("saved_at", "2024-03-20 09:12:41"), ("saved_by", "Ingrid Dahl"), ("body", EmissionsArticle.text),
        ]])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `[]` and `NULL`, in French: `saved_at` is the desk's moment, `saved_by` no writer.
        let f = Self.french
        let undated = try #require(read(Self.duckdb("$ duckdb desk.duckdb -line -c \"SELECT * FROM clips WHERE id = 5\"", [[
            ("id", "5"), ("headline", f.title), ("outlet", "Le Monde"), ("writers", "[]"), ("published", "NULL"),
            ("saved_at", "2024-03-20 09:12:41"), ("saved_by", "Ingrid Dahl"), ("body", Self.frenchText),
        ]])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A users table's records are no article: refused.
        #expect(read(Self.duckdb("$ duckdb desk.duckdb -line -c \"SELECT * FROM users\"", [
            [("id", "1"), ("login", "idahl"), ("name", "Ingrid Dahl"), ("created", "2023-01-09 08:00:00")],
            [("id", "2"), ("login", "jporter"), ("name", "Jon Porter"), ("created", "2023-02-01 08:00:00")],
        ])) == nil)
    }

    // MARK: WP-CLI

    @Test func wpCLIsPostGivesItsContentsHeadNotThePostsAuthorOrBlog() throws {
        let a = Self.english
        let blocks = ["<strong>The Guardian</strong>, 13 March 2024 — By Jane Doe"] + a.sentences
        let layout = try #require(read([
            "$ wp option get blogname", "Desk intranet",
            "$ wp post get 88 --fields=ID,post_title,post_date,post_author --format=json",
            Self.json(["ID": 88, "post_title": a.title, "post_date": "2024-03-20 09:12:41", "post_author": "3"] as [String: Any]),
            "$ wp post get 88 --field=post_content",
            blocks.map { "<!-- wp:paragraph -->\n<p>\($0)</p>\n<!-- /wp:paragraph -->" }.joined(separator: "\n\n"),
        ].joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // The fields as WP-CLI's table, the content by its short name, unsigned and undated, in French: `post_date` is
        // the posting's.
        let f = Self.french
        let width = max("post_title".count, "Field".count)
        let valueWidth = max(f.title.count, "2024-03-20 09:12:41".count)
        let rule = "+" + String(repeating: "-", count: width + 2) + "+" + String(repeating: "-", count: valueWidth + 2) + "+"
        func row(_ key: String, _ value: String) -> String { "| " + Self.padded(key, width) + " | " + Self.padded(value, valueWidth) + " |" }
        let undated = try #require(read([
            "$ wp post get 90 --fields=post_title,post_date", rule, row("Field", "Value"), rule, row("post_title", f.title),
            row("post_date", "2024-03-20 09:12:41"), rule, "$ wp post get 90 --field=content",
            (["<strong>Le Monde</strong>"] + f.sentences).map { "<p>\($0)</p>" }.joined(separator: "\n"),
        ].joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A contact page's few words are no article: refused.
        #expect(read([
            "$ wp post get 12 --field=post_title", "Contact", "$ wp post get 12 --field=post_content", "<p>Call the desk on extension 4411.</p>",
        ].joined(separator: "\n") + "\n") == nil)
    }

    // MARK: restic

    private static let snapshots = [
        "$ restic -r /srv/restic/desk snapshots", "repository 3f9a1c22 opened (version 2, compression level auto)",
        "ID        Time                 Host        Tags        Paths", String(repeating: "-", count: 64),
        "4f2a9c1e  2024-03-22 02:00:13  desk-nas                /clips", String(repeating: "-", count: 64), "1 snapshots",
    ]

    @Test func resticsDumpedFileGivesTheClippingNotTheSnapshot() throws {
        let a = Self.english
        let layout = try #require(read((Self.snapshots + [
            "$ restic -r /srv/restic/desk dump 4f2a9c1e /clips/2024-03/emissions.txt", a.title, "The Guardian, 13 March 2024", "By Jane Doe", "",
            EmissionsArticle.text,
        ]).joined(separator: "\n") + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `restic dump` alone, unsigned and undated, in French.
        let f = Self.french
        let undated = try #require(read([
            "$ restic -r /srv/restic/desk dump latest /clips/2024-03/acier.txt", f.title, "Le Monde", "", Self.frenchText,
        ].joined(separator: "\n") + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A snapshot list with nothing dumped: refused.
        #expect(read(Self.snapshots.joined(separator: "\n") + "\n") == nil)
    }

    // MARK: Discourse

    @Test func aDiscoursePostGivesTheArticleItQuotesNotThePoster() throws {
        let a = Self.english
        let raw = "Worth a read for Monday's review:\n\n> **\(a.title)**  \n> By Jane Doe  \n> The Guardian, 13 March 2024\n>\n> "
            + a.sentences.joined(separator: "\n>\n> ") + "\n\nhttps://www.example-news.org/emissions"
        let cooked = "<p>Worth a read for Monday’s review:</p>\n<blockquote>\n<p><strong>\(a.title)</strong><br>\nBy Jane Doe<br>\n"
            + "The Guardian, 13 March 2024</p>\n" + a.sentences.map { "<p>\($0)</p>\n" }.joined() + "</blockquote>"
        let layout = try #require(read("$ curl -s https://forum.example.org/posts/1234.json\n" + Self.json([
            "id": 1234, "name": "Ingrid Dahl", "username": "idahl", "created_at": "2024-03-20T09:12:41.000Z",
            "updated_at": "2024-03-20T09:12:41.000Z", "post_number": 1, "topic_id": 77, "cooked": cooked, "raw": raw,
        ] as [String: Any]) + "\n"))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // A topic's first post, its `cooked` HTML alone, unsigned and undated, in French: `created_at` is the posting's.
        let f = Self.french
        let frenchCooked = "<p>Pour la revue de lundi :</p>\n<blockquote>\n<p><strong>\(f.title)</strong><br>\nLe Monde</p>\n"
            + f.sentences.map { "<p>\($0)</p>\n" }.joined() + "</blockquote>"
        let undated = try #require(read("$ curl -s https://forum.example.org/t/78.json\n" + Self.json([
            "id": 78, "title": "Acier", "post_stream": ["posts": [[
                "id": 1240, "username": "idahl", "created_at": "2024-03-20T09:12:41.000Z", "post_number": 1, "cooked": frenchCooked,
            ] as [String: Any]]],
        ] as [String: Any]) + "\n"))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A post quoting no article: refused.
        #expect(read("$ curl -s https://forum.example.org/posts/1250.json\n" + Self.json([
            "id": 1250, "name": "Ingrid Dahl", "username": "idahl", "created_at": "2024-03-20T09:12:41.000Z", "post_number": 2,
            "topic_id": 77, "cooked": "<p>Reminder: the desk meeting moves to 3 pm on Thursday.</p>",
            "raw": "Reminder: the desk meeting moves to 3 pm on Thursday.",
        ] as [String: Any]) + "\n") == nil)
    }
}
