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
/// `ClippingFacts.isMasthead`), perhaps its day after `on`/`le`/`am`/`el`/`il`/`a`/`em` (a date
/// line, nothing after it). Returns the facts it states (source always, authors and date when
/// stated), or nil for any other line. Pure; never fails.
enum ArticleIntros {
    static func read(_ line: String, dates: DateRecognizer) -> LineFacts? {
        guard line.utf8.last == 0x3A, line.utf8.count <= 400, TextFolding.hasAtMost(line, 200),
            LineBytes.mayOpen(line, letters: "a")
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
        // `erschienen in der Ostsee-Zeitung`, `published in the Western Mail`: the declined or lowercase article is the phrase's.
        if let space = after.firstIndex(of: " "), ["der", "die", "dem", "den", "the"].contains(String(after[..<space])) {
            after = LineBytes.trimmed(String(after[space...]))
        }
        guard !after.isEmpty, LineBytes.words(after).count <= 6, ClippingFacts.isMasthead(after) else { return nil }
        facts.source = after
        let byline = LineBytes.trimmed(before)
        if !byline.isEmpty {
            guard let space = byline.firstIndex(of: " "), byWords.contains(TextFolding.fold(byline[..<space])),
                let split = Bylines.split(LineBytes.trimmed(String(byline[space...])), separatingAgencies: true),
                (1...4).contains(split.names.count), split.names.allSatisfy({ Bylines.isPersonLike($0) && GivenNames.holdsGivenName($0) })
            else { return nil }
            facts.authors = split.names
        }
        return facts
    }

    /// The word for an article opening the introduction (folded).
    private static let articleWords: Set<String> = ["article", "artikel", "articulo", "articolo", "artigo", "beitrag"]

    /// The words before the writers' names (folded).
    private static let byWords: Set<String> = ["by", "de", "von", "di", "por", "du", "des"]

    /// The prepositions before the day (folded).
    private static let dayWords: Set<String> = ["on", "le", "du", "am", "vom", "el", "del", "il", "a", "em", "de", "of"]

    /// The phrases saying where it appeared (folded), each followed by the publication: `ClippingFacts`' own (`published
    /// in`, `paru dans`, `erschienen in`, …) and the forms an introduction adds.
    private static let publishingPhrases = ClippingFacts.publishedInPhrases.map { String($0.dropLast()) } + [
        "published by", "which appeared in", "appeared in", "parue dans", "publie par", "erschienen im", "erschienen bei",
        "publicado no", "publicado na", "publicado por", "uscito su", "uscito sul", "uscito sulla", "pubblicato sul", "apparso su",
    ]
}
