/// Calendar-date helpers the HTML date sources share.
extension CalendarDate {
    func isBefore(_ other: CalendarDate) -> Bool {
        (year, month, day) < (other.year, other.month, other.day)
    }

    /// The UTC calendar date of a Unix time in seconds; nil outside `CalendarDate`'s years, and
    /// for any value beyond ±2^40 s (±34,000 years: page data such as `data-utime`, never trusted
    /// near Int's limits, where the arithmetic below would overflow and trap).
    init?(unixSeconds: Int) {
        guard unixSeconds.magnitude < 1 << 40 else { return nil }
        let days = unixSeconds >= 0 ? unixSeconds / 86400 : (unixSeconds - 86399) / 86400
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
