import TextToolkit

/// A list of related articles closing a web page's copy: its heading (`Related`, `Read more`, `Mehr zum Thema`,
/// `À lire aussi`, `Leggi anche`, `Te puede interesar`, `Leia também`, …) and one to eight items under it (other
/// headlines, often with their writers and days: `Warum die Hütten schließen — Rui Almeida, 19. Januar 2026`), none
/// of them the article's.
///
/// Contract: `withoutTrailingList(_:)` gives the lines above such a heading when it stands among the last nine
/// non-empty lines and every non-empty line under it is an item (200 Characters at most, no sentence's end, no
/// heading's colon) but one or two copyright lines closing the text (`© FAZ.NET`), which stay, after a blank line;
/// any other text's lines unchanged. Pure; never fails.
enum RelatedLists {
    static func withoutTrailingList(_ lines: [String]) -> [String] {
        var items = 0
        var tail: [String] = []  // a copyright line under the list (`© FAZ.NET`), kept
        for index in lines.indices.reversed() {
            // A line of more than 800 bytes is no item nor heading: most texts end so, untrimmed, uncounted.
            guard lines[index].utf8.count <= 800 else { return lines }
            // (The lines as they are: one of blanks is empty.)
            let line = LineBytes.trimmed(lines[index])
            if line.isEmpty { continue }
            if items == 0, tail.count < 2, isCopyright(line) {
                tail.insert(lines[index], at: 0)
                continue
            }
            if items > 0, TextFolding.hasAtMost(line, 40), headings.contains(TextFolding.fold(LineBytes.trimmed(line.filter { $0 != ":" }))) {
                return Array(lines[..<index]) + (tail.isEmpty ? [] : [""] + tail)
            }
            guard items < 8, TextFolding.hasAtMost(line, 200), line.utf8.last != 0x3A, !LayoutReader.endsLikeSentence(line) else {
                return lines
            }
            items += 1
        }
        return lines
    }

    /// `© FAZ.NET`, `(c) 2026 DW.COM`, `Copyright 2026 Reuters`: the page's copyright under its list.
    private static func isCopyright(_ line: String) -> Bool {
        line.hasPrefix("©") || line.hasPrefix("(c)") || line.hasPrefix("(C)") || line.hasPrefix("Copyright") || line.hasPrefix("COPYRIGHT")
    }

    /// Folded headings of a related list (a colon after them dropped).
    private static let headings: Set<String> = [
        "related", "related articles", "related stories", "related content", "read more", "read also", "more on this",
        "more on this story", "more on this topic", "see also", "you may also like", "recommended",
        "mehr zum thema", "weitere artikel", "lesen sie auch", "auch interessant", "das konnte sie auch interessieren",
        "a lire aussi", "lire aussi", "a lire egalement", "sur le meme sujet", "voir aussi",
        "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
        "te puede interesar", "lea tambien", "tambien te puede interesar", "mas informacion", "noticias relacionadas",
        "leia tambem", "veja tambem", "saiba mais",
    ]
}
