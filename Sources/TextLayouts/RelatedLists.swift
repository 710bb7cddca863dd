import TextToolkit

/// A list of related articles closing a web page's copy: its heading (`Related`, `Read more`, `Mehr zum Thema`,
/// `À lire aussi`, `Leggi anche`, `Te puede interesar`, `Leia também`, …) and one to eight items under it (other
/// headlines, often with their writers and days: `Warum die Hütten schließen — Rui Almeida, 19. Januar 2026`), none
/// of them the article's.
///
/// Contract: `withoutTrailingList(_:)` gives the lines above such a heading when it stands among the last nine
/// non-empty lines and every non-empty line under it is an item (200 Characters at most, no sentence's end, no
/// heading's colon) but one or two copyright lines closing the text (`© FAZ.NET`), which stay, after a blank line;
/// any other text's lines unchanged. The list's last one or two items that `isClosing` takes for the text's own
/// close (its writer's credit, `Von Jonas Weber`, `Texto: Joana Reis`; a signature with its day, `Tom Hale, March 3,
/// 2026`; asked only once a heading is found, of items holding no dash between a headline and its writer) stay too,
/// after a blank line, above the copyright lines, unless an item above them is such a close too (the items carry
/// their own writers or days). Pure; never fails.
enum RelatedLists {
    static func withoutTrailingList(_ lines: [String], isClosing: (String) -> Bool = { _ in false }) -> [String] {
        var items = 0
        var tail: [String] = []  // a copyright line under the list (`© FAZ.NET`), kept
        // Asked of every text read, and of the texts carriers read again: judged on the bytes, a line folded only when
        // it may be a heading.
        for index in lines.indices.reversed() {
            let utf8 = lines[index].utf8
            // A line of more than 800 bytes is no item nor heading: most texts end so.
            guard utf8.count <= 800 else { return lines }
            // (The lines as they are: one of blanks is empty.)
            guard let last = utf8.last(where: { !isBlank($0) }), let first = utf8.first(where: { !isBlank($0) }) else { continue }
            if items == 0, tail.count < 2, isCopyright(first, utf8.drop { isBlank($0) }) {
                tail.insert(lines[index], at: 0)
                continue
            }
            if items > 0, utf8.count <= 160, TextFolding.hasAtMost(lines[index], 40),
                // (No `:` byte: no Character equal to `:`, the line as it is without a copy made Character by Character.)
                headings.contains(TextFolding.fold(LineBytes.trimmed(
                    LineBytes.contains(lines[index], 0x3A) ? lines[index].filter { $0 != ":" } : lines[index])))
            {
                let closing = closingLines(lines[(index + 1)...], isClosing: isClosing)
                return Array(lines[..<index]) + (closing.isEmpty ? [] : [""] + closing) + (tail.isEmpty ? [] : [""] + tail)
            }
            // An item: 200 Characters at most, no heading's colon, no sentence's end (`.`, `!`, `?`, `…`).
            guard items < 8, last != 0x3A, last != 0x2E, last != 0x21, last != 0x3F,
                !(last == 0xA6 && utf8.count >= 3 && Array(utf8.suffix(3)) == [0xE2, 0x80, 0xA6]),
                utf8.count <= 200 || TextFolding.hasAtMost(lines[index], 200)
            else { return lines }
            items += 1
        }
        return lines
    }

    /// The last one or two non-empty lines of a list's items (copyright lines aside) that close the text instead.
    /// None when an item above them is closing-shaped too (`Neue ICE-Strecke verzögert sich` / `Von Jonas Weber` /
    /// `Pendler warten auf mehr Züge` / `Von Lena Vogt`, a day under each headline): the credits are the items'.
    private static func closingLines(_ items: ArraySlice<String>, isClosing: (String) -> Bool) -> [String] {
        var closing: [String] = []
        var above = items.endIndex  // where the items above the closing lines end
        for index in items.indices.reversed() where items[index].utf8.contains(where: { !isBlank($0) }) {
            let line = items[index]
            if closing.isEmpty, tailLine(line) {
                above = index
                continue
            }
            guard closing.count < 2, closes(line, isClosing: isClosing) else { break }
            closing.insert(line, at: 0)
            above = index
        }
        guard !closing.isEmpty, !items[..<above].contains(where: { closes($0, isClosing: isClosing) }) else { return [] }
        return closing
    }

    /// An item holding no dash between a headline and its writer that `isClosing` takes for a close.
    private static func closes(_ line: String, isClosing: (String) -> Bool) -> Bool {
        line.utf8.contains(where: { !isBlank($0) }) && !dashes.contains(where: { LineBytes.contains(line, bytes: $0) })
            && isClosing(LineBytes.trimmed(line))
    }

    /// A copyright line, as the list's walk kept it in its tail.
    private static func tailLine(_ line: String) -> Bool {
        let utf8 = line.utf8
        guard let first = utf8.first(where: { !isBlank($0) }) else { return false }
        return isCopyright(first, utf8.drop { isBlank($0) })
    }

    /// What parts an item's headline from its writer (`Warum die Hütten schließen — Rui Almeida, 19. Januar 2026`).
    private static let dashes = [" — ", " – ", " - ", " | "]

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// `© FAZ.NET`, `(c) 2026 DW.COM`, `Copyright 2026 Reuters`: the page's copyright under its list (its first byte,
    /// and the line's bytes from it).
    private static func isCopyright(_ first: UInt8, _ content: Substring.UTF8View) -> Bool {
        switch first {
        case 0xC2: return content.dropFirst().first == 0xA9
        case 0x28: return content.dropFirst().first.map { $0 | 0x20 == 0x63 } == true && content.dropFirst(2).first == 0x29
        case 0x43: return content.prefix(9).map { $0 | 0x20 }.elementsEqual("copyright".utf8)
        default: return false
        }
    }

    /// Whether `text` opens with a related list's heading and its colon (`Siehe auch: Headline, WN, 04.02.2026, …`): a
    /// line pointing at another article. Pure; asks the first 40 characters.
    static func opensWithHeading(_ text: String) -> Bool {
        guard let colon = text.prefix(40).firstIndex(of: ":") else { return false }
        return headings.contains(LineBytes.trimmed(TextFolding.fold(text[..<colon])))
    }

    /// Folded headings of a related list (a colon after them dropped).
    private static let headings: Set<String> = [
        "related", "related articles", "related stories", "related content", "read more", "read also", "more on this",
        "more on this story", "more on this topic", "see also", "you may also like", "recommended",
        "mehr zum thema", "weitere artikel", "lesen sie auch", "auch interessant", "das konnte sie auch interessieren",
        "a lire aussi", "lire aussi", "a lire egalement", "sur le meme sujet", "voir aussi",
        "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
        "te puede interesar", "lea tambien", "tambien te puede interesar", "mas informacion", "noticias relacionadas",
        "leia tambem", "veja tambem", "saiba mais", "siehe auch", "vedi anche", "ver tambien", "voir egalement",
    ]
}
