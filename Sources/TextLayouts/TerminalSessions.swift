import DateReading

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

    /// `$ w3m -dump https://…`, `$ lynx -nolist -dump …`, `$ links -width 120 -dump …`, `$ elinks --dump …`, `$ html2text
    /// page.html`, `$ curl -s URL | html2text`: a browser with its `-dump` option (or `--dump`) anywhere among its words,
    /// or `html2text`, as the command or after a pipe.
    private static func isBrowserDump(_ line: String) -> Bool {
        guard line.hasPrefix("$ "), line.utf8.count <= 2_048 else { return false }
        let words = line.split(separator: " ")
        var index = 1
        while index < words.count {
            let end = words[index...].firstIndex(of: "|") ?? words.count
            switch words[index] {
            case "w3m", "lynx", "links", "elinks", "links2":
                if words[(index + 1)..<end].contains(where: { $0 == "-dump" || $0 == "--dump" }) { return true }
            case "html2text": return true
            default: break
            }
            index = end + 1
        }
        return false
    }

    /// A site's menu as a terminal browser prints its links (`• Home • World • Business • Markets • Subscribe`, lynx's
    /// `[2]Startseite • [3]Kassel • [4]Region • [5]Sport`): four to twelve short parts (one to three words each, no figure
    /// but lynx's link numbers, none a sentence, the first no byline's `By A`) joined by ` • `, perhaps after a bullet.
    /// (Asked only of a dump's lines, and `furniture` drops only a menu standing alone: elsewhere such a line may be a
    /// byline's `By A • 4 March 2026 • 5 min read • Politics` or a headline's `Scuola • Sanità • Trasporti • Casa`.)
    static func isMenu(_ line: String) -> Bool {
        guard LineBytes.contains(line, bytes: "•") else { return false }
        let plain = withoutLinkNumbers(line)
        let trimmed = plain.hasPrefix("• ") ? plain.dropFirst(2) : Substring(plain)
        let parts = trimmed.split(separator: " • ")
        return (4...12).contains(parts.count) && !parts.contains(where: { $0.contains(where: \.isNumber) })
            && parts.allSatisfy { (1...3).contains(LineBytes.words($0).count) && !LayoutReader.endsLikeSentence($0) }
            && !Bylines.opensWithBylineWord(parts[0])
    }

    /// A dump's printed lines without a browser's furniture: its marks lines (`isMarksLine`), its menus (`isMenu`)
    /// standing as a paragraph of their own (a blank line, the start, the end or other furniture on each side; a line set
    /// close above a byline or a date is the article's) and lynx's link numbers (`withoutLinkNumbers`).
    static func withoutFurniture(_ lines: ArraySlice<String>) -> [String] {
        let lines = Array(lines)
        let marks = lines.map(isMarksLine)
        func isBreak(_ index: Int) -> Bool { index < 0 || index >= lines.count || lines[index].isEmpty || marks[index] }
        var menus = lines.indices.map { !marks[$0] && isMenu(lines[$0]) }
        menus = lines.indices.map { index in
            menus[index] && (isBreak(index - 1) || menus[index - 1]) && (isBreak(index + 1) || menus[index + 1])
        }
        return lines.indices.filter { !marks[$0] && !menus[$0] }.map { withoutLinkNumbers(lines[$0]) }
    }

    /// A dump's line without the numbers lynx sets before its links (`di [5]Marco Pittaluga` → `di Marco Pittaluga`): a
    /// bracket of one to four digits before a letter. Any other line as it is.
    static func withoutLinkNumbers(_ line: String) -> String {
        guard LineBytes.contains(line, 0x5B), line.utf8.count <= 4_096 else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            let inner = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            let close = inner.endIndex
            if (1...4).contains(inner.count), close < rest.endIndex, rest[close] == "]",
                rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)].isLetter
            {
                out += rest[..<open]
                rest = rest[rest.index(after: close)...]
            } else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    /// A browser's dump that shows no article: a robot check, a notice to turn on JavaScript, a search page's list of
    /// results: fewer than 30 words in paragraphs of prose (five words or more ending like a sentence, or twenty words or
    /// more; a brief of two sentences has more), unless a dated line of eight words at most (a byline's `Jane Doe | 12.03.2026`,
    /// a day; no time of day, no label's colon) stands under a headline's line (four to 20 words, no sentence's end) and
    /// above 15 words of sentences of three words or more (a brief, a list of key points under its headline). A `pdftotext` print is never judged so. (A consent wall's two paragraphs of prose may pass: their form is
    /// an article's.)
    static func isDumpWithoutArticle(_ text: String, dates: DateRecognizer) -> Bool {
        guard LineBytes.leadingByte(text) == 0x24 else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20_000).map { LineBytes.trimmed($0) }
        guard let session = read(lines), lines[session.text.lowerBound - 1].hasPrefix("$ pdftotext ") == false else { return false }
        var prose = 0
        var sentences = 0
        var dated = false
        /// The words of the last paragraph when it could be a headline (20 words at most, no sentence's end).
        var headline: Int?
        var paragraph: [String] = []
        for line in withoutFurniture(lines[session.text]) + [""] {
            guard line.isEmpty else { paragraph.append(line); continue }
            let joined = paragraph.joined(separator: " ")
            let words = LineBytes.words(joined).count
            if words >= 20 || words >= 5 && LayoutReader.endsLikeSentence(joined) { prose += words }
            if dated, words >= 3, LayoutReader.endsLikeSentence(joined) { sentences += words }
            if prose >= 30 || sentences >= 15 { return false }
            // A byline's or a day's line under a headline's (`Katrin Seidel | 12.03.2026` under `Leipzig baut …`), no moment
            // of a page's own (`19/03/2026 10:41:07 UTC` under `Access Denied`, `Stand: 18.03.2026` under a notice's sentence).
            if !dated, sentences == 0, prose == 0, (1...8).contains(words), let headline, headline >= 4,
                dates.firstDate(in: joined) != nil, !hasClock(joined), !LineBytes.contains(joined, 0x3A)
            {
                dated = true
            }
            headline = words > 0 && !LayoutReader.endsLikeSentence(joined) && words <= 20 ? words : nil
            paragraph = []
        }
        return true
    }

    /// Whether the text holds a time of day (`10:41`, two digits, a colon, two digits).
    private static func hasClock(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5 else { return false }
        func digit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        return (0...(bytes.count - 5)).contains { i in
            digit(bytes[i]) && digit(bytes[i + 1]) && bytes[i + 2] == 0x3A && digit(bytes[i + 3]) && digit(bytes[i + 4])
        }
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
