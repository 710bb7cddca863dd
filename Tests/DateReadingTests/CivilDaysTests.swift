import DateReading
import Testing

/// `CivilDays`: the calendar arithmetic behind page dates (`data-utime`) and the index's
/// timestamps, checked against dates whose day numbers are known independently.
@Suite struct CivilDaysTests {
    @Test func knownDatesHaveTheirDayNumbers() {
        #expect(CivilDays.days(fromCivil: 1970, 1, 1) == 0)
        #expect(CivilDays.days(fromCivil: 2000, 3, 1) == 11_017)
        #expect(CivilDays.days(fromCivil: 2026, 2, 16) == 20_500)
        #expect(CivilDays.days(fromCivil: 1969, 12, 31) == -1)
        #expect(CivilDays.days(fromCivil: 1, 1, 1) == -719_162)
    }

    @Test func civilIsTheInverseOverFourCenturies() {
        // 1900 (not leap), 2000 (leap), 2100 (not leap) are all crossed.
        var expected = (year: 1850, month: 1, day: 1)
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for days in CivilDays.days(fromCivil: 1850, 1, 1)...CivilDays.days(fromCivil: 2250, 12, 31) {
            let civil = CivilDays.civil(fromDays: days)
            guard civil == expected, CivilDays.days(fromCivil: civil.year, civil.month, civil.day) == days else {
                Issue.record("day \(days): civil \(civil), expected \(expected)")
                return
            }
            let year = expected.year
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length = expected.month == 2 && leap ? 29 : monthLengths[expected.month - 1]
            if expected.day < length {
                expected.day += 1
            } else if expected.month < 12 {
                expected = (year, expected.month + 1, 1)
            } else {
                expected = (year + 1, 1, 1)
            }
        }
    }
}
