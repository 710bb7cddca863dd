import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 50's hostile hunt (branch hostile50), over the readers stop 49 added (a weekly's issue line, a reference above the
/// title, footnote notes and marks, a members' bulletin, a fax header, a department's credit, a section before the
/// publication, writers' places, a closing related list, a clipper's tab title, Microsoft Graph's mails, Google Sheets'
/// ranges, Notion pages, Strapi entries, Unstructured's elements, Webz.io posts) and the JSON documents of one long
/// string. Found: `FeedNames.publication` searched a 4 MiB Unstructured header's Characters for each of three dashes it
/// did not hold; a Graph mail's or Sheets range's JSON was parsed twice when neither reader read it; a document's longest
/// string was split into all its lines to find its first two (`JSONTexts.withoutSectionHeading`), and a Python literal's
/// text walked whole for its first 30 lines (`PythonRecords`); a Graph mail's CR LF were replaced Character by Character.
/// Outputs only, never times or memory (`Tests/bench/hostile_text.py` measures): these tests pin that the faster reading
/// reads as the old one.
@Suite struct HostileShapesS50Tests {
    /// Random lines of the bytes the rules look for among letters, combining marks, a prepended scalar, regional
    /// indicators, Hangul jamo, CR and LF (Characters that join across the bytes looked for).
    private static func randomLines(_ ascii: [String], seed: UInt64, count: Int, length: Int = 24) -> [String] {
        let wide = ascii + ["\u{00E9}", "\u{0301}", "\u{0600}", "\u{1F1EB}", "\u{1100}", "\u{1161}", "\u{200D}", "\r", "\n", "\u{2014}", "\u{2013}"]
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { round in
            let alphabet = round % 2 == 0 ? ascii : wide
            return (0..<Int.random(in: 0...length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func lineFeedAsTheCharactersFindIt() {
        for text in Self.randomLines(["\n", "\r", "\r\n", "a", " ", "#"], seed: 5001, count: 6_000) {
            var start = text.startIndex
            while true {
                let wanted = text[start...].firstIndex(of: "\n") ?? text.endIndex
                #expect(JSONTexts.lineFeed(in: text, from: start) == wanted, "\(text.debugDescription)")
                guard start < text.endIndex else { break }
                text.formIndex(after: &start)
            }
        }
    }

    /// `JSONTexts.withoutSectionHeading` as stop 49 had it: the text split into all its lines, each tested.
    private static func referenceWithoutSectionHeading(_ markdown: String) -> String {
        func headingLevel(_ line: Substring) -> Int? {
            let hashes = line.prefix { $0 == "#" }.count
            return (1...6).contains(hashes) && line.dropFirst(hashes).first == " " ? hashes : nil
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.prefix(2)
        guard filled.count == 2 else { return markdown }
        let first = headingLevel(lines[filled[filled.startIndex]])
        let second = headingLevel(lines[filled[filled.startIndex + 1]])
        guard let first, let second, second > first else { return markdown }
        return lines[filled[filled.startIndex + 1]...].joined(separator: "\n")
    }

    @Test func sectionHeadingAsTheSplitReadsIt() {
        let headings = ["## a\n", "### b\n", "# c\n", "#### d\n"]
        var generator = SeededGenerator(seed: 5002)
        for (round, text) in Self.randomLines(["\n", "\n", "\r\n", "#", "#", " ", "a", "\t"], seed: 5003, count: 6_000).enumerated() {
            // Half of them open with two headings (the shape the rule cuts), the rest as drawn.
            let markdown = round % 2 == 0 ? headings.randomElement(using: &generator)! + " \n" + headings.randomElement(using: &generator)! + text : text
            let read = JSONTexts.withoutSectionHeading(markdown)
            #expect(Array(read.utf8) == Array(Self.referenceWithoutSectionHeading(markdown).utf8), "\(markdown.debugDescription)")
        }
    }

    /// `PythonRecords.read`'s search for the literal as stop 49 had it: the first 30 lines split by Characters.
    private static func referenceLiteralStart(_ text: String) -> String.Index? {
        let lines = text.split(separator: "\n", maxSplits: 30, omittingEmptySubsequences: false)
        guard let open = lines.prefix(30).firstIndex(where: { $0.hasPrefix("{'") || $0.hasPrefix("{\"") }) else { return nil }
        return lines[open].startIndex
    }

    @Test func literalStartAsTheSplitFindsIt() {
        for text in Self.randomLines(["\n", "\n", "\n", "\r\n", "{", "{", "'", "\"", "a"], seed: 5004, count: 6_000, length: 80) {
            #expect(PythonRecords.literalStart(text) == Self.referenceLiteralStart(text), "\(text.debugDescription)")
        }
    }

    @Test func lineFeedsAsTheReplacingMakesThem() {
        for text in Self.randomLines(["\r", "\r", "\n", "\r\n", "a", " "], seed: 5005, count: 6_000) {
            #expect(Array(GraphMessages.withLineFeeds(text).utf8) == Array(text.replacing("\r\n", with: "\n").utf8), "\(text.debugDescription)")
        }
    }

    /// `FeedNames.publication` as stop 49 had it: each dash searched for on the Characters.
    private static func referencePublication(_ name: String) -> String? {
        guard !FeedNames.isAggregator(name) else { return nil }
        var text = LineBytes.trimmed(name)
        for dash in [" – ", " — ", " - "] {
            if let range = text.ranges(of: dash).last {
                let tail = text[range.upperBound...]
                if !tail.isEmpty, LineBytes.words(tail).allSatisfy({ ExportLines.isSectionWord(TextFolding.fold($0)) }) {
                    text = LineBytes.trimmed(text[..<range.lowerBound])
                }
            }
        }
        if !text.contains(" "), text.contains("."), text.first?.isLowercase == true { return nil }
        return text.isEmpty ? nil : text
    }

    @Test func publicationAsTheCharactersReadIt() {
        let pieces = [" ", " ", "-", "\u{2013}", "\u{2014}", "Reuters", "Economie", "Sport", "news", ".", "Le"]
        for name in Self.randomLines(pieces, seed: 5006, count: 6_000, length: 10) {
            #expect(FeedNames.publication(name) == Self.referencePublication(name), "\(name.debugDescription)")
        }
    }

    @Test func plainReadsTheParsedValueAsTheText() {
        let article = String(repeating: "A paragraph of the article, long enough to be the text the mail carries. ", count: 4)
        let documents = [
            ###"{"subject": "Pour la revue", "body": {"contentType": "text", "content": "## Note\n\n### A title\r\n\r\n\###(article)"}}"###,
            ###"{"range": "A1:B2", "majorDimension": "ROWS", "values": [["Titre", "Texte"], ["A title", "\###(article)"]]}"###,
            ###"{"value": [{"body": {"contentType": "html", "content": "<p>\###(article)</p>"}}]}"###,
        ]
        for document in documents {
            #expect(JSONTexts.plain(document, parsed: JSONTexts.parsed(document)) == JSONTexts.plain(document))
        }
    }
}
