import DateReading
import Testing

@testable import TextLayouts

/// Stop 41's superlinear hostile shapes, made linear: each rule's output on its shape at a small
/// size and on ordinary inputs (outputs only, never times; `Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS41Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    // MARK: - 1. ExportedPages.withoutComments: anchors cut in one pass per line

    @Test func commentAnchorsAreCutFromEveryLineHoldingThem() {
        let lines = ["Port deal signed[a]", "", "[x] a line", "Quote[b] this[zz] [c] [ab", "[[a]]", "Café[a] déjà[b] x[a]\u{301}", ""]
            + Array(repeating: "[a]Jane Doe: a comment", count: 300) + ["[b]John Roe: a note", "[zz]Ana Ruiz: a reply", ""]
        #expect(ExportedPages.withoutComments(lines) == ["Port deal signed", "", "[x] a line", "Quote this [c] [ab", "[]", "Café déjà x[a]\u{301}"])
    }

    @Test func bracketLinesOverManyCommentsOfOneAnchor() {
        let shape = ["Title", ""] + Array(repeating: "[x] a line[a]", count: 2_000) + Array(repeating: "[a]Jane Doe: a comment", count: 2_000)
        #expect(ExportedPages.withoutComments(shape) == ["Title", ""] + Array(repeating: "[x] a line", count: 2_000))
    }

    // MARK: - 2. LinkDumps.withoutMarkers: each `[` reads no further than a marker's Characters

    @Test func linkMarkersAreCutAndOtherBracketsKept() {
        let marked = "Por [6]Cal Mankowski [x] [12 ] [-3]a [+4]b [-]g [99999999999999999999]c [١]d [3\u{301}]e [[7]f] ["
        let unclosed = String(repeating: "[", count: 2_000)
        let words = String(repeating: "[a ", count: 1_000) + "]"
        let lines = ["[1]Skip to content [2]Reuters", "", "Title", "", marked, unclosed, words]
        #expect(LinkDumps.cleaned(lines) == [
            "Site: Reuters", "", "Title", "",
            "Por Cal Mankowski [x] [12 ] a b [-]g [99999999999999999999]c [١]d [3\u{301}]e [f] [", unclosed, words,
        ])
    }

    // MARK: - 3. WikiPages.parameters(of:): a value of many pieces appended, not re-trimmed whole

    @Test func aCitationValueOfManyPipesKeepsEveryPiece() {
        let lines = ["The city council approved the sale of the old tram depot.", "",
                     "{{cite news |title=Depot sold |x |x  | y\t|author=Jane Doe |work= |a |b}}"]
        #expect(WikiPages.labelled(lines) == [
            "Title: Depot sold |x |x | y", "Author: Jane Doe", "Publication: |a |b", "",
            "The city council approved the sale of the old tram depot.", "",
        ])
        let many = ["text", "", "{{cite news |title=a" + String(repeating: " |x", count: 5_000) + "}}"]
        #expect(WikiPages.labelled(many) == ["Title: a" + String(repeating: " |x", count: 5_000), "", "text", ""])
    }

    // MARK: - Headings closed by a run of marks (`dropLast()` per mark measured the rest each time)

    @Test func headingsClosedByLongRunsOfMarks() {
        #expect(LayoutReader.headingText("# Title #") == "Title")
        #expect(LayoutReader.headingText("## Title " + String(repeating: "#", count: 5_000)) == "Title")
        let lines = ["== Depot sold " + String(repeating: "=", count: 5_000), "", "text", "", "{{cite news |work=Reuters |x}}"]
        #expect(WikiPages.labelled(lines) == ["Publication: Reuters |x", "", "Depot sold", "", "text", ""])
    }

    // MARK: - 4. XMLRecords: a tag of too many attributes is no record; one parse for both readers

    private static func feed(attributes: Int) -> String {
        "<?xml version=\"1.0\"?><feed><entry><title>T</title><content "
            + (0..<attributes).map { "a\($0)=\"1\"" }.joined(separator: " ") + ">text of it</content></entry></feed>"
    }

    @Test func anXMLRecordWithATagOfMoreThan1024AttributesIsNotRead() throws {
        let record = try #require(XMLRecords.read(Self.feed(attributes: 1_024), dates: Self.dates))
        #expect(record.title == "T")
        #expect(record.rest == "text of it")
        #expect(XMLRecords.read(Self.feed(attributes: 1_025), dates: Self.dates) == nil)
        #expect(XMLRecords.root(of: Self.feed(attributes: 20_000)) == nil)
        #expect(XMLRecords.plain(Self.feed(attributes: 20_000)) == nil)
    }

    // MARK: - 6. ClippingFacts.unemphasised: three Characters asked, not the line's count

    @Test func rulesOfMarksAndEmphasisedLinesAreUnemphasisedAsBefore() {
        #expect(ClippingFacts.unemphasised(String(repeating: "*", count: 1_001)) == "*")
        #expect(ClippingFacts.unemphasised(String(repeating: "_", count: 1_000)) == "__")
        #expect(ClippingFacts.unemphasised("*_By Jane Doe_*") == "By Jane Doe")
        #expect(ClippingFacts.unemphasised("**") == "**")
        #expect(ClippingFacts.unemphasised("***") == "*")
        #expect(ClippingFacts.unemphasised("*___*") == "_")
        #expect(ClippingFacts.unemphasised("* *") == "")
        #expect(ClippingFacts.unemphasised("*x_") == "*x_")
        #expect(ClippingFacts.unemphasised("*e\u{301}*") == "e\u{301}")
        #expect(ClippingFacts.judged(String(repeating: "_", count: 5_000)) == "__")
        #expect(ClippingFacts.judged("_26 February 2026_") == "26 February 2026")
    }

    // MARK: - 7. Citations.authors: nested groups within 1,000 bytes cut, a longer part names no one

    @Test func nestedParenthesesBeforeTheTitle() throws {
        let nested = "(" + String(repeating: "(", count: 300) + "1987" + String(repeating: ")", count: 300) + ")"
        let read = try #require(Citations.read("Doe, Jane ((2026)) \(nested). Harbour sells. Reuters, 3 March 1987.",
                                               title: "Harbour sells", dates: Self.dates))
        #expect(read.authors == ["Jane Doe"])
        #expect(read.source == "Reuters")
        #expect(read.date?.iso == "1987-03-03")
        let deep = String(repeating: "(", count: 600) + "Jane" + String(repeating: ")", count: 600)
        let long = try #require(Citations.read("Doe, Jane \(deep). Harbour sells. Reuters, 3 March 1987.", title: "Harbour sells", dates: Self.dates))
        #expect(long.authors.isEmpty)
        #expect(long.date?.iso == "1987-03-03")
    }

    // MARK: - 8. JSONTexts.plain: leading blank lines skipped at once

    @Test func aJSONMessageOfLeadingLineBreaksKeepsItsText() throws {
        let article = (1...4).map { "Paragraph \($0) of the message is long enough to be a paragraph of prose for the reader." }
            .joined(separator: "\\n\\n")
        func json(_ breaks: Int) -> String {
            "{\"value\": [{\"body\": {\"content\": \"" + String(repeating: "\\n", count: breaks) + "A title\\n\\n" + article + "\\n\\n\"}}]}"
        }
        let plain = try #require(JSONTexts.plain(json(0)))
        #expect(plain.hasPrefix("A title\n\nParagraph 1 of the message"))
        #expect(plain.hasSuffix("for the reader."))
        #expect(JSONTexts.plain(json(1)) == plain)
        #expect(JSONTexts.plain(json(5_000)) == plain)
    }
}
