import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 60's hostile hunt (branch hostile60), over the readers stop 55 added (DeskFetches, the one MIME walk). Found: a
/// mail's subject of thousands of `Re: ` hung himalaya's reading (each prefix dropped folded and copied the whole
/// subject); youtube-dl's nulls (`"track": null`) took a news video for a song; an HTTP answer longer than the readers
/// read (a pretty-printed list past 20,000 lines) was left to the text reader, titled by its command and dated by its
/// `Date` header. Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS60Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: Self.dates).read(text)
    }

    private static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aSubjectOfThousandsOfReplyPrefixesIsReadToItsEnd() throws {
        let subject = String(repeating: "Re: ", count: 20_000) + Self.title
        let mail = ["$ himalaya message read 42", "From: Ingrid Dahl <idahl@desk.example.org>", "To: desk@desk.example.org",
                    "Subject: \(subject)", "", "For the review, pasted below.", "", Self.title, "", EmissionsArticle.text, ""]
        let layout = try #require(read(mail.joined(separator: "\n")))
        #expect(layout.title == Self.title)
    }

    @Test func youtubeDlsNullsNameNoSong() throws {
        let video: [String: Any] = ["id": "plan", "title": Self.title, "description": "Report: Jane Doe\n\n\(EmissionsArticle.text)",
                                    "uploader": "The Guardian", "upload_date": "20240313", "track": NSNull(), "artist": NSNull(),
                                    "categories": ["News & Politics"], "extractor": "generic", "webpage_url": "https://www.example-news.org/v/plan"]
        let layout = try #require(read("$ youtube-dl -j https://www.example-news.org/v/plan\n" + Self.json(video) + "\n"))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-13")
    }

    @Test func anHTTPAnswerLongerThanTheReadersReadIsRefused() throws {
        // HTTPie indents its JSON: 2,500 articles of eight lines each run past 20,000 lines.
        let item = "  {\n    \"headline\": \"\(Self.title)\",\n    \"body\": \"\(EmissionsArticle.sentences[0])\",\n    \"id\": 1,\n"
            + "    \"lang\": \"en\",\n    \"publication\": \"The Guardian\",\n    \"published_at\": \"2024-03-13\"\n  }"
        let body = "[\n" + Array(repeating: item, count: 2_500).joined(separator: ",\n") + "\n]"
        let response = ["$ http GET https://api.example-news.org/v2/articles", "HTTP/1.1 200 OK", "Content-Type: application/json",
                        "Date: Wed, 27 Mar 2024 10:02:11 GMT", "", body, ""].joined(separator: "\n")
        #expect(read(response) == nil)
    }
}
