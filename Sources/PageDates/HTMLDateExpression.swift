import DateReading
import TextToolkit

/// Reads one short date expression found in a page's markup (a `<meta>` value, an element's
/// text, a `<time datetime>`), the way htmldate's `try_date_expr` does.
///
/// Contract: only the first 48 characters count (whitespace collapsed). Rejected outright: fewer
/// than 4 or more than 18 digits; a string that starts like a time (`08:30 `), a phone prefix
/// (`+49 …`) or two long numbers (`123 456`); a string whose only number is a lone year. Then, in
/// order, the first match of each form decides (a form whose first match is no valid date gives
/// way to the next): `YYYYMMDD`; `YYYY-M-D` (also `/`, `.`); `D-M-YY(YY)` (`M/D/YY(YY)` and
/// `M-D-YY(YY)` when `monthFirst`; `D.M.Y` always day first; day and month swapped when the
/// month cannot be one; `YY` ≥ 90 is 19YY); `5th of May,
/// 2019`, `May 5th, 2019` with English, French, German, Indonesian or Turkish month names; last,
/// when the string has a date separator and no currency, URL or IBAN and is nothing but a date
/// statement (`DateRecognizer.dateLine`: `Publié le 5 août 2019`, `16. Februar 2026`; htmldate
/// asks dateparser to read the whole string). A year and month alone (`2019-06`) give nil: no
/// day is invented. A date is valid from 1995-01-01 on (`isPlausible`). Pure; nil when nothing
/// fits.
struct HTMLDateExpression {
    /// Stands in for htmldate's external parser: dates written out in the page's language.
    var recognizer: DateRecognizer

    /// The page writes `A/B/Y` (and `A-B-Y`) month first (`en-US`); `D.M.Y` is always day first.
    var monthFirst: Bool {
        get { order.monthFirst }
        set { order = NumericDateOrder(fixed: newValue) }
    }

    /// Decides `monthFirst`, only when a `D-M-Y` form is read (`NumericDateOrder`).
    var order = NumericDateOrder(fixed: false)

    static let maximumLength = 48

    /// htmldate's plausible range: not before 1995 (the parser has no clock, so no upper bound
    /// beyond `CalendarDate`'s own).
    static func isPlausible(_ date: CalendarDate) -> Bool { date.year >= 1995 }

    static func plausibleDate(year: Int, month: Int, day: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: day).flatMap { isPlausible($0) ? $0 : nil }
    }

    func date(_ raw: String) -> CalendarDate? {
        var seen = 0
        for byte in raw.utf8 where DigitRun.isDigit(byte) {
            seen += 1
            if seen == 4 { break }
        }
        guard seen == 4 else { return nil }
        let text = raw.prefix(Self.maximumLength).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let bytes = Array(text.utf8)
        let runs = DigitRun.all(in: bytes)
        let digits = runs.reduce(0) { $0 + $1.length }
        guard (4...18).contains(digits), !Self.looksLikeNoDate(bytes, runs) else { return nil }
        if let found = Self.numericForms(bytes, runs, order: order) ?? HTMLDateMonthNames.longDate(in: text) {
            return found
        }
        guard Self.hasSeparator(bytes, runs), !Self.isDiscarded(text) else { return nil }
        return recognizer.dateLine(text).flatMap { Self.isPlausible($0) ? $0 : nil }
    }

    private static let currencies = "$€¥Ұ£¢₽₱฿#"
    private static let currencyBytes = NeedleSet(currencies.unicodeScalars.map { Array(String($0).utf8) }, ignoringCase: false)
    /// The words, each with its byte guard (none has a canonically equivalent spelling).
    private static let discardedWords = ["CNY", "EUR", "GBP", "JPY", "USD", "http", ".com", ".net", ".org", "IBAN"].map {
        ($0, FoundationSearchGuard($0))
    }

    /// htmldate's `NO_TEXT_DATE_PATTERN`, anchored at the start of the string.
    private static func looksLikeNoDate(_ bytes: [UInt8], _ runs: [DigitRun]) -> Bool {
        if runs.count == 1, runs[0].length == 4 { return true }
        guard let first = runs.first else { return false }
        if first.start == 0, first.length >= 3, runs.count > 1, runs[1].length >= 3 { return true }
        if first.start == 0, first.length == 2, runs.count > 1, bytes.count > 2, bytes[2] == UInt8(ascii: ":"),
            runs[1].start == 3, runs[1].length == 2, runs[1].end < bytes.count,
            bytes[runs[1].end] == UInt8(ascii: ":") || bytes[runs[1].end] == UInt8(ascii: " ")
        {
            return true
        }
        return bytes.first == UInt8(ascii: "+") && first.start == 1 && first.length == 2 && first.end < bytes.count
    }

    /// `YYYYMMDD`, `YYYY-M-D`, `D-M-Y` (or `M/D/Y`), each decided by its first occurrence.
    private static func numericForms(_ bytes: [UInt8], _ runs: [DigitRun], order: NumericDateOrder) -> CalendarDate? {
        if let first = runs.first, first.start == 0, first.length >= 8 {
            let value = bytes[0..<8].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if let found = plausibleDate(year: value / 10000, month: value / 100 % 100, day: value % 100) {
                return found
            }
        }
        if let run = runs.first(where: { $0.length == 8 }),
            let found = plausibleDate(year: run.value / 10000, month: run.value / 100 % 100, day: run.value % 100)
        {
            return found
        }
        let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]
        func chain(_ index: Int, _ lengths: [ClosedRange<Int>]) -> Bool {
            guard index + lengths.count <= runs.count else { return false }
            for (offset, allowed) in lengths.enumerated() {
                let run = runs[index + offset]
                guard allowed.contains(run.length) else { return false }
                if offset > 0 {
                    let previous = runs[index + offset - 1]
                    guard run.start == previous.end + 1, separators.contains(bytes[previous.end]) else { return false }
                }
            }
            return true
        }
        if let index = runs.indices.first(where: { chain($0, [4...4, 1...2, 1...2]) }),
            let found = plausibleDate(year: runs[index].value, month: runs[index + 1].value, day: runs[index + 2].value)
        {
            return found
        }
        if let index = runs.indices.first(where: { chain($0, [1...2, 1...2, 2...4]) }) {
            var (day, month, year) = (runs[index].value, runs[index + 1].value, runs[index + 2].value)
            if bytes[runs[index].end] != UInt8(ascii: "."), order.monthFirst { (day, month) = (month, day) }
            if year < 100 { year += year >= 90 ? 1900 : 2000 }
            if month > 12, day <= 12 { (day, month) = (month, day) }
            if let found = plausibleDate(year: year, month: month, day: day) { return found }
        }
        return nil
    }

    /// htmldate's `TEXT_DATE_PATTERN`: a separator character, or nothing but digits.
    private static func hasSeparator(_ bytes: [UInt8], _ runs: [DigitRun]) -> Bool {
        if runs.count == 1, runs[0].length == bytes.count { return true }
        return bytes.contains { ".:,_/ -".utf8.contains($0) }
    }

    /// htmldate's `DISCARD_PATTERNS`: prices, URLs, bank and phone numbers are not dates.
    private static func isDiscarded(_ text: String) -> Bool {
        var utf8 = text
        // A character among the symbols holds that symbol's bytes: without any, none is there.
        if utf8.withUTF8({ currencyBytes.occurs(in: $0) }), text.contains(where: { currencies.contains($0) }) {
            return true
        }
        for (word, guarded) in discardedWords where guarded.mayFind(in: text) && text.contains(word) {
            return true
        }
        let bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "+") && index + 2 < bytes.count {
            let isDigit = { (position: Int) in bytes[position] >= 0x30 && bytes[position] <= 0x39 }
            if isDigit(index + 1), isDigit(index + 2), index + 3 == bytes.count || !isDigit(index + 3) { return true }
        }
        return false
    }
}
