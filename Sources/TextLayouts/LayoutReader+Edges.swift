import Foundation
import TextToolkit

extension LayoutReader {
    /// How many non-empty lines at each end of the body `edgeFacts` looks at.
    static let edgeLines = 4

    /// A second look at the body's edges, for a date or a source the layout left unstated: a
    /// file whose head or foot holds a line the reader did not expect there (`De nuestro
    /// corresponsal en Bruselas` above `26 feb 1987 - 16:33 CET`) stops the reading of its
    /// metadata at that line, and what lies beyond it ends up in the body.
    ///
    /// Contract: looks at the lines of the `preamble` (above the title), then at the first
    /// `edgeLines` non-empty lines of `body` (past at most one line of prose, a standfirst) and at
    /// the last ones up to the first line of prose from the end (so readers' comments under an
    /// article, `Name · 3 feb 2026` over a remark, are not read); prose is a line longer than 120
    /// characters or ending a sentence. An event's details (`Cuándo: viernes, 1 de febrero de
    /// 2019, 10:00`) are skipped. Each other line is judged on its form alone (`ClippingFacts`,
    /// which never reads a date out of prose), and only fields still unknown are filled:
    /// - a publication's name alone right under a byline among the first lines, or right under
    ///   the title with a blank line below it (`publicationUnderByline`), is the source;
    /// - the date and the source from the first line stating one (top first; a date replaces a
    ///   mail's sending time); a line the judge
    ///   cannot read may still name the source (`leadingAgency`, `sharedFrom`);
    /// - the authors from a column's closing note among the body's last two lines (`ColumnNotes`),
    ///   and its source when no line above names one;
    /// - the authors from an author's note among the body's last two lines (`AuthorNotes`), else
    ///   from a byline in the body's first or last lines that says so in its words (`Bylines`:
    ///   `Por A`, `✍️ A`) or a bare name right over a stamp or a town among the first lines, capitalised (not
    ///   `von Sonne und Meer` in wrapped prose), also in place of a mail's sender; never from a
    ///   signature `— A, role`, which may sign a quote, nor from the preamble.
    /// The lines stay in the body. Pure.
    func edgeFacts(_ judged: JudgedLines, body: Range<Int>, preamble: Range<Int>, into found: inout Found) {
        guard !body.isEmpty || !preamble.isEmpty else { return }
        let lines = judged.lines
        // A note naming where the article first appeared (`This article … was originally published
        // in X on March 3, 2026.`), in the first or last three lines: its fields are the original's,
        // and the names of a post line above it (`Publicado por A em …`) are the reposter's; a
        // publication named above (`Le Figaro | 3 mars 2026`: the paper that reprints it) stays the source.
        let firstLines = body.lazy.filter { !lines[$0].isEmpty }.prefix(3)
        let lastLines = body.reversed().lazy.filter { !lines[$0].isEmpty }.prefix(3)
        if let note = (Array(preamble) + firstLines + lastLines).lazy.compactMap({ OriginNotes.read(lines[$0], dates: dates) }).first {
            found.source = found.source ?? note.source
            if let date = note.date {
                found.date = date
                found.dateRank = .statement
            }
            if !note.authors.isEmpty {
                found.authors = note.authors
            } else if !found.authors.isEmpty, lines[..<min(lines.count, body.lowerBound + 3)].contains(where: {
                PostedLines.read($0, dates: dates)?.authors == found.authors
            }) {
                found.authors = []  // who posted the copy (`Publicado por A em 10/04/1987`) did not write the original
            }
        }
        guard found.needsDate || found.source == nil || found.needsAuthors else { return }
        func isProse(_ index: Int) -> Bool {
            !TextFolding.hasAtMost(lines[index], 120) || Self.endsLikeSentence(lines[index])
        }
        var top: [Int] = []
        var skippedProse = false
        // A line between two paragraphs of prose (`La portada del día siguiente …` / `El País, edición del martes, …` /
        // `Hoy la hemeroteca …`): a reference the text quotes, no head's line of its own.
        var amidProse: Int?
        // A link's address (a mail gateway's long rewritten one) is passed over, neither prose nor metadata.
        for index in body where !lines[index].isEmpty && !ExportLines.isAddress(lines[index]) {
            if isProse(index) {
                if top.count == 1, skippedProse { amidProse = top[0] }
                if skippedProse || !top.isEmpty { break }
                skippedProse = true
                continue
            }
            top.append(index)
            if top.count == Self.edgeLines { break }
        }
        var bottom: [Int] = []
        for index in body.reversed() where !lines[index].isEmpty {
            if isProse(index) || top.contains(index) || bottom.count == Self.edgeLines { break }
            bottom.append(index)
        }
        // An author's note closing the text (`*Cal Mankowski es investigador del …*`).
        if found.needsAuthors, let last = body.reversed().prefix(40).filter({ !lines[$0].isEmpty }).prefix(2)
            .lazy.compactMap({ AuthorNotes.name(in: lines[$0]) }).first
        {
            found.authors = [last]
            found.authorsAreSender = false
        }
        // A column's closing note: where it runs (when no line of the edges names the source: applied below), and
        // who writes it (`A writes this column every week for X.`).
        let columnNote = found.source == nil || found.needsAuthors
            ? body.reversed().prefix(40).filter({ !lines[$0].isEmpty }).prefix(2).lazy.compactMap({ ColumnNotes.read(lines[$0]) }).first
            : nil
        if let note = columnNote {
            if found.needsAuthors, let author = note.author {
                found.authors = [author]
                found.authorsAreSender = false
            }
        }
        // `By Cory Doctorow` over `Boing Boing`: a publication's name alone under the byline.
        if found.source == nil, let name = zip(top, top.dropFirst()).lazy.filter({ $0.1 == $0.0 + 1 })
            .compactMap({ pair in Bylines.read(lines[pair.0], dates: dates, keepsAgencies: false) != nil
                ? Self.publicationUnderByline(lines[pair.1], judged.facts(pair.1)) : nil }).first
        {
            found.source = name
        }
        // `Title` over `Boing Boing` and a blank line: a publication's name alone right under the title.
        if found.source == nil, let first = top.first, first == body.lowerBound, first + 1 >= lines.count || lines[first + 1].isEmpty,
            lines[first].utf8.last != 0x3A, !LineBytes.contains(lines[first], 0x7C), ClippingFacts.isMasthead(lines[first]),
            ClippingFacts.publishedInPhrase(lines[first]) == nil,
            !LineBytes.words(TextFolding.fold(lines[first])).allSatisfy({ ExportLines.isSectionWord($0) || ExportLines.isKicker($0) }),
            let name = Self.publicationUnderByline(lines[first], judged.facts(first))
        {
            found.source = name
        }
        for index in Array(preamble) + top + bottom where !lines[index].isEmpty && !Self.isEventDetail(lines[index]) {
            // A bare name right over a stamp or a town among the first lines (`Cal Mankowski` over `Bruselas - 26 FEB
            // 1987 - 19:34 CET`, or over `Brussels` alone).
            let overStamp = found.needsAuthors && top.contains(index) && top.contains(index + 1)
                && (ClippingFacts.isTownWord(lines[index + 1]) || judged.facts(index + 1)?.date != nil)
            guard let facts = judged.facts(index, allowsBareNames: overStamp, atBottom: bottom.contains(index)) else {
                found.source = found.source ?? Self.leadingAgency(lines[index]) ?? Self.sharedFrom(lines[index])
                continue
            }
            // A print reference amid the prose (a rival's edition or issue, a front page quoted in a history piece) names
            // neither this article's source nor its day.
            if index == amidProse, !bottom.contains(index), facts.dateRank == .sourceLine, facts.source != nil { continue }
            if found.needsDate, let date = facts.date, found.date == nil || facts.dateRank < found.dateRank {
                found.date = date
                found.dateRank = facts.dateRank
            }
            // A labelled publication (`Publication: X`, `Testata: X`) names the source too.
            found.source = found.source ?? facts.source ?? facts.site
            // A byline among the first or last lines (`Por Korinna Hennig`, `✍️ Cal Mankowski`): its words say it names the authors.
            if found.needsAuthors, !preamble.contains(index), !facts.authors.isEmpty, lines[index].first(where: \.isLetter)?.isUppercase == true,
                overStamp && facts.isBareNames || Bylines.read(lines[index], dates: dates, keepsAgencies: false) != nil
            {
                found.authors = facts.authors
                found.authorsAreSender = false
            }
        }
        found.source = found.source ?? columnNote?.source
    }

    /// The line under a byline when it can only be a publication's name: at most five words and
    /// 40 characters, no digit, no sentence, nothing its judge reads, capitalised (or one word,
    /// `ebrosia`), and no person's name (`Jane Doe` under `By John Roe` is a second author).
    static func publicationUnderByline(_ line: String, _ facts: LineFacts?) -> String? {
        guard facts == nil, TextFolding.hasAtMost(line, 40), !line.contains(where: \.isNumber), !endsLikeSentence(line) else { return nil }
        let words = LineBytes.words(line)
        guard (1...5).contains(words.count), words.count == 1 || line.first?.isUppercase == true,
            !(Bylines.isPersonLike(line) && GivenNames.holdsGivenName(line))
        else { return nil }
        return line
    }

    /// `Reuters / 26/2/87, 12:49`, `AFP | 14h02`: a news agency's name opening a short line,
    /// before a separator and what the line's judge could not read; nil otherwise.
    static func leadingAgency(_ line: String) -> String? {
        guard line.utf8.count <= 240, TextFolding.hasAtMost(line, 60) else { return nil }
        // The name ends at the first space that a separator follows (`/`, `|`, `·`, `—`, `–`, `-`) or a comma.
        let bytes = Array(line.utf8)
        for index in bytes.indices.dropFirst() {
            let separated = bytes[index] == 0x20 && index + 2 < bytes.count
                && (bytes[index + 2] == 0x20 && (bytes[index + 1] == 0x2F || bytes[index + 1] == 0x7C || bytes[index + 1] == 0x2D)
                    || bytes[index + 1] >= 0xC2 && Self.isSeparatorScalar(bytes[(index + 1)...]))
            guard separated || bytes[index] == 0x2C && index + 1 < bytes.count && bytes[index + 1] == 0x20 else { continue }
            let name = String(decoding: bytes[..<index], as: UTF8.self)
            return WireAgencies.isAgency(name) ? name : nil
        }
        return nil
    }

    /// `· `, `— `, `– ` at the start of `bytes`.
    private static func isSeparatorScalar(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        if bytes.count >= 3, bytes[start] == 0xC2, bytes[start + 1] == 0xB7, bytes[start + 2] == 0x20 { return true }
        return bytes.count >= 4 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0x94 || bytes[start + 2] == 0x93) && bytes[start + 3] == 0x20
    }

    /// A post sharing the article: `Worth a read from Reuters 👇`, `À lire dans Le Monde :`,
    /// `Interesante artículo publicado en El País 👇` — the publication named after the phrase,
    /// when the line ends by pointing at what follows (an arrow or a colon) and the name can be a
    /// publication's (`ClippingFacts.isMasthead`); nil otherwise.
    static func sharedFrom(_ line: String) -> String? {
        // It ends with a colon or an arrow (no ASCII letter, digit or period last).
        guard let lastByte = line.utf8.last, lastByte == 0x3A || lastByte == 0x20 || lastByte >= 0x80,
            line.utf8.count <= 400, TextFolding.hasAtMost(line, 100)
        else { return nil }
        var text = Substring(line)
        while let last = text.last, last == " " || last == ":" || pointers.contains(last) { text = text.dropLast() }
        guard text.count < line.count, text.last != " " else { return nil }
        let folded = TextFolding.fold(text)
        for phrase in sharePhrases {
            guard let range = folded.range(of: phrase, options: .backwards) else { continue }
            let offset = folded.distance(from: folded.startIndex, to: range.upperBound)
            let name = TextFolding.trimmed(text.dropFirst(offset))
            return ClippingFacts.isMasthead(name) ? name : nil
        }
        return nil
    }

    private static let pointers: Set<Character> = ["👇", "⬇️", "⬇", "👉", "➡️", "➡", "⤵️", "⤵", "↓", "→"]

    /// Phrases that end just before the publication's name (folded, with the space after them).
    private static let sharePhrases = [
        "a read from ", "published in ", "published by ", "read in ", "read on ", "from ",
        "a lire dans ", "a lire sur ", "paru dans ", "publie dans ", "lu dans ",
        "publicado en ", "publicado em ", "leido en ", "lido em ", "via ",
        "erschienen in ", "erschienen bei ", "gelesen bei ", "gelesen in ",
        "uscito su ", "pubblicato su ", "letto su ",
    ]

    /// `When: …`, `Wo: …`, `Cuándo: …`: a line of an event's box (its date is the event's).
    static func isEventDetail(_ line: String) -> Bool {
        // The label is at most 8 letters (12 bytes with accents) before the colon.
        guard let colon = LineBytes.index(of: 0x3A, within: 13, in: line) else { return false }
        return eventLabels.contains(TextFolding.fold(TextFolding.trimmed(line[..<colon])))
    }

    private static let eventLabels: Set<String> = [
        "when", "where", "wann", "wo", "cuando", "donde", "quando", "dove", "onde", "quand", "ou",
    ]
}
