import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 46's hostile hunt (branch hostile47), over the readers stop 46 added (EBSCOhost's stacked record, SharePoint's
/// escaped keys, JSON:API, Talkwalker, epoch milliseconds, Skype's markup, Textract, Jina's reader output, an event's
/// overline, run-on bylines, foot biographies, reception stamps): three shapes, all of them a whole line's or a whole
/// file's copies, none a crash. An event's overline was judged before its length: one 10 MiB line in capitals over a
/// title had its letters walked and its date searched (`endsWithDay` tokenizes the whole line, 1.9 s, 271 MiB); an
/// EBSCOhost record's accessioned `Source:` or date field of one 10 MiB line had its day searched the same way (476
/// MiB); Jina's reader output copied the content's lines twice, and cut the plain text into an array of Substrings
/// before its Strings (10 MiB of blank lines under the heading: 909 MiB). Outputs only, never times or memory
/// (`Tests/bench/hostile_text.py` measures): these tests pin the bounds and that Jina's lines are the lines the copies
/// gave. The differential run (24,000 random files from these readers' shapes, mixed and truncated) found no trap.
@Suite struct HostileShapesS46Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let body = "\n\nThe council sold the old tram depot to a housing cooperative on Tuesday, ending years of debate.\n"

    @Test func anEventsOverlineOfATitlesLengthIsRead() throws {
        // 200 characters: the longest overline.
        let overline = "STRIKE CALLED FOR " + String(repeating: "A", count: 173) + " MARCH 17"
        #expect(overline.count == 200)
        let layout = try #require(LayoutReader(dates: Self.dates).read(overline + "\nCouncil sells old tram depot" + Self.body))
        #expect(layout.title == "Council sells old tram depot")
        #expect(!layout.body.contains(overline))
    }

    @Test(arguments: [201, 5_000, 200_000])
    func aLongerLineInCapitalsIsNoEventsOverline(_ count: Int) throws {
        // The shape found (`hostile_text.py` 'event overline of one long line'): the line stays the text's.
        let overline = "STRIKE CALLED FOR " + String(repeating: "AB1987/", count: (count - 27) / 7) + String(repeating: "A", count: (count - 27) % 7) + " MARCH 17"
        #expect(overline.count == count)
        let layout = try #require(LayoutReader(dates: Self.dates).read(overline + "\nCouncil sells old tram depot" + Self.body))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.body.first == overline)
    }

    private static func record(source: String) -> [String] {
        ["Record: 1", "Title:", "Council sells old tram depot", "Authors:", "Doe, Jane", "Source:", source, "Accession Number:", "1", "", "The text."]
    }

    @Test func anAccessionedSourceLineOfTheLengthJudgedHasItsDayWrittenISO() {
        // `Source: ` and 292 characters: a line of 300, the longest `ClippingFacts` judges.
        let source = "Reuters. 3/2/1987, p17." + String(repeating: " x", count: 134) + "y"
        #expect(("Source: " + source).count == 300)
        let lines = StackedLabels.labelled(Self.record(source: source))
        #expect(lines.prefix(4) == ["Title: Council sells old tram depot", "Authors: Doe, Jane", "Source: Reuters. 1987-03-02, p17." + String(repeating: " x", count: 134) + "y", ""])
    }

    @Test(arguments: [301, 1 << 20])
    func aLongerAccessionedSourceLineKeepsItsDayAsWritten(_ count: Int) {
        // The shape found (`hostile_text.py` 'EBSCOhost source of many days'): the line is no field `ClippingFacts` reads.
        let source = "Reuters. " + String(repeating: "3/2/1987 ", count: (count - 17) / 9) + String(repeating: "x", count: (count - 17) % 9)
        #expect(("Source: " + source).count == count)
        let lines = StackedLabels.labelled(Self.record(source: source))
        #expect(lines.prefix(4) == ["Title: Council sells old tram depot", "Authors: Doe, Jane", "Source: " + source, ""])
    }

    /// What `JinaReaderPages.labelled` returned before: the content's lines copied, the plain text split at `\n`.
    private static func copiedLabelled(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }), lines[first].hasPrefix("Title: "),
            lines[first...].prefix(9).contains(where: { $0.hasPrefix("URL Source: ") }),
            let marker = lines[first...].prefix(13).firstIndex(where: { LineBytes.trimmed($0) == "Markdown Content:" })
        else { return lines }
        let tabTitle = LineBytes.trimmed(lines[first].dropFirst(7))
        let published = lines[first..<marker].first(where: { $0.hasPrefix("Published Time: ") }).map { LineBytes.trimmed($0.dropFirst(16)) }
        var content = Array(lines[(marker + 1)...])
        var head = ["Title: " + tabTitle]
        var heading: (text: String, end: Int)?
        for index in content.indices.prefix(40) where heading == nil {
            let line = LineBytes.trimmed(content[index])
            if line.hasPrefix("# ") {
                heading = (LineBytes.trimmed(line.dropFirst(2)), index + 1)
            } else if !line.isEmpty, index + 1 < content.count {
                let under = LineBytes.trimmed(content[index + 1])
                if under.count >= 3, under.allSatisfy({ $0 == "=" }) { heading = (line, index + 2) }
            }
        }
        if let heading, tabTitle.hasPrefix(heading.text) {
            head = ["Title: " + heading.text]
            let rest = tabTitle.dropFirst(heading.text.count).drop { " -–—|·:".contains($0) }
            if !rest.isEmpty, rest.count < tabTitle.count { head.append("Source: " + LineBytes.trimmed(rest)) }
            content = Array(content[heading.end...])
        }
        if let published, !published.isEmpty { head.append("Published: " + published) }
        let text = MarkdownText.plain(content.joined(separator: "\n"), markingTitle: false)
        return Array(lines[..<first]) + head + [""] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [
        "Title: A title - Reuters\nURL Source: https://x.org/a\nMarkdown Content:\n# A title\n\nThe text.",
        "\n \nTitle: A title | Reuters\n\nURL Source: https://x.org/a\n\nPublished Time: 1987-02-26\n\nMarkdown Content:\nA title\n===\n\nBy [Jane Doe](x)\n",
        "Title: A title\nURL Source: x\nMarkdown Content:\n",
        "Title: A title\nURL Source: x\nMarkdown Content:\nno heading\n\n\n",
        "Title: A title\nURL Source: x\nMarkdown Content:\n# A title",
        // CRs: in the text (`\r\n` is one Character, not cut at `\n`), above the content, alone.
        "Title: A title\nURL Source: x\nMarkdown Content:\n# A title\nline\r\nline\r\n\r\nend\r",
        "\r\nTitle: A title\r\nURL Source: x\nMarkdown Content:\n# A title\nline\n",
        "Title: A title\nURL Source: x\nMarkdown Content:\n# A title\n\r\n\r\r\n\n",
        "Title: A title\nURL Source: x\nMarkdown Content:\nA title\r\n===\r\n\u{2028}x\u{85}y\n",
    ])
    func jinasLinesAreTheLinesTheCopiesGave(_ text: String) {
        // The lines as the reader cuts them (at `\n` Characters when the text holds a CR).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(JinaReaderPages.labelled(lines) == Self.copiedLabelled(lines))
        let cut = LineBytes.lines(text)
        #expect(JinaReaderPages.labelled(cut) == Self.copiedLabelled(cut))
    }

    @Test func jinasReaderOutputOverManyBlankLinesIsRead() throws {
        // The shape found (`hostile_text.py` 'Jina reader output of blank lines').
        let lines = ["Title: Council sells old tram depot - Reuters", "", "URL Source: https://x.org/a", "", "Markdown Content:", "# Council sells old tram depot"]
            + Array(repeating: "", count: 200_000) + ["The council sold the old tram depot."]
        let labelled = JinaReaderPages.labelled(lines)
        #expect(labelled == Self.copiedLabelled(lines))
        #expect(labelled.prefix(3) == ["Title: Council sells old tram depot", "Source: Reuters", ""])
        #expect(labelled.count == 200_004)
        #expect(labelled.last == "The council sold the old tram depot.")
    }
}
