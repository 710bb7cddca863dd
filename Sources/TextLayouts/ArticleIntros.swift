import DateReading
import TextToolkit

/// A desk's one-sentence introduction above the article it pastes, naming what the article is:
/// `Article de Peter Amende paru dans Le Monde le 3 mars 1987 :`, `Artikel von A und B,
/// erschienen in FAZ.NET am 3. März 1987:`, `Article by A published in The Guardian on March 3,
/// 1987:`, `Articolo uscito su Público il 7 febbraio 2019:`, `Artigo de A publicado em Público a
/// 3 de março de 1987:` — the writers, the publication and the day.
///
/// Contract: `read` takes a line of at most 200 characters ending with a colon that opens with
/// the word for an article (`Article`, `Artikel`, `Artículo`, `Articolo`, `Artigo`), perhaps the
/// writers after `by`/`de`/`von`/`di`/`por` (one to four persons' names, `Bylines.split`), then a
/// publishing phrase (`published in`, `paru dans`, `erschienen in`, `publicado en`/`em`,
/// `uscito su`, `pubblicato su`) and the publication (a masthead's form,
/// `ClippingFacts.isMasthead`), perhaps its day after `on`/`le`/`am`/`el`/`il`/`l'`/`a`/`em` (a date
/// line, nothing after it). Words before the phrase that name no writer (`von dpa`, `de la rubrique
/// Économie`, `recommandé par …`) give no authors and void nothing. Returns the facts it states
/// (source always, authors and date when stated), or nil for any other line. Pure; never fails.
enum ArticleIntros {
    static func read(_ line: String, dates: DateRecognizer) -> LineFacts? {
        guard line.utf8.last == 0x3A, line.utf8.count <= 400, TextFolding.hasAtMost(line, 200),
            LineBytes.mayOpen(line, letters: "ab")
        else { return nil }
        let clause = LineBytes.trimmed(line.dropLast())
        let words = clause.split(separator: " ")
        guard let first = words.first, articleWords.contains(TextFolding.fold(first)), words.count >= 4 else { return nil }
        // The publishing phrase: the first place where one stands as whole words (` uscito sul ` is not ` uscito su `).
        let folded = TextFolding.fold(clause)
        guard folded.count == clause.count,
            let (phrase, at) = publishingPhrases.lazy.compactMap({ phrase in folded.range(of: " " + phrase + " ").map { (phrase, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: at.lowerBound)
        let phraseEnd = offset + 1 + phrase.count
        var before = String(clause.prefix(offset)).dropFirst(first.count)
        var after = LineBytes.trimmed(String(clause.dropFirst(phraseEnd)))
        if before.hasSuffix(",") { before = before.dropLast() }
        var facts = LineFacts()
        facts.dateRank = .sourceLine
        // `… le 3 mars 1987`: the day, the last part, after its preposition.
        if let found = dates.firstDate(in: after) {
            guard after[found.range.upperBound...].allSatisfy({ $0 == " " || $0 == "." }) else { return nil }
            var name = LineBytes.trimmed(String(after[..<found.range.lowerBound]))
            if let space = name.lastIndex(of: " "), dayWords.contains(TextFolding.fold(name[name.index(after: space)...])) {
                name = LineBytes.trimmed(String(name[..<space]))
            } else {
                return nil
            }
            facts.date = found.date
            after = name
        }
        if after.hasSuffix(",") { after = String(after.dropLast()) }
        // `erschienen in der Ostsee-Zeitung`, `published in the Western Mail`, `publié dans les DNA`: the declined or
        // lowercase article is the phrase's.
        if let space = after.firstIndex(of: " "), ["der", "dem", "den"].contains(String(after[..<space])) {
            // `der Süddeutschen Zeitung`: the name as it stands alone, else without the article.
            let alone = OriginNotes.nominative(after)
            after = alone != after ? alone : LineBytes.trimmed(String(after[space...]))
        } else if let space = after.firstIndex(of: " "), ["die", "the", "les"].contains(String(after[..<space])) {
            after = LineBytes.trimmed(String(after[space...]))
        }
        guard !after.isEmpty, LineBytes.words(after).count <= 6, ClippingFacts.isMasthead(after) else { return nil }
        facts.source = after
        let byline = LineBytes.trimmed(before)
        // The writers after `by`, `de`, `von`: one to four persons. Anything else there (`von dpa`, `de la rubrique
        // Économie`, `recommandé par Jean Dupont`, `for Niamh`) names no writer; the publication and day still stand.
        if let space = byline.firstIndex(of: " "), byWords.contains(TextFolding.fold(byline[..<space])),
            let split = Bylines.split(LineBytes.trimmed(String(byline[space...])), separatingAgencies: true),
            (1...4).contains(split.names.count), split.names.allSatisfy({ Bylines.isPersonLike($0) && GivenNames.holdsGivenName($0) })
        {
            facts.authors = split.names
        }
        return facts
    }

    /// A desk's publishing sentence naming the publication last (`Veröffentlicht in The Guardian`, `Veröffentlicht am
    /// Donnerstag, 7. September 2017 um 19:49 Uhr in The Guardian`, `Publié le 3 mars 2026 dans Le Monde`): the
    /// publication (a masthead's form, six words at most, after the last `in`, `im`, `dans`, `en`, `su`, `em`, `no`,
    /// `na`) and the day stated before it; nil for any other line (200 characters at most, opening with a publishing
    /// word).
    static func publishingSentence(_ text: String, dates: DateRecognizer) -> LineFacts? {
        guard TextFolding.hasAtMost(text, 200), LineBytes.mayOpen(text, letters: "vpe") else { return nil }
        // Asked of every line: its opening word first, the whole line folded only under a publishing word.
        let opening = TextFolding.fold(text.prefix(16))
        guard sentenceOpeners.contains(where: { opening.hasPrefix($0) }) else { return nil }
        let folded = TextFolding.fold(text)
        guard folded.count == text.count, sentenceOpeners.contains(where: { folded.hasPrefix($0) }),
            let at = sentencePrepositions.compactMap({ folded.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: at.upperBound)
        // A sentence naming writers (`Published by Jane Doe in The Guardian`, `Published in The Guardian by Jane Doe.`) is read
        // by others, the writers with it.
        guard ![" by ", " von ", " par ", " di ", " por ", " from "].contains(where: { folded.contains($0) }) else { return nil }
        var name = LineBytes.trimmed(String(text.dropFirst(offset)))
        if name.hasSuffix(".") { name = String(name.dropLast()) }
        // `in der Ostsee-Zeitung`: the declined article is the sentence's (`the Guardian` keeps its own).
        // `dans les DNA`, `in den Westfälischen Nachrichten`: likewise a plural's lowercase article.
        if let space = name.firstIndex(of: " "), ["der", "dem", "den"].contains(String(name[..<space])) {
            // `in den Westfälischen Nachrichten`: `Westfälische Nachrichten`, else the name without the article.
            let alone = OriginNotes.nominative(name)
            name = alone != name ? alone : LineBytes.trimmed(String(name[space...]))
        } else if let space = name.firstIndex(of: " "), ["die", "les"].contains(String(name[..<space])) {
            name = LineBytes.trimmed(String(name[space...]))
        }
        // A section and the page's furniture after it (`en Economía | Sin comentarios`) name no publication.
        guard !name.isEmpty, LineBytes.words(name).count <= 6, !name.contains(where: { "|·•".contains($0) }), dates.firstDate(in: name) == nil,
            !ReadInLines.namesPart(name),
            // One plain word may be the publication's (`Published in Vice`) but not a blog's category (`Allgemein`).
            ClippingFacts.isPlausiblePublication(name)
                || LineBytes.words(name).count == 1 && ClippingFacts.isMasthead(name) && !categoryWords.contains(TextFolding.fold(name))
        else { return nil }
        var facts = LineFacts()
        facts.source = name
        if let found = dates.firstDate(in: String(text.prefix(offset))) {
            facts.date = found.date
            facts.dateRank = .sourceLine
        }
        return facts
    }

    /// A blog's default categories (folded): `Publié dans Non classé`, `Veröffentlicht in Allgemein`.
    /// A site's section for a town's or a region's news (`Local News`, `Stadtgeschehen`, `Bari e Provincia`, `Regensburg
    /// und Umgebung`): the whole name such a section's (folded), or a place joined by `and` to its surroundings' word.
    static func isPlacesSection(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        if placesSections.contains(folded) { return true }
        let words = LineBytes.words(folded)
        guard words.count >= 3, let last = words.last else { return false }
        return surroundingsWords.contains(String(last)) && ["e", "y", "und", "et", "and"].contains(String(words[words.count - 2]))
    }

    private static let placesSections: Set<String> = [
        "local news", "local", "lokales", "lokalnachrichten", "stadtgeschehen", "regionales", "region", "cronaca", "cronaca locale",
        "actualite locale", "actualites locales", "noticias locales", "notizie locali", "noticias locais", "city",
    ]

    private static let surroundingsWords: Set<String> = [
        "provincia", "provinz", "province", "umgebung", "umland", "region", "regione", "comarca", "area", "environs", "alrededores",
        "dintorni", "arredores", "regiao", "zona",
    ]

    private static let categoryWords: Set<String> = [
        "allgemein", "uncategorized", "uncategorised", "general", "generale", "geral", "news", "blog", "actualites", "aktuelles",
        "noticias", "notizie", "varios", "divers", "sonstiges", "misc", "miscellaneous", "unkategorisiert",
    ]

    private static let sentenceOpeners = [
        "veroffentlicht ", "erschienen ", "publie ", "publiee ", "paru ", "parue ", "published ", "publicado ", "publicada ",
        "pubblicato ", "pubblicata ",
    ]
    private static let sentencePrepositions = [" in ", " im ", " dans ", " en ", " su ", " sul ", " em ", " no ", " na "]

    /// A reference line closing with its writers (`Quelle: ComputerBase, Nr. 8914, S. 30, Artikel von Christoph Becker.`,
    /// `Source : Le Monde, p. 12, article de Peter Amende et Hélène Roux`): the line before them and the writers (one to
    /// four persons holding a given name), or nil when its last part is no such `article by` clause.
    static func trailingWriters(_ text: String) -> (rest: String, authors: [String])? {
        // Asked of every line with a comma: its bytes first (the clause opens with `art…` or `Beitrag` in any case).
        guard text.utf8.count <= 400, LineBytes.contains(text, anyOf: clauseOpenings),
            let comma = text.range(of: ", ", options: .backwards)
        else { return nil }
        var clause = LineBytes.trimmed(String(text[comma.upperBound...]))
        if clause.hasSuffix(".") { clause = String(clause.dropLast()) }
        let words = clause.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3, articleWords.contains(TextFolding.fold(words[0])), byWords.contains(TextFolding.fold(words[1])),
            let split = Bylines.split(words[2], separatingAgencies: false), split.agency == nil, (1...4).contains(split.names.count),
            split.names.allSatisfy({ Bylines.isPersonLike($0) && GivenNames.holdsGivenName($0) })
        else { return nil }
        let rest = LineBytes.trimmed(String(text[..<comma.lowerBound]))
        return rest.isEmpty ? nil : (rest, split.names)
    }

    /// The bytes a trailing `article by` clause opens with after its comma (`articleWords`, any case).
    private static let clauseOpenings = NeedleSet([", art", ", bei"], ignoringCase: true)

    /// The word for an article opening the introduction (folded).
    private static let articleWords: Set<String> = ["article", "artikel", "articulo", "articolo", "artigo", "beitrag"]

    /// The words before the writers' names (folded).
    private static let byWords: Set<String> = ["by", "de", "von", "di", "por", "du", "des"]

    /// The prepositions before the day (folded).
    private static let dayWords: Set<String> = ["on", "le", "du", "am", "vom", "el", "del", "il", "l'", "l’", "a", "em", "de", "of"]

    /// The phrases saying where it appeared (folded), each followed by the publication: `ClippingFacts`' own (`published
    /// in`, `paru dans`, `erschienen in`, …) and the forms an introduction adds.
    private static let publishingPhrases = ClippingFacts.publishedInPhrases.map { String($0.dropLast()) } + [
        "published by", "which appeared in", "appeared in", "publie par", "erschienen bei",
        "publicado no", "publicado na", "publicado por", "uscito su", "uscito sul", "uscito sulla", "pubblicato sul", "apparso su",
    ]
}
