import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 45's hostile hunt (branch hostile46), over the readers stop 45 added (RefWorks, Ghost, Pandoc, PRISM, Miniflux,
/// JSON Lines, the head's and foot's new line questions): the one shape it found was memory, not time. The tagged
/// records' loop RefWorks shares with RIS (`RISRecord.fields`) split the whole file into an array of its lines first:
/// 10 MiB of blank lines under a record's head made ten million Substrings (576 MiB peak; the plain text reader
/// takes 215 MiB for the same lines). It now walks the lines in place. Outputs only, never times or memory
/// (`Tests/bench/hostile_text.py` measures): these tests pin that the walk reads the lines the split read.
///
/// The hunt's differential check (random RefWorks and RIS records, base and fixed binaries) also found a crash older
/// than stop 45, in the plain text reader: a trailer with no body above it (`Jane Doe`, `26 February 1987`, `Daily
/// Planet`, `Council sells old tram depot`) set the body's end at the trailer, then the head under the title read the
/// trailer's lines as its byline, date and source, past that end, and the foot sliced `start..<end` with start > end
/// ("Range requires lowerBound <= upperBound", a trap: the daemon's parse died on a 70-byte file); with a reference
/// cited at the top (`Cite this article:`) the body's end could fall inside a standfirst's metadata, and the body's slice
/// past that metadata trapped the same way.
@Suite struct HostileShapesS45Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    /// What the loop returned before the walk: the same loop over `split`'s array of lines.
    private static func splitFields(_ text: String, tagged: (Substring) -> (String, String)?, end: String?) -> [String] {
        var values: [(tag: String, value: String)] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let (tag, value) = tagged(line) {
                if tag == end { break }
                values.append((tag, value))
            } else if !values.isEmpty, !line.allSatisfy(\.isWhitespace) {
                values[values.count - 1].value += "\n" + LineBytes.trimmed(line)
            }
        }
        return values.map { $0.tag + "=" + $0.value }
    }

    /// `T1 x` → (`T1`, `x`), as RefWorks' lines are tagged (two capitals or a capital and a digit, a space).
    private static func tagged(_ line: Substring) -> (String, String)? {
        let bytes = Array(line.utf8.prefix(3))
        guard bytes.count == 3, bytes[0] &- 0x41 < 26, bytes[1] &- 0x41 < 26 || bytes[1] &- 0x30 < 10, bytes[2] == 0x20 else { return nil }
        return (String(line.prefix(2)), LineBytes.trimmed(line.dropFirst(3)))
    }

    @Test(arguments: [
        "", "\n", "T1 a", "T1 a\n", "T1 a\nb", "T1 a\n\nb\n", "x\nT1 a\n b \n", "T1 a\r\nb\r\nA1 c\r\n", "T1 a\rb\rA1 c",
        "T1 a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f", "T1 a\n\r\n\r\n\nb", "T1 a\nER \nA1 b", "T1 a\nb\nER x\nc",
        "T1 é\u{301}\nb\u{301}\n\u{301}c", "\r\nT1 a\n\n", "T1 a\n  \n\t\nb", "A1 a\nT1 b\nA1 c\n\n\nd\ne",
    ])
    func theWalkReadsTheLinesTheSplitRead(_ text: String) {
        let walked = RISRecord.fields(of: text, tagged: Self.tagged, end: "ER").map { $0.tag + "=" + $0.value }
        #expect(walked == Self.splitFields(text, tagged: Self.tagged, end: "ER"))
        let unended = RISRecord.fields(of: text, tagged: Self.tagged).map { $0.tag + "=" + $0.value }
        #expect(unended == Self.splitFields(text, tagged: Self.tagged, end: nil))
    }

    @Test func aRefWorksRecordOverAMillionBlankLinesIsRead() throws {
        // The shape found: a record's head, then line feeds (`hostile_text.py` 'RefWorks blank lines').
        let text = "RT Newspaper Article\nT1 Council sells old tram depot\nJF Reuters\n" + String(repeating: "\n", count: 1_000_000)
            + String(repeating: "\r\n", count: 100_000) + "AB The council sold the old tram depot.\n"
        let layout = try #require(RefWorksRecords.read(text, dates: Self.dates))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.source == "Reuters")
        #expect(layout.body == ["The council sold the old tram depot."])
    }

    @Test func anRISRecordOverAMillionBlankLinesStopsAtItsEnd() throws {
        let text = "TY  - NEWS\nTI  - Council sells old tram depot\n" + String(repeating: "\n", count: 1_000_000)
            + "AB  - The council sold the old tram depot.\nER  -\nTI  - Another record\n" + String(repeating: "\n", count: 1_000)
        let layout = try #require(RISRecord.read(text, dates: Self.dates))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.body == ["The council sold the old tram depot."])
    }

    @Test(arguments: [
        "Jane Doe\n26 February 1987\nDaily Planet\nCouncil sells old tram depot",
        "Jane Doe\n1987/02/26\nDaily Planet\nTram depot sold",
        "T N\n1987/2/2\nDe\nDS",
        "x\n\nTram Now\n1987/2/2\nDe\nab",
        // The standfirst's metadata past an end a cited reference set (`Cite this article:` heading the file).
        "Cite this article:\nCouncil sells old tram depot\nThe council sold the depot.\nBy Jane Doe",
        "Cite this article:\nCouncil sells old tram depot\n.\n26 February 1987",
    ])
    func aTrailerWithNoBodyAboveItIsReadWithoutTrapping(_ text: String) {
        // No body: nothing to return, or a layout without the trailer's lines in its body; before the fix, a trap.
        let layout = LayoutReader(dates: Self.dates).read(text)
        #expect(layout.map { !$0.body.contains("Daily Planet") } ?? true)
    }

    @Test func aTrailerUnderItsBodyIsReadAsBefore() throws {
        let text = "The council sold the old tram depot to a housing cooperative.\n\nJane Doe\n26 February 1987\nDaily Planet\n"
            + "Council sells old tram depot"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == ["The council sold the old tram depot to a housing cooperative."])
    }
}
