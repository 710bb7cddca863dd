import DateReading

/// A note app's page copied as text (OneNote's `Copy` of a page): the page's own title, the day
/// and the time the page was created, each alone on the first three lines, then a blank line and
/// what was pasted into it (`Recortes 4 de fevereiro de 2026` / `quarta-feira, 4 de fevereiro de
/// 2026` / `10:25`). The page's title and day are the note's, not the article's.
///
/// Contract: `withoutHeader` drops the first three lines when the second holds a date and
/// nothing else (a weekday may precede it), the third a time alone (`10:25`, `1:45 PM`) and the
/// fourth is blank; a page title that is a browser tab's (`Title | Publication`, the article's
/// own) is kept as the first line. Any other file is returned unchanged. Pure.
enum NoteAppPages {
    static func withoutHeader(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard lines.count > 4, LineBytes.trimmed(lines[3]).isEmpty, !LineBytes.trimmed(lines[0]).isEmpty, isTime(lines[2]), isDateAlone(lines[1], dates: dates)
        else { return lines }
        let tabTitle = LineBytes.contains(lines[0], bytes: " | ")
        return (tabTitle ? [lines[0]] : []) + Array(lines[3...])
    }

    /// `10:25`, `9:05`, `1:45 PM`, `13:02:11`: digits and colons, perhaps AM or PM.
    private static func isTime(_ line: String) -> Bool {
        var bytes = Array(LineBytes.trimmed(line).utf8)
        if bytes.count > 3, let last = bytes.last, last == 0x4D || last == 0x6D, [0x41, 0x50, 0x61, 0x70].contains(bytes[bytes.count - 2]) {
            bytes.removeLast(2)
            if bytes.last == 0x20 { bytes.removeLast() }
        }
        guard (4...8).contains(bytes.count), bytes.contains(0x3A), bytes.first.map({ $0 &- 0x30 < 10 }) == true else { return false }
        return bytes.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x3A }
    }

    /// A line holding a date and nothing else but a weekday before it and a full stop after it.
    private static func isDateAlone(_ line: String, dates: DateRecognizer) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        guard trimmed.utf8.count <= 60, let match = dates.firstDate(in: trimmed) else { return false }
        let outside = trimmed[..<match.range.lowerBound] + trimmed[match.range.upperBound...]
        return outside.allSatisfy { $0 == " " || $0 == "," || $0 == "." }
    }
}
