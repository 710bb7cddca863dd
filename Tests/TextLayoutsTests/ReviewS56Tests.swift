import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 54's fixes of stop 53's rules, found by the look-alikes of `Tests/eval/review_s56` and the hostile hunt:
/// a news brief opening like a clipping tool's stamp keeps its text; a Gotify notice holding no line of prose is no
/// article; a Baserow row's bare date column is the day; a
/// title made of bars is read in linear time; a CMS record with a magazine's `number` is no GitHub issue.
@Suite struct ReviewS56Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let json = EmissionsArticle.json

    @Test(arguments: [
        ("Boy rescued off Whitby", "Saved with seconds to spare by the RNLI's Whitby crew, a 9-year-old boy was pulled from the sea near the west pier on Sunday afternoon."),
        ("Malore in piazza, salvato da due passanti", "Salvato con il defibrillatore da due passanti un uomo di 67 anni colto da malore ieri mattina in piazza Unità d'Italia."),
        ("Raser auf der B 27 gestoppt", "Erfasst mit 142 km/h von einer Messstelle der Polizei wurde am Mittwochabend ein 23-jähriger Autofahrer auf der B 27 bei Tübingen."),
    ])
    func aBriefOpeningLikeAToolsStampKeepsItsText(title: String, sentence: String) throws {
        #expect(CopyStamps.withoutToolStamp([title, "", sentence]) == [title, "", sentence])
        let layout = try #require(read([title, "The Northern Echo, 2 March 2026", "", sentence].joined(separator: "\n")))
        #expect(layout.title == title)
        #expect(layout.published?.iso == "2026-03-02")
        #expect(layout.body.joined(separator: " ").contains(String(sentence.prefix(20))))
        // The stamp itself, its tool's name capitalised, is still emptied.
        let stamp = "Saved with ClipDesk 5.1 by Hélène Roux on March 9, 2026"
        #expect(CopyStamps.withoutToolStamp([title, "", sentence, "", stamp]) == [title, "", sentence, "", ""])
    }

    private static func gotify(title: String, message: String) -> String {
        "$ curl -s https://push.desk.example.org/message?limit=1\n" + json([
            "messages": [["id": 2291, "appid": 3, "title": title, "message": message, "priority": 8, "extras": [:] as [String: Any],
                          "date": "2026-03-04T03:12:09.551223771+01:00"]],
            "paging": ["size": 1, "limit": 1, "since": 0],
        ] as [String: Any])
    }

    @Test func aGotifyNoticeHoldingNoProseIsNoArticle() {
        // A monitor's alert and a container updater's report: lines of a few words each.
        #expect(read(Self.gotify(title: "[Down] Wire feed", message: "[Wire feed] [🔴 Down] timeout of 48000ms exceeded\nTime (Europe/London): 2026-03-04 03:12:09")) == nil)
        #expect(read(Self.gotify(title: "Watchtower updates on desk-server", message: "Found new presswatch/presswatch:latest image (sha256:3f2a9c1e5b7d)\nStopping /presswatch (3f2a9c1e5b7d) with SIGTERM\nCreating /presswatch\nRemoving image sha256:0b1c2d3e4f5a")) == nil)
        // A message with the lead is one.
        let article = read(Self.gotify(title: "Plan to cut emissions unveiled", message: "**Reuters · 3 March 2026**\n\n" + EmissionsArticle.sentences[0]))
        #expect(article?.title == "Plan to cut emissions unveiled")
        #expect(article?.published?.iso == "2026-03-03")
    }

    @Test func aBaserowRowsBareDateColumnIsThePublicationDay() throws {
        let answer = "$ curl -s -H \"Authorization: Token $BASEROW\" \"https://api.baserow.io/api/database/rows/table/512/?user_field_names=true\"\n" + Self.json([
            "count": 1, "next": NSNull(), "previous": NSNull(),
            "results": [["id": 23, "order": "23.00000000000000000000", "Titolo": "Trieste, il tram di Opicina torna in servizio",
                         "Testata": ["id": 5, "value": "Il Piccolo", "color": "green"], "Autore": "Matteo Zanetti", "Data": "2026-03-02",
                         "Ritagliato da": [["id": 2, "name": "Paola Gatti"]], "Ritagliato il": "2026-03-03T08:00:00.000000Z",
                         "Testo": "Dopo otto anni di stop, il tram di Opicina tornerà a collegare piazza Oberdan con l'altipiano a partire da giugno, ha annunciato lunedì il Comune."]],
        ] as [String: Any])
        let layout = try #require(read(answer))
        #expect(layout.title == "Trieste, il tram di Opicina torna in servizio")
        #expect(layout.authors == ["Matteo Zanetti"])
        #expect(layout.published?.iso == "2026-03-02")
        #expect(layout.source == "Il Piccolo")
    }

    @Test func aTitleOfBarsIsSplitInLinearTime() {
        // Thousands of bars, each with more than eight words after it: none is a site's ending, and none is copied.
        let long = String(repeating: "Harbour fees rise again | ", count: 20_000) + "Reuters"
        #expect(DeskAnswers.siteEndings(long).isEmpty)
        let bars = String(repeating: "a - ", count: 50_000)
        #expect(DeskAnswers.siteEndings(bars).isEmpty)
        #expect(DeskAnswers.siteEnding("Harbour fees rise again | Reuters")?.site == "Reuters")
    }

    @Test func aRecordWithAMagazinesNumberIsNoGitHubIssue() throws {
        let record = Self.json([
            "title": "Plan to cut emissions unveiled", "number": 412, "author": ["login": "jdoe", "name": "Jane Doe"],
            "body": EmissionsArticle.text, "published": "2026-03-03",
        ] as [String: Any])
        #expect(DeskAnswers.shape(of: try JSONSerialization.jsonObject(with: Data(record.utf8))) == nil)
        let layout = try #require(read(record))
        #expect(layout.title == "Plan to cut emissions unveiled")
    }
}
