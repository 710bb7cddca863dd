import DateReading
import Foundation
import TextToolkit

/// A colleague's note above a forwarded article that quotes its headline: `Hi all, below is the
/// piece Jon Porter wrote in The Verge, headline “…”. Could someone add it to the review?`,
/// `Hallo zusammen, unten der Text von A aus Reuters vom 2. März 1987, Überschrift „…“.`,
/// `ci-dessous le papier de A paru dans X, titré « … »`, `el artículo de A publicado en X,
/// titulado «…»`, `il pezzo di A uscito su X, titolo «…»`, `o artigo de A publicado em X, com o
/// título «…»`.
///
/// What it states: the title (between the quotes that follow a word naming a headline:
/// `headline`, `titled`, `Überschrift`, `titré`, `intitulé`, `titulado`, `titolo`, `título`, …),
/// the publication (after `in`, `from`, `aus`, `bei`, `dans`, `en`, `su`, `em` before the title
/// word, up to a date's connector or a comma), the authors (after `by`, `von`, `de`, `di`,
/// `por`, `par`, or before `wrote`, `a écrit`, … — people's names only), the date (the first one
/// before the title word).
///
/// Contract: `read` returns nil unless the line is 30 to 600 characters long and holds such a
/// title word right before an opening quote (`“`, `„`, `«`, `‘`, `‹` or `"`, after at most a
/// colon), or a German perfect's participle after the closing quote (`X hat „…“ gebracht`), or a
/// colon before the quote closing a clause that names the piece and its publishing (`the piece we
/// published in X on …: “…”`), with its closing quote later on the line, and the quoted title is
/// 2 to 300 characters long. The publication is kept only when it opens with a capital, a digit or names a web
/// address, and is at most eight words. Pure.
enum HeadlineNotes {
    struct Note: Equatable {
        var title: String
        var source: String?
        var authors: [String] = []
        var date: CalendarDate?
        /// Read by a looser form (a publication opening the sentence, an article's noun after a
        /// determiner, a paragraph read whole): an article's own paragraph can be one, so the caller
        /// asks for an announcement (the text annexed under a label, a colon closing the line, the
        /// title in a heading above).
        var isLoose = false
    }

    /// `namingArticle`: only a quote after an article's noun or a verb of publishing counts (`the
    /// article “…”`, not `the title “…”` of a film), for a paragraph read whole.
    static func read(_ line: String, dates: DateRecognizer, namingArticle: Bool = false) -> Note? {
        guard line.utf8.count >= 30, mayQuote(line), TextFolding.hasAtMost(line, 600) else { return nil }
        let text = LineBytes.trimmed(line)
        let folded = TextFolding.fold(text)
        // Folding keeps the Characters one for one: an offset in `folded` is one in `text`.
        guard folded.count == text.count else { return nil }
        let characters = Array(text)
        let foldedCharacters = Array(folded)
        for (offset, character) in characters.enumerated() {
            // A label (`Titel: „…“`) is no note: three words at least come before the title word.
            guard let closer = closers[character], let close = closing(closer, of: character, at: offset, in: characters) else { continue }
            // `Reuters hat am 26. Februar 1987 „…“ gebracht`: the German perfect's participle after the quote.
            let perfect = titleWord(endingBefore: offset, in: foldedCharacters) == nil
                ? germanPerfect(quote: offset, close: close, in: foldedCharacters) : nil
            // `here is the piece we published in Reuters on February 26, 1987: “…”`: a colon closing a clause naming the piece.
            let colon = perfect == nil && !namingArticle && titleWord(endingBefore: offset, in: foldedCharacters) == nil
                ? announcingColon(endingBefore: offset, in: foldedCharacters) : nil
            guard let wordStart = perfect == nil ? titleWord(endingBefore: offset, in: foldedCharacters) ?? colon : offset else { continue }
            let wordsBefore = characters[..<(perfect ?? wordStart)].split(separator: " ")
            // `Reuters ran “…”`, `Le Monde a publié « … »`: the publication is who published it; so it is
            // in `REUTERS publica un artículo titulado «…»`, a name opening the line before a verb of publishing.
            let verb = perfect != nil || publishingVerb(endingBefore: offset, in: foldedCharacters)
            let publisher = verb ? publisherName(wordsBefore) : openingPublisher(wordsBefore)
            // `L'article « … » a été publié sur X`, `The story “…” was published on X`: an article's noun after a
            // determiner opens a sentence (no label: no colon before the quote).
            let namedArticle = (1...2).contains(wordsBefore.count) && determiners.contains(TextFolding.fold(String(wordsBefore[0])))
                && articleNouns.contains(String(foldedCharacters[wordStart..<offset]).trimmingCharacters(in: .whitespaces))
            guard wordsBefore.count >= 3 || publisher != nil || namedArticle else { continue }
            if namingArticle, perfect == nil {
                let word = String(foldedCharacters[wordStart..<offset]).trimmingCharacters(in: .whitespaces)
                guard articleNouns.contains(word) || publishingTitleWords.contains(word) else { continue }
            }
            let title = LineBytes.trimmed(String(characters[(offset + 1)..<close]))
            guard (2...300).contains(title.count) else { continue }
            let before = String(characters[..<wordStart])
            let foldedBefore = String(foldedCharacters[..<wordStart])
            let date = dates.firstDate(in: before)
            var note = Note(title: title, date: date?.date)
            // The German perfect also reports in an article's lead (`Die Titanic hat im Februar „…“ gebracht.`).
            note.isLoose = namingArticle || perfect != nil || !verb && publisher != nil || wordsBefore.count < 3 && publisher == nil
            let dateStart = date.map { before.distance(from: before.startIndex, to: $0.range.lowerBound) }
            note.source = publisher ?? publication(in: before, folded: foldedBefore, upTo: dateStart)
            note.authors = authors(in: before, folded: foldedBefore, upTo: dateStart)
            // What the clause after the title adds (`“…” by A published in X on March 2, 1987`, `», firmato da A.`).
            let tail = clause(after: close, in: characters)
            if !tail.isEmpty, note.source == nil || note.date == nil || note.authors.isEmpty {
                let foldedTail = TextFolding.fold(tail)
                let tailDate = dates.firstDate(in: tail)
                let tailDateStart = tailDate.map { tail.distance(from: tail.startIndex, to: $0.range.lowerBound) }
                note.date = note.date ?? tailDate?.date
                note.source = note.source ?? publication(in: tail, folded: foldedTail, upTo: tailDateStart, markers: publicationMarkers + [" auf "])
                if note.authors.isEmpty {
                    // `“…” on March 2, 1987, by A`: the clause's date (and its connector) first, then its authors.
                    if let tailDate, let start = tailDateStart, start <= 5 {
                        let rest = " " + String(tail[tailDate.range.upperBound...].drop { $0 == "," || $0 == " " })
                        note.authors = openingAuthors(rest, folded: TextFolding.fold(rest), upTo: nil)
                    } else {
                        note.authors = openingAuthors(tail, folded: foldedTail, upTo: tailDateStart)
                    }
                }
            }
            return note
        }
        return nil
    }

    /// A message whose first paragraph cites the article (a voicemail's transcription: `There's a
    /// piece in Reuters from February 26, 1987, headline “…”, by A.`; a member of parliament's
    /// written question: `…, with reference to the article “…” by A published in Reuters on …`):
    /// a line among the first 30, down to the first of more than 80 characters (but for a first line
    /// labelled or ending with a letter: a heading), in whose first 500 characters `read` finds a
    /// note, or a paragraph hard-wrapped at 80 columns whose joined lines name an article in quotes
    /// (`wrappedNote`). Its index and the note (the caller asks for more evidence: the fields it
    /// names, an annex, and for a loose note an announcement); nil otherwise. Pure.
    static func citing(_ lines: [String], dates: DateRecognizer) -> (index: Int, note: Note)? {
        for index in lines.indices.prefix(30) where lines[index].utf8.count >= 30 {
            // Its first 500 characters (the paragraph may go on with the article's own first one), copied only
            // when the line holds a quote's bytes.
            if mayQuote(lines[index]), let note = read(String(lines[index].prefix(500)), dates: dates) { return (index, note) }
            // A long line is the article's, but for a heading opening the file: labelled (`[Newsroom] Published: Title`)
            // or ending with a letter (no sentence).
            if !TextFolding.hasAtMost(lines[index], 80),
                lines[..<index].contains(where: { !$0.isEmpty })
                    || !(lines[index].utf8.prefix(40).contains(0x3A) || lines[index].utf8.last.map({ $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }) == true)
            {
                return nil
            }
            // A paragraph hard-wrapped at 80 columns, read from its first line: its lines joined (the quote
            // may open on one line and close on the next).
            if index == 0 || lines[index - 1].isEmpty, let note = wrappedNote(lines, from: index, dates: dates) {
                return (index, note)
            }
        }
        return nil
    }

    /// The note that the paragraph opening at `start` holds once its lines (two to eight, each at
    /// most 80 characters, one at least holding a quote's bytes) are joined; nil otherwise.
    private static func wrappedNote(_ lines: [String], from start: Int, dates: DateRecognizer) -> Note? {
        let end = lines[start...].prefix(8).firstIndex(where: { $0.isEmpty }) ?? min(lines.count, start + 8)
        guard end - start >= 2, lines[start..<end].contains(where: mayQuote),
            lines[start..<end].allSatisfy({ TextFolding.hasAtMost($0, 80) })
        else { return nil }
        return read(String(lines[start..<end].joined(separator: " ").prefix(600)), dates: dates, namingArticle: true)
    }

    /// Whether the line holds an opening quote's bytes: most lines are turned down unfolded.
    private static func mayQuote(_ line: String) -> Bool {
        LineBytes.contains(line, anyOf: openingQuotes)
    }

    /// `"`, `“`, `„`, `«`, `‘`, `‹` (`mayQuote`'s bytes, searched in one pass).
    private static let openingQuotes = NeedleSet(["\"", "“", "„", "«", "‘", "‹"], ignoringCase: false)

    /// Each opening quote and its closing one (also `QuotedSubjects`' and `BookExcerpts`').
    static let closers: [Character: Character] = ["“": "”", "„": "“", "«": "»", "‘": "’", "‹": "›", "\"": "\""]

    /// Where the quote opened at `open` closes: the last `"` on the line for a straight quote,
    /// else the closer that empties the stack of quotes opened since (`„Zum „Bonner“ …“`,
    /// `“HTC: als „Xda Nova““`: `“` closes a `„` and opens otherwise), or when a quote opened inside
    /// never closes (`„A « B“`) the last closer on the line; nil when there is none.
    static func closing(_ closer: Character, of opener: Character, at open: Int, in characters: [Character]) -> Int? {
        if opener == closer { return characters.lastIndex(of: closer).flatMap { $0 > open ? $0 : nil } }
        var stack: [Character] = [opener]
        for index in (open + 1)..<characters.count {
            let character = characters[index]
            if let top = stack.last, closers[top] == character {
                stack.removeLast()
                if stack.isEmpty { return index }
            } else if character != "\"", closers[character] != nil {
                stack.append(character)
            }
        }
        // A quote opened inside and never closed (`„A « B“`): the last closer on the line.
        return characters.lastIndex(of: closer).flatMap { $0 > open ? $0 : nil }
    }

    /// Where the title word right before the quote at `quote` starts (spaces and one colon
    /// between them), or nil.
    private static func titleWord(endingBefore quote: Int, in folded: [Character]) -> Int? {
        var end = quote
        while end > 0, folded[end - 1] == " " { end -= 1 }
        if end > 0, folded[end - 1] == ":" { end -= 1 }
        while end > 0, folded[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, folded[start - 1].isLetter { start -= 1 }
        guard start < end, titleWords.contains(String(folded[start..<end])) else { return nil }
        return start
    }

    /// Where the colon stands right before the quote at `quote` when the clause it closes names the piece
    /// (`here is the piece we published in Reuters on …:`, `voici l'article que j'ai publié dans … :`):
    /// an article's noun and a verb of publishing among its last 30 words; nil otherwise.
    private static func announcingColon(endingBefore quote: Int, in folded: [Character]) -> Int? {
        var end = quote
        while end > 0, folded[end - 1] == " " { end -= 1 }
        guard end > 0, folded[end - 1] == ":" else { return nil }
        let words = String(folded[max(0, end - 1 - 240)..<(end - 1)]).split(separator: " ").suffix(30)
            .map { word in  // `l'article`, `l’articolo`: the noun after the elision
                let bare = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last ?? word[...]
                return bare.trimmingCharacters(in: .punctuationCharacters)
            }
        guard words.contains(where: { announcedNouns.contains($0) }), words.contains(where: { announcingVerbs.contains($0) }) else {
            return nil
        }
        return end - 1
    }

    private static let announcedNouns: Set<String> = ["article", "artikel", "beitrag", "articulo", "articolo", "artigo", "story", "piece"]
    private static let announcingVerbs: Set<String> = [
        "published", "ran", "publie", "publiee", "veroffentlicht", "veroffentlichten", "publico", "publique", "publicamos",
        "publicado", "publicada", "pubblicato", "pubblicata", "publiquei", "publicou", "publicaram",
    ]

    /// Whether the title word before the quote at `quote` is a verb of publishing (`ran`, `a publié`, `brachte`).
    private static func publishingVerb(endingBefore quote: Int, in folded: [Character]) -> Bool {
        guard let start = titleWord(endingBefore: quote, in: folded) else { return false }
        var end = quote
        while end > start, !folded[end - 1].isLetter { end -= 1 }
        return publishingTitleWords.contains(String(folded[start..<end]))
    }

    /// Where ` hat ` ends before the quote at `quote` when the quote's closer at `close` is followed by
    /// a participle of publishing (`gebracht`, `veröffentlicht`, `publiziert`) closing the sentence or
    /// before a description of the piece: `X hat [am …] „…“ gebracht, ein Stück von A.`; nil otherwise.
    private static func germanPerfect(quote: Int, close: Int, in folded: [Character]) -> Int? {
        let after = String(folded[(close + 1)...].prefix(40)).trimmingCharacters(in: .whitespaces)
        // The participle ends the sentence or a description of the piece follows (`gebracht, ein Stück von A`),
        // not another clause (`gebracht, hier die Kritik aus unserer Zeitung:`).
        guard let participle = ["gebracht", "veroffentlicht", "publiziert"].first(where: { after.hasPrefix($0) }) else { return nil }
        let rest = after.dropFirst(participle.count)
        guard rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix(", ein") else { return nil }
        let before = String(folded[..<quote])
        guard let hat = before.range(of: " hat ", options: .backwards) else { return nil }
        return before.distance(from: before.startIndex, to: hat.upperBound)
    }

    /// The capitalised name before a verb of publishing, its auxiliary dropped (`Le Monde a`,
    /// `Il Sole ha`), after any greeting set off by a dash or a colon (`Hi all — Reuters ran`) and
    /// without a lowercase article (`o Reuters publicou`): at most six words, every one opening
    /// with a capital or a digit (particles `de`, `di`, `del`, `la`, `des` between them allowed); nil otherwise.
    private static func publisherName(_ words: [ArraySlice<Character>]) -> String? {
        var name = words.map { String($0) }
        let separator = name.lastIndex(where: { ["—", "–", "-"].contains($0) || $0.hasSuffix(":") })
        if let separator { name.removeFirst(separator + 1) }
        let separated = separator != nil
        if name.count > 1, let first = name.first, ["o", "a", "the", "el", "il", "le", "la", "lo", "der", "die", "das"].contains(first) {
            name.removeFirst()
        }
        if let last = name.last, ["a", "ha", "hat", "has", "have", "hanno", "ont"].contains(last) { name.removeLast() }
        // One word after a greeting (`gofeminin`, `correctiv.org`), or a masthead's form (`Le Monde diplomatique`).
        let joined = name.joined(separator: " ")
        if name.count == 1 && separated || (2...6).contains(name.count) && name[0].first?.isUppercase == true && ClippingFacts.isMasthead(joined) {
            return joined
        }
        guard (1...6).contains(name.count), name.first?.first?.isUppercase == true || name.first?.first?.isNumber == true,
            name.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || LayoutReader.publicationParticles.contains($0) })
        else { return nil }
        return joined
    }

    /// Folded verbs of publishing that a quoted headline follows.
    private static let publishingTitleWords: Set<String> = [
        "ran", "published", "publie", "brachte", "veroffentlichte", "publico", "pubblicato", "publicou", "carried",
    ]

    /// Folded words that name a headline (`headline`, `titré`, `Überschrift`, `com o título`'s
    /// `titulo`): before a quote here, before a colon in a meeting's announcement (`MeetingTranscripts`).
    static let headlineWords: Set<String> = [
        "headline", "headlined", "titled", "entitled", "title", "called", "uberschrift", "titel", "betitelt",
        "schlagzeile", "titre", "intitule", "intitulee", "titulado", "titulada", "titular", "titulo",
        "titolo", "intitolato", "intitolata", "intitulado", "intitulada", "manchete",
    ]

    /// Folded words that name the headline a quote gives (`headlineWords`), or the article it heads
    /// (`the article “…”`, `den Artikel „…“`, `all'articolo «…»`), or publish it (`publishingTitleWords`).
    private static let titleWords: Set<String> = headlineWords
        .union(["article", "artikel", "articulo", "articolo", "artigo", "story"]).union(publishingTitleWords)

    /// The clause after the quote closing at `close`: up to a sentence's end (`. `, but not after
    /// an initial or a number; `?`, `!`) or another quote; a comma right after the quote is dropped
    /// (`», firmato da A.`).
    private static func clause(after close: Int, in characters: [Character]) -> String {
        var end = close + 1
        var letters = 0
        while end < characters.count {
            let character = characters[end]
            if character == "?" || character == "!" || closers[character] != nil { break }
            // Not after an initial (`J. Smith`) nor a number (`26. Februar`).
            if character == ".", letters >= 2 || letters == 0 && !characters[end - 1].isNumber,
                end + 1 == characters.count || characters[end + 1] == " "
            {
                break
            }
            letters = character.isLetter ? letters + 1 : 0
            end += 1
        }
        var tail = String(characters[(close + 1)..<end])
        while let first = tail.first, first == "," || first == " " { tail.removeFirst() }
        return tail.isEmpty ? "" : " " + tail
    }

    /// Folded words after which an author's name follows the title (`firmato da A`, `signé A`).
    private static let tailAuthorMarkers = [" da ", " signe ", " signed "]

    /// The people the clause after the title opens with (`“…” by A published in X`, `« … » de A a été
    /// publié sur X par B`, `„…“ von A wurde … veröffentlicht`), up to a verb: who published or
    /// edited it further on (`par B`, `wurde von B … veröffentlicht`) is no author. Empty otherwise.
    private static func openingAuthors(_ tail: String, folded: String, upTo dateStart: Int?) -> [String] {
        var tail = tail
        var folded = folded
        var dateStart = dateStart
        let markers = authorMarkers + tailAuthorMarkers
        // `“…”, a piece by A`, `„…“ gebracht, ein Stück von A`: the noun naming the piece dropped before a marker.
        if let noun = pieceNouns.first(where: { folded.hasPrefix($0) }), markers.contains(where: { folded.dropFirst(noun.count).hasPrefix($0) }) {
            tail = String(tail.dropFirst(noun.count))
            folded = String(folded.dropFirst(noun.count))
            dateStart = dateStart.map { $0 - noun.count }
        }
        // `firmado por A`, `signed by A`: the verb of signing dropped before a marker; else it is the marker (`signé A`).
        if let verb = signingVerbs.first(where: { folded.hasPrefix($0) }),
            markers.contains(where: { folded.dropFirst(verb.count - 1).hasPrefix($0) })
        {
            tail = String(tail.dropFirst(verb.count - 1))
            folded = String(folded.dropFirst(verb.count - 1))
            dateStart = dateStart.map { $0 - (verb.count - 1) }
        }
        guard (markers + signingVerbs).contains(where: { folded.hasPrefix($0) }) else { return [] }
        var end = dateStart.map { max(0, $0) } ?? folded.count
        for stop in clauseVerbs + stops + publicationMarkers {
            if let range = folded.range(of: stop, range: folded.index(folded.startIndex, offsetBy: 3)..<folded.endIndex) {
                end = min(end, folded.distance(from: folded.startIndex, to: range.lowerBound))
            }
        }
        let opening = String(tail.prefix(end))
        // Cut at the date, its connector goes too (`by A on March 2`).
        return authors(in: opening, folded: String(folded.prefix(end)), upTo: end == dateStart ? end : nil, markers: markers + signingVerbs)
    }

    /// Folded nouns naming the piece before an author's marker in the clause after the title (a space first).
    private static let pieceNouns = [
        " a piece", " an article", " a story", " ein stuck", " ein artikel", " ein beitrag", " una pieza", " un articulo",
        " un article", " un papier", " un pezzo", " un articolo", " uma peca", " um artigo", " gebracht, ein stuck",
        " gebracht, ein artikel", " veroffentlicht, ein stuck",
    ]

    /// Folded verbs of signing or writing before an author's marker (padded).
    private static let signingVerbs = [
        " signed ", " written ", " firmado ", " escrito ", " firmato ", " scritto ", " assinado ", " signe ", " ecrit ",
        " geschrieben ", " verfasst ",
    ]

    /// Folded determiners an article's noun opens a sentence after (`L'article`, `The story`, `Der Artikel`).
    private static let determiners: Set<String> = [
        "the", "this", "an", "a", "l'", "le", "cet", "un", "der", "den", "das", "dieser", "diesen", "ein", "einen", "el",
        "este", "il", "lo", "questo", "o", "esse", "um",
    ]

    /// Folded auxiliaries and verbs that end the clause naming a title's authors (padded).
    private static let clauseVerbs = [
        " was ", " has been ", " wurde ", " ist ", " a ete ", " est ", " fue ", " ha sido ", " e stato ", " e stata ",
        " foi ", " tem ",
    ]

    /// Folded nouns of an article that a quoted title follows after a determiner (`L'article « … »`).
    private static let articleNouns: Set<String> = ["article", "artikel", "beitrag", "articulo", "articolo", "artigo", "story"]

    /// The publication opening the line before a verb of publishing in the present (`REUTERS publica un
    /// artículo titulado`, `Le Figaro carries a piece headlined`): at most six words before the verb,
    /// as `publisherName` accepts them; nil otherwise.
    private static func openingPublisher(_ words: [ArraySlice<Character>]) -> String? {
        guard let verb = words.prefix(7).firstIndex(where: { presentPublishingVerbs.contains(TextFolding.fold(String($0))) }), verb > 0
        else { return nil }
        return publisherName(Array(words[..<verb]))
    }

    /// Folded verbs of publishing in the present that a publication's name opens a sentence with.
    private static let presentPublishingVerbs: Set<String> = [
        "publishes", "carries", "runs", "publie", "bringt", "veroffentlicht", "publica", "pubblica",
    ]

    /// Folded words after which a publication's name follows (padded with spaces).
    private static let publicationMarkers = [
        " in ", " from ", " aus ", " bei ", " dans ", " en ", " su ", " em ", " sur ", " no ", " na ", " published on ",
        " appeared on ",
    ]

    /// Folded words after which a person's name follows (padded with spaces).
    private static let authorMarkers = [" by ", " von ", " de ", " di ", " por ", " par ", " d'"]

    /// Folded verbs a writer's name stands before (`the piece Jon Porter wrote`).
    private static let writingVerbs = [" wrote", " a ecrit", " schrieb", " escribio", " ha scritto", " escreveu"]

    /// Where a publication's or a person's name ends (folded, padded with spaces).
    private static let stops = [
        " publie", " paru", " publicado", " uscito", " pubblicato", " erschienen", " published", " wrote", " a ecrit",
        " schrieb", " escribio", " ha scritto", " escreveu", " veroffentlicht", " com o ", " com a ", " unter der ", " unter dem ", " dal ", " con il ", " con el ",
        " avec le ", " with the ",
    ]

    /// Where a publication's name ends besides `stops`: who published it follows (`sur X par B`, `auf X von B`).
    private static let publisherStops = [" par ", " by ", " por ", " da ", " von "]

    /// A date's connector, cut off the end of a name the date follows (`in Reuters on March 2`).
    private static let dateConnectors: Set<String> = ["on", "vom", "am", "le", "du", "el", "del", "il", "a", "em", "of", "de", "from", "dal", "do", "da"]

    /// Folded verbs of publishing: a name after them and a marker is a publication's, however it is written.
    private static let publishingVerbs = ["publie", "paru", "publicado", "uscito", "pubblicato", "erschienen", "published", "appeared"]

    /// The publication named after the last marker before the title word (and before the date).
    private static func publication(
        in before: String, folded: String, upTo dateStart: Int?, markers: [String] = publicationMarkers
    ) -> String? {
        // `publicado no Boing Boing, na sua revista`: the name after a verb of publishing and its marker comes first.
        for verb in publishingVerbs {
            for marker in markers {
                guard let range = folded.range(of: " " + verb + marker) else { continue }
                let start = folded.distance(from: folded.startIndex, to: range.upperBound) - marker.count
                // Up to the first comma (`published in X, in its internal press review`).
                let length = folded.dropFirst(start).firstIndex(where: { $0 == "," || $0 == ";" }).map { folded.distance(from: folded.startIndex, to: $0) - start }
                    ?? folded.count - start
                let rest = String(before.dropFirst(start).prefix(length)), foldedRest = String(folded.dropFirst(start).prefix(length))
                // The date counts only inside the cut text.
                let localDate = dateStart.map { $0 - start }.flatMap { (0...length).contains($0) ? $0 : nil }
                if let (name, _) = name(after: [marker], in: rest, folded: foldedRest, upTo: localDate,
                                        extraStops: publisherStops),
                    LineBytes.spaceSeparatedCount(name) <= 8
                {
                    return name
                }
            }
        }
        guard let (name, markerStart) = name(after: markers, in: before, folded: folded, upTo: dateStart, extraStops: publisherStops)
        else { return nil }
        // `in the Guardian`, `aus transGEN`, `in netzpolitik.org`; any name after `published in`.
        let named = name.contains { $0.isUppercase || $0.isNumber } || name.contains(".")
            || publishingVerbs.contains { folded.prefix(markerStart).hasSuffix(" " + $0) }
        guard named, LineBytes.spaceSeparatedCount(name) <= 8 else { return nil }
        return name
    }

    /// The people named after an author's marker or before a writing verb.
    private static func authors(in before: String, folded: String, upTo dateStart: Int?, markers: [String] = authorMarkers) -> [String] {
        var candidates: [String] = []
        if let (named, _) = name(after: markers, in: before, folded: folded, upTo: dateStart) { candidates.append(named) }
        for verb in writingVerbs {
            guard let range = folded.range(of: verb) else { continue }
            let end = folded.distance(from: folded.startIndex, to: range.lowerBound)
            // The capitalised words right before the verb (`the piece Jon Porter wrote`).
            let words = before.prefix(end).split(separator: " ")
            let names = words.reversed().prefix { $0.first?.isUppercase == true }.reversed()
            if !names.isEmpty { candidates.append(names.joined(separator: " ")) }
        }
        for candidate in candidates {
            if let names = Bylines.names(candidate), !names.isEmpty, names.allSatisfy(Bylines.isPersonLike) { return names }
        }
        return []
    }

    /// The text after the last of `markers` in `folded` before the date (anywhere when none is
    /// before it), up to a stop, a comma, a semicolon or the date (whose connector is cut off),
    /// and the character offset where the marker starts.
    private static func name(
        after markers: [String], in before: String, folded: String, upTo dateStart: Int?, extraStops: [String] = []
    ) -> (String, Int)? {
        func last(within scope: Range<String.Index>) -> Range<String.Index>? {
            var best: Range<String.Index>?
            for marker in markers {
                if let range = folded.range(of: marker, options: .backwards, range: scope),
                    best.map({ range.lowerBound > $0.lowerBound }) ?? true
                {
                    best = range
                }
            }
            return best
        }
        // A date past the text (a caller's slip) counts as none: never an index out of bounds.
        let dateStart = dateStart.flatMap { (0...folded.count).contains($0) ? $0 : nil }
        // A marker right before the date is the date's connector (`in Reuters from February 26`): not searched.
        let beforeDate = dateStart.map { folded.index(folded.startIndex, offsetBy: max(0, $0 - 1)) } ?? folded.endIndex
        let found: Range<String.Index>? = last(within: folded.startIndex..<beforeDate) ?? last(within: folded.startIndex..<folded.endIndex)
        guard let best = found else { return nil }
        let start = folded.distance(from: folded.startIndex, to: best.upperBound)
        var end = dateStart.map { $0 > start ? $0 : folded.count } ?? folded.count
        let rest = String(folded.dropFirst(start))
        for stop in stops + extraStops + publicationMarkers + [",", ";", " ("] {
            if let range = rest.range(of: stop) { end = min(end, start + rest.distance(from: rest.startIndex, to: range.lowerBound)) }
        }
        var words = before.dropFirst(start).prefix(end - start).split(separator: " ")
        if end == dateStart, let last = words.last, dateConnectors.contains(TextFolding.fold(last)) { words.removeLast() }
        let name = words.joined(separator: " ")
        return name.isEmpty ? nil : (name, folded.distance(from: folded.startIndex, to: best.lowerBound))
    }
}
