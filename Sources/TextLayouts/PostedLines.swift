import DateReading
import TextToolkit

/// A blog's post line and a print plugin's header: `Posted by Jane Doe on February 26, 1987 at
/// 06:21 in Economy | No Comments`, `Pubblicato da Jane Doe il 26 febbraio 1987 alle 06:21 in
/// Economia`, `Publicado em 26 de fevereiro de 1987 às 11:45 em Economia`, `Veröffentlicht am
/// 26. Februar 1987 von Jane Doe`; and `- Site Name - https://example.org -` over a printed post.
///
/// Contract: `read(_:dates:)` accepts a line of at most 200 characters opening (case and accents
/// ignored) with a post phrase in en, fr, de, es, it or pt and holding a date; it returns the date
/// and the author: the words between a `by` phrase and the date's connector (`on`, `le`, `am`,
/// `el`, `il`, `em`), or after `by` / `par` / `von` / `por` / `da` following the date, up to
/// `at` / `in` / `|` and their translations, kept only when they read as a line of names
/// (`Bylines.names`). Nil for any other line. `printHeader(_:)` returns the site's name of a
/// `- Name - https://… -` line, or nil. Pure.
enum PostedLines {
    struct Post {
        var date: CalendarDate
        var authors: [String]
    }

    static func read(_ text: String, dates: DateRecognizer) -> Post? {
        guard LineBytes.mayStart(text, withAnyOf: openings), TextFolding.hasAtMost(text, 200), LineBytes.hasDigit(text) else {
            return nil
        }
        let words = text.split(separator: " ").map { LineBytes.trimmed($0) }
        let folded = words.map { TextFolding.fold($0) }
        guard folded.count >= 3, let opening = phrases.first(where: { folded.starts(with: $0.words) }),
            let date = dates.firstDate(in: text)?.date
        else { return nil }
        var authors: [String] = []
        let rest = opening.words.count
        if opening.byFirst {
            // `Posted by Jane Doe on …`: the names run to the date's connector.
            if let end = folded[rest...].firstIndex(where: { connectors.contains($0) }), end > rest,
                let names = Bylines.names(words[rest..<end].joined(separator: " "))
            {
                authors = names
            }
        } else if let by = folded[rest...].firstIndex(where: { byWords.contains($0) }), by + 1 < words.count {
            // `Veröffentlicht am 26. Februar 1987 von Jane Doe um …`: the names after `by`.
            let end = folded[(by + 1)...].firstIndex(where: { stops.contains($0) || $0.hasPrefix("|") }) ?? words.count
            if end > by + 1, let names = Bylines.names(words[(by + 1)..<end].joined(separator: " ")) { authors = names }
        }
        return Post(date: date, authors: authors)
    }

    static func printHeader(_ text: String) -> String? {
        guard LineBytes.hasPrefix(text, "- "), text.hasSuffix(" -"), LineBytes.contains(text, bytes: " - http") else { return nil }
        let inner = text.dropFirst(2).dropLast(2)
        guard let split = inner.firstRange(of: " - http") else { return nil }  // a rare line: the standard library's search, no Foundation
        let name = LineBytes.trimmed(inner[..<split.lowerBound])
        let address = inner[inner.index(split.lowerBound, offsetBy: 3)...]
        guard !name.isEmpty, TextFolding.hasAtMost(name, 60), !address.contains(" ") else { return nil }
        return name
    }

    private struct Phrase {
        var words: [String]
        var byFirst: Bool
    }

    private static let phrases: [Phrase] = {
        let byFirst = ["posted by", "published by", "written by", "pubblicato da", "scritto da", "publicado por",
                       "escrito por", "publie par", "poste par", "ecrit par", "veroffentlicht von", "geschrieben von"]
        let dateFirst = ["posted on", "published on", "pubblicato il", "publicado em", "publicado el", "publicado a",
                         "publie le", "poste le", "veroffentlicht am", "geschrieben am"]
        return byFirst.map { Phrase(words: $0.split(separator: " ").map(String.init), byFirst: true) }
            + dateFirst.map { Phrase(words: $0.split(separator: " ").map(String.init), byFirst: false) }
    }()

    private static let openings = LineOpenings(
        "posted ", "published ", "written ", "pubblicato ", "scritto ", "publicado ", "escrito ", "publi", "post", "ecrit",
        "ver", "geschrieben "
    )
    private static let connectors: Set<String> = ["on", "le", "am", "el", "il", "em", "a", "-", "|", "—", "·", ","]
    private static let byWords: Set<String> = ["by", "par", "von", "por", "da", "de"]
    private static let stops: Set<String> = ["at", "in", "a", "alle", "as", "um", "en", "em", "dans", "im", "-", "—", "·"]
}
