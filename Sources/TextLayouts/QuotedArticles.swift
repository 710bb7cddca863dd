import TextToolkit

/// An article quoted whole in a page or a message copied as text (an issue tracker's comment
/// quoting it in Markdown: `> **Title**`, `> By A`, `>`, `> paragraph`), among the page's own
/// lines (the title, who opened it and when, a sidebar, other comments).
///
/// Contract: `article(in:)` returns the longest run of quoted lines (`>` first, blank quoted lines
/// included) unquoted (every `>` and the space after them), a line wholly in bold (`**Title**`)
/// turned into its text, when the run has at least six lines, holds at least a third of the
/// file's bytes, opens with a headline (its first line at most 150 characters, no `.`, `,` or `:` last) and
/// stands under no Markdown heading; nil otherwise. What stands outside the run is the carrier's. Pure.
enum QuotedArticles {
    static func article(in lines: [String]) -> [String]? {
        var best = 0..<0
        var bestBytes = 0
        var total = 0
        var start: Int?
        var bytes = 0
        for index in lines.indices {
            let size = lines[index].utf8.count
            total += size
            if lines[index].utf8.first == 0x3E {
                if start == nil {
                    start = index
                    bytes = 0
                }
                bytes += size
                if bytes > bestBytes {
                    best = start!..<(index + 1)
                    bestBytes = bytes
                }
            } else {
                start = nil
            }
        }
        guard best.count >= 6, bestBytes * 3 >= total else { return nil }
        // Under a Markdown heading (`### 1. Title`) the quote is the text of a headline standing outside it.
        if let above = lines[..<best.lowerBound].last(where: { !$0.isEmpty }), above.utf8.first == 0x23 { return nil }
        let article = lines[best].map(unquoted)
        // It opens with its headline: a short line, no sentence (else the headline stands outside it), no
        // salutation or lead-in (`Dear editor,`: a reader's letter quoted in an article).
        guard let headIndex = article.firstIndex(where: { !$0.isEmpty }), TextFolding.hasAtMost(article[headIndex], 150),
            let last = article[headIndex].utf8.last, last != 0x2E, last != 0x2C, last != 0x3A,
            // A headline in bold (`> **Title**`), or the article's own fields under it: a byline's word or a
            // year among its next three lines (a quoted statement has neither).
            Self.isBold(lines[best.lowerBound + headIndex]) || article[(headIndex + 1)...].prefix(3).contains(where: { Self.isBylineOrDated($0) })
        else { return nil }
        return article
    }

    /// `> **Title**`: a quoted line wholly in bold.
    private static func isBold(_ line: String) -> Bool {
        let text = LineBytes.trimmed(line.drop { $0 == ">" || $0 == " " })
        return text.utf8.count > 4 && text.hasPrefix("**") && text.hasSuffix("**")
    }

    /// A short line opening with a byline's word (`By`, `Von`, `Par`, `Por`, `Di`, `De`) or holding
    /// a year (four digits from 1900 to 2099).
    private static func isBylineOrDated(_ line: String) -> Bool {
        guard line.utf8.count <= 240 else { return false }
        if let space = line.firstIndex(of: " "), ["by", "von", "par", "por", "di", "de", "da"].contains(line[..<space].lowercased()) {
            return true
        }
        let bytes = Array(line.utf8)
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) where (bytes[start] == 0x31 && bytes[start + 1] == 0x39 || bytes[start] == 0x32 && bytes[start + 1] == 0x30)
            && bytes[start + 2] &- 0x30 < 10 && bytes[start + 3] &- 0x30 < 10
            && (start == 0 || bytes[start - 1] &- 0x30 >= 10) && (start + 4 == bytes.count || bytes[start + 4] &- 0x30 >= 10)
        {
            return true
        }
        return false
    }

    /// `> > text` → `text`, `> **Title**` → `Title`.
    private static func unquoted(_ line: String) -> String {
        let text = LineBytes.trimmed(line.drop { $0 == ">" || $0 == " " })
        if text.utf8.count > 4, text.hasPrefix("**"), text.hasSuffix("**") {
            let inner = text.dropFirst(2).dropLast(2)
            if !inner.contains("**") { return LineBytes.trimmed(inner) }
        }
        return text
    }
}
