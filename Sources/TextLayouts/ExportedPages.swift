import TextToolkit

/// What a document saved as text, or an exported chat, puts before and around the article.
///
/// Contract: `withoutCoverPage` drops the lines before the first page break (form feed, U+000C)
/// when it comes within the first 30 lines, text follows it, and they hold no paragraph of prose (a press review's
/// cover and contents page, not a magazine's first page), and the form feed itself, keeping a
/// cover's labelled title, author, date and publication lines when it labels the title (a
/// library's delivery sheet); `withoutChatFrame` turns an exported chat whose first line is a message (`[27/02/2026,
/// 15:15:01] Sarah Collins: *Title*`, `27/02/2026, 15:15 - Sarah Collins: Title`) into its
/// longest message in bytes with the unstamped lines under it, the other messages dropped (the app's
/// notices, a colleague's note, replies); a file that is neither is returned
/// unchanged; `withoutComments` drops a shared document's comments at its end (`[a]Jane Doe:
/// Is this the print headline?`, each line opening with its anchor: `[a]`…`[zz]`) and those
/// anchors wherever they stand in the text (`TITLE[a]`), when the file ends with at least one
/// such comment (the anchors are cut in one pass over each line's bytes, so a text as long as the
/// comments under it costs their sum, not their product: a hostile file of 128 KiB of each took 49 s
/// cut anchor by anchor). The line count may shrink. Pure; never fails.
package enum ExportedPages {
    package static func withoutComments(_ lines: [String]) -> [String] {
        var end = lines.count
        var anchors = Set<String>()
        while end > 0, lines[end - 1].isEmpty || commentAnchor(lines[end - 1]) != nil {
            if let anchor = commentAnchor(lines[end - 1]) { anchors.insert(anchor) }
            end -= 1
        }
        guard !anchors.isEmpty else { return lines }
        return lines[..<end].map { line in
            guard LineBytes.contains(line, 0x5B) else { return line }
            return withoutAnchors(line, anchors)
        }
    }

    /// The line without each `[a]`…`[zz]` of `anchors` in it (`TITLE[a]` → `TITLE`), read from left to right.
    private static func withoutAnchors(_ line: String, _ anchors: Set<String>) -> String {
        let bytes = Array(line.utf8)
        var kept: [UInt8] = []
        var from = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x5B else {
                index += 1
                continue
            }
            // `[`, one or two lowercase letters, `]`: an anchor's shape (as `commentAnchor` reads one).
            var close = index + 1
            while close < bytes.count, close - index <= 3, bytes[close] &- UInt8(ascii: "a") < 26 { close += 1 }
            if close < bytes.count, bytes[close] == 0x5D, (2...3).contains(close - index), endsCharacter(bytes, close),
                anchors.contains(String(decoding: bytes[index...close], as: UTF8.self))
            {
                kept += bytes[from..<index]
                from = close + 1
                index = close + 1
            } else {
                index += 1
            }
        }
        guard from > 0 else { return line }
        kept += bytes[from...]
        return String(decoding: kept, as: UTF8.self)
    }

    /// Whether the `]` at `close` is a Character of its own (not `]` and a combining mark after it,
    /// which Foundation's search, cutting anchors before, did not take for `]`).
    private static func endsCharacter(_ bytes: [UInt8], _ close: Int) -> Bool {
        guard close + 1 < bytes.count, bytes[close + 1] >= 0x80 else { return true }
        let lead = bytes[close + 1]
        let end = min(bytes.count, close + 1 + (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2))
        return String(decoding: bytes[close..<end], as: UTF8.self).count != 1
    }

    /// `[a]` of `[a]Jane Doe: …`: one or two lowercase letters in brackets, then a name and a colon.
    private static func commentAnchor(_ line: String) -> String? {
        let bytes = Array(line.utf8.prefix(5))
        guard bytes.count >= 3, bytes[0] == 0x5B, let close = bytes.firstIndex(of: 0x5D), (2...3).contains(close),
            bytes[1..<close].allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }), close + 1 < bytes.count,
            bytes[close + 1] != 0x3A, bytes[close + 1] != 0x20, bytes[close + 1] != 0x28,  // not `[a]: url`, `[a] x`, `[a](x)`
            line.contains(":")
        else { return nil }
        return String(line.prefix(close + 1))
    }

    package static func withoutCoverPage(_ lines: [String]) -> [String] {
        // A form feed with nothing after it ends the last page (pdftotext's): no cover before it.
        guard let page = lines.prefix(30).firstIndex(where: { LineBytes.contains($0, 0x0C) }),
            !hasProse(lines[..<page]),
            lines[page].utf8.contains(where: { $0 > 0x20 }) || lines[(page + 1)...].contains(where: { $0.utf8.contains { $0 > 0x20 } })
        else { return lines }
        var rest = Array(lines[page...])
        rest[0] = String(rest[0].drop { $0 == "\u{0C}" }.split(separator: "\u{0C}", omittingEmptySubsequences: false).last ?? "")
        // A delivery's cover sheet naming the article (`Article Title:`, `Article Author:`,
        // `Journal Title:`, `Month/Year:`): its labelled fields stay, above the page.
        let labelled = lines[..<page].filter { line in
            guard let (field, value) = ClippingLabels.parse(LineBytes.trimmed(line)), !value.isEmpty else { return false }
            return [.title, .author, .date, .site, .source].contains(field)
        }
        guard labelled.contains(where: { ClippingLabels.parse(LineBytes.trimmed($0))?.field == .title }) else { return rest }
        return labelled + [""] + rest
    }

    /// The lines without the stamp opening each page of a filed document (`Case 1:26-cv-01234
    /// Document 45-3   Filed 04/10/26   Page 2 of 3`, `RG n° 26/07173 — Pièce n° 22 — page 2/2`,
    /// `Az. … — Blatt 2 von 3`): the first line of the text and of every page after a form feed
    /// (the text before that form feed stays), when it holds a page counter (`page`, `pagina`, `pag.`, `blatt`, `seite`, `p.`, then `2/3`
    /// or `2 of 3`, `von`, `de`, `di`, `sur`); any other line as it is.
    package static func withoutPageStamps(_ lines: [String]) -> [String] {
        var out = lines
        for index in out.indices where index == 0 || LineBytes.contains(out[index], 0x0C) {
            // The stamp is what follows the line's last form feed; the text before it stays. Found
            // walking forward: `lastIndex(of:)` steps back over a line of flags counting the run at each step.
            let line = out[index]
            let start = LineBytes.lastIndex(of: "\u{0C}", in: line).map { line.index(after: $0) } ?? line.startIndex
            if isPageStamp(line[start...]) { out[index] = String(line[..<start]) }
        }
        return out
    }

    private static func isPageStamp(_ text: Substring) -> Bool {
        guard text.utf8.count <= 160, text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        let tokens = TextFolding.fold(text).split(separator: " ")
        func isNumber(_ token: Substring) -> Bool { !token.isEmpty && token.allSatisfy { $0.isASCII && $0.isNumber } }
        for index in tokens.indices.dropLast() where pageWords.contains(String(tokens[index])) {
            let next = tokens[index + 1]
            let halves = next.split(separator: "/", omittingEmptySubsequences: false)
            if halves.count == 2, isNumber(halves[0]), isNumber(halves[1]) { return true }
            if isNumber(next), index + 3 < tokens.count, counterWords.contains(String(tokens[index + 2])), isNumber(tokens[index + 3]) {
                return true
            }
        }
        return false
    }

    private static let pageWords: Set<String> = ["page", "pagina", "pag.", "pag", "blatt", "seite", "p."]
    private static let counterWords: Set<String> = ["of", "von", "de", "di", "sur", "do", "da"]

    /// Whether the lines hold a paragraph of prose: consecutive filled lines of 25 words or more
    /// in all, the last ending a sentence (`.`, `!`, `?`, or one of them before a closing quote).
    static func hasProse(_ lines: ArraySlice<String>) -> Bool {
        var words = 0
        for line in lines {
            guard !line.isEmpty else {
                words = 0
                continue
            }
            words += LineBytes.words(line).count
            if words >= 25, let end = line.last(where: { !"\"'»”’)".contains($0) }), ".!?".contains(end) { return true }
        }
        return false
    }

    package static func withoutChatFrame(_ lines: [String]) -> [String] {
        guard let first = lines.first, message(first) != nil else { return lines }
        // Each message with the unstamped lines under it: the one of most bytes carries the article (the chat
        // may open with the app's notice, `Messages and calls are end-to-end encrypted.`, or a colleague's
        // `One for tomorrow's review 👇` before the message that pastes it).
        guard let best = ChatLogs.longestGroup(lines, from: 0, opens: { message($0) != nil }, text: message) else { return lines }
        return [ClippingFacts.unemphasised(best.first)] + lines[best.rest]
    }

    /// The text of a chat export's message line, or nil: `[date, time] Name: text` (iOS) or
    /// `date, time - Name: text` (Android), the date of digits and `/.-`, the name at most 40
    /// characters without a colon.
    static func message(_ line: String) -> String? {
        guard let lead = line.utf8.first, lead == 0x5B || lead &- 0x30 < 10
        else { return nil }
        var rest = Substring(line)
        if lead == 0x5B {
            // The first `]` among the first 31 Characters (a 10 MiB line framed in `[`…`]` is not walked to its end).
            guard let close = rest.prefix(31).firstIndex(of: "]"), rest.distance(from: rest.startIndex, to: close) <= 30 else { return nil }
            let stamp = rest[rest.index(after: rest.startIndex)..<close]
            guard isStamp(stamp) else { return nil }
            rest = rest[rest.index(after: close)...]
        } else {
            guard let dash = rest.prefix(30).firstRange(of: " - "), isStamp(rest[..<dash.lowerBound]) else { return nil }
            rest = rest[dash.upperBound...]
        }
        rest = rest.drop { $0 == " " }
        guard let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 40,
            rest.index(after: colon) < rest.endIndex
        else { return nil }
        return LineBytes.trimmed(rest[rest.index(after: colon)...])
    }

    /// `27/02/2026, 15:15:01`: digits, `/.-`, a comma or space, then a time of day.
    private static func isStamp(_ text: Substring) -> Bool {
        let parts = text.split(separator: ",", maxSplits: 1)
        guard parts.count == 2, parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || "/.-".contains($0)) }),
            parts[0].count >= 6
        else { return false }
        return ExportLines.isClockTime(LineBytes.trimmed(parts[1]))
    }
}
