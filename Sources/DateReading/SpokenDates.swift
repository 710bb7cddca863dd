import Foundation
import TextToolkit

/// A day written out in words, as a copy taker types what a correspondent dictates or a
/// transcript prints what a presenter says: `Thursday the twenty-sixth of February nineteen
/// eighty-seven`, `jeudi sept février deux mille dix-neuf`, `Freitag, dem sechsten Oktober
/// zweitausendsiebzehn`, `quinta-feira, vinte e sete de junho de dois mil e dezoito`.
///
/// Contract: pure and thread-safe. The number words are not hand-written: they are ICU's
/// spell-out of each day (1…31) and each year (1850…2099) in the month's language, built once on
/// first use (a few milliseconds), plus the ordinal forms a day takes in English and German
/// (`twenty-sixth`, `sechsten`) and `first` in each language. A text is read only when every
/// word is accounted for; anything else gives nil, never a guess (a false date is worse than a
/// missing one).
package enum SpokenDates {
    /// The date `text` spells out: optional weekday and article (`Thursday the`, `Freitag, dem`),
    /// the day, an optional `of`/`de`/`del`, a month named in full, an optional `of`/`de`, the
    /// year. Nil when the text holds a digit, is longer than 160 bytes, names no month in full,
    /// or has a word before the day or a day or year that the month's language does not spell
    /// that way.
    package static func date(_ text: some StringProtocol) -> CalendarDate? {
        let utf8 = text.utf8
        guard utf8.count <= 160, !utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let words = text.split { $0 == " " || $0 == "," || $0 == "." }.map { TextFolding.fold($0) }
        guard words.count <= 16,
            let monthAt = words.firstIndex(where: { fullMonthNames[$0] != nil }),
            let named = fullMonthNames[words[monthAt]]
        else { return nil }
        var before = words[..<monthAt]
        while let last = before.last, connectors.contains(last) { before.removeLast() }
        // The day's words follow the last weekday or article; nothing else may stand before them.
        let dayStart = before.lastIndex { isWeekdayOrArticle($0) }.map { before.index(after: $0) } ?? before.startIndex
        guard before[..<dayStart].allSatisfy(isWeekdayOrArticle) else { return nil }
        let dayKey = key(before[dayStart...])
        var after = words[words.index(after: monthAt)...]
        while let first = after.first, connectors.contains(first) { after.removeFirst() }
        let yearKey = key(after)
        guard !dayKey.isEmpty, !yearKey.isEmpty else { return nil }
        for (language, month) in named {
            guard let table = tables[language], let day = table.days[dayKey], let year = table.years[yearKey] else { continue }
            // `the thirty-first of April` is no day (days(fromCivil:) would carry it into May).
            guard CivilDays.civil(fromDays: CivilDays.days(fromCivil: year, month, day)) == (year, month, day) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// Words between the day, the month and the year (folded).
    private static let connectors: Set<String> = ["of", "de", "del", "di", "du"]

    /// Articles and prepositions before a spoken day (`the`, `le`, `dem`, `el`, `il`, `o`) (folded).
    private static let articles: Set<String> = ["the", "le", "den", "dem", "der", "am", "el", "il", "lo", "o", "on"]

    private static func isWeekdayOrArticle(_ word: String) -> Bool {
        articles.contains(word) || word.split(separator: "-").allSatisfy { DateVocabulary.weekdays.contains(String($0)) }
    }

    /// The lookup form of number words: folded, spaces and hyphens dropped (`vinte e sete` → `vinteesete`).
    private static func key(_ words: some Sequence<String>) -> String {
        String(words.joined().unicodeScalars.filter { $0 != "-" && $0 != " " && $0 != "\u{AD}" }.map(Character.init))
    }

    /// Each month's full names (the longest words of `DateVocabulary.months` for it) and the
    /// languages naming it so (`agosto`: es, pt, it).
    private static let fullMonthNames: [String: [(language: String, month: Int)]] = {
        var names: [String: [(language: String, month: Int)]] = [:]
        for language in ["en", "fr", "de", "es", "it", "pt"] {
            let months = DateVocabulary.months[language] ?? [:]
            for month in 1...12 {
                let words = months.filter { $0.value == month }.keys
                let longest = words.map(\.count).max() ?? 0
                for word in words where word.count == longest { names[word, default: []].append((language, month)) }
            }
        }
        return names
    }()

    private struct NumberWords {
        var days: [String: Int] = [:]
        var years: [String: Int] = [:]
    }

    /// ICU locales whose spell-out a language's writers use (Portugal's `dezassete` and Brazil's `dezessete`).
    private static let locales: [String: [String]] = [
        "en": ["en"], "fr": ["fr"], "de": ["de"], "es": ["es"], "it": ["it"], "pt": ["pt_PT", "pt"],
    ]

    /// Day and year words per language, spelt by ICU once.
    private static let tables: [String: NumberWords] = {
        var tables: [String: NumberWords] = [:]
        for (language, identifiers) in locales {
            var words = NumberWords()
            for identifier in identifiers {
                let formatter = NumberFormatter()
                formatter.locale = Locale(identifier: identifier)
                formatter.numberStyle = .spellOut
                func spelt(_ number: Int) -> String? { formatter.string(from: NSNumber(value: number)).map { key([TextFolding.fold($0)]) } }
                for day in 1...31 {
                    guard let cardinal = spelt(day) else { continue }
                    words.days[cardinal] = day
                    for ordinal in ordinals(of: cardinal, day: day, language: language) { words.days[ordinal] = day }
                }
                for year in 1850...2099 {
                    guard let cardinal = spelt(year) else { continue }
                    words.years[cardinal] = year
                    // `two thousand and nineteen`, `one thousand nine hundred and eighty-seven`: the British `and`.
                    if language == "en", year % 100 != 0 {
                        let unit = year % 1000 < 100 ? "thousand" : "hundred"
                        if let at = cardinal.range(of: unit, options: .backwards) { words.years[cardinal.replacingCharacters(in: at, with: unit + "and")] = year }
                    }
                    // `nineteen eighty-seven`, `twenty eighteen`, `neunzehnhundertsiebenundachtzig`: a year said in hundreds.
                    guard let century = spelt(year / 100), year % 100 != 0 || language == "en" else { continue }
                    let rest = year % 100 == 0 ? "" : (spelt(year % 100).map { year % 100 < 10 && language == "en" ? "oh" + $0 : $0 } ?? "")
                    switch language {
                    case "en": words.years[century + (year % 100 == 0 ? "hundred" : rest)] = year
                    case "de": words.years[century + "hundert" + rest] = year
                    default: break
                    }
                }
            }
            tables[language] = words
        }
        return tables
    }()

    /// A day's ordinal forms from its cardinal key: English `twenty-sixth`, `first`, `twentieth`;
    /// German `sechsten`, `ersten`, `dritten`, `siebten`, `zwanzigsten` (any case ending);
    /// `premier`, `primero`, `primo`, `primeiro` for the first.
    private static func ordinals(of cardinal: String, day: Int, language: String) -> [String] {
        switch language {
        case "en":
            let irregular: [(String, String)] = [
                ("one", "first"), ("two", "second"), ("three", "third"), ("five", "fifth"), ("eight", "eighth"),
                ("nine", "ninth"), ("twelve", "twelfth"), ("twenty", "twentieth"), ("thirty", "thirtieth"),
            ]
            for (word, ordinal) in irregular where cardinal.hasSuffix(word) { return [cardinal.dropLast(word.count) + ordinal] }
            return [cardinal + "th"]
        case "de":
            var stem = cardinal + (day >= 20 ? "st" : "t")
            if day == 1 { stem = "erst" } else if day == 3 { stem = "dritt" } else if day == 7 { stem = "siebt" } else if day == 8 { stem = "acht" }
            return ["e", "en", "er", "em"].map { stem + $0 }
        case "fr": return day == 1 ? ["premier"] : []
        case "es": return day == 1 ? ["primero"] : []
        case "it": return day == 1 ? ["primo"] : []
        case "pt": return day == 1 ? ["primeiro"] : []
        default: return []
        }
    }
}
