import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 62's hostile hunt (branch hostile-s62), over the readers stop 57 added (DeskStores, the mail header budget).
/// Found: sfeed's items looked up in the whole command line (quadratic: a 240 KB command over its items, 15 s); a cbq
/// document's fields all read (4 MiB of fields, 23 s); a JMAP part named fifty times joined fifty times; a header
/// repeating `Subject:` decoded whole past the budget; mdb-export's `%d` rescanning a value of a million spaces. Outputs
/// and termination only, never times or memory (`Tests/bench/hostile_text.py --only S62` measures).
@Suite struct HostileShapesS62Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: Self.dates).read(text)
    }

    @Test func aDayIsShortWhateverTheFormat() {
        #expect(DeskStores.strptimeDay("13/03/2024", format: "%d/%m/%Y")?.iso == "2024-03-13")
        #expect(DeskStores.strptimeDay("1" + String(repeating: " ", count: 100) + "2", format: "%d%d") == nil)
    }

    @Test func aSubjectRepeatedPastTheBudgetIsDecodedOnce() throws {
        let subject = "Subject: =?utf-8?q?Plan_to_cut_emissions_unveiled?="
        let filler = "X-E: " + String(repeating: "=?utf-8?q?a?= ", count: 550)
        let mail = ["From: Jane Doe <jane@example-news.org>", "To: desk@desk.example.org"] + Array(repeating: filler, count: 9)
            + [subject] + Array(repeating: "Subject: =?utf-8?q?another_subject_line?=", count: 2_000)
            + ["Date: Wed, 13 Mar 2024 10:02:11 +0000", "", EmissionsArticle.text]
        let layout = try #require(read(mail.joined(separator: "\n")))
        #expect(layout.title == Self.title)
    }

    @Test func anSfeedCommandOfMoreThan4KiBNamesNoItem() {
        let item = { (n: Int) in "1710324000\t\(Self.title) \(n)\thttps://news.example.org/\(n)\t\(EmissionsArticle.sentences[0])\thtml\t\t\t\t" }
        let command = "$ grep -F https://news.example.org/1 ~/.sfeed/feeds/Guardian"
        // The command names the first item's link: that item.
        #expect(read(([command] + (1...3).map(item)).joined(separator: "\n"))?.title == "\(Self.title) 1")
        let padded = command + " " + String(repeating: "x", count: 5_000)
        #expect(read(([padded] + (1...3).map(item)).joined(separator: "\n"))?.title != "\(Self.title) 1")
    }

    @Test func aCouchbaseDocumentOfMoreThan2000FieldsIsNoClipping() {
        func answer(fields count: Int) -> String {
            let fields = (0..<count).map { "\"f\($0)\": \"v\"" }.joined(separator: ", ")
            let text = EmissionsArticle.sentences.joined(separator: " ")
            let document = "{\"title\": \"\(Self.title)\", \"source\": \"The Guardian\", \"text\": \"\(text)\", \(fields)}"
            return "$ cbq -e couchbase://db -u desk -q \"SELECT * FROM revue USE KEYS 'clip::1'\"\n"
                + "{\"requestID\": \"1\", \"results\": [{\"revue\": \(document)}], \"status\": \"success\"}\n"
        }
        #expect(read(answer(fields: 10))?.title == Self.title)
        #expect(read(answer(fields: 2_100))?.title != Self.title)
    }
}
