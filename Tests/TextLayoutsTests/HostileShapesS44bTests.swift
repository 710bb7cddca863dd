import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 44's second hostile hunt (branch hostile-s48), over the readers stop 44 added: the superlinear shapes it found,
/// made linear. Outputs only, never times (`Tests/bench/hostile_text.py` measures): the bookmarks' input ran for more than
/// a minute before the fix (a debug build) and runs in a fraction of a second after it.
@Suite struct HostileShapesS44bTests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let head = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n"

    @Test func bookmarkNotesClosedWithoutAnItemAreReadOnce() throws {
        // Ten thousand notes each closed by `</DL>`, no `<DT>` anywhere: each note looked for the next `<DT>` to the
        // file's end (quadratic: a 4 MiB file of them was killed after 30 s).
        var text = Self.head
        for number in 0..<10_000 {
            text += number == 6_000
                ? "<A HREF=\"https://x.org/a\">Council sells old tram depot</A><DD>The council sold the depot.<br>It was old.</DL>"
                : "<A HREF=\"x\">T\(number)</A><DD>a note</DL>"
        }
        #expect(BookmarkFiles.plain(text) == "Council sells old tram depot\n\nThe council sold the depot.\nIt was old.")
    }

    @Test func bookmarkNotesStillEndAtTheNextItemOrTheListsEnd() {
        // The `<DT>` kept between notes is the next one after each note, never an earlier one.
        let text = Self.head + "<DT><A HREF=\"x\">First</A>\n<DD>short</DL>\n<DT><A HREF=\"y\">Second</A>\n<DD>a longer note\n"
            + "<DT><A HREF=\"z\">Third</A>\n<DD>the longest note of them</DL><DT><A HREF=\"w\">Fourth</A><DD>tiny\n</DL>\n"
        #expect(BookmarkFiles.plain(text) == "Third\n\nthe longest note of them")
    }

    @Test func anAttributeOfManyLinksIsReadInOnePass() {
        // `[[a]], [[a]], …`: each link was looked for with Foundation's `range(of:)` on the rest (a Roam block of 36,000
        // links, 250 KiB, took 5 s in a release build). Not a timing test: these 60,000 took 3.3 s (the whole `swift test`
        // run, a debug build) before the fix and 0.2 s after; the test pins what the walk returns.
        let names = (0..<60_000).map { "Writer \($0)" }
        let value = names.map { "[[\($0)]]" }.joined(separator: ", ")
        #expect(PropertyLines.value(value) as? [String] == names)
        #expect(PropertyLines.value("a [[b]] c [[d]]") as? String == "a b c d")
        #expect(PropertyLines.value("[[Reuters]]") as? String == "Reuters")
        #expect(PropertyLines.value("[[unclosed, [[A]]") as? String == "unclosed, [[A")
    }

    @Test func aRoamPageWithAnAttributeOfManyLinksIsRead() throws {
        let links = Array(repeating: "[[Jane Doe]]", count: 30_000).joined(separator: ", ")
        let page: [Any] = [[
            "title": "Council sells old tram depot",
            "children": [["string": "Source:: [[Reuters]]"], ["string": "Tags:: " + links],
                         ["string": "The council sold the old tram depot to a housing cooperative on Monday."]],
        ] as [String: Any]]
        let record = try #require(RoamPages.record(in: page, rest: "", dates: Self.dates))
        #expect(record.title == "Council sells old tram depot")
        #expect(record.source == "Reuters")
        #expect(record.rest == "The council sold the old tram depot to a housing cooperative on Monday.")
    }

    @Test func aTableRowOfMoreThan64KiBIsNoRow() {
        // A line of bars made millions of empty cells in the field tables' readers (10 MiB: 1.5 s, 574 MiB).
        let bars = String(repeating: "|", count: 70_000)
        let lines = ["| Title | Plan unveiled |", bars, "| Author | Jane Doe |"]
        #expect(MarkdownFieldTables.labelled(lines) == lines)
        let grid = ["+---+---+", bars, "+---+---+"]
        #expect(GridTables.labelled(grid) == [bars])
        // A short row still reads.
        #expect(MarkdownFieldTables.labelled(["| Title | Plan unveiled |", "| Author | Jane Doe |"]) == ["Title: Plan unveiled", "Author: Jane Doe", ""])
    }
}
