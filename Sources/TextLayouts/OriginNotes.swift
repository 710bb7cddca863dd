import DateReading
import Foundation
import TextToolkit

/// A note naming where a reposted, republished or translated article first appeared, at the top
/// or the bottom of its text: `This article by Jane Doe was originally published in The
/// Conversation on March 3, 2026. Republished with permission.`, `This article is republished
/// from The Conversation under a Creative Commons license.`, `Article original de Jane Doe, paru
/// dans Le Monde le 3 mars 2026.`, `Dieser Beitrag von Jane Doe erschien zuerst bei Zeit Online am
/// 3. März 2026.`, a reprint's credit (`Reproduced with permission of X.`, `Reproduzido com
/// autorização de X.`), and their Spanish, Italian and Portuguese forms.
///
/// What it states is the original's: the publication's name after the phrase (up to ` on `,
/// ` le `, ` am `, ` under `, a comma or the sentence's end), the date after it, and the authors
/// named by ` by `, ` de `, ` von `, ` di ` before it. A blog's or a translator's own date and name
/// elsewhere in the file are not the article's, so the note's date and authors replace them; its
/// publication is the source only when no line of the file names one (a paper reprinting a
/// syndicated piece under its own masthead is the source, not the publisher it first appeared in).
///
/// Contract: `read` returns nil for any line that does not open as a note does (`This article`,
/// `Article original`, `Originally published`, …; see `subjects`) and hold one of the phrases, or
/// longer than 400 characters; a name longer than eight words is no publication's. Pure.
enum OriginNotes {
    struct Note: Equatable {
        var source: String?
        var authors: [String] = []
        var date: CalendarDate?
    }

    static func read(_ line: String, dates: DateRecognizer) -> Note? {
        // `EDITORS: This story appeared in X on …`, `NOTE AUX RÉDACTIONS : cet article est paru dans X …`: the note under its label.
        // Only a note of where it appeared: `Editor's note: This article was published by mistake …` names no publisher.
        if let note = withoutEditorsLabel(line) {
            let folded = TextFolding.fold(note)
            guard folded.count == note.count, let range = firstPhrase(in: folded),
                !["by ", "par ", "por ", "pelo ", "pela ", "von ", "da "].contains(where: { folded[range].hasSuffix($0) })
            else { return nil }
            return read(note, dates: dates)
        }
        guard line.utf8.count >= 16, mayOpen(line), mayHoldPhrase(line), TextFolding.hasAtMost(line, 400) else { return nil }
        var text = LineBytes.trimmed(line)
        // `[…]`, `(…)`, `*…*`, `_…_`, and a footnote's `* ` or `*) ` (`Title*` above): the note without its mark.
        if text.first == "[" || text.first == "(" || text.first == "*" || text.first == "_" {
            text.removeFirst()
            if text.first == ")" { text.removeFirst() }
            if text.first == " " { text = LineBytes.trimmed(text) }
        }
        // The opening first, folded from a short prefix: most lines that hold `publi` are prose.
        let opening = TextFolding.fold(text.prefix(24))
        guard subjects.contains(where: { opening.hasPrefix($0) || $0.hasPrefix(opening) && opening.count == text.count }) else { return nil }
        let folded = TextFolding.fold(text)
        // Folding keeps the Characters one for one: an offset in `folded` is one in `text`.
        guard folded.count == text.count, subjects.contains(where: { LineBytes.hasPrefix(folded, $0) }), let range = firstPhrase(in: folded)
        else { return nil }
        // A credit naming the piece (`A story by A, published in X`): the subject, its authors, a comma, then the
        // phrase; `An article published in The Lancet on March 2 found …` is a lead reporting on another paper.
        if let credit = creditSubjects.first(where: { LineBytes.hasPrefix(folded, $0) }) {
            let between = folded[folded.index(folded.startIndex, offsetBy: credit.count)..<range.lowerBound]
            let byWords = ["by ", "de ", "di ", "von ", "d'", "da ", "do "]
            guard credit.hasSuffix(", ") ? between.isEmpty
                : between == ", " || between.hasSuffix(", ") && byWords.contains(where: { between.dropFirst().hasPrefix($0) })
            else { return nil }
        }
        let after = folded.distance(from: folded.startIndex, to: range.upperBound)
        let rest = String(text.dropFirst(after))
        var note = Note()
        // `originally published on August 8, 2017.`: a day in words and nothing else, no publication's name
        // (`… on March 3, 2017 in The Guardian` names one after the day).
        let opensWithDay = dates.firstDate(in: rest).map { found in
            found.range.lowerBound == rest.startIndex && !rest[found.range.upperBound...].prefix { $0 != "." }.contains(where: \.isLetter)
        } ?? false
        let name = opensWithDay ? "" : Self.nominative(cut(rest))
        // `Publicado em 12/07/2017 05:53` names a day, `Publié dans Économie | 3 commentaires` a blog's section: no publication.
        if !name.isEmpty, LineBytes.spaceSeparatedCount(name) <= 8,
            name.first?.isUppercase == true || name.first?.isNumber == true && dates.firstDate(in: name) == nil,
            !isSection(name), !ReadInLines.namesPart(name)
        {
            note.source = name
        }
        // `Dieser Artikel erschien in der Ausgabe vom 30. Januar`: a print edition's day, no publication named;
        // a note of these verbs names the publication it appeared in, or is none.
        if note.source == nil, nameOnlyPhrases.contains(where: { folded[range].hasSuffix($0) }) { return nil }
        // `Publicado en BOE núm. 58, de 7 de marzo`: a law's gazette, no article's publication.
        if IssueReferences.isOfficialGazette(name) { return nil }
        // The date in the note's first sentence (`… in X. Due by March 3.` names no publication day).
        let tail = rest.dropFirst(name.count)
        let sentenceEnd = tail.indices.first { index in
            tail[index] == "." && (index == tail.startIndex || !tail[tail.index(before: index)].isNumber)
                && tail.index(after: index) < tail.endIndex && tail[tail.index(after: index)] == " "
        }
        let sentence = String(tail[..<(sentenceEnd ?? tail.endIndex)])
        // A line opening with the bare phrase is a note only when its sentence closes after the name (and its day
        // and authors): `Publicado en 2009, el ensayo …`, `Pubblicato su Instagram martedì sera, il video …` are prose.
        if bareSubjects.contains(where: { LineBytes.hasPrefix(folded, $0) }) {
            let dayless = dates.firstDate(in: sentence).map { sentence.replacingCharacters(in: $0.range, with: "") } ?? sentence
            guard !LineBytes.contains(dayless, bytes: ", "), name.contains(where: \.isLetter) else { return nil }
        }
        // `Dieser Artikel wurde von X veröffentlicht`: the participle right after the name (or its day), nothing between.
        // `wurde von DeepL übersetzt und am … veröffentlicht`: the name must be a publication's form.
        if folded[range].hasSuffix("wurde von "), !ClippingFacts.isMasthead(name) { return nil }
        if folded[range].hasSuffix("wurde von ") {
            let clause = TextFolding.fold(sentence).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            guard clause.hasPrefix("veroffentlicht")
                || clause.hasPrefix("am ") && clause.hasSuffix(" veroffentlicht") && LineBytes.words(clause).count <= 5
            else { return nil }
        }
        let dated = dates.firstDate(in: sentence)
        note.date = dated?.date
        // A credit ends with its day (`…, published in X on March 1, 1987.`); a sentence going on past it
        // (`Ein Artikel von Forschern, erschienen in Nature am 2. März 2026, zeigt, dass …`) reports on the piece.
        if creditSubjects.contains(where: { LineBytes.hasPrefix(folded, $0) }) {
            var after = dated.map { sentence[$0.range.upperBound...] } ?? Substring(sentence)
            if let end = after.range(of: ". ") { after = after[..<end.lowerBound] }
            guard LineBytes.words(String(after)).count <= 2 else { return nil }
        }
        let before = String(text.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound)))
        note.authors = authors(before)
        if note.authors.isEmpty {
            note.authors = trailingAuthors(sentence)
            // `Publicado en España por Anagrama en 2026.`: who published it is named after a place, no person wrote it.
            let foldedSentence = TextFolding.fold(sentence)
            if note.authors.isEmpty, [" by ", " par ", " por ", " von "].contains(where: { foldedSentence.hasPrefix($0) }) { return nil }
        }
        return note.source == nil && note.date == nil ? nil : note
    }

    /// Whether the line can open as a note, from its first three bytes past a bracket or
    /// emphasis (ASCII letters lowered; a line opening with another byte is asked in full).
    private static func mayOpen(_ line: String) -> Bool {
        // On the contiguous bytes, the three as one integer among `openingKeys` (no `String`
        // made or hashed): the same answer, as an ASCII `String` equals only the same bytes.
        let read = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let end = min(bytes.count, 5)
            var start = 0
            while start < end, isOpeningMark(bytes[start]) { start += 1 }
            guard end - start >= 3, bytes[start] < 0x80, bytes[start + 1] < 0x80, bytes[start + 2] < 0x80 else { return true }
            let key = UInt32(bytes[start] | 0x20) | UInt32(bytes[start + 1] | 0x20) << 8 | UInt32(bytes[start + 2] | 0x20) << 16
            return openingKeys.contains(key)
        }
        if let read { return read }
        let bytes = line.utf8.prefix(5).drop { $0 == 0x5B || $0 == 0x28 || $0 == 0x2A || $0 == 0x5F || $0 == 0x20 || $0 == 0x29 }.prefix(3)
        guard bytes.count == 3, bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        return openings.contains(String(decoding: bytes.map { $0 | 0x20 }, as: UTF8.self))
    }

    /// The note after a label addressed to editors (`EDITORS:`, `Editor's note:`, `NOTE AUX RÉDACTIONS :`,
    /// `HINWEIS FÜR REDAKTIONEN:`, `NOTA A LOS EDITORES:`, `NOTA PER LE REDAZIONI:`, `NOTA ÀS REDAÇÕES:`), or nil.
    private static func withoutEditorsLabel(_ line: String) -> String? {
        guard LineBytes.mayStart(line, withAnyOf: editorsOpenings), line.utf8.count <= 800, let colon = line.prefix(40).firstIndex(of: ":")
        else { return nil }
        let label = TextFolding.fold(line[..<colon]).trimmingCharacters(in: .whitespaces)
        guard editorsLabels.contains(label) else { return nil }
        let note = LineBytes.trimmed(line[line.index(after: colon)...])
        return note.isEmpty ? nil : note
    }

    private static let editorsOpenings = LineOpenings("editor", "note", "hinweis", "anmerkung", "nota")
    private static let editorsLabels: Set<String> = [
        "editors", "editor's note", "editors' note", "editors note", "note to editors", "note aux redactions", "note de la redaction",
        "note a la redaction", "hinweis fur redaktionen", "hinweis fur die redaktion", "anmerkung der redaktion", "nota a los editores",
        "nota de la redaccion", "nota para los editores", "nota per le redazioni", "nota della redazione", "nota as redacoes",
        "nota da redacao", "nota aos editores",
    ]

    /// The first three letters of every `subjects` entry.
    private static let openings: Set<String> = Set(subjects.map { String($0.prefix(3)) })

    /// The `openings` of three ASCII bytes with 0x20 set, packed as `mayOpen` packs a line's
    /// (no other opening equals three such bytes).
    private static let openingKeys: [UInt32] = openings.compactMap { opening in
        let bytes = Array(opening.utf8)
        guard bytes.count == 3, bytes.allSatisfy({ $0 < 0x80 && $0 | 0x20 == $0 }) else { return nil }
        return UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16
    }

    /// `[`, `(`, `*`, `_` or a space: what `mayOpen` skips before a note's first letters.
    @inline(__always)
    private static func isOpeningMark(_ byte: UInt8) -> Bool {
        byte == 0x5B || byte == 0x28 || byte == 0x2A || byte == 0x5F || byte == 0x20 || byte == 0x29
    }

    /// Whether the line's bytes hold a piece of every phrase's verb (`publi`, `pubbli`, `paru `,
    /// `rschien`, `ppeared`, `uscito`, `eprint`, `ffentlicht`, a permission's `ermiss`, `ermiso`, `utori`, `enehmigung`, `oncessione`): most lines are
    /// turned down without being folded.
    private static func mayHoldPhrase(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(holdsVerb) ?? searchesVerb(line)
    }

    /// `mayHoldPhrase` in one pass over the bytes: at each `u`, `a`, `r` or `e`, whether one of
    /// the pieces starts there.
    private static func holdsVerb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func follows(_ index: Int, _ piece: StaticString) -> Bool {
            let count = piece.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let start = piece.utf8Start
            for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
            return true
        }
        for index in bytes.indices {
            switch bytes[index] {
            case 0x75: if follows(index, "ubli") || follows(index, "ubbli") || follows(index, "utori") || follows(index, "uscito ") { return true }
            case 0x70: if follows(index, "ppeared ") { return true }
            case 0x61: if follows(index, "aru ") { return true }
            case 0x72: if follows(index, "rschien") { return true }
            case 0x65: if follows(index, "eprint") || follows(index, "ermiss") || follows(index, "ermiso") || follows(index, "enehmigung") { return true }
            case 0x6F: if follows(index, "oncessione") { return true }
            case 0x66: if follows(index, "ffentlicht") { return true }
            default: continue
            }
        }
        return false
    }

    /// `mayHoldPhrase` by a byte search per piece.
    private static func searchesVerb(_ line: String) -> Bool {
        LineBytes.contains(line, bytes: "ubli") || LineBytes.contains(line, bytes: "ubbli") || LineBytes.contains(line, bytes: "aru ")
            || LineBytes.contains(line, bytes: "uscito ") || LineBytes.contains(line, bytes: "ppeared ")
            || LineBytes.contains(line, bytes: "rschien") || LineBytes.contains(line, bytes: "eprint")
            || LineBytes.contains(line, bytes: "utori") || LineBytes.contains(line, bytes: "ermiss")
            || LineBytes.contains(line, bytes: "ermiso") || LineBytes.contains(line, bytes: "enehmigung")
            || LineBytes.contains(line, bytes: "oncessione") || LineBytes.contains(line, bytes: "ffentlicht")
    }

    /// The range in `folded` of the phrase found first.
    private static func firstPhrase(in folded: String) -> Range<String.Index>? {
        var best: Range<String.Index>?
        for phrase in phrases {
            if phrase == "wurde von ", !LineBytes.contains(folded, bytes: " veroffentlicht") { continue }
            if let range = folded.range(of: phrase), best.map({ range.lowerBound < $0.lowerBound }) ?? true { best = range }
        }
        return best
    }

    /// `der Süddeutschen Zeitung` → `Süddeutsche Zeitung`, `dem Trierischen Volksfreund` → `Trierischer Volksfreund`,
    /// `dem Neuen Tageblatt` → `Neues Tageblatt`, `der Welt am Sonntag` → `Welt am Sonntag`, `den Westfälischen
    /// Nachrichten` → `Westfälische Nachrichten`: a German name after `in der`, `in dem` or `in den` without its article,
    /// its adjectives' dative ending `-en` given the ending the name takes alone (`-e` after `der`, a feminine's, and
    /// after `den`, a plural's; after `dem`, `-es` before a neuter's paper word (`Blatt`, `Echo`, `Journal`,
    /// `Magazin`, `Deutschland`), else `-er`, a masculine's); any other name as it is (`Der Spiegel` keeps its capital
    /// article; `der Ausgabe vom …` is a print edition's day).
    static func nominative(_ name: String) -> String {
        guard name.hasPrefix("der ") || name.hasPrefix("dem ") || name.hasPrefix("den ") else { return name }
        var words = name.split(separator: " ").dropFirst().map(String.init)
        // Only a name of capitalised words, a lowercase connector inside (`der Ausgabe vom 27. Februar` names a print
        // edition's day, no publication).
        guard words.count <= 5, words.first?.first?.isUppercase == true, words.last?.first?.isUppercase == true,
            words.allSatisfy({ $0.first?.isUppercase == true || nameConnectors.contains($0) }),
            words.first.map({ TextFolding.fold($0) }) != "ausgabe"
        else { return name }
        let ending = !name.hasPrefix("dem ") ? "" : neuterPaperWords.contains(where: { TextFolding.fold(words[words.count - 1]).hasSuffix($0) }) ? "s" : "r"
        for index in words.indices.dropLast() where words[index].count > 3 && words[index].hasSuffix("en") && words[index].first?.isUppercase == true {
            words[index].removeLast()
            words[index] += ending
        }
        return words.joined(separator: " ")
    }

    /// Lowercase words inside a German publication's name (`Welt am Sonntag`, `Zeitung für Deutschland`).
    private static let nameConnectors: Set<String> = ["am", "im", "an", "für", "vom", "zum", "und"]

    /// Endings of the neuter words German papers, sites and broadcasters are named with (folded): `Abendblatt`, `Echo`,
    /// `Journal`, `Ärzteportal`, `Fernsehen`, `Radio`, `Netzwerk`, `Programm`.
    private static let neuterPaperWords = [
        "blatt", "echo", "journal", "magazin", "deutschland", "portal", "fernsehen", "radio", "netzwerk", "programm",
    ]

    /// The publication's name at the start of `rest`: up to a date's connector, a licence's, a comma or a period.
    private static func cut(_ rest: String) -> String {
        var end = rest.endIndex
        let folded = TextFolding.fold(rest)
        guard folded.count == rest.count else { return "" }
        // An offset in `folded` is one in `rest` (the same Characters), an index is not (`ú` folds to one byte).
        for stop in stops {
            if let range = folded.range(of: stop) {
                let index = rest.index(rest.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: range.lowerBound))
                if index < end { end = index }
            }
        }
        for mark in [",", ". ", ";", "("] {
            if let range = rest.range(of: mark), range.lowerBound < end { end = range.lowerBound }
        }
        var name = String(rest[..<end])
        while let last = name.last, last == "." || last == " " { name.removeLast() }
        return LineBytes.trimmed(name)
    }

    /// `This article by Jane Doe and John Roe was` → [`Jane Doe`, `John Roe`]; [] when no person is named.
    private static func authors(_ before: String) -> [String] {
        let folded = TextFolding.fold(before)
        guard folded.count == before.count else { return [] }
        for marker in [" by ", " de ", " von ", " di ", " d'"] {
            guard let range = folded.range(of: marker, options: .backwards) else { continue }
            var names = String(before[range.upperBound...])
            for tail in [" was", " a ", " erschien", " se ", " fue", " e ", " è ", " foi", " ha "] {
                if let cut = names.range(of: tail) { names = String(names[..<cut.lowerBound]) }
            }
            while let last = names.last, last == "," || last == " " { names.removeLast() }
            guard let found = Bylines.names(names), !found.isEmpty, found.allSatisfy(Bylines.isPersonLike) else { return [] }
            return found
        }
        return []
    }

    /// Whether the name before any ` | ` is a section's words alone (`Économie`, `Politik`), a
    /// blog's default category (`Non classé`), or the ` | ` is followed by a comment link
    /// (`Publié dans X | Laisser un commentaire`: a blog post's category line).
    private static func isSection(_ name: String) -> Bool {
        let segments = TextFolding.fold(name).components(separatedBy: " | ")
        if segments.dropFirst().contains(where: { segment in commentWords.contains { LineBytes.contains(segment, bytes: $0) } }) { return true }
        let words = LineBytes.words(segments[0])
        return !words.isEmpty && words.allSatisfy { ExportLines.isSectionWord($0) } || uncategorised.contains(segments[0])
    }

    private static let commentWords = ["comment", "kommentar", "comentario", "commento"]
    private static let uncategorised: Set<String> = [
        "non classe", "uncategorized", "uncategorised", "sin categoria", "senza categoria", "nao categorizado", "allgemein",
    ]

    /// The `subjects` that are the phrase itself (`Publicado en X`): the line must close after the name.
    private static let bareSubjects = [
        "published in", "publie dans", "publicado en", "publicado em", "publicado no", "publicado na", "pubblicato su",
    ]

    /// `on March 3, 1987 by Jane Doe and John Roe.` → [`Jane Doe`, `John Roe`]: the persons named
    /// after ` by `, ` par `, ` por `, ` von `, ` da `, ` di ` closing the note's first sentence, each of two
    /// words or more or holding a known given name (`Publicado en España por Anagrama` names a publisher); [] otherwise.
    private static func trailingAuthors(_ sentence: String) -> [String] {
        let folded = TextFolding.fold(sentence)
        guard folded.count == sentence.count else { return [] }
        for marker in [" by ", " par ", " por ", " von ", " da ", " di "] {
            guard let range = folded.range(of: marker, options: .backwards) else { continue }
            var names = String(sentence[sentence.index(sentence.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: range.upperBound))...])
            while let last = names.last, last == "." || last == " " { names.removeLast() }
            guard let found = Bylines.names(names), !found.isEmpty,
                found.allSatisfy({ Bylines.isPersonLike($0) && (GivenNames.holdsGivenName($0) || LineBytes.words($0).count >= 2) })
            else { return [] }
            return found
        }
        return []
    }

    /// How a note opens (folded): the article it speaks of, or the phrase itself. A sentence of
    /// the text that names a publication (`The study, published in Nature, …`) opens otherwise.
    private static let subjects = [
        "this article", "this story", "this piece", "this post", "this essay", "this column", "original article",
        "originally published", "first published", "republished", "published in", "reprinted",
        "cet article", "ce texte", "cette tribune", "article original", "initialement publie", "paru dans",
        "dieser beitrag", "dieser artikel", "dieser text", "originalartikel", "originalbeitrag", "zuerst erschienen",
        "erschienen in", "este articulo", "este texto", "articulo original", "publicado originalmente",
        "questo articolo", "questo testo", "articolo originale", "pubblicato originariamente",
        "este artigo", "artigo original",
        // A closing line naming where the text ran (`Publicado en X el 3 de marzo de 1987.`).
        "publie dans", "publicado en", "publicado em", "publicado no", "publicado na", "pubblicato su",
        // A credit naming the piece (`A story by Jane Doe, published in X on …`, `Articolo, pubblicato su X.`).
        "a story", "an article", "un article", "ein artikel", "un articulo", "un articolo", "um artigo",
        "article, ", "articolo, ", "artikel, ", "articulo, ", "artigo, ",
        // A reprint's credit (`Reproduced with permission of X.`).
        "reproduced with", "reprinted with", "reproduced by", "reprinted by", "reproduit avec", "mit freundlicher genehmigung", "reproducido con",
        "riprodotto su", "riprodotto con", "riprodotto per", "reproduzido com", "nachdruck mit", "abdruck mit",
    ]

    /// What a sentence naming a piece says before its title (a meeting's `Next, the piece by A in X
    /// on DATE, headline:`, an order's `26 February 1987 in Reuters`): the publication after a
    /// phrase of publishing (or `in`, `dans`, `en`, `su`, `no`, `na`, `em`, `sur`), cut as a note's
    /// is, its day after it, the authors before it. Nil when it names no publication. Pure.
    static func namedPublication(_ text: String, dates: DateRecognizer) -> Note? {
        let folded = TextFolding.fold(text)
        guard folded.count == text.count else { return nil }
        let found = phrases.lazy.compactMap { folded.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
            ?? prepositions.lazy.compactMap { folded.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let phrase = found else { return nil }
        let after = folded.distance(from: folded.startIndex, to: phrase.upperBound)
        let rest = String(text.dropFirst(after))
        let name = cut(rest)
        guard !name.isEmpty, LineBytes.spaceSeparatedCount(name) <= 8, name.first?.isUppercase == true || name.first?.isNumber == true
        else { return nil }
        var note = Note(source: name)
        note.date = dates.firstDate(in: String(rest.dropFirst(name.count)))?.date
        note.authors = authors(String(text.prefix(folded.distance(from: folded.startIndex, to: phrase.lowerBound))))
        return note
    }

    /// Folded words naming where a piece appeared, each followed by the publication.
    private static let prepositions = [" in ", " dans ", " en ", " su ", " no ", " na ", " em ", " sur "]

    /// The `subjects` that open a credit naming the piece (the phrase after a comma).
    private static let creditSubjects = [
        "a story", "an article", "un article", "ein artikel", "un articulo", "un articolo", "um artigo",
        "article, ", "articolo, ", "artikel, ", "articulo, ", "artigo, ",
    ]

    /// The `phrases` of a bare verb of appearing (an editors' note's): a note only when a publication follows.
    private static let nameOnlyPhrases = ["appeared in ", "erschien in ", "se publico en ", "e uscito su ", "uscito su "]

    /// Folded phrases, each followed by the publication's name.
    private static let phrases = [
        "originally published in ", "originally published by ", "originally published on ", "first published in ",
        "first published by ", "first appeared in ", "appeared in ", "erschien in ", "se publico en ", "e uscito su ", "uscito su ", "republished from ", "published in ", "reprinted from ",
        "d'abord ete publie dans ", "initialement publie dans ", "publie initialement dans ", "paru dans ", "publie dans ",
        "republie depuis ", "republie a partir de ",
        "erschien zuerst bei ", "erschien zuerst in ", "erschien ursprunglich bei ", "erschien ursprunglich in ",
        "erschienen in ", "erschienen bei ", "zuerst erschienen in ", "zuerst erschienen bei ",
        "se publico originalmente en ", "publicado originalmente en ", "publicado originalmente por ",
        "fue publicado en ", "publicado en ", "republicado de ",
        "pubblicato originariamente su ", "pubblicato originariamente da ", "pubblicato su ", "ripubblicato da ",
        "publicado originalmente em ", "publicado originalmente por ", "foi publicado em ", "publicado em ", "publicado no ", "publicado na ",
        "republicado de ",
        // `This article was published by X.`, `Dieser Artikel wurde von X veröffentlicht.` (only with that verb: `firstPhrase`).
        "was published by ", "a ete publie par ", "fue publicado por ", "e stato pubblicato da ", "foi publicado pelo ",
        "foi publicado pela ", "foi publicado por ", "wurde von ",
    ] + permissionPhrases

    /// The `phrases` of a reprint's permission (`isReprintCredit`), each followed by the publication.
    private static let permissionPhrases = [
        "permission of ", "permission from ", "autorisation du journal ", "l'autorisation de ", "l'aimable autorisation de ",
        "genehmigung von ", "genehmigung der ", "genehmigung des ", "autorizacion de ", "autorizzazione di ", "autorizzazione de ",
        "autorizacao de ", "autorizacao do ", "autorizacao da ", "permiso de ", "concessione di ", "concessione de ",
    ]

    /// Whether `line` (a note `read` accepts) is a reprint's credit: it names the publication by a permission's
    /// phrase (`… by kind permission of X`, `… avec l'aimable autorisation de X`, `Abdruck mit freundlicher
    /// Genehmigung von X`), not by a verb of publishing.
    static func isReprintCredit(_ line: String) -> Bool {
        let folded = TextFolding.fold(line.prefix(120))
        return permissionPhrases.contains { folded.firstRange(of: $0) != nil }
    }

    /// Where the publication's name ends.
    private static let stops = [
        " on ", " le ", " am ", " vom ", " el ", " il ", " a ", " em ", " under ", " sous ", " unter ", " bajo ", " con ",
        " sob ", " with ", " avec ", " mit ", " in ", " dans ", " en ", " veroffentlicht",
        // `Published in X by Jane Doe.`: the authors after the publication.
        " by ", " par ", " por ", " von ",
        // `first published by X and is republished here`, `… en X y se reproduce`, `… da X ed è ripreso`:
        // a conjunction before a verb (`Sciences et Avenir`, `Food and Wine` keep theirs).
        " and is ", " and was ", " and has ", " and appears ", " et est ", " et a ete ", " und wird ", " und ist ",
        " y se ", " y es ", " y fue ", " ed e ", " e e ", " e foi ", " e se ",
    ]
}
