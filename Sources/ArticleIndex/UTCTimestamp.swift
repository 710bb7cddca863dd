import ArticleParsing
import Foundation

/// The timestamps of the index files (`2026-02-16T09:36:07Z`: UTC, whole seconds), written and
/// read by arithmetic on Unix seconds. Foundation's `.iso8601` strategy builds a Gregorian
/// calendar with the current time zone, which loads ICU's time-zone data (about 4 MiB of the
/// daemon's idle RSS) for a format that needs none.
enum UTCTimestamp {
    /// `date` as `YYYY-MM-DDThh:mm:ssZ`, truncated to whole seconds. Years outside 0...9999
    /// fall back to Foundation's ISO 8601 format (never written by presswatch).
    static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = CivilDays.civil(fromDays: days)
        guard (0...9999).contains(year) else { return date.ISO8601Format() }
        let time = seconds - days * 86_400
        var text = ""
        text.reserveCapacity(20)
        func append(_ value: Int, digits: Int) {
            let string = String(value)
            text += String(repeating: "0", count: max(0, digits - string.utf8.count)) + string
        }
        append(year, digits: 4); text += "-"; append(month, digits: 2); text += "-"; append(day, digits: 2)
        text += "T"; append(time / 3600, digits: 2); text += ":"; append(time / 60 % 60, digits: 2)
        text += ":"; append(time % 60, digits: 2); text += "Z"
        return text
    }

    /// The date of `YYYY-MM-DDThh:mm:ssZ`; any other ISO 8601 form is left to Foundation's
    /// parser. Nil when neither reads it.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x5A,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return try? Date(text, strategy: .iso8601) }
        let days = CivilDays.days(fromCivil: year, month, day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
