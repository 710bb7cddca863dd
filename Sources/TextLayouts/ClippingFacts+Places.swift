import DateReading
import TextToolkit

extension ClippingFacts {
    /// `Paris, le 3 mars 2026`, `Berlin, 3. März 2026`, `BRUXELLES, 02/03/1987 17:00`,
    /// `Washington, March 3, 2026 10:42 a.m. ET`: a place, a comma, then a date line (`dateLine`
    /// or `dateAndTime`, after `le`, `den`, `am`, `el`, `il`, `em`, `on`). The date, or nil when
    /// the part before the comma is no place's name (one to three capitalised words of letters,
    /// no weekday, 30 characters at most, no news agency's or publication's name: `Reuters, 02/03/1987`
    /// is read by the other forms, as the source and the date) or the rest is no date line.
    func placeAndDate(_ text: String) -> CalendarDate? {
        guard let comma = LineBytes.index(of: 0x2C, within: 40, in: text) else { return nil }
        let place = text[..<comma]
        guard TextFolding.hasAtMost(place, 30), !place.contains(where: { $0.isNumber || $0 == ":" }),
            !WireAgencies.isAgency(place), !LayoutReader.isPublication(String(place))
        else { return nil }
        // Letters, single spaces, hyphens, apostrophes and periods only: not a running head in
        // columns or fields joined by `|` (`REUTERS   Donnerstag`, `Reuters | Monday`).
        guard !LineBytes.contains(String(place), bytes: "  "),
            place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." })
        else { return nil }
        let words = LineBytes.words(place)
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }),
            words.first?.first?.isUppercase == true,
            !words.contains(where: { DateVocabulary.weekdays.contains(TextFolding.fold($0)) })
        else { return nil }
        var rest = Substring(LineBytes.trimmed(text[text.utf8.index(after: comma)...]))
        if let space = rest.firstIndex(of: " "), Self.dateArticles.contains(TextFolding.fold(rest[..<space])) {
            rest = rest[rest.index(after: space)...]
        }
        let line = String(rest)
        let stated = dates.statedDate(line)
        return stated.line ?? dateAndTime(line, found: stated.first)
    }

    private static let dateArticles: Set<String> = ["le", "den", "am", "el", "il", "em", "on", "ce"]
}
