import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 61's hostile hunt (branch hostile61), over the readers stop 56 added (DeskDumps, the mail header budget). Found:
/// gron's lists built to their highest index (`json.x[9999] = 1;` ten thousand slots, a few KB past 600 MiB) and paths
/// recursed without end (30,000 keys deep overflowed the stack); WP-CLI's block comments stripped in quadratic time;
/// a repeated writers' field copied whole at each repeat (and a writer listed as often as repeated; a record's fields past 2,000 are not read); a `restic ls` of
/// more than 2,000 paths, or a short note dumped first, hid the clipping dumped under it; the shell's next prompt under
/// a recsel record voided it; the subject left encoded after 64 KiB of other encoded header lines; a Discourse topic
/// whose first post is no object. Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py`
/// measures).
@Suite struct HostileShapesS61Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let title = "Plan to cut emissions unveiled"
    private static let escapedText = EmissionsArticle.text.replacingOccurrences(of: "\n", with: "\\n")

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: Self.dates).read(text)
    }

    private static let gronArticle = ["json = {};", "json.headline = \"\(title)\";", "json.author = \"Jane Doe\";",
                                      "json.datePublished = \"2024-03-13\";", "json.articleBody = \"\(escapedText)\";"]

    @Test func gronsSparseIndexesAndDeepPathsCostNothingAndHideNoArticle() throws {
        // A thousand lists each naming index 9,999 only, then the article.
        let sparse = (0..<1_000).map { "json.x[\($0)][9999] = 1;" }
        let layout = try #require(read((["$ gron article.json"] + Self.gronArticle + sparse).joined(separator: "\n")))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        // A path 30,000 keys deep is no statement of an article's JSON: passed over, not recursed.
        let deep = "json" + String(repeating: ".a", count: 30_000) + " = 1;"
        let deepLayout = try #require(read((["$ gron article.json"] + Self.gronArticle + [deep]).joined(separator: "\n")))
        #expect(deepLayout.title == Self.title)
    }

    @Test func wordPressBlockCommentsByTheThousandStillGiveThePost() throws {
        let comments = String(repeating: "<!-- wp:spacer --><!-- /wp:spacer -->", count: 5_000)
        let content = comments + "<!-- wp:paragraph --><p>" + EmissionsArticle.sentences.joined(separator: "</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>")
            + "</p><!-- /wp:paragraph -->"
        let session = ["$ wp post get 42 --field=post_title", Self.title, "$ wp post get 42 --field=post_content", content]
        let layout = try #require(read(session.joined(separator: "\n")))
        #expect(layout.title == Self.title)
        #expect(!layout.body.contains { $0.contains("<!--") })
    }

    @Test func aRepeatedWritersFieldListsEachWriterOnce() throws {
        let record = ["$ recsel -t Clip clips.rec", "Title: \(Self.title)"] + Array(repeating: "Author: Jane Doe", count: 1_500)
            + ["Author: John Roe", "Outlet: The Guardian", "Published: 2024-03-13", "Body: \(EmissionsArticle.sentences[0])",
               "+ \(EmissionsArticle.sentences[1])"]
        let layout = try #require(read(record.joined(separator: "\n")))
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(DeskDumps.values([("author", "Jane Doe"), ("author", "Jane Doe")])["author"] as? String == "Jane Doe")
    }

    @Test func theShellsNextPromptEndsARecselRecord() throws {
        let record = ["$ recsel -t Clip -e \"Id = 7\" clips.rec", "Id: 7", "Title: \(Self.title)", "Author: Jane Doe",
                      "Outlet: The Guardian", "Published: 2024-03-13", "Body: \(EmissionsArticle.sentences[0])",
                      "+ \(EmissionsArticle.sentences[1])", "ingrid@desk:~$ "]
        let layout = try #require(read(record.joined(separator: "\n")))
        #expect(layout.title == Self.title)
        #expect(layout.source == "The Guardian")
    }

    @Test func aLongListingOrAShortNoteAboveAResticDumpHidesNoClipping() throws {
        let listing = ["$ restic -r /srv/backup ls latest"] + (0..<2_500).map { "/home/desk/photos/img_\($0).jpg" }
        let note = ["$ restic -r /srv/backup dump latest /home/desk/todo.txt", "call back Jane"]
        let clipping = ["$ restic -r /srv/backup dump latest /home/desk/clips/plan.txt", Self.title, "The Guardian, 13 March 2024",
                        "", EmissionsArticle.text]
        for lines in [listing + clipping, note + clipping] {
            let layout = try #require(read(lines.joined(separator: "\n")))
            #expect(layout.title == Self.title)
            #expect(layout.source == "The Guardian")
        }
        // A table dumped is no clipping.
        let table = ["$ restic -r /srv/backup dump latest /home/desk/exports/clips.csv", "id,title,outlet,date,text",
                     "7,\(Self.title),The Guardian,2024-03-13,\"\(EmissionsArticle.text)\""]
        #expect(read(table.joined(separator: "\n")) == nil)
    }

    @Test func theSubjectIsDecodedAfterLongEncodedHeaderLines() throws {
        let filler = "X-E: " + String(repeating: "=?utf-8?q?a?= ", count: 550)
        let mail = ["From: Jane Doe <jane@example-news.org>", "To: desk@desk.example.org"] + Array(repeating: filler, count: 9)
            + ["Subject: =?utf-8?q?Plan_to_cut_emissions_unveiled?=", "Date: Wed, 13 Mar 2024 10:02:11 +0000", "", EmissionsArticle.text]
        let layout = try #require(read(mail.joined(separator: "\n")))
        #expect(layout.title == Self.title)
    }

    @Test func aTopicWhoseFirstPostIsNoObjectStillGivesItsPost() throws {
        let raw = "> **\(Self.title)**\\n> The Guardian, 13 March 2024\\n>\\n> \(EmissionsArticle.sentences[0])\\n>\\n> \(EmissionsArticle.sentences[1])"
        let post = "{\"id\": 9, \"post_number\": 1, \"topic_id\": 3, \"raw\": \"\(raw)\", \"cooked\": \"<p>quoted</p>\"}"
        let answer = "{\"post_stream\": {\"posts\": [null, \(post)]}}"
        let layout = try #require(read("$ curl -s https://forum.example.org/t/3.json\n" + answer + "\n"))
        #expect(layout.title == Self.title)
    }
}
