import TextToolkit

extension LayoutReader {
    /// A headline the print page set over two lines, the break kept by the copy (`Radfahren in der` /
    /// `Stadt Salzburg`, `COMPUTER TERMINAL SYSTEMS` / `<CPML> COMPLETES SALE`): the joined title
    /// and the index after it, or nil.
    ///
    /// Only when exactly two lines stand before a blank line, neither states metadata or a date,
    /// the first ends no sentence (nor with `:`), the second ends with no period and is no
    /// publication's name, address or list of parts (` | `), both are 100 characters at most and
    /// of about the same length (16 characters apart at most: a break near the middle, not a
    /// kicker above a title or a standfirst under it), and the break shows: the first line ends
    /// with a word no headline ends with (`in der`, `et`, `of the`), or the second opens in lower
    /// case with such a word and holds no digit (`die Zusage“`; not `aujourd'hui à 8h14`), or
    /// both are in capitals (a print headline), the second ending no sentence (a subtitle's) and
    /// no person's name (a byline in capitals). A deck in lower case opening with an article (`… la
    /// lite sui dazi` / `il governo cerca …`), or in capitals under a title in capitals, is joined
    /// all the same: the form does not tell them apart.
    func halvedTitle(_ judged: JudgedLines, from start: Int) -> (title: String, end: Int)? {
        let lines = judged.lines
        let second = start + 1
        guard second + 1 < lines.count, !lines[second].isEmpty, lines[second + 1].isEmpty else { return nil }
        let top = Self.headingText(lines[start]), bottom = lines[second]
        let lengths = (top.count, bottom.count)
        guard lengths.0 <= 100, lengths.1 <= 100, abs(lengths.0 - lengths.1) <= 16,
            !Self.endsLikeSentence(top), top.utf8.last != 0x3A, !Self.endsWithPeriod(bottom)
        else { return nil }
        let broken = LineBytes.words(top).last.map({ Self.breakWords.contains(TextFolding.fold($0)) }) == true
            || bottom.first?.isLowercase == true && !LineBytes.hasDigit(bottom)
                && LineBytes.words(bottom).first.map({ Self.breakWords.contains(TextFolding.fold($0)) }) == true
            || Self.isInCapitals(top) && Self.isInCapitals(bottom) && !Self.endsLikeSentence(bottom)
                && !(Bylines.isPersonLike(bottom) && GivenNames.holdsGivenName(bottom))
        guard broken, !LineBytes.contains(top, bytes: " | "), !LineBytes.contains(bottom, bytes: " | "), !LineBytes.contains(bottom, bytes: "://"),
            !Self.isPublication(bottom), !WireAgencies.isAgency(bottom), judged.facts(second) == nil, judged.facts(start) == nil,
            dates.firstDate(in: bottom) == nil, dates.firstDate(in: top) == nil
        else { return nil }
        return (top + " " + bottom, second + 1)
    }

    /// Articles, conjunctions and prepositions (folded) that end no headline: a line ending with
    /// one was broken inside the headline. Not those a verb's particle can be (`ruft … auf`,
    /// `sinks in`, `look out for`).
    static let breakWords: Set<String> = [
        "the", "a", "of", "and", "or",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "im",
        "vom", "zum", "zur", "beim", "fur", "bei", "von",
        "le", "la", "les", "l'", "un", "une", "du", "de", "et", "au", "aux", "pour", "sur", "dans", "par", "avec",
        "el", "los", "las", "una", "y", "del", "con", "para", "al",
        "il", "lo", "gli", "e", "di", "della", "dei", "nel", "nella", "per", "tra",
        "os", "uma", "dos", "em", "na", "com", "pelo", "pela",
    ]
}
