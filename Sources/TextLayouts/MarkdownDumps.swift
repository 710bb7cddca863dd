import TextToolkit

/// A page turned into Markdown on the command line (`curl … | html2text`, `pandoc -t
/// markdown`): perhaps the command, then the site's logo as an image link (`[![Reuters](/logo.svg)](/)`)
/// or its menu (`  * [World](/world)`), then the article under its `# ` heading.
///
/// Contract: `cleaned` returns the lines unchanged unless the first non-empty line (past a shell
/// command, `$ …`) is a logo's image link or a menu's link item and a `# ` heading stands within
/// the next 40 lines. Then everything above the heading is dropped (the logo's alt text put in
/// its place as `Site: name` when it names no bare domain) and the rest is plain text
/// (`MarkdownText.plain`: the heading kept as `# Title`, links and emphasis turned into their
/// text, images dropped). The line count may change. Pure; never fails.
enum MarkdownDumps {
    static func cleaned(_ lines: [String]) -> [String] {
        guard var first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return lines }
        if LineBytes.hasPrefix(lines[first], "$ "), let next = lines[(first + 1)...].firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) {
            first = next
        }
        let opening = LineBytes.trimmed(lines[first])
        guard LineBytes.hasPrefix(opening, "[![") || isMenuItem(opening),
            let heading = lines[first...].prefix(40).firstIndex(where: { LineBytes.hasPrefix($0, "# ") })
        else { return lines }
        var cleaned: [String] = []
        if LineBytes.hasPrefix(opening, "[!["), let close = opening.firstIndex(of: "]") {
            let alt = LineBytes.trimmed(opening[opening.index(opening.startIndex, offsetBy: 3)..<close])
            if !alt.isEmpty, TextFolding.hasAtMost(alt, 60), alt.contains(" ") || !alt.contains(".") { cleaned.append("Site: \(alt)") }
        }
        let text = MarkdownText.plain(lines[heading...].joined(separator: "\n"))
        // Cut at its LFs once (`LineBytes.lines`), unless it holds a CR, whose `\r\n` is one Character: an array of
        // Substrings, then of Strings, held every line twice more (10 MiB of blank lines: 771 MiB).
        guard LineBytes.contains(text, 0x0D) else {
            return LineBytes.lines(cleaned.isEmpty ? text : cleaned[0] + "\n" + text)
        }
        cleaned += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return cleaned
    }

    /// `* [World](/world)`: a list item that is one link.
    private static func isMenuItem(_ line: String) -> Bool {
        (LineBytes.hasPrefix(line, "* [") || LineBytes.hasPrefix(line, "- [")) && line.hasSuffix(")") && line.contains("](")
    }
}
