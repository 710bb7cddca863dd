import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 42's superlinear hostile shapes, made linear: each rule's output on its shape at a small
/// size and on ordinary inputs (outputs only, never times; `Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS42Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    /// Two thousand flags (regional indicators in pairs): a Character each, walked back one by one only slowly.
    private static let flags = String(repeating: "\u{1F1EB}\u{1F1F7}", count: 2_000)

    // MARK: - 1. FrontMatter: a line's trailing whitespace cut by index(before:), not dropLast()

    @Test func frontMatterLinesEndingInWhitespaceReadAsWithout() throws {
        let plain = try #require(FrontMatter.split("---\ntitle: Depot sold\nauthor: Jane Doe\n---\n\n# Depot sold\n\ntext\n"))
        let spaced = try #require(FrontMatter.split("--- \t\ntitle: Depot sold\nauthor: Jane Doe\n---\u{3000} \n\n# Depot sold\n\ntext\n"))
        #expect(plain.value("title") == "Depot sold")
        #expect(plain.value("author") == "Jane Doe")
        #expect(spaced.fields == plain.fields)
        #expect(spaced.body == plain.body)
        let spaces = String(repeating: " ", count: 5_000)
        let long = try #require(FrontMatter.split("---" + spaces + "\ntitle: Depot sold" + spaces + "\nauthor: Jane Doe\n---" + spaces + "\n\n# Depot sold\n\ntext\n"))
        #expect(long.fields == plain.fields)
        #expect(long.body == plain.body)
        let tabs = try #require(FrontMatter.split("--- \t \t\t  \ntitle: Depot sold\t \nauthor: Jane Doe\n--- \t\n\n# Depot sold\n\ntext\n"))
        #expect(tabs.fields == plain.fields)
        #expect(tabs.body == plain.body)
        // A space after a prepended mark (U+0600) is one Character with it, no whitespace: the fence is none.
        #expect(FrontMatter.split("---\u{600}  \ntitle: Depot sold\n---\n\ntext\n") == nil)
        // Whitespace only at the end: a fence with anything else after it is none.
        #expect(FrontMatter.split("---" + spaces + "x\ntitle: Depot sold\n---\n\ntext\n") == nil)
        #expect(FrontMatter.split("---\ntitle: Depot sold\n---" + spaces + "-\n\ntext\n") == nil)
    }

    // MARK: - 2. A Markdown heading's closing run of `#` cut by its bytes first

    /// `headingText`'s cut before stop 42 (a Character walk back over the run).
    private static func cutAsBefore(_ line: String) -> Substring {
        var text = Substring(line).drop { $0 == "#" }
        while text.hasSuffix("#") { text = text[..<text.index(before: text.endIndex)] }
        return text
    }

    @Test func headingMarksAreCutAsByTheCharacterWalk() {
        let lines = [
            "#", "##", "# #", "# Title", "# Title #", "# Title ##", "## Title " + String(repeating: "#", count: 5_000), "#Title#",
            "# Title #\u{301}", "# Title #\u{301}#", "# Title ##\u{301}##", "# \u{600}#", "# a\u{600}##", "# a\u{600}#", "# \u{600}##",
            "# 1. Title ###", "# \u{1F1EB}\u{1F1F7}##", "# Title\r\n##", "# Title \u{200D}##", "# Title #\u{FE0F}\u{20E3}",
        ]
        for line in lines {
            #expect(LayoutReader.headingText(line) == TextFolding.trimmed(Self.headingNumberCut(Self.cutAsBefore(line))), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(LayoutReader.headingText("# Title #") == "Title")
        #expect(LayoutReader.headingText("## Title " + String(repeating: "#", count: 5_000)) == "Title")
        #expect(LayoutReader.headingText("### 1. Title ###") == "Title")
        #expect(LayoutReader.headingText("# Title #\u{301}") == "Title #\u{301}")
    }

    /// The rest of `headingText` for a line opening with `#` and no bold marks: a numbered heading's number goes.
    private static func headingNumberCut(_ cut: Substring) -> Substring {
        let trimmed = cut.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if (1...2).contains(digits.count), trimmed.dropFirst(digits.count).hasPrefix(". "), trimmed.count > digits.count + 3 {
            return trimmed.dropFirst(digits.count + 2)
        }
        return cut
    }

    // MARK: - 3. The last `(` of a line found walking forward (a line of flags)

    @Test func lastIndexWalkingForwardIsLastIndex() {
        let texts = [
            "", "(", "a(b)c(d)", "no parenthesis", "(\u{301}a)", "a (b (\u{301}c)", "\u{600}(a)", "a\r\n(b)", "(" + Self.flags + ")",
            Self.flags + "(" + Self.flags, "x (\u{1F1EB}(\u{1F1F7})", "(\u{200D}a)",
        ]
        for text in texts {
            #expect(LineBytes.lastIndex(of: "(", in: text) == text.lastIndex(of: "("), "\(text.prefix(20))")
            #expect(LineBytes.lastIndex(of: "\u{1F1EB}\u{1F1F7}", in: text) == text.lastIndex(of: "\u{1F1EB}\u{1F1F7}"))
        }
    }

    @Test func indexEntriesOfFlagsAndOrdinaryOnes() {
        #expect(IndexEntries.labelled(["Harbour sells (Reuters, 3 March 1987, p. 32)", "", "text"], dates: Self.dates)
            == ["Source: Reuters", "Date: 3 March 1987", "Title: Harbour sells", "", "text"])
        #expect(IndexEntries.labelled(["Harbour sells (" + Self.flags + ", p. 32)", "", "text"], dates: Self.dates)
            == ["Source: " + Self.flags, "Title: Harbour sells", "", "text"])
        #expect(IndexEntries.labelled(["T (" + Self.flags + ")", "", "text"], dates: Self.dates) == ["T (" + Self.flags + ")", "", "text"])
        #expect(IndexEntries.labelled(["(" + Self.flags + ", p. 32)", "", "text"], dates: Self.dates) == ["(" + Self.flags + ", p. 32)", "", "text"])
    }

    @Test func listItemsOfFlagsAndOrdinaryOnes() throws {
        let item = try #require(ListItems.read(["\u{2192} Harbour sells \u{2014} Reuters (26 Feb 1987)", "", "text"], dates: Self.dates))
        #expect(item.title == "Harbour sells")
        #expect(item.source == "Reuters")
        #expect(item.date?.iso == "1987-02-26")
        #expect(item.bodyStart == 1)
        let flagged = try #require(ListItems.read(["\u{2192} (" + Self.flags + ")", "Full text:", "text"], dates: Self.dates))
        #expect(flagged.title == "(" + Self.flags + ")")
        #expect(flagged.date == nil)
        #expect(flagged.bodyStart == 2)
    }

    // MARK: - 4. Substrings from a UTF-8 index walked from a Character index (a run of flags)

    @Test func aChatStampThenFlagsIsNoMessage() throws {
        let text = ["Chat transcript", "Visitor: A", "Agent: Sofia (Reuters)", "", "[14:30] A: Hello",
                    "[14:31] Sofia: Is it this one: \u{201C}Council sells old tram depot\u{201D}?", "[14:32] " + Self.flags,
                    "[14:33] Sofia: here it is.", "",
                    String(repeating: "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate. ", count: 4)]
        let record = try #require(ServiceChats.read(text, dates: Self.dates))
        #expect(record.title == "Council sells old tram depot")
        #expect(record.source == "Reuters")
        #expect(record.rest.hasPrefix("[14:32] " + Self.flags + "\n"))
    }

    @Test func aChatPartyOfFlagsInParentheses() throws {
        let text = ["Chat transcript", "Visitor: A", "Agent: Sofia (" + Self.flags + ")", "", "[14:30] A: Hello",
                    "[14:31] Sofia: Is it this one: \u{201C}Council sells old tram depot\u{201D}?", "[14:32] A: yes",
                    "[14:33] Sofia: here it is.", "",
                    String(repeating: "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate. ", count: 4)]
        let record = try #require(ServiceChats.read(text, dates: Self.dates))
        #expect(record.title == "Council sells old tram depot")
        #expect(record.source == nil)
        var named = text
        named[2] = "Agent: Sofia (Reuters (Madrid))"
        #expect(try #require(ServiceChats.read(named, dates: Self.dates)).source == "Madrid)")
    }

    @Test func aDelimitedRecordOfFlags() throws {
        let text = "Date,Headline,Outlet,Text\n02/03/2026,Port deal signed,Reuters,\"" + Self.flags
            + " Work began on Monday, and the port expects to finish the new terminal in May.\"\n"
        let layout = try #require(DelimitedExport.read(text, dates: Self.dates))
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == "Reuters")
        #expect(layout.body == [Self.flags + " Work began on Monday, and the port expects to finish the new terminal in May."])
    }
}
