import DateReading
import TextToolkit

/// A web page's relative time, copied into a dated press review: `Reuters, gestern, 12:32 Uhr`,
/// `GitHub, Yesterday at 4.43pm`, `vor 2 Stunden`, `Today at 7.00am`, `il y a 3 jours`.
///
/// Contract: `read` returns the days back from the review's date the line states
/// (`ExportLines.relativeDayOffset`: 0, -1, -N), and the publication when a name
/// (`ClippingFacts.isMasthead`) comes first, before a comma; nil for any other line. The line
/// alone never dates an article: only with the date of the review it was copied into
/// (`ExportLines.isReviewBanner`), as `LayoutReader` does (`date(_:daysAfter:)`). Pure.
enum RelativeStamps {
    static func read(_ line: String) -> (source: String?, days: Int)? {
        guard TextFolding.hasAtMost(line, 80), !line.isEmpty else { return nil }
        var parts = line.split(separator: ",").map { LineBytes.trimmed($0) }
        if parts.count > 1, let last = parts.last, ExportLines.isClockTime(last) { parts.removeLast() }
        guard (1...2).contains(parts.count), let days = ExportLines.relativeDayOffset(withoutClock(parts[parts.count - 1]))
        else { return nil }
        guard parts.count == 2 else { return (nil, days) }
        return ClippingFacts.isMasthead(parts[0]) ? (parts[0], days) : nil
    }

    /// `yesterday at 4.43pm` → `yesterday`, `ayer a las 18:52` → `ayer`: a time of day after the
    /// relative words, and the words joining them, cut.
    private static func withoutClock(_ text: String) -> String {
        var words = LineBytes.words(text)
        for start in words.indices.dropFirst() where isClock(words[start...].joined(separator: " ")) {
            words.removeSubrange(start...)
            break
        }
        while let last = words.last, words.count > 1, connectors.contains(TextFolding.fold(last)) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// `ExportLines.isClockTime`, or such a time with `am`/`pm` glued to it (`4.43pm`).
    private static func isClock(_ text: String) -> Bool {
        if ExportLines.isClockTime(text) { return true }
        let lower = text.lowercased()
        guard lower.hasSuffix("am") || lower.hasSuffix("pm") else { return false }
        return ExportLines.isClockTime(String(text.dropLast(2)))
    }

    private static let connectors: Set<String> = ["at", "a", "a las", "las", "um", "alle", "as", "ore"]

    /// `date` moved by `days` (negative: back), or nil past the range `CalendarDate` holds.
    static func date(_ date: CalendarDate, daysAfter days: Int) -> CalendarDate? {
        let moved = CivilDays.civil(fromDays: CivilDays.days(fromCivil: date.year, date.month, date.day) + days)
        return CalendarDate(year: moved.year, month: moved.month, day: moved.day)
    }
}
