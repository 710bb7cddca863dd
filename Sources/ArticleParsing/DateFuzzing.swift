import DateReading

/// The date reader's entry for the fuzzer (`Sources/PressWatchFuzz`, reader `dates`): package
/// access only, not part of the parser's public API.
///
/// Contract: the first byte of `bytes` chooses the language (none, en, fr, de, es, it) and
/// whether times are kept, so that the fuzzer explores each setting with one reading per input;
/// the rest, decoded as UTF-8 (invalid bytes repaired), is read with `DateRecognizer` through
/// `firstDate(in:)` and `dateLine(_:)`. Returns a description of the first broken invariant, or
/// nil: a found range lies inside the text, and a found date has a month 1…12 and a day 1…31.
/// Pure; never throws.
package enum DateFuzzing {
    private static let recognizers: [DateRecognizer] = [nil, "en", "fr", "de", "es", "it"].flatMap { language in
        [DateRecognizer(language: language, keepsTime: false), DateRecognizer(language: language, keepsTime: true)]
    }

    package static func brokenInvariant(in bytes: [UInt8]) -> String? {
        guard let selector = bytes.first else { return nil }
        let recognizer = recognizers[Int(selector) % recognizers.count]
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
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
        return nil
    }

    private static func invalid(_ date: CalendarDate) -> String? {
        (1...12).contains(date.month) && (1...31).contains(date.day) ? nil : "gave an impossible date \(date.iso)"
    }
}
