import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 53's hostile hunt (branch hostile53), over the readers stop 51 added (SES notifications, the web services'
/// shapes, psql records, spoken days, disclosure notes, recommendation boxes, interviewers' credits, bureau senders)
/// and the JSON they stand on. Found: Foundation's parser refuses a whole document for one value the standard allows
/// (a lone UTF-16 surrogate escape, a number beyond a Double, a nesting past 512 levels), so an SES mail whose body
/// held `\ud800`, a record carrying `1e400` or a deep array beside its title and text came out refused (`no line
/// could be a title`). `JSONMending` mends those values when, and only when, the parse fails. And a psql record whose
/// column's name is not ASCII (`größe`, `überschrift`: psql pads it to its Characters' width) ended at that column,
/// losing the columns under it (its text): the bar is now found on the Characters where the bytes before it are not ASCII.
/// Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS53Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs. \
        The company said the terminal would keep its staff and its name under the new owner.
        """

    /// A JSON string literal's inside for `text` (quotes and backslashes escaped, line ends as `\r\n`).
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// An SNS notification of an SES mail whose raw MIME body is `mailBody` (as JSON text in the message's `content`).
    private static func sesNotification(mailBody: String) -> String {
        let mime = "From: a@b.c\r\nSubject: Pour la revue\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + mailBody
        // `mailBody` may hold escapes of its own (`\ud800`): it goes into the message's JSON as they are.
        let content = mime.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        let message = #"{"notificationType": "Received", "mail": {"source": "a@b.c"}, "receipt": {}, "content": ""# + content + #""}"#
        return #"{"Type": "Notification", "MessageId": "m", "TopicArn": "arn:aws:sns:eu-west-1:1:mail", "Message": ""#
            + escaped(message) + #"", "Timestamp": "1987-03-02T08:00:00Z"}"#
    }

    @Test func sesMailWithALoneSurrogateEscapeKeepsItsBody() throws {
        for escape in [#"\ud800"#, #"\uDC00"#, #"\ud83d\ud83d"#, #"\ud83d x"#] {
            let note = Self.sesNotification(mailBody: "A title " + escape + "\r\n\r\n" + Self.body + "\r\n")
            let value = try #require(JSONTexts.parsed(note), "\(escape)")
            let body = try #require(SESNotifications.body(value), "\(escape)")
            #expect(body.hasPrefix("A title \u{FFFD}"), "\(escape)")
            #expect(body.contains("container terminal"))
            let article = try #require(LayoutReader(dates: Self.dates).read(note), "\(escape)")
            #expect(article.title.hasPrefix("A title"))
        }
        // A pair stays the character it spells.
        let pair = try #require(JSONTexts.parsed(Self.sesNotification(mailBody: #"A title \ud83d\ude00"# + "\r\n\r\n" + Self.body)))
        #expect(SESNotifications.body(pair)?.hasPrefix("A title \u{1F600}") == true)
    }

    @Test func recordBesideANumberBeyondADoubleIsRead() throws {
        for number in ["1e400", "-1e400", "1E+999", "-0.5e9999"] {
            let text = #"{"title": "A title", "extra": "# + number + #", "text": ""# + Self.body + #""}"#
            let record = try #require(JSONRecords.read(text, dates: Self.dates), "\(number)")
            #expect(record.title == "A title")
            #expect(record.rest.contains("container terminal"))
            let object = try #require(JSONTexts.parsed(text) as? [String: Any])
            #expect(object["extra"] is NSNull)
            #expect(object["title"] as? String == "A title")
        }
    }

    @Test func recordBesideADeepValueIsRead() throws {
        for depth in [513, 600, 5_000] {
            let deep = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
            let text = #"{"title": "A title", "extra": "# + deep + #", "text": ""# + Self.body + #""}"#
            let record = try #require(JSONRecords.read(text, dates: Self.dates), "\(depth)")
            #expect(record.title == "A title")
            #expect(record.rest.contains("container terminal"))
        }
        // An object nested deep inside a string is a string, left alone.
        let inString = #"{"title": "A title", "note": ""# + String(repeating: "[", count: 600) + #"", "text": ""# + Self.body + #""}"#
        #expect(JSONMending.mended(Array(inString.utf8)) == nil)
        #expect(JSONRecords.read(inString, dates: Self.dates)?.title == "A title")
    }

    @Test func mendingChangesOnlyWhatFoundationRefuses() throws {
        // Nothing to mend: nil (the document fails for another reason, or does not fail).
        for text in [#"{"a": "b"}"#, #"{"a": \\ud800}"#, #"{"a": "\\ud800"}"#, #"{"a": 1e300, "b": "\ud83d\ude00"}"#, #"{"a": tru}"#, "{"] {
            #expect(JSONMending.mended(Array(text.utf8)) == nil, "\(text)")
        }
        let mended = try #require(JSONMending.mended(Array(#"{"a": "x\ud800\ud800\udc00y", "b": [1e400, 2], "c": "\"\\ud800"}"#.utf8)))
        #expect(String(decoding: mended, as: UTF8.self) == #"{"a": "x\ufffd\ud800\udc00y", "b": [null, 2], "c": "\"\\ud800"}"#)
        // A value opening past the limit goes whole; an unclosed one mends nothing (the document cannot parse).
        let deep = String(repeating: "[", count: JSONMending.depthLimit + 3) + String(repeating: "]", count: JSONMending.depthLimit + 3)
        let cut = try #require(JSONMending.mended(Array(deep.utf8)))
        #expect(String(decoding: cut, as: UTF8.self)
            == String(repeating: "[", count: JSONMending.depthLimit) + "null" + String(repeating: "]", count: JSONMending.depthLimit))
        #expect(JSONMending.mended(Array(String(repeating: "[", count: 200_000).utf8)) == nil)
        // Escapes cut short at the end of the bytes neither trap nor mend.
        for text in [#""\ud800"#, #""\ud800\"#, #""\ud800\u"#, #""\ud800\udc"#, #""\u"#, #""\"#, "-", "1e"] {
            _ = JSONMending.mended(Array(text.utf8))
        }
    }

    /// A psql record line by line: each column's name padded to the `+` of the record line.
    private static func psqlRecord(_ columns: [(String, String)]) -> String {
        "-[ RECORD 1 ]-+--------------------------------\n"
            + columns.map { name, value in name + String(repeating: " ", count: 14 - name.count) + "| " + value + "\n" }.joined()
    }

    @Test func psqlColumnsOfNamesNotInASCIIAreRead() throws {
        for name in ["größe", "überschrift", "año", "prénom\u{301}", "ключ"] {
            let text = Self.psqlRecord([("title", "A title"), ("outlet", "Le Figaro"), (name, "3"), ("text", Self.body)])
            let record = try #require(PsqlRecords.read(text, dates: Self.dates), "\(name)")
            #expect(record.title == "A title")
            #expect(record.source == "Le Figaro")
            #expect(record.rest.contains("container terminal"), "\(name)")
        }
        // The bar found where the Characters put it, never where the bytes would.
        let line: Substring = "größe         | 3"
        let bar = try #require(PsqlRecords.barIndex(in: line, column: 14))
        #expect(line[..<bar] == "größe         ")
        #expect(PsqlRecords.barIndex(in: "größe   | 3", column: 14) == nil)
        #expect(PsqlRecords.barIndex(in: "ab|", column: 14) == nil)
        #expect(PsqlRecords.barIndex(in: "title         x 3", column: 14) == nil)
        #expect(PsqlRecords.barIndex(in: "", column: 14) == nil)
    }
}
