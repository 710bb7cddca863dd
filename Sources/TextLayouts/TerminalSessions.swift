/// A terminal session pasted into a mail: `$ pdfinfo clipping.pdf` with the PDF's properties,
/// then `$ pdftotext clipping.pdf -` and the text it printed; or a terminal browser's dump of a
/// page under its command (`$ w3m -dump URL`, `$ lynx -dump URL`, `$ links -dump URL`, `$ elinks
/// -dump URL`, `$ html2text FILE`).
///
/// Contract: `read` returns nil unless the first non-empty line is a shell command (`$ `) and a
/// `pdftotext` command writing to the terminal (`… -`) or a terminal browser's dump follows. It
/// returns the lines that command printed (to the next command or the end) and the site a
/// browser's print names in `pdfinfo`'s `Title:` (`Title | Publication`: the tab's title), with
/// the title before it. The PDF's own title, author and days are never the article's. Pure.
enum TerminalSessions {
    static func read(_ lines: [String]) -> (text: Range<Int>, tabTitle: (title: String, site: String)?)? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first].hasPrefix("$ "),
            let command = lines[first...].prefix(60).firstIndex(where: { $0.hasPrefix("$ pdftotext ") && $0.hasSuffix(" -") || isBrowserDump($0) })
        else { return nil }
        let end = lines[(command + 1)...].firstIndex(where: { $0.hasPrefix("$ ") }) ?? lines.count
        var tab: (title: String, site: String)?
        if let line = lines[first..<command].first(where: { $0.hasPrefix("Title:") }) {
            let value = LineBytes.trimmed(line.dropFirst(6))
            if let bar = value.range(of: " | ", options: .backwards) {
                let head = LineBytes.trimmed(value[..<bar.lowerBound])
                let site = LineBytes.trimmed(value[bar.upperBound...])
                if !head.isEmpty, !site.isEmpty { tab = (head, site) }
            }
        }
        return command + 1 < end ? ((command + 1)..<end, tab) : nil
    }

    /// `$ w3m -dump https://…`, `$ lynx -dump -nolist …`, `$ links -dump …`, `$ elinks -dump …`, `$ html2text page.html`.
    private static func isBrowserDump(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 3)
        guard words.count >= 3, words[0] == "$" else { return false }
        switch words[1] {
        case "w3m", "lynx", "links", "elinks": return words[2...].contains { $0 == "-dump" || $0.hasPrefix("-dump ") }
        case "html2text": return true
        default: return false
        }
    }

    /// A site's menu as a terminal browser prints its links (`• Home • World • Business • Markets • Subscribe`): four to
    /// twelve short parts (one to three words each, no figure, none a sentence) joined by ` • `, perhaps after a bullet.
    /// (Asked only of a dump's lines: elsewhere such a line may be a byline's `By A • 4 March 2026 • 5 min read • Politics`
    /// or a headline's `Scuola • Sanità • Trasporti • Casa`.)
    static func isMenu(_ line: String) -> Bool {
        guard LineBytes.contains(line, bytes: "•") else { return false }
        let trimmed = line.hasPrefix("• ") ? line.dropFirst(2) : Substring(line)
        let parts = trimmed.split(separator: " • ")
        return (4...12).contains(parts.count) && !line.contains(where: \.isNumber)
            && parts.allSatisfy { (1...3).contains(LineBytes.words($0).count) && !LayoutReader.endsLikeSentence($0) }
    }

    /// A line of a terminal browser's marks for images and buttons it cannot show: one bracketed word alone (`[logo]`,
    /// `[público-logo]`, `[IMG]`), or two or more with at most two other words (`[share] Teilen  [twitter] [facebook]
    /// [mail]`).
    static func isMarksLine(_ line: String) -> Bool {
        guard line.hasPrefix("["), line.utf8.count <= 160 else { return false }
        let words = line.split(separator: " ")
        let marks = words.filter { $0.count > 2 && $0.hasPrefix("[") && $0.hasSuffix("]") }.count
        return marks == words.count && marks == 1 || marks >= 2 && words.count - marks <= 2
    }
}
