import TextToolkit

/// A press review written in AsciiDoc: the document's header (`= Revista de imprensa, semana 6`,
/// the colleague's author line `Jane Doe <jane@…>`, a revision line `v1.5, 2026-02-04: …`,
/// attributes `:lang: pt`, an admonition `NOTE: …`), then the article as a section: its headline
/// a level-1 title (`== Title`), role paragraphs (`[.source]` over `Reuters, 26 February 1987`,
/// `[.byline]` over `By Jane Doe`) and its paragraphs, a link macro (`https://…[Reuters]`) last.
///
/// Contract: `read` answers only for lines whose first filled one is a document title (`= ` and
/// text) followed within four lines by a revision line or an attribute entry, and which hold a
/// level-1 section title (`== `) after the header: the first section's title, and its lines (up
/// to the next title of level 0 or 1: a review holds several articles) without the role and
/// block-attribute lines (`[.source]`, `[quote]`, `[NOTE]`), attribute entries and a closing link
/// macro. The header's author and revision day are the colleague's, never the article's.
/// Nil for anything else. Pure.
enum AsciiDocPages {
    static func read(_ lines: [String]) -> (title: String, text: String)? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), isTitle(lines[first], level: 0),
            lines[(first + 1)...].prefix(4).contains(where: { isRevision($0) || isAttribute($0) }),
            let heading = lines[(first + 1)...].firstIndex(where: { isTitle($0, level: 1) })
        else { return nil }
        let title = LineBytes.trimmed(lines[heading].dropFirst(3))
        // The section ends at the next title of its level or above: a review holds several articles.
        let end = lines[(heading + 1)...].firstIndex(where: { isTitle($0, level: 0) || isTitle($0, level: 1) }) ?? lines.count
        var text = lines[(heading + 1)..<end].filter { !isBlockAttribute($0) && !isAttribute($0) }
        while let last = text.last, last.isEmpty || isLinkMacro(last) { text.removeLast() }
        return (title, text.joined(separator: "\n"))
    }

    /// `= Title` (level 0) or `== Title` (level 1): the marks, one space, then text.
    private static func isTitle(_ line: String, level: Int) -> Bool {
        let marks = String(repeating: "=", count: level + 1) + " "
        return LineBytes.hasPrefix(line, marks) && line.utf8.count > marks.utf8.count && line.utf8.dropFirst(marks.utf8.count).first != 0x3D
    }

    /// `v1.5, 2026-02-04: remark` or `v2.0, 2026-02-04`.
    private static func isRevision(_ line: String) -> Bool {
        guard line.utf8.first == 0x76, line.utf8.dropFirst().first.map({ $0 &- 0x30 < 10 }) == true else { return false }
        return LineBytes.contains(line, 0x2C)
    }

    /// `:lang: pt`, `:toc:`: an attribute entry.
    private static func isAttribute(_ line: String) -> Bool {
        guard line.utf8.first == 0x3A, let close = line.utf8.dropFirst().firstIndex(of: 0x3A) else { return false }
        let name = line.utf8[line.utf8.index(after: line.utf8.startIndex)..<close]
        return !name.isEmpty && name.allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x21 }
    }

    /// `[.source]`, `[quote, Jane Doe]`, `[NOTE]`: a block's attribute list alone on its line: a role
    /// (`.` and a name), a block's name in lower case (its attributes after a comma) or an
    /// admonition in capitals; a typed trailer (`[Le Figaro, 03.03.1987]`) is text.
    private static func isBlockAttribute(_ line: String) -> Bool {
        guard line.utf8.first == 0x5B, line.utf8.last == 0x5D, line.utf8.count <= 80 else { return false }
        let inner = line.utf8.dropFirst().dropLast()
        let name = inner.prefix { $0 != 0x2C }
        guard let first = name.first else { return false }
        if first == 0x2E { return name.dropFirst().allSatisfy { ASCII.isLetter($0) || $0 == 0x2D || $0 == 0x5F } }
        return name.allSatisfy { $0 &- 0x61 < 26 } || name.allSatisfy(ASCII.isUppercase)
    }

    /// `https://www.reuters.com/…[Reuters]`: a link macro alone on its line.
    private static func isLinkMacro(_ line: String) -> Bool {
        (LineBytes.hasPrefix(line, "https://") || LineBytes.hasPrefix(line, "http://")) && line.utf8.last == 0x5D && !LineBytes.contains(line, 0x20)
    }
}
