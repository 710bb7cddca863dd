import TextToolkit

/// A calendar date as written in an article's header or trailer, with the time of day and UTC
/// offset when an ISO 8601 date-time states both (and the recogniser was asked to keep them).
package struct CalendarDate: Equatable, Sendable {
    package var year: Int
    package var month: Int
    package var day: Int
    /// `T09:30:00+03:00` or `T09:30:00Z`, or nil when the time or the offset is unknown.
    package var time: String?

    /// `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm:ss±hh:mm` when the time is known.
    package var iso: String {
        // Written digit by digit when each field fits its width (always, from `init`): string
        // interpolation of three padded numbers cost more than the rest of the article's fields.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" + (time ?? "")
        }
        let date = String(unsafeUninitializedCapacity: 10) { out in
            func put(_ value: Int, width: Int, at start: Int) {
                var value = value
                for index in (start..<(start + width)).reversed() {
                    out[index] = 0x30 + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 0)
            out[4] = 0x2D
            put(month, width: 2, at: 5)
            out[7] = 0x2D
            put(day, width: 2, at: 8)
            return 10
        }
        guard let time else { return date }
        return date + time
    }

    package static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Nil unless the year is 1900–2199 and the day exists in that month (leap years included).
    package init?(year: Int, month: Int, day: Int) {
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }
}

/// Finds dates written the way news articles write them.
///
/// Recognised: `16 février 2026`, `1er mars 2026`, `lundi 16 février 2026`, `16 févr. 2026`,
/// `16-Feb-2026`, `1º de março de 2026`, `3 out. 2026`,
/// unaccented `16 fevrier 2026`, `February 16, 2026`, `Monday, Feb. 16, 2026`, `16 February 2026`,
/// `16. Februar 2026`, `16 de febrero de 2026`, ISO `2026-02-16` (also as the start of a
/// date-time), and numeric `16/02/2026`: day-first unless the language is `en`; when the preferred
/// order gives an impossible date and the other order does not, the other order is used.
/// With `keepsTime`, an ISO date-time that states an offset (`2026-02-16T09:30:00+03:00`,
/// `2026-02-16 09:30Z`) keeps its time and offset (`time`); without an offset the time is
/// dropped, because a local time in an unknown zone is not an instant.
/// Contract: pure; returns nil when nothing valid is found, never guesses a missing year.
package struct DateRecognizer: Sendable {
    /// ISO 639-1 code of the article, used for month-name preference and numeric order.
    package var language: String?
    /// Whether ISO date-times keep their time and offset (see `CalendarDate.time`).
    package var keepsTime = false

    package init(language: String?, keepsTime: Bool = false) {
        self.language = language
        self.keepsTime = keepsTime
    }

    package struct Match {
        package var date: CalendarDate
        /// Where the date (with any weekday before it) sits in the searched string.
        package var range: Range<String.Index>
    }

    /// The first valid date in `text`, or nil.
    package func firstDate(in text: String) -> Match? {
        guard Self.mayHoldYear(text) else { return nil }
        return firstDate(in: DateToken.tokenize(text))
    }

    /// The first valid date among the tokens of a text, or nil.
    private func firstDate(in tokens: [DateToken]) -> Match? {
        for start in tokens.indices {
            if let (date, end) = match(tokens, at: start) {
                let first = extendOverWeekday(tokens, from: start)
                return Match(date: date, range: tokens[first].range.lowerBound..<tokens[end].range.upperBound)
            }
        }
        return nil
    }

    /// Whether `text` has four ASCII digits in a row: every date this reader finds ends on a
    /// four-digit year token, so a text without them needs no tokenizing.
    private static func mayHoldYear(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ ByteWords.hasDigitRun($0, length: 4) }) {
            return found
        }
        var run = 0
        for byte in text.utf8 {
            if byte &- 0x30 < 10 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The date when the line is nothing but a date statement (`Publié le 16 février 2026 à
    /// 10h30`, `Monday, February 16, 2026`, `2026-02-16`); nil for prose that mentions a date.
    package func dateLine(_ line: String) -> CalendarDate? {
        statedDate(line).line
    }

    /// `dateLine(line)` and, for a line of 100 Characters at most, `firstDate(in: line)` (nil for a
    /// longer line), from one tokenizing: a reader asking both of a line (a date line, else a date
    /// and a time of day) reads its tokens once.
    package func statedDate(_ line: String) -> (line: CalendarDate?, first: Match?) {
        guard TextFolding.hasAtMost(line, 100), Self.mayHoldYear(line) else { return (nil, nil) }
        let tokens = DateToken.tokenize(line)
        guard let found = firstDate(in: tokens) else { return (nil, nil) }
        return (dateLine(tokens, found), found)
    }

    /// `dateLine` of a line whose tokens are `tokens` and whose first date is `found`.
    private func dateLine(_ tokens: [DateToken], _ found: Match) -> CalendarDate? {
        for token in tokens where !found.range.contains(token.range.lowerBound) {
            switch token.kind {
            case .word(let word):
                let known = DateVocabulary.dateLineWords.contains(word)
                    || DateVocabulary.weekdays.contains(word)
                if !known { return nil }
            case .number(_, let digits):
                if digits > 2 { return nil }
            case .punct:
                continue
            }
        }
        return found.date
    }

    // MARK: - Matching

    private func match(_ tokens: [DateToken], at start: Int) -> (CalendarDate, Int)? {
        guard case .number(let first, let firstDigits) = tokens[start].kind else {
            return monthFirst(tokens, at: start)
        }
        if firstDigits == 4 {
            return isoDate(tokens, at: start, year: first)
        }
        guard firstDigits <= 2 else { return nil }
        return numericDate(tokens, at: start, first: first) ?? dayFirst(tokens, at: start, day: first)
    }

    private func isoDate(_ tokens: [DateToken], at start: Int, year: Int) -> (CalendarDate, Int)? {
        var cursor = Cursor(tokens: tokens, index: start + 1)
        guard let separator = cursor.punct(in: "-/"),
            let month = cursor.number(maxDigits: 2), cursor.punct(separator) != nil,
            let day = cursor.number(maxDigits: 2),
            var date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        if keepsTime, let time = Self.isoTime(&cursor) { date.time = time }
        return (date, cursor.index - 1)
    }

    /// `T09:30:00+03:00`, ` 09:30Z`, `T09:30:00.5+0300` after an ISO date: the normalised
    /// `Thh:mm:ss±hh:mm` (or `Z`), consuming its tokens; nil (consuming nothing) without an offset.
    private static func isoTime(_ cursor: inout Cursor) -> String? {
        var probe = cursor
        if case .word("t")? = probe.current { probe.index += 1 }
        guard let hour = probe.number(exactDigits: 2), hour < 24, probe.punct(in: ":") != nil,
            let minute = probe.number(exactDigits: 2), minute < 60
        else { return nil }
        var second = 0
        if probe.punct(in: ":") != nil {
            guard let value = probe.number(exactDigits: 2), value < 61 else { return nil }
            second = value
            if probe.punct(in: ".") != nil, probe.number(maxDigits: 9) == nil { return nil }
        }
        let clock = "T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2)):\(CalendarDate.pad(second, 2))"
        if case .word("z")? = probe.current {
            probe.index += 1
            cursor = probe
            return clock + "Z"
        }
        guard let sign = probe.punct(in: "+-") else { return nil }
        let offsetHours: Int
        var offsetMinutes = 0
        if let value = probe.number(exactDigits: 4) {
            (offsetHours, offsetMinutes) = (value / 100, value % 100)
        } else if let value = probe.number(exactDigits: 2) {
            offsetHours = value
            if probe.punct(in: ":") != nil {
                guard let minutes = probe.number(exactDigits: 2) else { return nil }
                offsetMinutes = minutes
            }
        } else {
            return nil
        }
        guard offsetHours <= 14, offsetMinutes < 60 else { return nil }
        cursor = probe
        return clock + "\(sign)\(CalendarDate.pad(offsetHours, 2)):\(CalendarDate.pad(offsetMinutes, 2))"
    }

    private func numericDate(_ tokens: [DateToken], at start: Int, first: Int) -> (CalendarDate, Int)? {
        var cursor = Cursor(tokens: tokens, index: start + 1)
        guard let separator = cursor.punct(in: "/.-"),
            let second = cursor.number(maxDigits: 2), cursor.punct(separator) != nil,
            let year = cursor.number(exactDigits: 4)
        else { return nil }
        let dayFirstDate = CalendarDate(year: year, month: second, day: first)
        let monthFirstDate = CalendarDate(year: year, month: first, day: second)
        // `Thu, 07/02/2019`: the weekday before an ambiguous day tells the order (7 February was a Thursday, 2 July a
        // Tuesday).
        if let dayFirstDate, let monthFirstDate, dayFirstDate != monthFirstDate, let weekday = weekdayBefore(tokens, at: start) {
            let dayFirstFits = Self.weekday(of: dayFirstDate) == weekday
            if dayFirstFits != (Self.weekday(of: monthFirstDate) == weekday) {
                return (dayFirstFits ? dayFirstDate : monthFirstDate, cursor.index - 1)
            }
        }
        // `01.03.2026` is day first in every language (American dates use slashes).
        let preferred = language == "en" && separator != "." ? monthFirstDate ?? dayFirstDate : dayFirstDate ?? monthFirstDate
        guard let date = preferred else { return nil }
        return (date, cursor.index - 1)
    }

    /// The weekday (0 Monday … 6 Sunday) named right before the token at `start` (`Thu, `, `jeudi `, `Do., `), or nil.
    private func weekdayBefore(_ tokens: [DateToken], at start: Int) -> Int? {
        var index = start
        if index > 0, case .punct(",") = tokens[index - 1].kind { index -= 1 }
        if index > 0, case .punct(".") = tokens[index - 1].kind { index -= 1 }
        guard index > 0, case .word(let word) = tokens[index - 1].kind else { return nil }
        return DateVocabulary.weekdayNumbers[word]
    }

    /// 0 Monday … 6 Sunday (1 January 1970, day 0 of `CivilDays`, was a Thursday).
    private static func weekday(of date: CalendarDate) -> Int {
        let days = CivilDays.days(fromCivil: date.year, date.month, date.day)
        return ((days % 7) + 7 + 3) % 7
    }

    /// `16 février 2026`, `1er mars`, `1º de março de 2026`, `16. Feb. 2026`, `16-Feb-2026`. A month
    /// that is also an ordinary word (`DateVocabulary.ordinaryWordMonths`) only with no connector
    /// but `de` around it.
    private func dayFirst(_ tokens: [DateToken], at start: Int, day: Int) -> (CalendarDate, Int)? {
        var cursor = Cursor(tokens: tokens, index: start + 1)
        // `26-27 février 1987`, `7./8. März 2026`: a range of days; the first is the date.
        cursor.skipRangeEnd(after: day, beforeMonth: language)
        // `16-Feb-2026`, `16/févr./2026`: the same separator after the day and after the month.
        if let separator = cursor.punct(in: "-/") {
            guard let (month, _) = cursor.month(language: language) else { return nil }
            _ = cursor.punct(in: ".")
            guard cursor.punct(separator) != nil, let year = cursor.number(exactDigits: 4),
                let date = CalendarDate(year: year, month: month, day: day)
            else { return nil }
            return (date, cursor.index - 1)
        }
        cursor.skipOrdinalSuffix()
        if cursor.punct(in: ".") != nil { cursor.skipOrdinalSuffix() }  // `1.º`
        _ = cursor.punct("°")
        let before = cursor.skipConnector()
        guard let (month, ordinary) = cursor.month(language: language) else { return nil }
        _ = cursor.punct(in: ".")
        let after = cursor.skipConnector()
        if ordinary, (before ?? "de") != "de" || (after ?? "de") != "de" { return nil }
        _ = cursor.punct(in: ",")
        guard let year = cursor.number(exactDigits: 4),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (date, cursor.index - 1)
    }

    /// `February 16, 2026`, `Feb. 16th 2026`; never with a month that is also an ordinary word.
    private func monthFirst(_ tokens: [DateToken], at start: Int) -> (CalendarDate, Int)? {
        var cursor = Cursor(tokens: tokens, index: start)
        guard let (month, ordinary) = cursor.month(language: language), !ordinary else { return nil }
        _ = cursor.punct(in: ".")
        guard let day = cursor.number(maxDigits: 2) else { return nil }
        cursor.skipOrdinalSuffix()
        // `February 26-27, 1987`: a range of days; the first is the date.
        var probe = cursor
        if probe.punct(in: "-/") != nil || probe.punct("–") != nil, let last = probe.number(maxDigits: 2), last > day, last <= 31 {
            cursor = probe
        }
        _ = cursor.punct(in: ",")
        guard let year = cursor.number(exactDigits: 4),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (date, cursor.index - 1)
    }

    /// Moves the start back over `lundi` / `Monday,` / `jeu.` / `Mon.,` / `segunda-feira,` so
    /// callers can cut the whole date out.
    private func extendOverWeekday(_ tokens: [DateToken], from start: Int) -> Int {
        var index = start
        if index > 0, case .punct(",") = tokens[index - 1].kind { index -= 1 }
        if index > 0, case .punct(".") = tokens[index - 1].kind { index -= 1 }
        guard index > 0, case .word(let word) = tokens[index - 1].kind, DateVocabulary.weekdays.contains(word) else {
            return start
        }
        index -= 1
        // Portuguese `segunda-feira`: the day's name before the hyphen belongs to it.
        if word == "feira", index > 1, case .punct("-") = tokens[index - 1].kind,
            case .word(let name) = tokens[index - 2].kind, DateVocabulary.weekdays.contains(name)
        {
            index -= 2
        }
        return index
    }
}

/// A forward-only reader over date tokens; each accessor consumes its token only on success.
private struct Cursor {
    let tokens: [DateToken]
    var index: Int

    static let ordinalSuffixes: Set<String> = ["er", "re", "e", "st", "nd", "rd", "th", "º"]

    var current: DateToken.Kind? { index < tokens.count ? tokens[index].kind : nil }

    /// The current token when it is one of `allowed` (ASCII characters), consumed.
    mutating func punct(in allowed: StaticString) -> Character? {
        guard case .punct(let character) = current, character.utf8.count == 1,
            let byte = character.utf8.first, allowed.withUTF8Buffer({ $0.contains(byte) })
        else { return nil }
        index += 1
        return character
    }

    /// The current token when it is `wanted`, consumed.
    mutating func punct(_ wanted: Character) -> Character? {
        guard case .punct(let character) = current, character == wanted else { return nil }
        index += 1
        return character
    }

    mutating func number(maxDigits: Int) -> Int? {
        guard case .number(let value, let digits) = current, digits <= maxDigits else { return nil }
        index += 1
        return value
    }

    mutating func number(exactDigits: Int) -> Int? {
        guard case .number(let value, let digits) = current, digits == exactDigits else { return nil }
        index += 1
        return value
    }

    /// The current word's month, consumed, and whether the word is also an ordinary word
    /// (`DateVocabulary.ordinaryWordMonths`).
    mutating func month(language: String?) -> (month: Int, ordinary: Bool)? {
        guard case .word(let word) = current,
            let month = DateVocabulary.month(for: word, preferredLanguage: language)
        else { return nil }
        index += 1
        return (month, DateVocabulary.ordinaryWordMonths.contains(word))
    }

    /// Past `-27` in `26-27 février`, `/8.` in `7./8. März` (a later day of at most two digits, a
    /// month's word right after it); nothing consumed otherwise.
    mutating func skipRangeEnd(after day: Int, beforeMonth language: String?) {
        var probe = self
        _ = probe.punct(in: ".")
        guard probe.punct(in: "-/") != nil || probe.punct("–") != nil, let last = probe.number(maxDigits: 2), last > day, last <= 31
        else { return }
        _ = probe.punct(in: ".")
        var month = probe
        guard month.month(language: language) != nil else { return }
        self = probe
    }

    mutating func skipOrdinalSuffix() {
        if case .word(let word) = current, Self.ordinalSuffixes.contains(word) {
            index += 1
        }
    }

    /// The connector skipped (`de`, `of`), or nil when the current token is none.
    @discardableResult
    mutating func skipConnector() -> String? {
        guard case .word(let word) = current, DateVocabulary.connectors.contains(word) else { return nil }
        index += 1
        return word
    }
}
