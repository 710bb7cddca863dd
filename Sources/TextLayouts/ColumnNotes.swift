import TextToolkit

/// The line closing a column that says where it runs: the columnist's note (`Cal Mankowski
/// writes this column every week for Reuters.`, `… tient cette chronique chaque semaine dans
/// Le Monde.`, `… schreibt diese Kolumne jede Woche für die Zeit.`) or the standing footer of an
/// unsigned one (`Letter from Brussels appears every week in Reuters.`, `Il Corsivo esce ogni
/// settimana su X.`).
///
/// Contract: `read(_:)` looks at a line of at most 200 characters that names a column
/// (`column`, `chronique`, `Kolumne`, `columna`, `rubrica`, `crónica`, …) and how often it runs
/// (`every week`, `chaque semaine`, `jede Woche`, `cada semana`, `ogni settimana`, `todas as
/// semanas`, or the day or month): the publication is the capitalised name after the last
/// preposition of place or audience (`for`, `in`, `dans`, `für`, `en`, `su`, `no`, …) up to
/// the sentence's end (an article before it, `die`, `the`, dropped only when lowercase); the
/// author the two to four capitalised words opening the line when the first is a given name
/// (`GivenNames`). Nil when the line is no such note or names no publication. Pure.
enum ColumnNotes {
    struct Note: Equatable {
        var author: String?
        var source: String
    }

    static func read(_ line: String) -> Note? {
        // A column's or a beat's word among the line's bytes first: most closing lines are turned down unfolded.
        guard line.utf8.count <= 400, LineBytes.contains(line, anyOf: stems), TextFolding.hasAtMost(line, 200)
        else { return nil }
        let folded = TextFolding.fold(line)
        // Searched by bytes (Foundation's `contains` bridges the whole line to UTF-16 for each word).
        let isColumn = columnWords.contains(where: { LineBytes.contains(folded, bytes: $0) })
            && recurrences.contains(where: { LineBytes.contains(folded, bytes: $0) })
        // Most closing lines name neither a column nor a beat: the words are split only for those that may.
        guard isColumn || paddedBeatVerbs.contains(where: { LineBytes.contains(folded, bytes: $0) }) else { return nil }
        let words = line.split(separator: " ")
        let foldedWords = words.map { TextFolding.fold($0) }
        if let beat = beatNote(words, foldedWords) { return beat }
        guard isColumn else { return nil }
        // The first sentence only: a bio's second one (`Her latest book came out in 2021.`) names no publication.
        let sentenceEnd = words.firstIndex(where: { $0.hasSuffix(".") && $0.count > 2 }) ?? words.count - 1
        guard let preposition = foldedWords[..<sentenceEnd].lastIndex(where: { prepositions.contains($0) }),
            preposition < sentenceEnd
        else { return nil }
        var nameWords = Array(words[(preposition + 1)...sentenceEnd])
        if let first = nameWords.first, articles.contains(String(first)) { nameWords.removeFirst() }
        var source = LineBytes.trimmed(nameWords.joined(separator: " "))
        while let last = source.last, ".,;:".contains(last) { source.removeLast() }
        guard source.first?.isUppercase == true || source.first?.isNumber == true, LineBytes.words(source).count <= 6 else { return nil }
        let opening = words.prefix { $0.first?.isUppercase == true }.prefix(4)
        let author = (2...4).contains(opening.count) && opening.count < words.count && GivenNames.holdsGivenName(opening[0])
            ? opening.joined(separator: " ") : nil
        return Note(author: author, source: source)
    }

    /// A reporter's note on their beat: `Cal Mankowski covers the courts for Reuters.`, `… berichtet
    /// für Reuters aus den Gerichten.`, `… couvre la justice pour …`, `… cubre la información judicial
    /// para …`, `… segue la cronaca giudiziaria per …`, `… acompanha os tribunais para o …`: a
    /// person (two to four capitalised words, a given name first), a verb of reporting, then the
    /// publication after `for`, `für`, `pour`, `para`, `per` (an article dropped) up to the next
    /// lowercase word or the sentence's end, a particle between capitalised words kept (`Corriere
    /// della Sera`); a site's lowercase name of a domain (`netzpolitik.org`) is one too.
    private static func beatNote(_ words: [Substring], _ folded: [String]) -> Note? {
        let name = words.prefix { $0.first?.isUppercase == true }.prefix(5)
        guard (2...4).contains(name.count), name.count < words.count, beatVerbs.contains(folded[name.count]),
            GivenNames.holdsGivenName(name[name.startIndex]), words.last?.hasSuffix(".") == true,
            let preposition = folded[(name.count + 1)...].firstIndex(where: { ["for", "fur", "pour", "para", "per"].contains($0) })
        else { return nil }
        var start = preposition + 1
        if start < words.count, articles.contains(String(words[start])) { start += 1 }
        // Up to the next lowercase word or the sentence's end (`for Sky News. Additional reporting …`), a particle between
        // capitalised words kept (`Corriere della Sera`); a domain's lowercase name alone (`für netzpolitik.org über …`).
        var publication: [Substring] = []
        var index = start
        while index < words.count, publication.count < 7 {
            let word = words[index]
            let capitalised = word.first?.isUppercase == true || word.first?.isNumber == true
            let particle = !publication.isEmpty && !(publication.last?.hasSuffix(".") ?? false) && LayoutReader.publicationParticles.contains(String(word))
                && index + 1 < words.count && words[index + 1].first?.isUppercase == true
            let domain = publication.isEmpty && Self.isDomainName(word)
            guard capitalised || particle || domain else { break }
            publication.append(word)
            if domain { break }
            index += 1
        }
        if let end = publication.firstIndex(where: { $0.hasSuffix(".") && $0.count > 2 }) { publication = Array(publication[...end]) }
        var source = publication.joined(separator: " ")
        while let last = source.last, ".,;:".contains(last) { source.removeLast() }
        guard (1...6).contains(publication.count), !source.isEmpty else { return nil }
        return Note(author: name.joined(separator: " "), source: source)
    }

    /// Parts of the column words and beat verbs as written, in either case of their first letter
    /// (`read`'s first test; `crónica` with its accent).
    private static let stems = NeedleSet([
        "olumn", "OLUMN", "hroniq", "HRONIQ", "ubrica", "UBRICA", "ronica", "rónica", "RONICA", "RÓNICA", "ribun", "RIBUN",
        "orsivo", "ORSIVO", "illet", "ILLET", "losse", "LOSSE", "oluna", "OLUNA", " covers ", " cover ", " reports ",
        " reported ", " berichtet ", " couvre ", " suit ", " cubre ", " segue ", " acompanha ", " covered ",
    ], ignoringCase: false)

    /// `beatVerbs` with a space on each side, as searched in a folded line.
    private static let paddedBeatVerbs = beatVerbs.map { " " + $0 + " " }

    private static let beatVerbs: Set<String> = [
        "covers", "reports", "berichtet", "couvre", "suit", "cubre", "segue", "acompanha", "covered", "reported",
    ]

    private static let columnWords = [
        "column", "chronique", "kolumne", "columna", "rubrica", "cronica", "coluna", "tribune", "tribuna", "corsivo",
        "billet", "glosse",
    ]

    private static let recurrences = [
        "every week", "each week", "every day", "every month", "weekly", "chaque semaine", "chaque jour", "chaque mois",
        "jede woche", "jeden tag", "jeden monat", "wochentlich", "cada semana", "cada dia", "cada mes", "ogni settimana",
        "ogni giorno", "ogni mese", "todas as semanas", "todos os dias", "todos os meses", "toda semana",
    ]

    private static let prepositions: Set<String> = ["for", "in", "dans", "pour", "fur", "en", "su", "sul", "no", "na", "em", "para", "per"]

    private static let articles: Set<String> = ["the", "die", "der", "das", "le", "la", "les", "el", "il", "lo", "o", "a"]

    /// A site's name written as its domain (`netzpolitik.org`, `golem.de,`): lowercase letters, digits and hyphens, a dot,
    /// then two to six letters (a sentence's last word, `Industrie.`, is none: capitalised or without a dot inside).
    private static func isDomainName(_ word: Substring) -> Bool {
        var word = word
        while let last = word.last, ".,;:".contains(last) { word.removeLast() }
        guard let dot = word.lastIndex(of: "."), dot > word.startIndex else { return false }
        let tld = word[word.index(after: dot)...]
        return (2...6).contains(tld.count) && tld.allSatisfy { $0.isASCII && $0.isLowercase }
            && word[..<dot].allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }
    }
}
