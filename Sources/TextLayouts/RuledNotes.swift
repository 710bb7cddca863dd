import TextToolkit

/// A colleague's notes set above a rule over the article they are about (`Summary (Jane Doe):
/// …` / `Relevance: high` / `-----` / the headline, its source line, the text): the article
/// starts under the rule.
///
/// Contract: `articleStart` returns the index of the first line under the rule when the text
/// opens with one to four non-empty lines, each a label of one to three words (a name in
/// parentheses allowed) closed by a colon within the first 48 bytes, none an article's field
/// (`Title:`, `Author:`, `Date:`, `Source:` and their translations, `ClippingLabels`: that is a
/// clipping sheet, whose rule closes its metadata), blank lines between them allowed, then a blank
/// line and a rule
/// (`Paragraphs.isRule`) within the first ten lines, and a line that could be a title (ten
/// characters at least) under it. Nil otherwise. Pure.
enum RuledNotes {
    static func articleStart(_ lines: [String]) -> Int? {
        var notes = 0
        for index in lines.indices.prefix(10) {
            let line = lines[index]
            if line.isEmpty { continue }
            if Paragraphs.isRule(line) {
                // A rule right under a line underlines it (a setext heading: `Title: subtitle` / `====`).
                guard notes > 0, lines[index - 1].isEmpty, let next = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }),
                    !TextFolding.hasAtMost(lines[next], 9)
                else { return nil }
                return index + 1
            }
            guard notes < 4, isNote(line) else { return nil }
            notes += 1
        }
        return nil
    }

    /// `Relevance: high`, `Summary (Jane Doe): …`: a label of one to three words, a name in
    /// parentheses allowed, and a colon within the first 48 bytes, the label no article field's.
    private static func isNote(_ line: String) -> Bool {
        guard let colon = line.utf8.prefix(48).firstIndex(of: 0x3A), colon > line.utf8.startIndex else { return false }
        var label = Substring(line[..<colon])
        if label.last == ")", let open = label.lastIndex(of: "(") { label = label[..<open] }
        let words = LineBytes.words(String(label))
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true }) else { return false }
        return ClippingLabels.parse(line) == nil
    }
}
