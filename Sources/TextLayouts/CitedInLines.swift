import DateReading
import TextToolkit

/// A line introducing an article that quotes someone, as an institution's `In the media` page
/// writes it: `P, professor of political science, was quoted in Reuters on March 3, 2026:`,
/// `… a été citée par Le Monde le 3 mars 2026 :`, `… äußert sich in der Zeit vom 3. März 2026:`,
/// `… citada en El País el 3 de marzo de 2026:`, `… intervistata da la Repubblica il …:`,
/// `… citada pelo Público a …:`.
///
/// Contract: `read(_:dates:)` takes a line of at most 300 characters ending with a colon that
/// holds such a phrase; the publication is what follows the phrase up to a date right before
/// the colon (its connector dropped), or up to the colon when no date follows and the name has
/// no comma and no lowercase word but an article (`quoted by Reuters on Monday, said:` is
/// prose), when it opens with a capital or a digit and has at most six words. The person quoted is no author. Nil otherwise.
/// Pure.
enum CitedInLines {
    static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard line.utf8.last == 0x3A, line.utf8.count <= 600, TextFolding.hasAtMost(line, 300) else { return nil }
        let folded = TextFolding.fold(line)
        guard folded.count == line.count,
            let phrase = phrases.lazy.filter({ LineBytes.contains(folded, bytes: $0) }).compactMap({ folded.range(of: $0) }).first
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: phrase.upperBound)
        var rest = String(line.dropFirst(offset).dropLast())
        // A day right before the colon (`… quoted in Reuters on March 3, 2026:`), or the name alone before it
        // (`… quoted in Reuters:`); `quoted by Reuters on Monday, said:` is prose.
        let date = dates.firstDate(in: rest)
        if let date {
            guard LineBytes.trimmed(rest[date.range.upperBound...]).isEmpty else { return nil }
            rest = String(rest[..<date.range.lowerBound])
        } else if rest.contains(",") || rest.split(separator: " ").contains(where: { $0.first?.isLowercase == true && !articles.contains(String($0)) }) {
            return nil
        }
        var words = rest.split(separator: " ")
        while let last = words.last, connectors.contains(TextFolding.fold(last)) { words.removeLast() }
        if let first = words.first, articles.contains(String(first)) { words.removeFirst() }
        let name = words.joined(separator: " ")
        guard (1...6).contains(words.count), name.first?.isUppercase == true || name.first?.isNumber == true else { return nil }
        return (name, date?.date)
    }

    /// Folded phrases after which the publication follows (padded with a space).
    private static let phrases = [
        " quoted in ", " quoted by ", " cited in ", " cited by ", " interviewed by ", " featured in ",
        " citee par ", " cite par ", " citee dans ", " cite dans ", " interrogee par ", " interroge par ",
        " zitiert in ", " zitiert von ", " aussert sich in ", " aussert sich im ",
        " citada en ", " citado en ", " citada por ", " citado por ", " entrevistada por ", " entrevistado por ",
        " citata da ", " citato da ", " citata su ", " citato su ", " intervistata da ", " intervistato da ",
        " citada pelo ", " citado pelo ", " citada pela ", " citado pela ", " citada no ", " citado no ", " citada na ",
    ]

    private static let connectors: Set<String> = ["on", "le", "vom", "am", "el", "il", "a", "em", "de", "du", "del", ","]

    private static let articles: Set<String> = ["der", "die", "dem", "den", "the", "la", "le", "il", "el", "lo"]
}
