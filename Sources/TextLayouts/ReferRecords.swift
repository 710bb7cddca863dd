import DateReading
import TextToolkit

/// A reference manager's record in the Refer/EndNote tagged format above the text: one field a
/// line, `%` and a one-character tag and a space (`%0 Newspaper Article`, `%A Domm, Patti`, `%T
/// Title`, `%B Reuters`, `%D 1987`, `%8 26 febbraio`), then a blank line and the article.
///
/// Fields read: the title (`%T`); the authors (`%A`, one a line, `Family, Given` written back as
/// `Given Family`); the publication (`%J`, else `%B`, else `%I`) as the source; the date: the
/// day and month of `%8` with the year of `%D` (`%D 1987` alone is a year, no date). An access
/// date (`%[`), an address (`%U`) and every other tag state nothing.
///
/// Contract: `read` returns nil unless the first non-empty line is such a tagged line (not
/// Pandoc's `% Title`), the record holds a title, and text follows the record. Pure.
enum ReferRecords {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), tagged(lines[first]) != nil else { return nil }
        var values: [(tag: Character, value: String)] = []
        var index = first
        while index < lines.count, let entry = tagged(lines[index]) {
            values.append(entry)
            index += 1
        }
        func value(_ tag: Character) -> String? { values.first { $0.tag == tag && !$0.value.isEmpty }?.value }
        guard let title = value("T"), lines[index...].contains(where: { !$0.isEmpty }) else { return nil }
        var record = CarriedFacts(title: title, bodyStart: index)
        record.authors = values.filter { $0.tag == "A" && !$0.value.isEmpty }.map { RISRecord.given(first: $0.value) }
        record.source = value("J") ?? value("B") ?? value("I")
        if let year = value("D"), let dayMonth = value("8") {
            record.date = dates.firstDate(in: dayMonth + " " + year)?.date
                ?? DateRecognizer(language: "en").firstDate(in: dayMonth + " " + year)?.date
        }
        return record
    }

    /// `%T Title` → (`T`, `Title`); nil for any other line (`% Title` is Pandoc's).
    private static func tagged(_ line: String) -> (tag: Character, value: String)? {
        let characters = line.prefix(3)
        guard characters.count == 3, characters.first == "%", let tag = characters.dropFirst().first, tag != " ",
            characters.last == " "
        else { return nil }
        return (tag, LineBytes.trimmed(line.dropFirst(3)))
    }
}
