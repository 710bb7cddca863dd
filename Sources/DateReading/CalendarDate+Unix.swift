/// Calendar-date helpers the HTML date sources share.
extension CalendarDate {
    package func isBefore(_ other: CalendarDate) -> Bool {
        (year, month, day) < (other.year, other.month, other.day)
    }

    /// Days from `other` to this date (negative when this date is earlier).
    package func days(since other: CalendarDate) -> Int {
        CivilDays.days(fromCivil: year, month, day) - CivilDays.days(fromCivil: other.year, other.month, other.day)
    }

    /// The UTC calendar date of a Unix time in seconds; nil outside `CalendarDate`'s years, and
    /// for any value beyond ±2^40 s (±34,000 years: page data such as `data-utime`, never trusted
    /// near Int's limits, where the day arithmetic would overflow and trap).
    package init?(unixSeconds: Int) {
        guard unixSeconds.magnitude < 1 << 40 else { return nil }
        let days = unixSeconds >= 0 ? unixSeconds / 86400 : (unixSeconds - 86399) / 86400
        let (year, month, day) = CivilDays.civil(fromDays: days)
        self.init(year: year, month: month, day: day)
    }
}
