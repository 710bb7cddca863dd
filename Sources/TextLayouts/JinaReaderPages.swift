import TextToolkit

/// A page as Jina's reader API returns it (`https://r.jina.ai/<address>`): `Title:` (the browser
/// tab's title, often `Headline - Publication`), `URL Source:`, perhaps `Published Time:`, then
/// `Markdown Content:` and the page in Markdown (the site's logo and menu as links, the headline as
/// a heading, the byline's name as a link, images).
///
/// Contract: `labelled` returns the lines unchanged unless the first non-empty line opens with
/// `Title: `, a `URL Source: ` line follows within the next 8 lines and `Markdown Content:` within
/// the next 12. Then the head becomes `Title: headline` (the page's first Markdown heading when the
/// tab's title opens with it, the rest after its separator `Source: name`; else the tab's title),
/// `Published: …` when stated, a blank line, and the Markdown under the heading (all of it when
/// there is none) as plain text (`MarkdownText.plain`: links as their text, images dropped). Pure.
///
/// The Markdown is read as a slice of the lines and its plain text cut into lines once (`LineBytes.lines`, unless
/// the text holds a CR): copies of the content's lines, an array of Substrings and the joined result each held
/// every line again (10 MiB of blank lines under the heading: 909 MiB).
enum JinaReaderPages {
    static func labelled(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }), lines[first].hasPrefix("Title: "),
            lines[first...].prefix(9).contains(where: { $0.hasPrefix("URL Source: ") }),
            let marker = lines[first...].prefix(13).firstIndex(where: { LineBytes.trimmed($0) == "Markdown Content:" })
        else { return lines }
        let tabTitle = LineBytes.trimmed(lines[first].dropFirst(7))
        let published = lines[first..<marker].first(where: { $0.hasPrefix("Published Time: ") }).map { LineBytes.trimmed($0.dropFirst(16)) }
        var content = lines[(marker + 1)...]
        var head = ["Title: " + tabTitle]
        if let heading = firstHeading(content) {
            let headline = heading.text
            if tabTitle.hasPrefix(headline) {
                head = ["Title: " + headline]
                let rest = tabTitle.dropFirst(headline.count).drop { " -–—|·:".contains($0) }
                if !rest.isEmpty, rest.count < tabTitle.count { head.append("Source: " + LineBytes.trimmed(rest)) }
                content = content[heading.end...]
            }
        }
        if let published, !published.isEmpty { head.append("Published: " + published) }
        let text = MarkdownText.plain(content.joined(separator: "\n"), markingTitle: false)
        let above = Array(lines[..<first]) + head + [""]
        // The lines above and the head hold no LF byte, and the text no CR (whose `\r\n` is one Character, not cut where
        // `\n` is), in all but a file of CR line ends: then the whole cut at its LFs is the lines above, then the text's.
        guard above.contains(where: { LineBytes.contains($0, 0x0A) }) || LineBytes.contains(text, 0x0D) else {
            return LineBytes.lines(above.joined(separator: "\n") + "\n" + text)
        }
        return above + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first heading within the slice's first 40 lines: `# Text`, or a line over `===`/`---`; its text and the
    /// index after it (in `lines`' own indices).
    private static func firstHeading(_ lines: ArraySlice<String>) -> (text: String, end: Int)? {
        for index in lines.indices.prefix(40) {
            let line = LineBytes.trimmed(lines[index])
            if line.hasPrefix("# ") { return (LineBytes.trimmed(line.dropFirst(2)), index + 1) }
            if !line.isEmpty, index + 1 < lines.endIndex {
                let under = LineBytes.trimmed(lines[index + 1])
                if under.count >= 3, under.allSatisfy({ $0 == "=" }) { return (line, index + 2) }
            }
        }
        return nil
    }
}
