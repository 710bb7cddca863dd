import DateReading

/// htmldate's written-out dates: `5th of May, 2019`, `5. Mai 2019`, `5 mai 2019` (day first)
/// and `May 5th, 2019`, `Mai 5 2019` (month first), with its English, German, French,
/// Indonesian and Turkish month names and abbreviations, in any letter case.
///
/// Contract: the day-first form is looked for before the month-first one; the first place a
/// form matches decides (a day that does not exist in that month gives nil, as does a year
/// before 1995). A month name must start a word. Pure.
package enum HTMLDateMonthNames {
    /// In htmldate's order (`REGEX_MONTHS`): the first name that fits at a position is used
    /// (htmldate's repeated `mai` and `mar` are listed once). A table of its own, not
    /// `DateVocabulary`'s: htmldate's names, order and spellings are what its answers follow.
    static let names: [(name: [Character], month: Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("januari", 1), ("februari", 2), ("maret", 3), ("mei", 5), ("juni", 6), ("juli", 7),
        ("agustus", 8), ("oktober", 10), ("desember", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
        ("januar", 1), ("jänner", 1), ("februar", 2), ("feber", 2), ("märz", 3), ("mai", 5), ("dezember", 12),
        ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("juin", 6), ("juillet", 7),
        ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
        ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6), ("temmuz", 7),
        ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
        ("oca", 1), ("şub", 2), ("nis", 4), ("haz", 6), ("tem", 7), ("ağu", 8), ("eyl", 9),
        ("eki", 10), ("kas", 11), ("ara", 12),
    ].map { (Array($0.0), $0.1) }

    package static func longDate(in text: String) -> CalendarDate? {
        guard text.contains(where: \.isLetter) else { return nil }
        let characters = text.lowercased().map { $0 }
        for start in characters.indices {
            if let found = dayFirst(characters, start) { return found.date }
        }
        for start in characters.indices where start == 0 || !characters[start - 1].isLetter {
            if let found = monthFirst(characters, start) { return found.date }
        }
        return nil
    }

    private typealias Found = (date: CalendarDate?, end: Int)

    /// `(\d{1,2})(st|nd|rd|th|\.)? (of )?MONTH,? (\d{4})`
    private static func dayFirst(_ text: [Character], _ start: Int) -> Found? {
        for dayLength in [2, 1] {
            guard let day = number(text, start, dayLength) else { continue }
            for suffix in Self.daySuffixes {
                guard var index = literal(text, start + dayLength, suffix), let afterSpace = literal(text, index, Self.space)
                else { continue }
                for connector in Self.connectors {
                    guard let afterConnector = literal(text, afterSpace, connector) else { continue }
                    index = afterConnector
                    if let (month, end) = monthThenYear(text, index) {
                        return (HTMLDateExpression.plausibleDate(year: end.year, month: month, day: day), end.index)
                    }
                }
            }
        }
        return nil
    }

    /// `MONTH\s(\d{1,2})(st|nd|rd|th)?,? (\d{4})`
    private static func monthFirst(_ text: [Character], _ start: Int) -> Found? {
        for entry in names {
            guard let afterMonth = literal(text, start, entry.name), afterMonth < text.count,
                text[afterMonth].isWhitespace
            else { continue }
            for dayLength in [2, 1] {
                guard let day = number(text, afterMonth + 1, dayLength) else { continue }
                for suffix in Self.ordinalSuffixes {
                    guard let afterSuffix = literal(text, afterMonth + 1 + dayLength, suffix) else { continue }
                    for comma in Self.commas {
                        guard let afterComma = literal(text, afterSuffix, comma),
                            let year = number(text, afterComma, 4)
                        else { continue }
                        return (HTMLDateExpression.plausibleDate(year: year, month: entry.month, day: day), afterComma + 4)
                    }
                }
            }
        }
        return nil
    }

    /// `MONTH,? (\d{4})` at `index`, trying the names in order.
    private static func monthThenYear(
        _ text: [Character], _ index: Int
    ) -> (Int, (year: Int, index: Int))? {
        for entry in names {
            guard let afterMonth = literal(text, index, entry.name) else { continue }
            for comma in Self.commas {
                if let afterComma = literal(text, afterMonth, comma), let year = number(text, afterComma, 4) {
                    return (entry.month, (year, afterComma + 4))
                }
            }
        }
        return nil
    }

    /// The value of exactly `length` ASCII digits at `index`, or nil.
    private static func number(_ text: [Character], _ index: Int, _ length: Int) -> Int? {
        guard index + length <= text.count else { return nil }
        var value = 0
        for character in text[index..<(index + length)] {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// The literals of the two forms, made once (not on every try).
    private static let daySuffixes = ["st", "nd", "rd", "th", ".", ""].map { Array($0) }
    private static let ordinalSuffixes = ["st", "nd", "rd", "th", ""].map { Array($0) }
    private static let connectors = ["of ", ""].map { Array($0) }
    private static let commas = [", ", " "].map { Array($0) }
    private static let space: [Character] = [" "]

    /// The index after `word` when the text continues with it at `index`, else nil.
    private static func literal(_ text: [Character], _ index: Int, _ word: [Character]) -> Int? {
        var position = index
        for character in word {
            guard position < text.count, text[position] == character else { return nil }
            position += 1
        }
        return position
    }
}
