import TextToolkit

/// A phone chat's text export (WhatsApp's `Export chat`): each message opens a line with its day
/// and time and the poster (`2/28/87, 7:24 PM - Rui Almeida: …`, `28.02.87, 19:24 - A: …`,
/// `[28/02/1987, 19:24:05] A: …`); a message's next lines carry no stamp; the app's own notices
/// have no poster.
///
/// Contract: `longestMessage(_:)` returns the longest message (in bytes) with its first line
/// cut after the poster's colon, and the range of its continuation lines; nil unless the first
/// non-empty line and two more among the first ten open with such a stamp. The stamps' days and
/// the posters are the chat's, never the article's. Pure.
enum ChatLogs {
    static func longestMessage(_ lines: [String]) -> (first: String, rest: Range<Int>)? {
        let filled = lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(10)
        guard let head = filled.first, stampEnd(lines[head]) != nil,
            filled.filter({ stampEnd(lines[$0]) != nil }).count >= 3
        else { return nil }
        return longestGroup(lines, from: head, opens: { stampEnd($0) != nil }, text: { line in
            guard let end = stampEnd(line) else { return nil }
            let message = line[end...]
            // `Name: text`: the poster, up to a colon within 48 characters; the app's notices have none.
            guard let colon = message.prefix(48).firstIndex(of: ":"), message[..<colon].contains(where: \.isLetter),
                message.index(after: colon) < message.endIndex, message[message.index(after: colon)] == " "
            else { return nil }
            return LineBytes.trimmed(message[message.index(after: colon)...])
        })
    }

    /// The message of most bytes among the groups of lines that each line `opens` starts (from
    /// `start` on): its text on the opening line (`text`; a group whose opener gives none, an app's
    /// notice, is no candidate) and the range of the lines under it, up to the next opener; nil
    /// when no group is a candidate. Pure.
    static func longestGroup(
        _ lines: [String], from start: Int, opens: (String) -> Bool, text: (String) -> String?
    ) -> (first: String, rest: Range<Int>)? {
        var best: (first: String, rest: Range<Int>)?
        var bestSize = -1
        var index = start
        while index < lines.count {
            guard opens(lines[index]) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < lines.count, !opens(lines[next]) { next += 1 }
            if let first = text(lines[index]) {
                let size = first.utf8.count + lines[(index + 1)..<next].reduce(0) { $0 + $1.utf8.count }
                if size > bestSize { (best, bestSize) = ((first, (index + 1)..<next), size) }
            }
            index = next
        }
        return best
    }

    /// Where a line's stamp ends (past ` - ` or `] `): a day of digits and `/`, `.` or `-`, a
    /// comma, a time with a colon (perhaps `AM`/`PM`), within the first 32 bytes; nil otherwise.
    static func stampEnd(_ line: String) -> String.Index? {
        let bytes = line.utf8
        guard let lead = bytes.first, lead == 0x5B || lead &- 0x30 < 10 else { return nil }
        let window = line.utf8.prefix(32)
        guard let comma = window.firstIndex(of: 0x2C) else { return nil }
        let day = line[(lead == 0x5B ? line.index(after: line.startIndex) : line.startIndex)..<comma]
        guard (6...10).contains(day.utf8.count), day.utf8.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2F || $0 == 0x2E || $0 == 0x2D }),
            day.utf8.filter({ $0 &- 0x30 < 10 }).count >= 4
        else { return nil }
        let afterComma = line[line.index(after: comma)...]
        let marker = lead == 0x5B ? "] " : " - "
        guard let close = afterComma.prefix(16).range(of: marker) else { return nil }
        let time = afterComma[..<close.lowerBound]
        guard time.contains(":"), time.utf8.count <= 13 else { return nil }
        return close.upperBound
    }

    /// A team chat's thread copied from the app's window (Slack, Teams): each message under a line
    /// of its poster and time (`Giulia Bianchi  8:08 AM`, `Sarah Collins  09:30`); the longest
    /// message's lines, without a short note ending with a colon that opens it (`Here you go:`),
    /// its last lines without the thread's count (`3 replies`), and the link's preview a message
    /// above it shows (`https://…`, then the site's name, the headline and a line of description):
    /// the caller takes the preview's headline as the article's (the pasted text's first line is
    /// dropped when it repeats it) and its site as the source when the text names none.
    /// Nil unless two such lines stand among the first 15 and the message holds 200 bytes at least.
    /// The posters and the day above the thread are the chat's, never the article's. Pure.
    static func longestPost(_ lines: [String]) -> (text: Range<Int>, preview: (site: String, title: String)?)? {
        // The two poster lines among the first 15 looked for first: most texts have none, and
        // their other lines are then not asked.
        var posters = 0
        for line in lines.prefix(15) where isPosterLine(line) {
            posters += 1
            if posters == 2 { break }
        }
        guard posters == 2 else { return nil }
        let heads = lines.indices.filter { isPosterLine(lines[$0]) }
        // A preview is the app's, not pasted text: the message showing it counts for its own words only.
        let shown = preview(lines, before: lines.count)
        var best: Range<Int>?
        var bestSize = 0
        for (order, head) in heads.enumerated() {
            let end = order + 1 < heads.count ? heads[order + 1] : lines.count
            var start = head + 1
            while start < end, lines[start].isEmpty { start += 1 }
            if start < end, lines[start].hasSuffix(":"), TextFolding.hasAtMost(lines[start], 60) { start += 1 }
            let counted = shown.map { (start..<end).contains($0.link) ? start..<$0.link : start..<end } ?? start..<end
            let size = lines[counted].reduce(0) { $0 + $1.utf8.count }
            if size > bestSize { (best, bestSize) = (start..<end, size) }
        }
        guard bestSize >= 200, let best else { return nil }
        let text = best.filter { !isReplyCount(lines[$0]) }
        let kept = text.count == best.count ? best : best.lowerBound..<(text.last.map { $0 + 1 } ?? best.upperBound)
        guard let shown, shown.link < best.lowerBound else { return (kept, nil) }
        return (kept, (shown.site, shown.title))
    }

    /// `3 replies`, `2 risposte`: the thread's count under a message.
    private static func isReplyCount(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count == 2, words[0].allSatisfy(\.isNumber) else { return false }
        return replyWords.contains(TextFolding.fold(words[1]))
    }

    private static let replyWords: Set<String> = [
        "reply", "replies", "reponse", "reponses", "antwort", "antworten", "respuesta", "respuestas", "risposta", "risposte",
        "resposta", "respostas",
    ]

    /// A link's preview above `end`: a line holding an address, the site's name (a masthead's form)
    /// and a headline under it (no full stop at its end), or nil.
    private static func preview(_ lines: [String], before end: Int) -> (link: Int, site: String, title: String)? {
        for index in lines.indices.prefix(max(0, end - 2)) where LineBytes.contains(lines[index], bytes: "://") {
            let site = lines[index + 1], title = lines[index + 2]
            guard ClippingFacts.isMasthead(site), !title.isEmpty, TextFolding.hasAtMost(title, 300), !title.hasSuffix(".")
            else { continue }
            return (index, site, title)
        }
        return nil
    }

    /// `Giulia Bianchi  8:08 AM`: one to four capitalised words, two spaces or more, a time alone.
    private static func isPosterLine(_ line: String) -> Bool {
        // A byte test first: 6 to 64 bytes ending with a digit or ` AM` / ` PM` (either case).
        var text = line
        let endsWithTime = text.withUTF8 { b -> Bool in
            let n = b.count
            guard (6...64).contains(n) else { return false }
            let last = b[n - 1]
            return last &- 0x30 < 10 || b[n - 3] == 0x20 && last | 0x20 == 0x6D && (b[n - 2] | 0x20 == 0x61 || b[n - 2] | 0x20 == 0x70)
        }
        guard endsWithTime,
            let gap = line.utf8.indices.first(where: { $0 > line.startIndex && line.utf8[$0] == 0x20 && line.utf8[line.utf8.index(before: $0)] == 0x20 })
        else { return false }
        let time = line[gap...].drop { $0 == " " }
        let name = line[..<line.utf8.index(before: gap)]
        var clock = Substring(time)
        for suffix in [" AM", " PM", " am", " pm"] where clock.hasSuffix(suffix) { clock = clock.dropLast(3) }
        guard (4...5).contains(clock.utf8.count), clock.utf8.filter({ $0 == 0x3A }).count == 1,
            clock.utf8.allSatisfy({ $0 == 0x3A || $0 &- 0x30 < 10 }), clock.utf8.first != 0x3A
        else { return false }
        let words = name.split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }
}
