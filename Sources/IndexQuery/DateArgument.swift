import Foundation

/// Reads the day a `--since` / `--until` argument names: `2026-02-16`, `today`, `yesterday`,
/// `7d` (seven days before today), `2w` (two weeks before today). Relative days count in the
/// local time zone (TZ). Pure: `today` is given.
public enum DateArgument {
    /// The day as `YYYY-MM-DD`, or nil when `text` is none of the accepted forms.
    public static func day(_ text: String, today: Date = Date(), timeZone: TimeZone = .current) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let lowered = text.lowercased()
        func daysBefore(_ count: Int) -> String? {
            guard let date = calendar.date(byAdding: .day, value: -count, to: today) else { return nil }
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
            return format(year, month, day)
        }
        switch lowered {
        case "today": return daysBefore(0)
        case "yesterday": return daysBefore(1)
        default: break
        }
        if let unit = lowered.last, unit == "d" || unit == "w", let count = Int(lowered.dropLast()),
           count >= 0, count <= 100_000 {
            return daysBefore(unit == "d" ? count : count * 7)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day
        else { return nil }
        return format(year, month, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + two(month) + "-" + two(day)
    }
}
