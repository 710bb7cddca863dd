import DateReading
import TextToolkit

/// A press review's heading saying where the desk read the article: `Read in The Guardian,
/// March 3, 1987`, `Lu dans Le Figaro du 3 mars 1987`, `Gelesen in: Süddeutsche Zeitung, 3. März
/// 1987`, `Leído en El País del 3 de marzo de 1987`, `Letto su la Repubblica del 3 marzo 1987`,
/// `Lido em Público, 3 de março de 1987`, in capitals or not, the publication alone when undated; a desk's label saying
/// where it appeared (`Paru dans : Le Monde, 03/03/1987`, `Published in: The Guardian`), and a publishing phrase with
/// its day (`Published in Süddeutsche Zeitung, 10/06/2017`).
///
/// Contract: `read(_:dates:)` takes a line of at most 120 characters opening with one of the
/// phrases (case and accents ignored); the publication is what follows the phrase, up to a date
/// that ends the line (its connector dropped: `du`, `del`, `vom`, `of`, a comma), and must be a
/// masthead's form (`ClippingFacts.isMasthead`: no sentence, at most 60 characters). The date is
/// the article's. Nil for any other line (`Read in full`, `Read in app`, `Lu dans la presse que …`;
/// `Seen in` is none: a headline's second line may open with it). Pure.
enum ReadInLines {
    static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard LineBytes.mayStart(line, withAnyOf: openings), line.utf8.count <= 480, TextFolding.hasAtMost(line, 120) else { return nil }
        let folded = TextFolding.fold(line)
        // Folding maps each Character to one here (checked), so the phrase's length is the line's.
        guard folded.count == line.count, let phrase = phrases.first(where: { folded.hasPrefix($0) }) else { return nil }
        var rest = Substring(LineBytes.trimmed(line.dropFirst(phrase.count)))
        // `Published in Le Monde` without a label's colon nor a day is `ClippingFacts.publishedIn`'s (places, issues, a
        // gazette are told there).
        if publishedPhrases.contains(phrase), dates.firstDate(in: String(rest)) == nil { return nil }
        var date: CalendarDate?
        if let found = dates.firstDate(in: String(rest)) {
            guard rest[found.range.upperBound...].allSatisfy({ $0.isWhitespace || $0 == "." }) else { return nil }
            date = found.date
            rest = rest[..<found.range.lowerBound]
            while let last = rest.last, last == "," || last == " " || last == "-" || last == "–" || last == "—" { rest = rest.dropLast() }
            if let space = rest.lastIndex(of: " "), connectors.contains(TextFolding.fold(rest[rest.index(after: space)...])) {
                rest = rest[..<space]
            }
        }
        let name = LineBytes.trimmed(rest)
        guard !name.isEmpty, !notPublications.contains(TextFolding.fold(name)), ClippingFacts.isMasthead(name), !namesPart(name) else {
            return nil
        }
        return (name, date)
    }

    /// Whether the name after the phrase is a part of the paper, not the paper (`Edición impresa`, `Lokales`, `Grand
    /// Nancy`, `Coimbra e Região`): an edition's word first, a section's name, a place's local pages, or a metropolis
    /// (`Grand`, `Greater`, `Groß-`, `Gran` and one or two words).
    static func namesPart(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        let words = LineBytes.words(folded)
        guard let first = words.first else { return false }
        return editionWords.contains(String(first)) || ExportLines.isSectionWord(folded) || ArticleIntros.isPlacesSection(name)
            || (2...3).contains(words.count) && ["grand", "greater", "gran", "gross", "grande"].contains(String(first))
    }

    /// An edition's first word (folded): `Edición impresa`, `Print edition`, `Ausgabe Heidelberg`.
    private static let editionWords: Set<String> = [
        "edicion", "edition", "edizione", "edicao", "ausgabe", "print", "printausgabe", "regionalausgabe", "regionalausgaben",
        "regionalausgabe", "lokalausgabe", "lokalausgaben", "ausgaben", "version", "versione", "versao",
    ]

    /// The ASCII openings of `phrases` (ASCII case ignored).
    private static let openings = LineOpenings(
        "read in", "lu dans", "gelesen in", "leido en", "letto", "lido", "published", "paru", "parue", "publie", "erschienen",
        "publicado", "pubblicato")

    /// The phrases, folded, each with what follows it (a label's colon with the phrase: `Paru dans : Le Monde, 03/03/1987`,
    /// `Erschienen in: FAZ`).
    private static let phrases = [
        "read in ", "lu dans ", "gelesen in: ", "gelesen in ", "leido en ", "letto su ", "letto in ", "lido em ", "lido no ",
        "lido na ", "published in: ", "paru dans : ", "paru dans: ", "parue dans : ", "publie dans : ", "publie dans: ",
        "erschienen in: ", "publicado en: ", "publicado em: ", "publicado no: ", "pubblicato su: ", "pubblicato in: ",
    ] + publishedPhrases

    /// A publishing phrase without a label's colon: read here only with the day it states (`Published in Süddeutsche
    /// Zeitung, 10/06/2017`).
    private static let publishedPhrases = [
        "published in ", "paru dans ", "parue dans ", "publie dans ", "erschienen in ", "publicado en ", "publicado em ",
        "pubblicato su ", "pubblicato in ",
    ]

    /// What an app's link names after the phrase (`Read in app`, `Leggi nell'app`), folded.
    private static let notPublications: Set<String> = ["app", "the app", "full", "l'app", "der app", "la app", "a app", "o app"]

    /// The word between the publication and its date (folded).
    private static let connectors: Set<String> = [
        "du", "del", "dal", "vom", "von", "of", "de", "do", "da", "on", "le", "il", "am", "el", "a", "em", "al", "au",
    ]
}
