import DateReading
import TextToolkit

/// The page's markup as htmldate searches it for date patterns: the bytes after the `<html>`
/// start tag (htmldate's cleaner drops that tag, whose `xmlns` URLs carry years), with the
/// elements its cleaner kills blanked (`HTMLDateCleaner`: `svg`, `figure`, …), with every
/// run of ASCII digits (the first `maximumRuns`) found once, in one pass, for the pattern
/// searches to share.
///
/// Contract (`timestamp`): the first `YYYY-MM-DD?hh:mm:ss` or `DD.MM.YYYY?hh:mm:ss` in the
/// markup decides. (`idiosyncrasy`): the first `Datum:`/`Stand:` followed by `D.M.YY(YY)`
/// decides, else the first `date` (up to 20 characters before the number, no quote), `updated`
/// or `published` (any case) followed by `D.M.Y` or `Y/M/D` (`.` or `/`). A date found there
/// that is impossible or before 1995 gives nil. Pure.
struct HTMLDatePageText {
    /// Digit runs searched at most: real pages have up to ~36,000 (a 0.9 MB one); past this
    /// (a few MB of dense numbers) the rest of the page is not searched, which bounds the time
    /// and memory of a hostile page.
    static let maximumRuns = 100_000

    let bytes: ArraySlice<UInt8>
    let runs: [DigitRun]

    init(_ raw: [UInt8]) {
        let page = HTMLDateCleaner.blankingKilledElements(raw)
        var start = 0
        if let open = ByteSearch.firstIndexIgnoringCase(of: Array("<html".utf8), in: page[...]),
            let close = page[open...].firstIndex(of: UInt8(ascii: ">"))
        {
            start = close + 1
        }
        bytes = page[start...]
        runs = Self.digitRuns(in: page, from: start, limit: Self.maximumRuns)
    }

    /// `DigitRun.all(in:from:limit:)`, skipping eight digit-free bytes at a time (markup is
    /// mostly letters and punctuation): the same runs.
    static func digitRuns(in bytes: [UInt8], from start: Int, limit: Int) -> [DigitRun] {
        bytes.withUnsafeBufferPointer { buffer in
            var runs: [DigitRun] = []
            guard let base = buffer.baseAddress else { return runs }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var index = start
            while index < count, runs.count < limit {
                if index + 8 <= count {
                    // A byte is a digit when 0x30 <= b <= 0x39: per byte, b + 0x46 and b + 0x50 (of
                    // its low seven bits, so nothing carries) differ in the top bit, and b < 0x80.
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let low = word & 0x7F7F_7F7F_7F7F_7F7F
                    let digits = ((low &+ 0x4646_4646_4646_4646) ^ (low &+ 0x5050_5050_5050_5050)) & ~word
                        & 0x8080_8080_8080_8080
                    if digits == 0 {
                        index += 8
                        continue
                    }
                }
                guard DigitRun.isDigit(buffer[index]) else {
                    index += 1
                    continue
                }
                let first = index
                var value = 0
                while index < count, DigitRun.isDigit(buffer[index]) {
                    if index - first < 9 { value = value * 10 + Int(buffer[index] - 0x30) }
                    index += 1
                }
                runs.append(DigitRun(start: first, end: index, value: index - first > 9 ? -1 : value))
            }
            return runs
        }
    }

    func isDigit(_ index: Int) -> Bool { index >= bytes.startIndex && index < bytes.endIndex && DigitRun.isDigit(bytes[index]) }
    func byte(_ index: Int) -> UInt8? { index >= bytes.startIndex && index < bytes.endIndex ? bytes[index] : nil }

    func timestamp() -> CalendarDate? {
        for run in runs where run.length >= 2 {
            if run.end - 4 >= run.start, let found = timestamp(at: run.end - 4) { return found.date }
            if let found = timestamp(at: run.end - 2) { return found.date }
        }
        return nil
    }

    /// Whether a timestamp starts at `start`, and its date if valid.
    private func timestamp(at start: Int) -> PatternMatch? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard (from..<(from + count)).allSatisfy(isDigit) else { return nil }
            return bytes[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func clock(_ from: Int) -> Bool {
            digits(from, 2) != nil && byte(from + 2) == 0x3A && digits(from + 3, 2) != nil
                && byte(from + 5) == 0x3A && digits(from + 6, 2) != nil
        }
        if let year = digits(start, 4), byte(start + 4) == 0x2D, let month = digits(start + 5, 2),
            byte(start + 7) == 0x2D, let day = digits(start + 8, 2), byte(start + 10).map({ $0 != 0x0A }) == true, clock(start + 11)
        {
            return PatternMatch(date: HTMLDateExpression.plausibleDate(year: year, month: month, day: day))
        }
        if let day = digits(start, 2), byte(start + 2) == 0x2E, let month = digits(start + 3, 2),
            byte(start + 5) == 0x2E, let year = digits(start + 6, 4), byte(start + 10).map({ $0 != 0x0A }) == true, clock(start + 11)
        {
            return PatternMatch(date: HTMLDateExpression.plausibleDate(year: year, month: month, day: day))
        }
        return nil
    }

    private static let germanKeywords = [Array("datum:".utf8), Array("stand:".utf8)]
    private static let dateKeyword = [Array("date".utf8)]
    private static let englishKeywords = [Array("updated".utf8), Array("published".utf8)]

    func idiosyncrasy() -> CalendarDate? {
        for run in runs where follows(Self.germanKeywords, run.start, window: 0, tail: false) {
            if let found = germanDate(at: run.start) { return found.date }
        }
        for run in runs {
            guard follows(Self.dateKeyword, run.start, window: 20, tail: true)
                || follows(Self.englishKeywords, run.start, window: 0, tail: true),
                let found = englishDate(at: run.start)
            else { continue }
            return found.date
        }
        return nil
    }

    /// Whether one of `keywords` (lowercase; any case in the page) ends right before `index`,
    /// or, with `window`, up to that many bytes before it with no quote between; `tail` lets
    /// ` in : ` sit between (htmldate's ` *?(?:in)? *?:? *?`), else one optional space does.
    /// Looking back from each number finds the same first match as scanning for the keywords.
    private func follows(_ keywords: [[UInt8]], _ index: Int, window: Int, tail: Bool) -> Bool {
        var end = index
        func skipSpaces() { while byte(end - 1) == 0x20 { end -= 1 } }
        if tail {
            skipSpaces()
            if byte(end - 1) == 0x3A { end -= 1 }
            skipSpaces()
            if byte(end - 1).map(ASCII.lowercased) == 0x6E, byte(end - 2).map(ASCII.lowercased) == 0x69 { end -= 2 }
            skipSpaces()
        } else if byte(end - 1) == 0x20 {
            end -= 1
        }
        var gap = 0
        while true {
            for word in keywords where endsWith(word, at: end) { return true }
            guard gap < window, let previous = byte(end - 1), previous != 0x22, !DigitRun.isDigit(previous) else {
                return false
            }
            end -= 1
            gap += 1
        }
    }

    /// Whether `word` (lowercase) ends right before `end`, each page byte equal to the word's or
    /// its upper-case ASCII form; compared from the last byte, so most positions fail at once.
    private func endsWith(_ word: [UInt8], at end: Int) -> Bool {
        let start = end - word.count
        guard start >= bytes.startIndex, end <= bytes.endIndex else { return false }
        var offset = word.count - 1
        while offset >= 0 {
            guard ASCII.lowercased(bytes[start + offset]) == word[offset] else { return false }
            offset -= 1
        }
        return true
    }

    /// A digit run starting at `index`: its value and length, or nil.
    private func number(at index: Int) -> (value: Int, length: Int)? {
        var end = index
        var value = 0
        while isDigit(end), end - index < 9 {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        return end > index && !isDigit(end) ? (value, end - index) : nil
    }

    /// `D.M.YY(YY)` (a longer year is cut to its first four digits).
    private func germanDate(at index: Int) -> PatternMatch? {
        guard let day = number(at: index), day.length <= 2, byte(index + day.length) == 0x2E else { return nil }
        let monthStart = index + day.length + 1
        guard let month = number(at: monthStart), month.length <= 2, byte(monthStart + month.length) == 0x2E
        else { return nil }
        return dayMonthYear(day.value, month.value, yearAt: monthStart + month.length + 1)
    }

    /// `Y(1-4 digits)[./]M[./]D` read as year-first when the first number has four digits.
    private func englishDate(at index: Int) -> PatternMatch? {
        let separators: Set<UInt8> = [0x2E, 0x2F]
        guard let first = number(at: index), first.length <= 4, let separator = byte(index + first.length),
            separators.contains(separator)
        else { return nil }
        let secondStart = index + first.length + 1
        guard let second = number(at: secondStart), second.length <= 2,
            let separator2 = byte(secondStart + second.length), separators.contains(separator2)
        else { return nil }
        let thirdStart = secondStart + second.length + 1
        if first.length == 4 {
            guard isDigit(thirdStart), isDigit(thirdStart + 1) else { return nil }
            let third = min(4, (thirdStart..<(thirdStart + 4)).prefix(while: isDigit).count)
            let value = bytes[thirdStart..<(thirdStart + third)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return PatternMatch(date: HTMLDateExpression.plausibleDate(year: first.value, month: second.value, day: value))
        }
        return dayMonthYear(first.value, second.value, yearAt: thirdStart)
    }

    /// Day and month (swapped when the month cannot be one) with a two- or four-digit year.
    private func dayMonthYear(_ day: Int, _ month: Int, yearAt start: Int) -> PatternMatch? {
        let length = min(4, (start..<(start + 4)).prefix(while: isDigit).count)
        guard length >= 2 else { return nil }
        guard length != 3 else { return PatternMatch(date: nil) }
        var year = bytes[start..<(start + length)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if year < 100 { year += year >= 90 ? 1900 : 2000 }
        let (day, month) = month > 12 && day <= 12 ? (month, day) : (day, month)
        return PatternMatch(date: HTMLDateExpression.plausibleDate(year: year, month: month, day: day))
    }
}

/// Where a date pattern matched, and the date it states when that date is valid.
struct PatternMatch {
    var date: CalendarDate?
}
