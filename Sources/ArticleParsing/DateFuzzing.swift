/// The date reader's entry for the fuzzer (`Sources/PressWatchFuzz`, reader `dates`): package
/// access only, not part of the parser's public API.
///
/// Contract: reads `text` with `DateRecognizer` in every language the parser knows (and none),
/// with and without kept times, through `firstDate(in:)` and `dateLine(_:)`, and returns a
/// description of the first broken invariant, or nil: a found range lies inside `text`, and a
/// found date has a month 1…12 and a day 1…31. Pure; never throws.
package enum DateFuzzing {
    private static let recognizers: [DateRecognizer] = [nil, "en", "fr", "de", "es", "it"].flatMap { language in
        [DateRecognizer(language: language, keepsTime: false), DateRecognizer(language: language, keepsTime: true)]
    }

    package static func brokenInvariant(in text: String) -> String? {
        for recognizer in recognizers {
            let language = recognizer.language ?? "-"
            if let found = recognizer.firstDate(in: text) {
                guard found.range.lowerBound >= text.startIndex, found.range.upperBound <= text.endIndex else {
                    return "date range outside the text (language \(language))"
                }
                if let why = invalid(found.date) { return "firstDate \(why) (language \(language))" }
            }
            if let date = recognizer.dateLine(text), let why = invalid(date) {
                return "dateLine \(why) (language \(language))"
            }
        }
        return nil
    }

    private static func invalid(_ date: CalendarDate) -> String? {
        (1...12).contains(date.month) && (1...31).contains(date.day) ? nil : "gave an impossible date \(date.iso)"
    }
}
