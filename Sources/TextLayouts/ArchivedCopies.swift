import DateReading
import TextToolkit

/// A page saved from a web archive (the Wayback Machine): its banner (`The Wayback Machine -
/// https://web.archive.org/web/20171008085909/https://example.org/2017/09/07/title`), the number
/// of captures (`55 captures`, `71 capturas`) and their range (`8 Oct 2017 - 11 Jan 2018`),
/// then the page.
///
/// Contract: `unwrapped` returns the lines without the banner and the two lines under it
/// (whatever their language: the second holds a number, the third two dates), or, when the whole
/// toolbar was copied, without every line down to its `About this capture` (in the first 30
/// lines; English, Spanish, Portuguese, German, French, Italian), and the date the
/// archived address states in its path (`/2017/09/07/`) — when it was published, as far as the
/// address tells; never the capture time. Other files come back unchanged with no date. Pure.
enum ArchivedCopies {
    static func unwrapped(_ lines: [String]) -> (lines: [String], addressDate: CalendarDate?) {
        guard let first = lines.first, first.hasPrefix("The Wayback Machine - http") else { return (lines, nil) }
        // The whole toolbar copied (the address and `Go`, captures, the calendar's months, day and
        // years, `success`, `fail`): it ends with its `About this capture` link.
        if let about = lines.prefix(30).firstIndex(where: { aboutCapture.contains(TextFolding.fold(LineBytes.trimmed($0))) }) {
            return (Array(lines[(about + 1)...]), addressDate(first))
        }
        var rest = 1
        // `55 captures`, then `8 Oct 2017 - 11 Jan 2018`: the archive's, not the article's.
        if rest < lines.count, lines[rest].first?.isNumber == true, LineBytes.words(lines[rest]).count <= 3 { rest += 1 }
        if rest < lines.count, lines[rest].contains(" - "), TextFolding.hasAtMost(lines[rest], 40) { rest += 1 }
        return (Array(lines[rest...]), addressDate(first))
    }

    /// The toolbar's last link, `About this capture`, in the languages the archive speaks (folded).
    private static let aboutCapture: Set<String> = [
        "about this capture", "sobre esta captura", "acerca de esta captura", "uber diese aufnahme", "a propos de cette capture",
        "informazioni su questa cattura", "info su questa cattura", "a proposito di questa cattura",
    ]

    /// `…/web/<capture>/https://host/2017/09/07/…`: the first `/yyyy/mm/dd/` after the capture.
    private static func addressDate(_ banner: String) -> CalendarDate? {
        guard let web = banner.firstRange(of: "/web/") else { return nil }
        let parts = banner[web.upperBound...].split(separator: "/").dropFirst()
        let numbers = Array(parts)
        for index in numbers.indices.dropLast(2) {
            guard numbers[index].utf8.count == 4, let year = Int(numbers[index]),
                numbers[index + 1].utf8.count == 2, let month = Int(numbers[index + 1]),
                numbers[index + 2].utf8.count == 2, let day = Int(numbers[index + 2])
            else { continue }
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }
}
