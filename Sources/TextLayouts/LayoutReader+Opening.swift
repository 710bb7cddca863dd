import DateReading
import TextToolkit

/// A file whose first line is no title although it can be read as one: a post's author
/// (`Carmen Ortiz`), a service's name or a search term (`Google Alerts`, `CHEMLAWN`), a row of
/// a table or a running head in columns (`Reuters      Media type: Print`), a lead-in
/// (`Worth reading:`). Its title is found from the body instead: the nearest line above the
/// body's first paragraph that can be a title, past the metadata (bylines, source lines,
/// dates) between them.
extension LayoutReader {
    /// How weak a first line that can be a title is (see above).
    enum Opening {
        /// In columns (a tab or three spaces inside), ending with a colon, a lone person's name
        /// (two or three capitalised words, no comma) or a chat's post header (the name and a
        /// time of day), or a correction's or editor's notice: any line that can be a title
        /// above the body is a better one.
        case weak
        /// One to four words (a service's name, a search term, a section, a publication): a
        /// line above the body is a better title only with metadata right under it, three
        /// words at least, and a blank line between, when the opening stands apart.
        case short
    }

    /// `opening(_:)`, and weak also when the line heads a sheet: two labelled lines right under
    /// it, the first with a label nobody reads (`Search results`, then `Search: "port strike"`,
    /// `Date range: …`; not a title over its photo's credit).
    func opening(_ judged: JudgedLines, at start: Int) -> Opening? {
        let lines = judged.lines
        let line = lines[start]
        if start + 2 < lines.count, Self.isUnknownLabel(lines[start + 1]), judged.facts(start + 1) == nil,
            Self.isUnknownLabel(lines[start + 2]) || ClippingLabels.parse(lines[start + 2]) != nil, ClippingLabels.parse(line) == nil
        {
            return .weak
        }
        return Self.opening(line)
    }

    /// `Search: "port strike"`, `Date range: …`: a label of one to three words without digits,
    /// not one `ClippingLabels` knows.
    static func isUnknownLabel(_ line: String) -> Bool {
        guard LineBytes.contains(line, 0x3A), let colon = line.prefix(33).firstIndex(of: ":"), colon > line.startIndex,
            ClippingLabels.parse(line) == nil
        else { return false }
        let label = line[..<colon]
        return !label.contains(where: \.isNumber) && LineBytes.words(label).count <= 3 && !line[line.index(after: colon)...].isEmpty
            && label.first?.isUppercase == true
    }

    static func opening(_ line: String) -> Opening? {
        let text = headingText(line)
        // A cut's fragment (`…the talks resume next week.`), a teleprinter's start-of-message (`ZCZC`).
        // (`…` is asked of the Characters only after its lead byte: no other scalar is canonically equivalent to it.)
        if text.utf8.first == 0xE2 && text.hasPrefix("…") || LineBytes.hasPrefix(text, "...") || text == "ZCZC" { return .weak }
        if isInColumns(text) || text.utf8.last == 0x3A || isLonePerson(text) || isPostHeader(text) { return .weak }
        if isNotice(text) || isAgeNotice(text) || isStatusBar(text) || isBanner(text) || isReference(text) { return .weak }
        return LineBytes.spaceSeparatedCount(text) <= 4 ? .short : nil
    }

    /// The short opening at `start` stands in a block of its own: at most two lines of at most
    /// four words, none of them metadata (`Google Alerts`, then the search term).
    private func standsApart(_ judged: JudgedLines, _ start: Int) -> Bool {
        let lines = judged.lines
        var index = start
        while index < lines.count, !lines[index].isEmpty {
            guard index - start < 2, LineBytes.spaceSeparatedCount(lines[index]) <= 4, judged.facts(index) == nil else { return false }
            index += 1
        }
        return true
    }

    /// The title's index when the first line (`start`) is a weak or short opening: the body
    /// starts at the first line (among the next 40) that starts prose (`startsProse`); walking up
    /// from it past blank lines, metadata, web addresses and publications' names, the first
    /// other line below `start` that can be a title (no sentence end, no columns, no person's
    /// name alone) with a blank line or metadata (not a quote's attribution; a publication's
    /// name) right under it — or the line above it when it is a publication's name (`Boing
    /// Boing`) under a longer line that can be a title.
    /// When the opening is only short: metadata under it, a blank line between it and the
    /// opening (not a subtitle), three words at least. Nil when there is none, or when the
    /// body cannot be found.
    func titleAboveBody(_ judged: JudgedLines, from start: Int, opening: Opening) -> Int? {
        let lines = judged.lines
        let upper = min(lines.count, start + 40)
        guard start + 1 < upper, let body = ((start + 1)..<upper).first(where: { startsProse(judged, at: $0, after: start) }) else {
            return nil
        }
        var index = body - 1
        // The prose found may be a standfirst right under the title, a blank line or metadata under it.
        var standfirstBelow = body - 1 > start && Self.isStandfirst(lines[body]) && !lines[body - 1].isEmpty
            && (body + 1 == lines.count || lines[body + 1].isEmpty || judged.facts(body + 1) != nil)
        while index > start {
            defer { index -= 1 }
            let line = lines[index]
            if line.isEmpty || judged.facts(index) != nil || ExportLines.isAddress(line) || Self.isPublication(line) { continue }
            // A standfirst right under the title (`A first sentence …`, no blank between), with
            // metadata or a blank line under it: passed, and the title's metadata.
            if !standfirstBelow, index - 1 > start, !lines[index - 1].isEmpty, Self.isStandfirst(line),
                Self.isTitleLike(lines[index - 1]), !Self.endsLikeSentence(lines[index - 1]), judged.facts(index - 1) == nil,
                lines[index + 1].isEmpty || judged.facts(index + 1) != nil
            {
                standfirstBelow = true
                continue
            }
            let next = lines[index + 1]
            let metadataBelow = standfirstBelow || !next.isEmpty && !isQuoteAttribution(lines, at: index + 1)
                && (judged.facts(index + 1) != nil || Self.isPublication(next))
            guard Self.isTitleLike(line), !Self.endsWithPeriod(line), !Self.isInColumns(line), !Self.isLonePerson(line)
            else { return nil }
            switch opening {
            case .weak:
                guard metadataBelow || next.isEmpty else { return nil }
            case .short:
                // Not a subtitle under a short title: a blank line between, three words at least.
                guard metadataBelow, lines[start..<index].contains(where: \.isEmpty), LineBytes.spaceSeparatedCount(line) >= 3,
                    standsApart(judged, start)
                else { return nil }
            }
            // `Title`, `Boing Boing`, `By Cory Doctorow`: the publication's name under the title.
            let above = index - 1
            if metadataBelow, ClippingFacts.isMasthead(line), above > start, !lines[above].isEmpty, Self.isTitleLike(lines[above]),
                !Self.endsWithPeriod(lines[above]), judged.facts(above) == nil,
                LineBytes.spaceSeparatedCount(lines[above]) > LineBytes.spaceSeparatedCount(line)
            {
                return above
            }
            return index
        }
        return nil
    }

    /// A standfirst's line: 60 characters or more, ending a sentence (`…` too).
    static func isStandfirst(_ line: String) -> Bool {
        !TextFolding.hasAtMost(line, 59) && endsLikeSentence(line)
    }

    /// A short line (three words at most) right above a longer line that can be a title, no
    /// blank between: an overline (a genre's word, a section's, or a topic's above a title of
    /// four words or more and the deck's sentence under it, then a blank line: `Energiekrise`,
    /// `TITLE`, `A deck.`) or the publication's name (`Le Monde`; or a name of one or two words
    /// above a title of twice as many words and more, and a byline: `Boing Boing`; a portal's
    /// provider of up to eight words above a longer title and a stamp ending with a reading
    /// time, `BRIGITTE` / `Title` / `2 min read`), or an event's overline in capitals ending with its
    /// day (`isEventOverline`). True when the
    /// short line is a publication's name, false for an overline, nil otherwise.
    func overline(_ judged: JudgedLines, at start: Int) -> Bool? {
        let lines = judged.lines
        if isEventOverline(judged, at: start) || isSeriesOverline(judged, at: start) { return false }
        guard start + 2 < lines.count, !lines[start].isEmpty, !lines[start + 1].isEmpty,
            Self.isTitleLike(lines[start]), Self.isTitleLike(lines[start + 1]), !Self.endsWithPeriod(lines[start + 1]),
            !Self.isInColumns(lines[start + 1]), judged.facts(start + 1) == nil
        else { return nil }
        let titleWords = LineBytes.spaceSeparatedCount(lines[start + 1])
        let next = lines[start + 2]
        let underIsByline = !next.isEmpty && judged.facts(start + 2)?.authors.isEmpty == false
        // `Le Monde diplomatique · Economía` above the title: the publication and its section.
        if next.isEmpty || underIsByline, let named = Self.sectionedMasthead(lines[start]),
            titleWords > LineBytes.spaceSeparatedCount(named.name)
        {
            return true
        }
        // A portal's copy: the provider, the title, a stamp ending with a reading time (`· 4 min read`).
        // (a writer's name may stand between the title and the stamp).
        let stamped = ExportLines.endsWithReadingTime(next)
            || start + 3 < lines.count && Self.isLonePerson(next) && ExportLines.endsWithReadingTime(lines[start + 3])
        if stamped, !Self.endsLikeSentence(lines[start]),
            LineBytes.spaceSeparatedCount(lines[start]) <= 8, lines[start + 1].count > lines[start].count
        {
            return true
        }
        let words = LineBytes.spaceSeparatedCount(lines[start])
        guard words <= 3, titleWords > words else { return nil }
        if Self.isPublication(lines[start])
            || words <= 2 && titleWords >= 2 * words + 2 && ClippingFacts.isMasthead(lines[start]) && underIsByline
        {
            return true
        }
        let folded = TextFolding.fold(lines[start])
        if ExportLines.isKicker(folded) || words == 1 && ExportLines.isSectionWord(folded) { return false }
        // `NORTH YORKSHIRE` over the title and its byline: a region's or a topic's overline in capitals.
        if underIsByline, Self.isInCapitals(lines[start]), titleWords >= 2 * words + 1, !ClippingFacts.isMasthead(lines[start]) {
            return false
        }
        // The title alone in its paragraph under a name of one or two words in capitals
        // (`BRIGITTE`; not a headline in capitals over its deck), or under a name the title
        // itself ends with (`Creative Commons`, `What we do - Creative Commons`).
        let namedAbove = words <= 2 && Self.isInCapitals(lines[start]) && !Self.isInCapitals(lines[start + 1])
            && !Self.endsLikeSentence(lines[start + 1])
        if next.isEmpty || underIsByline, ClippingFacts.isMasthead(lines[start]),
            namedAbove || Self.endsWithName(lines[start + 1], lines[start])
        {
            return true
        }
        // A deck: a sentence (not metadata) right under a title of four words or more, a blank line under it.
        if titleWords >= 4, !next.isEmpty, Self.endsLikeSentence(next), judged.facts(start + 2) == nil,
            !TextFolding.hasAtMost(next, 40), start + 3 < lines.count, lines[start + 3].isEmpty
        {
            return false
        }
        return nil
    }

    /// `Le Monde diplomatique · Economía`, `BRIGITTE | Business`, `ebrosia › Economia`, `Le Figaro —
    /// Economia`: a publication's name (`ClippingFacts.isMasthead`, or a brand written in lowercase,
    /// `ebrosia`, `gofeminin`, `correctiv.org`) and a section's (`ExportLines.isSectionWord`) joined by
    /// ` · `, ` | `, ` › `, ` / `, ` — ` or ` – `, in that order or the section first (`Économie | Le
    /// Figaro`); nil for any other line.
    static func sectionedMasthead(_ line: String) -> (name: String, section: String)? {
        guard TextFolding.hasAtMost(line, 80) else { return nil }
        // Only a separator the line's bytes hold is split at (Foundation's split walks the Characters);
        // ` · ` also when written with U+0387, canonically equivalent to U+00B7.
        for separator in [" · ", " | ", " › ", " / ", " — ", " – "]
        where LineBytes.contains(line, bytes: separator) || separator == " · " && LineBytes.contains(line, bytes: " \u{387} ") {
            let parts = line.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let name = TextFolding.trimmed(parts[0])
            let section = TextFolding.trimmed(parts[1])
            guard ClippingFacts.isMasthead(name) || isLowercaseBrand(name), ExportLines.isSectionWord(TextFolding.fold(section)) || isBlogTagline(section)
            else {
                // `Économie | Le Figaro`: the section first, then the publication (a section's word is none, nor a person's
                // name, `Wirtschaft | Peter Amende`), parted by ` | ` only (`SPORT · Fußball` is a section and its part).
                guard separator == " | ", ExportLines.isSectionWord(TextFolding.fold(name)), ClippingFacts.isMasthead(section) || isLowercaseBrand(section),
                    !ExportLines.isSectionWord(TextFolding.fold(section)), !GivenNames.holdsGivenName(section),
                    LineBytes.words(section).first.map({ !["by", "par", "von", "por", "di", "da", "de"].contains(TextFolding.fold($0)) }) == true
                else { return nil }
                return (section, name)
            }
            return (name, section)
        }
        return nil
    }

    /// `Économie | Le Figaro` (the section first), `Reuters — The economy blog` (a blog's tagline after the
    /// name): the publication's name of a `sectionedMasthead` line in one of these two forms; nil for any other
    /// line (`Le Figaro · Économie` is read where it stands above a title, as an overline or a masthead).
    static func publicationBesideTagline(_ line: String) -> String? {
        // Asked of most short lines: only one holding a `|` or a dash's, a middle dot's lead byte is split.
        guard LineBytes.contains(line, 0x7C) || LineBytes.contains(line, 0xE2) || LineBytes.contains(line, 0xC2),
            let named = sectionedMasthead(line)
        else { return nil }
        return !line.hasPrefix(named.name) || isBlogTagline(TextFolding.fold(named.section)) ? named.name : nil
    }

    /// `the economy blog`, `das wirtschaftsblog`, `il blog dell'economia`, `o blogue de economia` (folded): a blog's
    /// tagline after its publication's name, five words at most, one of them a blog's.
    private static func isBlogTagline(_ tagline: String) -> Bool {
        guard LineBytes.contains(tagline, bytes: "blog") else { return false }
        let words = LineBytes.words(tagline)
        // An article first (`The`, `Das`, `Il`), then lowercase words but the blog's own (`Das Wirtschaftsblog`): no name
        // (`Daniel Lemire's blog`, `un blog de El País`, `WIKIMEDIA BLOG` are a blog's name or its owner's).
        guard (2...5).contains(words.count), let first = words.first, taglineArticles.contains(TextFolding.fold(first)) else { return false }
        // `a blog by jolie.de`, `un blog de netzpolitik.org`: whose blog it is, a publication's, not the name's tagline.
        if words.contains(where: { ["by", "von", "par", "por"].contains(TextFolding.fold($0)) || $0.contains(".") }) { return false }
        guard words.dropFirst().allSatisfy({ word in
            let folded = TextFolding.fold(word)
            return folded.contains("blog") ? !word.allSatisfy({ !$0.isLetter || $0.isUppercase }) : word.first?.isLowercase == true
        }) else { return false }
        // The blog of a section (`economy`, `Wirtschafts|blog`, `dell'economia`, `éco`): a newsroom's blog; `a blog about
        // newsrooms` is a blog's own description, its name no publication's.
        return words.contains { word in
            var folded = TextFolding.fold(word)
            if let apostrophe = folded.lastIndex(where: { $0 == "'" || $0 == "’" }) { folded = String(folded[folded.index(after: apostrophe)...]) }
            if folded.hasSuffix("blogue") { folded.removeLast(6) } else if folded.hasSuffix("blog") { folded.removeLast(4) }
            if folded.hasSuffix("s"), !ExportLines.isSectionWord(folded) { folded.removeLast() }
            return ExportLines.isSectionWord(folded) || ["eco", "econ", "economique"].contains(folded)
        }
    }

    private static let taglineArticles: Set<String> = ["the", "a", "das", "der", "die", "ein", "le", "la", "un", "il", "lo", "el", "o"]

    /// A brand written in lowercase, one word of 3 to 30 ASCII letters, digits, dots or hyphens, opening with a
    /// letter (`ebrosia`, `gofeminin`, `correctiv.org`).
    private static func isLowercaseBrand(_ name: String) -> Bool {
        let bytes = name.utf8
        guard (3...30).contains(bytes.count), let first = bytes.first, first &- 0x61 < 26 else { return false }
        return bytes.allSatisfy { $0 &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 == 0x2E || $0 == 0x2D }
    }

    /// Every letter of `line` is a capital, and it has four letters or more (`BRIGITTE`, `BOING BOING`).
    static func isInCapitals(_ line: String) -> Bool {
        var letters = 0
        for character in line where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// `SOMMET EUROPÉEN DU 22 FÉVRIER`, `STRIKE CALLED FOR MARCH 17` in capitals (eight words at most)
    /// right over a title of three words or more (its period allowed), a blank line or metadata under
    /// it: an event's overline, naming a day that is not the article's. An overline longer than a title
    /// (200 characters) is none, judged before its letters are walked and its date searched (`endsWithDay`
    /// reads the whole line: one 10 MiB line in capitals took 1.9 s and 271 MiB).
    private func isEventOverline(_ judged: JudgedLines, at start: Int) -> Bool {
        let lines = judged.lines
        guard start + 2 < lines.count, !lines[start].isEmpty, !lines[start + 1].isEmpty, TextFolding.hasAtMost(lines[start], 200),
            Self.isInCapitals(lines[start]),
            LineBytes.spaceSeparatedCount(lines[start]) <= 8, LineBytes.spaceSeparatedCount(lines[start + 1]) >= 3,
            Self.isTitleLike(lines[start + 1]), TextFolding.hasAtMost(lines[start + 1], 200), judged.facts(start + 1) == nil,
            lines[start + 2].isEmpty || judged.facts(start + 2) != nil
        else { return false }
        return Self.endsWithDay(lines[start], dates: judged.judge.dates)
    }

    /// A series' marker right over a title (`Serie „Europas Stahl“ (Teil 3 von 5)`, `SÉRIE – L'ACIER
    /// EUROPÉEN (3/5)`, `Part 2 of 4`), metadata or a blank line under the title: an overline.
    private func isSeriesOverline(_ judged: JudgedLines, at start: Int) -> Bool {
        let lines = judged.lines
        guard start + 1 < lines.count, let last = lines[start].utf8.last, last == 0x29 || last &- 0x30 < 10,
            Self.isSeriesMarker(lines[start]), !lines[start + 1].isEmpty, Self.isTitleLike(lines[start + 1]),
            judged.facts(start + 1) == nil, start + 2 == lines.count || lines[start + 2].isEmpty || judged.facts(start + 2) != nil
        else { return false }
        return true
    }

    /// A line of at most 100 bytes ending with a part's number among the series' (`(3/5)`, `(Teil 3
    /// von 5)`, `(part 3 of 5)`, `Folge 2 von 4`, `(2 de 4)`): two numbers up to 99, the first not above the
    /// second, between only a slash or a part's words. Pure.
    static func isSeriesMarker(_ line: String) -> Bool {
        guard line.utf8.count <= 100 else { return false }
        // From the bytes first: one or two digits end it (before its `)`), after a slash or a space.
        let utf8 = line.utf8
        var end = utf8.endIndex
        if utf8.last == 0x29 { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] &- 0x30 < 10 {
            start = utf8.index(before: start)
            if utf8.distance(from: start, to: end) > 2 { return false }
        }
        guard start < end, start > utf8.startIndex, [0x2F, 0x20].contains(utf8[utf8.index(before: start)]) else { return false }
        var tail = Substring(line)
        if tail.last == ")" {
            guard let open = tail.lastIndex(of: "(") else { return false }
            tail = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)]
        } else {
            tail = tail.suffix(24)
        }
        let words = TextFolding.fold(tail).replacing("/", with: " / ").split(separator: " ")
        guard words.count >= 3 else { return false }
        // The last words: `N / M` or `N <of> M`, a part's word perhaps before them.
        let (first, joint, last) = (words[words.count - 3], words[words.count - 2], words[words.count - 1])
        guard let part = Int(first), let total = Int(last), (1...99).contains(part), (2...99).contains(total), part <= total,
            joint == "/" || seriesJoints.contains(String(joint))
        else { return false }
        // Before the numbers, within the parentheses: a part's word only (`Teil`, `partie`); outside them, a part's word
        // right before (`… Folge 2 von 4`) unless it is the slash's form.
        let before = words.dropLast(3)
        if line.utf8.last == 0x29 { return before.allSatisfy { seriesParts.contains(String($0)) } }
        return before.last.map { seriesParts.contains(String($0)) } ?? false
    }

    private static let seriesJoints: Set<String> = ["of", "von", "sur", "de", "di", "su", "aus", "da"]
    private static let seriesParts: Set<String> = [
        "part", "teil", "folge", "partie", "episode", "parte", "capitulo", "puntata", "episodio", "chapter", "chapitre",
    ]

    /// Whether `line` ends with a day and its month, the year stated or not (`… DU 22 FÉVRIER
    /// 2026`, `… FOR MARCH 17`, `… AM 19. MÄRZ`): the day an event's overline names. A year
    /// alone (`ÉLECTIONS 2026`) or a number (`COVID 19`) is no day. Tokenizes the whole line (a copy of it too
    /// when no day is found): callers bound its length. Pure.
    static func endsWithDay(_ line: String, dates: DateRecognizer) -> Bool {
        if let found = dates.firstDate(in: line) { return found.range.upperBound == line.endIndex }
        let completed = line + " 2000"
        return dates.firstDate(in: completed)?.range.upperBound == completed.endIndex
    }

    /// `title` ends with `name` after a separator (`What we do - Creative Commons`).
    static func endsWithName(_ title: String, _ name: String) -> Bool {
        guard title.count > name.count + 3, title.hasSuffix(name) else { return false }
        var before = title.dropLast(name.count)
        while before.last == " " { before = before.dropLast() }
        return before.last.map { "-–—|·:".contains($0) } ?? false
    }

    /// Prose starts at `index`: a line of 100 characters or more; or of 60 or more ending a
    /// sentence (a digest's snippet); or the first of a paragraph (a blank line or `start` above)
    /// of 40 or more that runs on over the next line to 100 characters or more, or to a sentence's
    /// end (hard-wrapped prose); never a line in columns.
    private func startsProse(_ judged: JudgedLines, at index: Int, after start: Int) -> Bool {
        let lines = judged.lines
        let line = lines[index]
        guard !TextFolding.hasAtMost(line, 39), !Self.isInColumns(line) else { return false }
        if !TextFolding.hasAtMost(line, 99) || !TextFolding.hasAtMost(line, 59) && Self.endsLikeSentence(line) { return true }
        guard index - 1 == start || lines[index - 1].isEmpty, index + 1 < lines.count else { return false }
        let next = lines[index + 1]
        guard !next.isEmpty, !ClippingFacts.isMasthead(next), judged.facts(index + 1) == nil else { return false }
        return line.utf8.count + next.utf8.count >= 100 || !Self.endsLikeSentence(line) && Self.endsLikeSentence(next)
    }

    /// A tab or three spaces inside the line: a table's row, a running head.
    static func isInColumns(_ line: String) -> Bool {
        let text = LineBytes.trimmed(line)
        return LineBytes.contains(text, 0x09) || LineBytes.contains(text, bytes: "   ")
    }

    /// A correction's or editor's notice above the title (`Correction, March 1: An earlier version
    /// … has been corrected.`, `Anmerkung der Redaktion: …`): a sentence opening with a notice's name;
    /// also framed in square brackets or after a warning sign (`[Rettifica del 4 marzo: …]`, `⚠ Correction, …`).
    private static func isNotice(_ text: String) -> Bool {
        var text = Substring(text)
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if text.unicodeScalars.first == "\u{26A0}" { text = text.dropFirst().drop { $0 == " " } }
        guard endsLikeSentence(text) else { return false }
        let folded = TextFolding.fold(text.prefix(32))
        return notices.contains { notice in
            folded.hasPrefix(notice) && folded.dropFirst(notice.count).first.map { " :,(".contains($0) } == true
        }
    }

    private static let notices: Set<String> = [
        "correction", "clarification", "editor's note", "editors' note", "update", "updated", "rectificatif", "correctif",
        "erratum", "note de la redaction", "mise a jour", "berichtigung", "korrektur", "anmerkung der redaktion",
        "aktualisierung", "correccion", "fe de errores", "nota del editor", "nota de la redaccion", "actualizacion",
        "correzione", "rettifica", "nota della redazione", "aggiornamento", "correcao", "nota do editor",
        "nota da redacao", "atualizacao", "errata",
    ]

    /// A newspaper site's warning above an old piece (`This article is more than 5 years old`,
    /// `Cet article date de plus de 8 ans`, `Dieser Artikel ist älter als 38 Jahre`).
    private static func isAgeNotice(_ text: String) -> Bool {
        // Every notice opens with `t`, `c`, `d`, `e` or `q` folded: a line opening with another
        // ASCII byte is turned down unfolded (`mayOpen`).
        guard LineBytes.mayOpen(text, letters: "tcdeq"), TextFolding.hasAtMost(text, 60), LineBytes.hasDigit(text) else { return false }
        let folded = TextFolding.fold(text)
        return ageNotices.contains { LineBytes.hasPrefix(folded, $0) }
    }

    private static let ageNotices = [
        "this article is more than", "this article is over", "cet article date de plus de", "cet article a plus de",
        "dieser artikel ist alter als", "dieser artikel ist mehr als", "este articulo tiene mas de",
        "questo articolo ha piu di", "questo articolo e stato pubblicato piu di", "este artigo tem mais de",
    ]

    /// A line naming another article, its title in quotes and its date after it (`Re: “Port
    /// strike enters its second week”, September 22, 2017`, `Zu „…“ vom 22.09.2017:`): what a
    /// letter or a reply answers. A title in quotes alone (`„Wir haben bereits die Zusage“`) is none.
    private static func isReference(_ line: String) -> Bool {
        // A closing quote's bytes: `"`, `”` (E2 80 9D), `»` (C2 BB); read without Characters first.
        guard LineBytes.contains(line, 0x22) || LineBytes.contains(line, bytes: "”") || LineBytes.contains(line, bytes: "»"),
            TextFolding.hasAtMost(line, 240)
        else { return false }
        // A link's address after the title (`„Xda Nova“ <https://…/706987>`) holds no date.
        let text = line.firstRange(of: "http").map { String(line[..<$0.lowerBound]) } ?? line
        guard let close = text.lastIndex(where: { "”»“\"".contains($0) }), text.firstIndex(where: { "“«„\"".contains($0) }).map({ $0 < close }) == true
        else { return false }
        // A year (19xx or 20xx, four digits alone) after the closing quote.
        let after = Array(text[text.index(after: close)...].utf8)
        for start in after.indices where start + 4 <= after.count {
            let digits = after[start..<start + 4].allSatisfy { $0 &- 0x30 < 10 }
            let alone = (start == 0 || after[start - 1] &- 0x30 >= 10) && (start + 4 == after.count || after[start + 4] &- 0x30 >= 10)
            if digits, alone, after[start] == 0x31 && after[start + 1] == 0x39 || after[start] == 0x32 && after[start + 1] == 0x30 {
                return true
            }
        }
        return false
    }

    /// A phone's status bar from a screenshot (`16:28 ◀ .ıll 4G 87%`): a time of day first and
    /// a battery's percentage, at most 40 characters.
    private static func isStatusBar(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 40), LineBytes.contains(text, 0x25), let first = LineBytes.words(text).first else { return false }
        return ExportLines.isClockTime(first)
    }

    /// A sheet's banner (`COURTESY TRANSLATION — internal use only`, `MEDIA MONITORING — Analyst
    /// sheet no. 3267`): two words or more in capitals, a dash, then a word not in capitals (not
    /// `FALL IN LOVE WITH BLACK – LDT – Blog`, a title and its site's name).
    private static func isBanner(_ text: String) -> Bool {
        // ` — ` and ` – ` hold E2 80 94 / E2 80 93: no dash's bytes, no banner.
        guard LineBytes.contains(text, bytes: "—") || LineBytes.contains(text, bytes: "–") else { return false }
        guard TextFolding.hasAtMost(text, 80), let dash = text.firstRange(of: " — ") ?? text.firstRange(of: " – ") else { return false }
        let head = String(text[..<dash.lowerBound])
        let tail = String(text[dash.upperBound...])
        guard let firstWord = LineBytes.words(tail).first else { return false }
        return LineBytes.spaceSeparatedCount(head) >= 2 && isInCapitals(head) && firstWord.contains(where: \.isLowercase)
    }

    /// A chat's post header: a person's name and the time of day with a colon (`Sarah Collins  10:42 AM`).
    private static func isPostHeader(_ text: String) -> Bool {
        guard LineBytes.contains(text, 0x3A), (3...6).contains(LineBytes.spaceSeparatedCount(text)) else { return false }
        var words = LineBytes.words(text)
        guard words.count >= 3, words.count <= 6 else { return false }
        if ["am", "pm", "a.m.", "p.m."].contains(words.last!.lowercased()) { words.removeLast() }
        guard let time = words.popLast(), ExportLines.isClockTime(time) else { return false }
        return isLonePerson(words.joined(separator: " "))
    }

    /// Two or three capitalised words, no comma, that can be a person's name and hold a given
    /// name (`Carmen Ortiz`, not `Visit Austria`).
    static func isLonePerson(_ line: String) -> Bool {
        let text = headingText(line)
        guard (2...3).contains(LineBytes.spaceSeparatedCount(text)) else { return false }
        let words = LineBytes.words(text)
        guard (2...3).contains(words.count), !LineBytes.contains(text, 0x2C),
            words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }),
            let names = Bylines.names(text), names.count == 1
        else { return false }
        return Bylines.isPersonLike(names[0]) && GivenNames.holdsGivenName(names[0])
    }
}
