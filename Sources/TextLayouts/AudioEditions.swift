import DateReading
import TextToolkit

/// A publication's read-aloud article as its podcast page shows it: the podcast's name
/// (`Reuters – Audio Edition`), `Episode 142 · 5 Mar 2026 · 12 min` (the episode's own release),
/// the headline, the description (`Audio version of the article by A. Read by N. First published
/// in X on 3 March 2026.`), the player's buttons and show notes, then `Transcript` and the text.
///
/// Contract: `read` returns nil unless an episode line (`Episode`, `Épisode`, `Folge`,
/// `Episodio`, `Episódio`, a number, then parts after ` · `, the last `N min`) is among the first
/// five non-empty lines and a transcript heading follows. It returns the line under the episode
/// line as the title; from the description, in the six languages, the authors (`… article by A
/// and B.`), the source and date (`First published in X on <date>.`), never the narrator's name
/// or the release day; and the index of the line under the transcript heading. Pure.
enum AudioEditions {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        let filled = lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(5)
        guard let episode = filled.first(where: { isEpisodeLine(lines[$0]) }),
            let title = lines[(episode + 1)...].firstIndex(where: { !$0.isEmpty }),
            let transcript = lines[(title + 1)...].prefix(40).firstIndex(where: { transcriptHeadings.contains(TextFolding.fold($0)) })
        else { return nil }
        var facts = CarriedFacts(title: lines[title], bodyStart: transcript + 1)
        for line in lines[(title + 1)..<transcript] where !line.isEmpty {
            let folded = TextFolding.fold(line)
            if let by = authorPhrases.lazy.compactMap({ folded.range(of: $0) }).first {
                let offset = folded.distance(from: folded.startIndex, to: by.upperBound)
                let rest = line.dropFirst(offset)
                facts.authors = Bylines.names(Self.sentence(rest)) ?? []
            }
            if let first = firstPublished.lazy.compactMap({ folded.range(of: $0) }).first {
                let offset = folded.distance(from: folded.startIndex, to: first.upperBound)
                let sentence = Self.sentence(line.dropFirst(offset))
                (facts.source, facts.date) = placeAndDay(sentence, dates: dates)
            }
        }
        return facts
    }

    /// The text up to the period that ends its sentence (not one after a digit: `am 26. Februar`).
    private static func sentence(_ text: Substring) -> String {
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if character == ".", !previous.isNumber {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " { return String(text[..<index]) }
            }
            previous = character
        }
        return String(text)
    }

    /// ` in Reuters on 3 March 2026`: the publication after the first preposition and the day
    /// after the last one that a date follows.
    private static func placeAndDay(_ text: String, dates: DateRecognizer) -> (String?, CalendarDate?) {
        var rest = Substring(text)
        var date: CalendarDate?
        for preposition in [" on ", " le ", " am ", " el ", " il ", " a "] {
            if let range = rest.range(of: preposition, options: .backwards), let day = dates.dateLine(String(rest[range.upperBound...])) {
                date = day
                rest = rest[..<range.lowerBound]
                break
            }
        }
        var source: String?
        for preposition in [" in ", " dans ", " en ", " su ", " no ", " na "] where rest.hasPrefix(preposition) {
            let name = LineBytes.trimmed(rest.dropFirst(preposition.count))
            source = name.isEmpty ? nil : name
            break
        }
        return (source, date)
    }

    private static func isEpisodeLine(_ line: String) -> Bool {
        guard line.utf8.last == 0x6E, line.hasSuffix(" min"), LineBytes.contains(line, bytes: " · ") else { return false }
        let head = TextFolding.fold(line.prefix { $0 != "·" })
        let words = head.split(separator: " ")
        return words.count == 2 && ["episode", "folge", "episodio"].contains(String(words[0]))
            && words[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static let transcriptHeadings: Set<String> = [
        "transcript", "transcription", "transkript", "transcripcion", "trascrizione", "transcricao",
    ]

    /// What opens the authors in the description (folded; their case kept from the line).
    private static let authorPhrases = [
        "of the article by ", "de l'article de ", "des artikels von ", "del articulo de ", "dell'articolo di ",
        "do artigo de ",
    ]

    private static let firstPublished = [
        "first published", "publie initialement", "zuerst erschienen", "publicado originalmente",
        "pubblicato originariamente",
    ]
}
