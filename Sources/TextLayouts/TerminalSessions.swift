/// A terminal session pasted into a mail: `$ pdfinfo clipping.pdf` with the PDF's properties,
/// then `$ pdftotext clipping.pdf -` and the text it printed.
///
/// Contract: `read` returns nil unless the first non-empty line is a shell command (`$ `) and a
/// `pdftotext` command writing to the terminal (`… -`) follows. It returns the lines that
/// command printed (to the next command or the end) and the site a browser's print names in
/// `pdfinfo`'s `Title:` (`Title | Publication`: the tab's title), with the title before it. The
/// PDF's own title, author and days are never the article's. Pure.
enum TerminalSessions {
    static func read(_ lines: [String]) -> (text: Range<Int>, tabTitle: (title: String, site: String)?)? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first].hasPrefix("$ "),
            let command = lines[first...].prefix(60).firstIndex(where: { $0.hasPrefix("$ pdftotext ") && $0.hasSuffix(" -") })
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
}
