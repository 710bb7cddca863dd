import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 54's hostile hunt (branch hostile54), over the readers stop 53 added (mongosh and redis-cli prints, JSON
/// answers under a command line, mails' plain parts in 8 bits, psql records of names not in ASCII). Found: mongosh's
/// notes of what it left out (`... 3 more items`, `'…'... 90000 more characters`) were read as authors or refused the
/// document whole; a command's JSON answer holding what Foundation refuses (`1e400`, a lone surrogate escape, a
/// nesting past 512 levels) was refused with it; a mail's plain part in 8 bits whose charset is Latin-1 was decoded
/// twice (`relevé` came out `relevÃ©`); a psql record whose column's name is wide (`見出し`, `📰 source`: psql pads it
/// to its terminal width, two columns a character) ended at that column, the file refused.
/// Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS54Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let body = "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs."

    private static func mongoPrint(_ fields: String) -> String {
        "press> db.clippings.findOne({ _id: ObjectId('64f1c2a9e4b0a1b2c3d4e5f6') })\n{\n  _id: ObjectId('64f1c2a9e4b0a1b2c3d4e5f6'),\n"
            + "  headline: 'Harbour fees rise',\n  publication: 'The Northern Echo',\n  published: ISODate('1987-03-03T09:00:00.000Z'),\n"
            + fields + "\n}\n"
    }

    @Test func mongoshNotesOfWhatItLeftOutAreNoValues() throws {
        // `... 3 more items` in a list: no item, no author.
        let listed = Self.mongoPrint("  byline: [ 'Anna Reed', 'Tom Hale', ... 3 more items ],\n  body: '\(Self.body)'")
        let document = try #require(ConsoleRecords.mongoDocument(listed))
        #expect(document["byline"] as? [String] == ["Anna Reed", "Tom Hale"])
        let article = try #require(LayoutReader(dates: Self.dates).read(listed))
        #expect(article.title == "Harbour fees rise")
        #expect(article.authors == ["Anna Reed", "Tom Hale"])
        // A string cut short (`'…'... 90000 more characters`): the document is read, the string as printed.
        for note in ["... 90000 more characters", " ... 1 more character", "... 12,345 more characters"] {
            let cut = Self.mongoPrint("  byline: 'Anna Reed',\n  body: '\(Self.body)'\(note),\n  views: Long('12')")
            let fields = try #require(ConsoleRecords.mongoDocument(cut), "\(note)")
            #expect(fields["body"] as? String == Self.body)
            #expect(fields["views"] as? String == "12")
            let read = try #require(LayoutReader(dates: Self.dates).read(cut), "\(note)")
            #expect(read.title == "Harbour fees rise")
            #expect(read.authors == ["Anna Reed"])
        }
        // A string printed in parts (`'…' +` over lines) is one string.
        let parts = Self.mongoPrint("  byline: 'Anna Reed',\n  body: 'Harbour Holdings said ' +\n    \"it had completed \" +\n    `the sale.`")
        #expect(ConsoleRecords.mongoDocument(parts)?["body"] as? String == "Harbour Holdings said it had completed the sale.")
        // A pair of surrogate escapes is its one character, a lone one U+FFFD (was the escapes' digits: `d83dde00`).
        let escapes = Self.mongoPrint(#"  body: 'Smile \ud83d\ude00 \ud800 \u00e9 \u12'"#)
        #expect(ConsoleRecords.mongoDocument(escapes)?["body"] as? String == "Smile \u{1F600} \u{FFFD} é u12")
        // Dots that are no such note, and notes cut short, neither trap nor loop.
        for broken in ["  a: [ ... ]", "  a: [ ...", "  a: 'x'...", "  a: 'x'... 5", "  a: 'x'... 5 more", "  a: 'x' +", "  a: 'x' + 5", "  a: [ ... 5 more"] {
            _ = ConsoleRecords.mongoDocument(Self.mongoPrint(broken))
        }
    }

    @Test func commandAnswersHoldingWhatFoundationRefusesAreRead() throws {
        let kcat = "$ kcat -b broker:9092 -t clippings -C -c 1 -J\n"
        let payload = #"{\"title\":\"Harbour fees rise\",\"author\":\"Anna Reed\",\"body\":\"Harbour Holdings sold its terminal.\"}"#
        for (odd, place) in [("1e400", "n"), (#""\ud800""#, "k"), (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "d")] {
            let text = kcat + #"{"topic":"clippings","partition":0,"offset":41,"payload":""# + payload + #"",""# + place + #"":"# + odd + "}\n% Reached end\n"
            let answers = try #require(ConsoleRecords.answers(text), "\(place)")
            #expect(answers.count == 1)
            let article = try #require(LayoutReader(dates: Self.dates).read(text), "\(place)")
            #expect(article.title == "Harbour fees rise")
            #expect(article.authors == ["Anna Reed"])
        }
        // An ntfy message (a story's link to click: an article, not an alert) beside an attachment of an odd size.
        let ntfy = "$ curl -s \"https://ntfy.sh/press/json?poll=1\"\n"
            + #"{"id":"hwQ2YpKdmg","time":1772528400,"event":"message","topic":"press","title":"Harbour fees rise","message":"Harbour Holdings sold its terminal.","click":"https://news.example.org/harbour-fees","attachment":{"size":1e400}}"#
            + "\n"
        #expect(LayoutReader(dates: Self.dates).read(ntfy)?.title == "Harbour fees rise")
    }

    @Test func mailPlainPartIn8BitsIsDecodedOnce() throws {
        for charset in ["iso-8859-1", "windows-1252", "utf-8", "ISO-8859-15"] {
            let mail = "From: Anna Reed <anna@example.org>\nSubject: Hausse des tarifs\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=\"\(charset)\"\n"
                + "Content-Transfer-Encoding: 8bit\n\nLe port a relevé ses tarifs, la première hausse depuis six ans.\n"
                + "--b1\nContent-Type: text/html\n\n<p>x</p>\n--b1--\n"
            let decoded = MailBodies.decoded(mail)
            #expect(decoded.contains("Le port a relevé ses tarifs, la première hausse"), "\(charset)")
            #expect(!decoded.contains("<p>x</p>"))
        }
    }

    /// A psql record line by line, each column's name padded to 16 terminal columns as psql pads it.
    private static func psqlRecord(_ columns: [(String, String)]) -> String {
        "-[ RECORD 1 ]----+--------------------------------\n"
            + columns.map { name, value in
                let width = name.unicodeScalars.reduce(0) { $0 + PsqlRecords.width($1) }
                return name + String(repeating: " ", count: 16 - width) + " | " + value + "\n"
            }.joined()
    }

    @Test func psqlColumnsOfWideNamesAreRead() throws {
        for name in ["見出し", "📰 source", "제목", "ｔｉｔｌｅ", "タイトル", "e\u{301}te\u{301}", "👍🏽 votes", "größe"] {
            let text = Self.psqlRecord([("headline", "Harbour fees rise"), (name, "港湾"), ("byline", "Anna Reed"), ("text", Self.body)])
            let record = try #require(PsqlRecords.read(text, dates: Self.dates), "\(name)")
            #expect(record.title == "Harbour fees rise")
            #expect(record.authors == ["Anna Reed"], "\(name)")
            #expect(record.rest.contains("container terminal"), "\(name)")
        }
        #expect(PsqlRecords.width("見") == 2)
        #expect(PsqlRecords.width("📰") == 2)
        #expect(PsqlRecords.width("\u{301}") == 0)
        #expect(PsqlRecords.width("\u{200D}") == 0)
        #expect(PsqlRecords.width("é") == 1)
        let line: Substring = "見出し           | 港湾"
        let bar = try #require(PsqlRecords.barIndex(in: line, column: 17))
        #expect(line[..<bar] == "見出し           ")
        // Where the widths put no bar at the column: nil, never a trap.
        for line: Substring in ["見出し            | x", "見出し|", "見", "", "\u{301}\u{301}", "見出し          見| x"] {
            #expect(PsqlRecords.barIndex(in: line, column: 17) == nil, "\(line)")
        }
    }
}
