import TextToolkit

/// Messages that carry an article as an attachment, an embed or a post, read out of the tool's
/// own text export: a terminal mail reader's attachments (mutt's `[-- Attachment #2: name.txt
/// --]`), a chat server's channel export (DiscordChatExporter's `Guild:` / `Channel:` banner,
/// `[3/10/2026 9:12 AM] handle` messages and `{Embed}` link cards), a mailing list's web archive
/// page (Pipermail: `[List] Subject`, the poster, the day, `Messages sorted by:`).
///
/// Contract: each reader returns nil unless the file has the tool's marks, else the range of
/// lines holding the article (and what the carrier states of it); the posters, senders, their
/// days and the tool's furniture are never the article's. Pure.
enum MessageExports {
    // MARK: - mutt

    /// The last attachment of type `text/plain` (`[-- Attachment #2: … --]`, then `[-- Type:
    /// text/plain, … --]`) when the mail has two parts or more: its lines, up to the next
    /// attachment's mark. Nil otherwise.
    static func attachedText(_ lines: [String]) -> Range<Int>? {
        guard lines.count < 20_000, lines.contains(where: { $0.utf8.first == 0x5B && $0.hasPrefix("[-- Attachment #") }) else { return nil }
        let marks = lines.indices.filter { lines[$0].hasPrefix("[-- Attachment #") && lines[$0].hasSuffix("--]") }
        guard marks.count >= 2 else { return nil }
        for (position, mark) in marks.enumerated().reversed() {
            let end = position + 1 < marks.count ? marks[position + 1] : lines.count
            var start = mark + 1
            guard start < end, lines[start].hasPrefix("[-- Type: text/plain") else { continue }
            start += 1
            if lines[start..<end].contains(where: { !$0.isEmpty }) { return start..<end }
        }
        return nil
    }

    // MARK: - Chat exports

    /// A chat channel's export: the link card's site (`{Embed}`, then the site, the headline,
    /// the link) and the longest message in the file, without a note ending with a colon that
    /// opens it. Nil unless the file opens with a rule and `Guild:` or `Server:`, and an embed
    /// holds a headline.
    static func chatExport(_ lines: [String]) -> (site: String, title: String, text: Range<Int>)? {
        let filled = Array(lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(3))
        guard filled.count == 3, isRule(lines[filled[filled.startIndex]]),
            lines[filled[filled.startIndex + 1]].hasPrefix("Guild: ") || lines[filled[filled.startIndex + 1]].hasPrefix("Server: "),
            let embed = lines.firstIndex(of: "{Embed}"), embed + 2 < lines.count
        else { return nil }
        let site = lines[embed + 1]
        let title = lines[embed + 2]
        // Messages: from a `[day time] handle` line to the next such line, a `{…}` block or a rule.
        var best: Range<Int>?
        var bestSize = 0
        var index = 0
        while index < lines.count {
            guard isMessageHeader(lines[index]) else {
                index += 1
                continue
            }
            var start = index + 1
            var end = start
            while end < lines.count, !isMessageHeader(lines[end]), !lines[end].hasPrefix("{"), !isRule(lines[end]) { end += 1 }
            if start < end, lines[start].hasSuffix(":") { start += 1 }
            let size = lines[start..<max(start, end)].reduce(0) { $0 + $1.utf8.count }
            if size > bestSize {
                best = start..<end
                bestSize = size
            }
            index = max(end, index + 1)
        }
        guard let best, !title.isEmpty else { return nil }
        return (site, title, best)
    }

    /// `[2/26/1987 6:04 PM] stefan.kruger`: a bracketed day and time, then a handle.
    private static func isMessageHeader(_ line: String) -> Bool {
        guard line.utf8.first == 0x5B, let close = line.firstIndex(of: "]"), line.index(after: close) < line.endIndex else { return false }
        let stamp = line[line.index(after: line.startIndex)..<close]
        return stamp.utf8.count <= 40 && stamp.contains(":") && stamp.utf8.contains(where: { $0 &- 0x30 < 10 })
            && !line[line.index(after: close)...].dropFirst().contains(" ")
    }

    /// An export's banner rule: a rule (`Paragraphs.isRule`) of 20 characters or more.
    private static func isRule(_ line: String) -> Bool {
        line.utf8.count >= 20 && Paragraphs.isRule(line)
    }

    // MARK: - Pipermail

    /// A mailing list's archived post: the subject without the list's tag (`[List] Title`) and
    /// the post's text, from under the navigation links (`Messages sorted by:`) to the poster's
    /// signature (`-- `), the scrubbed parts (`-------------- next part --------------`) or the
    /// links again. Nil unless `Messages sorted by:` follows the subject within eight lines.
    static func archivedPost(_ lines: [String]) -> (title: String, text: Range<Int>)? {
        // The archive's sorting line first: the first line's `]` is looked for only under one (a 10 MiB line is not walked).
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first].utf8.first == 0x5B,
            let sorted = lines[first...].prefix(8).firstIndex(where: { $0.hasPrefix("Messages sorted by:") }),
            let close = lines[first].firstIndex(of: "]")
        else { return nil }
        let title = LineBytes.trimmed(lines[first][lines[first].index(after: close)...])
        let start = sorted + 1
        let end = lines[start...].firstIndex(where: {
            $0 == "--" || $0.hasPrefix("-------------- next part") || $0.hasPrefix("Previous message:")
                || $0.hasPrefix("Next message:")
        }) ?? lines.count
        guard !title.isEmpty, start < end else { return nil }
        return (title, start..<end)
    }
}
