import TextToolkit

/// What a document saved as text, or an exported chat, puts before and around the article.
///
/// Contract: `withoutCoverPage` drops the lines before the first page break (form feed, U+000C)
/// when it comes within the first 30 lines and they hold no paragraph of prose (a press review's
/// cover and contents page, not a magazine's first page), and the form feed itself; `withoutChatFrame` turns an exported chat's first message line (`[27/02/2026,
/// 15:15:01] Sarah Collins: *Title*`, `27/02/2026, 15:15 - Sarah Collins: Title`) into the
/// message alone and drops the later message lines (replies); a file that is neither is returned
/// unchanged. The line count may shrink. Pure; never fails.
package enum ExportedPages {
    package static func withoutCoverPage(_ lines: [String]) -> [String] {
        guard let page = lines.prefix(30).firstIndex(where: { LineBytes.contains($0, 0x0C) }),
            !hasProse(lines[..<page])
        else { return lines }
        var rest = Array(lines[page...])
        rest[0] = String(rest[0].drop { $0 == "\u{0C}" }.split(separator: "\u{0C}", omittingEmptySubsequences: false).last ?? "")
        return rest
    }

    /// Whether the lines hold a paragraph of prose: consecutive filled lines of 25 words or more
    /// in all, the last ending a sentence (`.`, `!`, `?`, or one of them before a closing quote).
    static func hasProse(_ lines: ArraySlice<String>) -> Bool {
        var words = 0
        for line in lines {
            guard !line.isEmpty else {
                words = 0
                continue
            }
            words += line.split(separator: " ").count
            if words >= 25, let end = line.last(where: { !"\"'»”’)".contains($0) }), ".!?".contains(end) { return true }
        }
        return false
    }

    package static func withoutChatFrame(_ lines: [String]) -> [String] {
        guard let first = lines.first, let message = message(first) else { return lines }
        var kept = [ClippingFacts.unemphasised(message)]
        kept.reserveCapacity(lines.count)
        for line in lines.dropFirst() where self.message(line) == nil { kept.append(line) }
        return kept
    }

    /// The text of a chat export's message line, or nil: `[date, time] Name: text` (iOS) or
    /// `date, time - Name: text` (Android), the date of digits and `/.-`, the name at most 40
    /// characters without a colon.
    static func message(_ line: String) -> String? {
        guard let lead = line.utf8.first, lead == 0x5B || lead &- 0x30 < 10
        else { return nil }
        var rest = Substring(line)
        if lead == 0x5B {
            guard let close = rest.firstIndex(of: "]"), rest.distance(from: rest.startIndex, to: close) <= 30 else { return nil }
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
