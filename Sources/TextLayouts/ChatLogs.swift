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
        var best: (first: String, rest: Range<Int>)?
        var bestSize = 0
        var index = head
        while index < lines.count {
            guard let end = stampEnd(lines[index]) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < lines.count, stampEnd(lines[next]) == nil { next += 1 }
            let message = lines[index][end...]
            // `Name: text`: the poster, up to a colon within 48 characters; the app's notices have none.
            if let colon = message.prefix(48).firstIndex(of: ":"), message[..<colon].contains(where: \.isLetter),
                message.index(after: colon) < message.endIndex, message[message.index(after: colon)] == " "
            {
                let first = LineBytes.trimmed(message[message.index(after: colon)...])
                let size = first.utf8.count + lines[(index + 1)..<next].reduce(0) { $0 + $1.utf8.count }
                if size > bestSize {
                    best = (first, (index + 1)..<next)
                    bestSize = size
                }
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
}
