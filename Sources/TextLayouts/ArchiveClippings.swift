import DateReading
import TextToolkit

/// A clipping from a newspaper-archive site (Newspapers.com-like) copied with its OCR text: the
/// clipping's own title (often the headline cut short), `Clipped by <handle> · <day>`, then
/// `Publication from City, Region, Country · Page 12` and the page's day, then `Text (OCR):` and
/// the page itself, headline first.
///
/// Contract: `read` returns nil unless `Clipped by ` opens one of the first three non-empty
/// lines and a line `Text (OCR):` (or `OCR text:`, `Text:`) follows within the next ten. It
/// returns the publication the page line names (its text before ` from `; none for `From …`),
/// the day a date line between the two states (never the clipping's own day), and the line
/// after the marker, where the page's text starts; the title is the page's first line. Pure.
enum ArchiveClippings {
    static func read(_ lines: [String], dates: DateRecognizer) -> (source: String?, date: CalendarDate?, start: Int)? {
        let filled = lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(3)
        guard let clipped = filled.first(where: { LineBytes.hasPrefix(lines[$0], "Clipped by ") }),
            let marker = lines[(clipped + 1)...].prefix(10).firstIndex(where: isMarker)
        else { return nil }
        var source: String?
        var date: CalendarDate?
        for line in lines[(clipped + 1)..<marker] where !line.isEmpty {
            if let page = line.range(of: " · Page ") ?? line.range(of: " · p. "), let from = line.range(of: " from ") {
                if from.lowerBound < page.lowerBound { source = LineBytes.trimmed(line[..<from.lowerBound]) }
            } else if date == nil, let found = dates.dateLine(line) {
                date = found
            }
        }
        return (source, date, marker + 1)
    }

    private static func isMarker(_ line: String) -> Bool {
        ["Text (OCR):", "OCR text:", "OCR Text:", "Text:"].contains(line)
    }
}
