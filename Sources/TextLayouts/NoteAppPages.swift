import DateReading

/// A note app's page copied as text (OneNote's `Copy` of a page): the page's own title, the day
/// and the time the page was created, each alone on the first three lines, then a blank line and
/// what was pasted into it (`Recortes 4 de fevereiro de 2026` / `quarta-feira, 4 de fevereiro de
/// 2026` / `10:25`). The page's title and day are the note's, not the article's.
///
/// Contract: `withoutHeader` drops the first three lines when the second holds a date and
/// nothing else (a weekday may precede it), the third a time alone (`10:25`, `1:45 PM`:
/// `ExportLines.isClockTime`) and the
/// fourth is blank; a page title that is a browser tab's (`Title | Publication`, the article's
/// own) is kept as the first line. Any other file is returned unchanged. Pure.
enum NoteAppPages {
    static func withoutHeader(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard lines.count > 4, LineBytes.trimmed(lines[3]).isEmpty, !LineBytes.trimmed(lines[0]).isEmpty, ExportLines.isClockTime(LineBytes.trimmed(lines[2])), isDateAlone(lines[1], dates: dates)
        else { return lines }
        let tabTitle = LineBytes.contains(lines[0], bytes: " | ")
        return (tabTitle ? [lines[0]] : []) + Array(lines[3...])
    }

    /// A line holding a date and nothing else but a weekday before it and a full stop after it.
    private static func isDateAlone(_ line: String, dates: DateRecognizer) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        guard trimmed.utf8.count <= 60, let match = dates.firstDate(in: trimmed) else { return false }
        let outside = trimmed[..<match.range.lowerBound] + trimmed[match.range.upperBound...]
        return outside.allSatisfy { $0 == " " || $0 == "," || $0 == "." }
    }
}
