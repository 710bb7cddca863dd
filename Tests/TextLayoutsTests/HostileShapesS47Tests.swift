import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 47's hostile hunt (branch hostile48), over the readers stop 47 added (a cutting service's slip, Zim pages,
/// Azure's layout paragraphs, a task's custom fields, a record's domain, series markers, column heads, framed notices,
/// an audio player's lines, newsletter issues and editors, live blogs' credits, reprint credits in the head). Found:
/// Zim's markup was taken out of a line by Characters, each `//` comparing the kept text's last Character and
/// searching the rest again (one 10 MiB line of combining marks before many `//`: 14.9 s), and a tag line was split
/// into an array of its words (one 10 MiB line of tags: 195 MiB). Outputs only, never times
/// or memory (`Tests/bench/hostile_text.py` measures): these tests pin that the faster reading reads as the old one.
@Suite struct HostileShapesS47Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    /// `ZimPages.withoutMarkup` as stop 47 wrote it: by Characters, `text.last` asked at each `//`.
    private static func referenceWithoutMarkup(_ line: String) -> String {
        guard LineBytes.contains(line, bytes: "//") || LineBytes.contains(line, bytes: "**") || LineBytes.contains(line, bytes: "__")
            || LineBytes.contains(line, bytes: "[[")
        else { return line }
        var out = ""
        var rest = Substring(line)
        while let link = rest.firstRange(of: "[["), let close = rest[link.upperBound...].firstRange(of: "]]") {
            out += rest[..<link.lowerBound]
            let inner = rest[link.upperBound..<close.lowerBound]
            out += inner.firstIndex(of: "|").map { inner[inner.index(after: $0)...] } ?? inner
            rest = rest[close.upperBound...]
        }
        out += rest
        out = out.replacing("**", with: "").replacing("__", with: "")
        var text = ""
        var remaining = Substring(out)
        while let marks = remaining.firstRange(of: "//") {
            text += remaining[..<marks.lowerBound]
            if text.last == ":" { text += "//" }
            remaining = remaining[marks.upperBound...]
        }
        return LineBytes.trimmed(text + remaining)
    }

    @Test func zimMarkupOfKnownLines() {
        let lines = [
            "See //this// at https://example.org and [[https://x.org|X]]", "a:////b", "a:// //b", "//a//", "a///b", "x:///y",
            "**bold** __marked__ _*_*_ ***", "[[a|b|c]] [[d]] [[e", "[[[x]]]", "]] [[ ]]", "\u{00E9}://x", "a\u{0301}//b",
            ":\u{0301}//x", "\u{0600}//x", "\u{0600}://x", "/\u{0301}/x", "//\u{0301}x", "\u{1F1EB}//\u{1F1F7}", "\u{1100}//\u{1161}",
            "  //  ", "", ":", "://", "\u{00E9}:", "[[\u{00E9}|\u{00E8}]] **\u{00E9}** //\u{00EA}//",
        ]
        for line in lines { #expect(ZimPages.withoutMarkup(line) == Self.referenceWithoutMarkup(line), "\(line.debugDescription)") }
    }

    @Test func zimMarkupAsTheCharactersReadIt() {
        // Random lines of the marks' bytes among letters, combining marks, a prepended scalar, regional indicators and
        // Hangul jamo (Characters that join across a `//` once it goes), ASCII alone and not.
        let ascii = ["/", "/", ":", "*", "_", "[", "]", "|", "a", " ", "h"]
        let wide = ascii + ["\u{00E9}", "\u{0301}", "\u{0600}", "\u{1F1EB}", "\u{1100}", "\u{1161}", "\u{200D}", "\u{1F600}"]
        var generator = SeededGenerator(seed: 47)
        for round in 0..<6_000 {
            let alphabet = round % 2 == 0 ? ascii : wide
            let line = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(ZimPages.withoutMarkup(line) == Self.referenceWithoutMarkup(line), "\(line.debugDescription)")
        }
    }

    /// `ZimPages.isTagLine` as stop 47 wrote it: the line's words, split, each `@` and more.
    private static func referenceIsTagLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.hasPrefix("@") && $0.count > 1 }
    }

    @Test func zimTagLinesAsTheWordsReadThem() {
        let lines = ["@revue @acier", "@revue", "@", "@ @a", " @a  @b ", "@a b", "a @b", "", " ", "@a\u{0301}", "@\u{0301}a", "\u{0301}@a",
                     "@a \u{0301}@b", "@a@b", "@\u{0301}"]
        for line in lines { #expect(ZimPages.isTagLine(line) == Self.referenceIsTagLine(line), "\(line.debugDescription)") }
        var generator = SeededGenerator(seed: 48)
        let alphabet = ["@", "@", " ", " ", "a", "\u{0301}", "\u{00E9}", "\u{0600}"]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(ZimPages.isTagLine(line) == Self.referenceIsTagLine(line), "\(line.debugDescription)")
        }
        // The shape found ('Zim tags (one line)'), cut short: one line of many tags is one of tags; one word more is not.
        #expect(ZimPages.isTagLine(String(repeating: "@a ", count: 100_000)))
        #expect(!ZimPages.isTagLine(String(repeating: "@a ", count: 100_000) + "b"))
    }

    @Test(arguments: [1_000, 100_000])
    func zimMarkupOfALongLine(_ count: Int) {
        // The shapes found (`hostile_text.py` 'Zim italics marks after one long cluster', '… (one line)'), cut short.
        let cluster = "a" + String(repeating: "\u{0301}", count: count) + String(repeating: "//", count: count) + " x"
        #expect(ZimPages.withoutMarkup(cluster) == "a" + String(repeating: "\u{0301}", count: count) + " x")
        let marks = String(repeating: "a//", count: count)
        #expect(ZimPages.withoutMarkup(marks) == String(repeating: "a", count: count))
        let addresses = String(repeating: "a://", count: count)
        #expect(ZimPages.withoutMarkup(addresses) == addresses)
        let links = String(repeating: "[[\u{00E9}|\u{00E8}]] **\u{00E9}** ", count: count)
        #expect(ZimPages.withoutMarkup(links) == String(String(repeating: "\u{00E8} \u{00E9} ", count: count).dropLast()))
        let unclosed = String(repeating: "[[\u{00E9}|", count: count)
        #expect(ZimPages.withoutMarkup(unclosed) == unclosed)
    }

    @Test func aZimPageReadsAsBefore() throws {
        let page = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2026-03-03T10:00:00+01:00\n\n"
            + "====== Revue ======\nCreated mardi 03 mars 2026\n\n===== Le port rouvre ses quais =====\n\n"
            + "//Le Figaro//, [[https://www.lefigaro.fr/a|3 mars 2026]]\n\nLe port a **rouvert** lundi ses quais, __fermés__ depuis"
            + " l'incendie de janvier, annonce la capitainerie (https://port.example.org).\n"
        let layout = try #require(LayoutReader(dates: Self.dates).read(page))
        #expect(layout.title == "Le port rouvre ses quais")
        #expect(layout.body.contains { $0.contains("Le port a rouvert lundi ses quais, fermés depuis") && $0.contains("https://port.example.org") })
    }
}
