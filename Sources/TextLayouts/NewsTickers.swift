import DateReading
import TextToolkit

/// A site's news ticker copied as text: items stamped with their time (`16:02  Title`), one of
/// them opened, its text between a blank line under its stamp line and the next stamped item
/// (`Reuters › Latest news`, `Thursday, February 26, 1987`, `16:02  Five things…`, blank,
/// `15:42  TITLE`, blank, the text, `14:46  Central bank…`).
///
/// Contract: `read(_:dates:)` needs a breadcrumb opening the file (`Reuters › Le fil info`), only
/// a day (`Thursday, February 26, 1987`, `Today`) between it and the first item, and three
/// stamped lines or more among the first 40 non-empty lines (a time `H:MM` or `HH:MM`, or `HH.MM` / `HHhMM`, then two spaces or a tab, then text);
/// the opened item is the first stamped line whose next non-empty line is no stamped one (a
/// byline, the text). It returns that item's title (without its stamp), where its text starts and ends
/// (at the next stamped line, or the file's end), the day a line above states alone, and the
/// publication a breadcrumb opening the file names (`Reuters › Le fil info`); nil when the file is no ticker. Pure.
enum NewsTickers {
    struct Ticker: Equatable {
        var title: String
        var date: CalendarDate?
        var source: String?
        var text: Range<Int>
    }

    static func read(_ lines: [String], dates: DateRecognizer) -> Ticker? {
        // The breadcrumb's `›` (E2 80 BA) first: most files are turned down on their first line's bytes.
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first].utf8.count <= 80,
            LineBytes.contains(lines[first], bytes: "›")
        else { return nil }
        var stamped: [Int] = []
        var filled = 0
        for index in lines.indices where !lines[index].isEmpty {
            filled += 1
            if filled > 40 { break }
            if stampLength(lines[index]) != nil { stamped.append(index) }
        }
        guard stamped.count >= 3,
            let opened = stamped.first(where: { index in
                lines[(index + 1)...].first(where: { !$0.isEmpty }).map { stampLength($0) == nil } ?? false
            }),
            let length = stampLength(lines[opened])
        else { return nil }
        // A programme, a timetable or a live blog under its own headline is no ticker: above the items
        // stand only the ticker's breadcrumb (`Reuters › Latest news`) and its day.
        guard breadcrumbName(lines[first]) != nil,
            lines[first..<stamped[0]].allSatisfy({ $0.isEmpty || $0 == lines[first] || dates.dateLine($0) != nil || isRelativeDay($0) })
        else { return nil }
        let title = LineBytes.trimmed(String(lines[opened].dropFirst(length)))
        guard title.count >= 2 else { return nil }
        let end = lines[(opened + 1)...].firstIndex(where: { stampLength($0) != nil }) ?? lines.count
        let date = lines[..<stamped[0]].lazy.compactMap { dates.dateLine($0) }.first
        return Ticker(title: title, date: date, source: first < stamped[0] ? breadcrumbName(lines[first]) : nil, text: (opened + 1)..<end)
    }

    /// `Today`, `Heute`, `Aujourd'hui`, `Hoy`, `Oggi`, `Hoje`: a ticker's day, unstated.
    private static func isRelativeDay(_ line: String) -> Bool {
        TextFolding.hasAtMost(line, 14) && ExportLines.todayWords.contains(TextFolding.fold(line))
    }

    /// `Reuters › Le fil info`: the publication's name before a breadcrumb's ` › ` (a masthead); nil otherwise.
    private static func breadcrumbName(_ line: String) -> String? {
        let parts = line.components(separatedBy: " › ")
        guard parts.count == 2 else { return nil }
        let name = LineBytes.trimmed(parts[0])
        return ClippingFacts.isMasthead(name) ? name : nil
    }

    /// The length in characters of a time stamp and the spacing after it opening `line`
    /// (`16:02  `, `9:41\t`, `16.02  `, `16h02  `); nil when it opens with none.
    static func stampLength(_ line: String) -> Int? {
        let bytes = Array(line.utf8.prefix(8))
        guard bytes.count >= 6, bytes[0] &- 0x30 < 10 else { return nil }
        var index = bytes[1] &- 0x30 < 10 ? 2 : 1
        guard index + 3 < bytes.count, bytes[index] == 0x3A || bytes[index] == 0x2E || bytes[index] == 0x68,
            bytes[index + 1] &- 0x30 < 10, bytes[index + 2] &- 0x30 < 10
        else { return nil }
        index += 3
        if bytes[index] == 0x09 { return index + 1 }
        guard index + 1 < bytes.count, bytes[index] == 0x20, bytes[index + 1] == 0x20 else { return nil }
        index += 2
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }
}
