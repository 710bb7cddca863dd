import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 52's hostile hunt (branch hostile52), over the readers stop 51 added (psql's expanded display, SES mails posted
/// by SNS, the web services' shapes: NewsBlur, Firestore, Trove, Prismic, HAR, Bing News; disclosure notes, interviews'
/// closing credits, spoken days, recommendation boxes over rules, label blocks, German dative names, bureau senders).
/// Found: `PsqlRecords` walked a text holding `-[ RECORD ` as Characters to cut its lines and its record line twice more
/// for its `+` (a record line of 10 MiB: 1.43 s against stop 50's 0.67 s, which has no such reader); `RuledNotes` asked
/// whether a line of any length was in capitals before asking whether it was short (10 MiB of capitals under a
/// recommendation: 1.63 s against 0.81 s). Both now cut on the bytes or ask the cheap question first, their readings
/// unchanged: pinned here to the Character readings on random texts.
/// Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS52Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs. \
        The company said the terminal would keep its staff and its name under the new owner.
        """

    /// The lines stop 51's `PsqlRecords.read` cut: the text split on its Characters `\n` and `\r\n`, at most `count`, a
    /// line the count stops short of its end left out.
    private static func referenceLines(_ text: String, count: Int) -> [Substring] {
        var lines = text.split(maxSplits: count, omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.count > count { lines.removeLast() }
        return lines
    }

    @Test func psqlLinesCutOnTheBytesAreTheCharacterLines() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "\n", "\r", "\r\n", "é", "+", "\u{301}", " | ", "-[ RECORD 1 ]", "\n\r\n", "\r\r\n"]
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for count in [1, 2, 5, 5_200] {
                let lines = PsqlRecords.firstLines(of: text, count: count)
                let reference = Self.referenceLines(text, count: count)
                #expect(lines.map(String.init) == reference.map(String.init), "\(text.debugDescription) \(count)")
            }
        }
        #expect(PsqlRecords.firstLines(of: "", count: 5).map(String.init) == [""])
        #expect(PsqlRecords.firstLines(of: "a\nb\n", count: 5).map(String.init) == ["a", "b", ""])
        #expect(PsqlRecords.firstLines(of: "a\r\nb\rc\nd", count: 2).map(String.init) == ["a", "b\rc"])
    }

    @Test func psqlBarColumnIsTheCharacterColumn() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["-", "+", "é", "\u{301}", "[", " ", "a"]
        for _ in 0..<4_000 {
            let line = Substring((0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
            let reference = line.firstIndex(of: "+").map { line.distance(from: line.startIndex, to: $0) }
            #expect(PsqlRecords.barColumn(line) == reference, "\(line.debugDescription)")
        }
        #expect(PsqlRecords.barColumn("-[ RECORD 1 ]----+-----") == 17)
        #expect(PsqlRecords.barColumn("-[ RECORD 1 ]é---+-----") == 17)
        #expect(PsqlRecords.barColumn("-[ RECORD 1 ]---+\u{301}+---") == 17)  // `+́` is no `+`
    }

    @Test func psqlRecordsReadTheSameOverHostileShapes() throws {
        let record = "-[ RECORD 1 ]----+-----\nheadline         | A title\noutlet           | Le Figaro\ntext             | \(Self.body)\n"
        let read = try #require(PsqlRecords.read(record, dates: Self.dates))
        #expect(read.title == "A title")
        #expect(read.source == "Le Figaro")
        // CR LF lines, and many records: the first is read.
        let crlf = try #require(PsqlRecords.read(String(repeating: record, count: 2_000).replacingOccurrences(of: "\n", with: "\r\n"), dates: Self.dates))
        #expect(crlf.title == "A title")
        #expect(crlf.source == "Le Figaro")
        // A record line of a 1 MiB rule: its bar's column is no field line's; no record.
        let rule = "-[ RECORD 1 ]" + String(repeating: "-", count: 1 << 19) + "+" + String(repeating: "-", count: 1 << 19) + "\nheadline | A title\n"
        #expect(PsqlRecords.read(rule, dates: Self.dates) == nil)
        // The record line under 199 long lines is found; under 200 it is not.
        let long = String(repeating: "word ", count: 2_000) + "\n"
        #expect(PsqlRecords.read(String(repeating: long, count: 199) + record, dates: Self.dates)?.title == "A title")
        #expect(PsqlRecords.read(String(repeating: long, count: 200) + record, dates: Self.dates) == nil)
    }

    @Test func aRecommendationBoxsCapitalsLineIsShort() {
        // (The article under the rule has its own head: its title over its source line.)
        let short = ["OUR PICK OF THE WEEK", "Recommended by Sarah Collins, February 5, 2026", "", "———", "A title of the article", "Reuters, 26 February 1987", "", Self.body]
        #expect(RuledNotes.articleStart(short) == 4)
        // A capitals line of 1 MiB is no heading of the box: the text opens with no note.
        let long = [String(repeating: "OUR PICK ", count: 120_000), "Recommended by Sarah Collins", "", "———", "A title of the article", "Reuters, 26 February 1987", "", Self.body]
        #expect(RuledNotes.articleStart(long) == nil)
        let quoted = ["Recommended by Sarah Collins", "“" + String(repeating: "Worth reading ", count: 80_000) + "”", "", "———", "A title of the article", "Reuters, 26 February 1987"]
        #expect(RuledNotes.articleStart(quoted) == 4)
    }
}
