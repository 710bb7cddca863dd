import DateReading
import TextToolkit

/// A print edition's reference on its own line, as a cutting service or an archive heads a
/// clipping with it: the publication, the issue's number, the day (often with its weekday) and
/// the page, parted by commas: `Süddeutsche Zeitung, Nr. 51, Dienstag, 3. März 1987, Seite 7`,
/// `Le Figaro, No. 379, page 8`, `Reuters, n. 379, lunedì 2 marzo 1987, pagina 26`, `The
/// Planetary Press, n.º 94, página 11`.
///
/// Contract: `read(_:dates:)` takes a line of at most 160 characters whose first comma-parted
/// part is a masthead's form (`ClippingFacts.isMasthead`), whose second is an issue's number
/// (`Nr.`, `No.`, `n.`, `n.º`, `nº`, `N°`, `núm.`, `Heft`, then digits) and whose last is a page
/// (`Seite 7`, `S. 7`, `page 8`, `p. 8`, `pagina 26`, `página 11`, `pág. 3`); the parts between,
/// when there are any, must read as one date (a weekday before it allowed), which is the
/// article's day. Nil for any other line. Pure; never fails.
enum IssueReferences {
    static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        // The cheap tests first (this is asked of every line): the line ends with the page's number, after its last comma.
        guard let end = line.utf8.last, end &- 0x30 < 10, line.utf8.count <= 480, let comma = line.utf8.lastIndex(of: 0x2C),
            isPage(LineBytes.trimmed(line[line.utf8.index(after: comma)...])), TextFolding.hasAtMost(line, 160)
        else { return nil }
        let parts = line.split(separator: ",", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard parts.count >= 3, parts.count <= 6, isIssueNumber(parts[1]), isPage(parts[parts.count - 1]) else { return nil }
        let name = parts[0]
        guard ClippingFacts.isMasthead(name) else { return nil }
        let middle = parts[2..<(parts.count - 1)]
        guard !middle.isEmpty else { return (name, nil) }
        let stated = middle.joined(separator: ", ")
        guard let found = dates.firstDate(in: stated) else { return nil }
        // Only a weekday (and its comma) may stand before the day; nothing after it.
        let before = LineBytes.words(stated[..<found.range.lowerBound])
        guard before.count <= 1, stated[found.range.upperBound...].allSatisfy({ $0 == "." || $0 == " " }) else { return nil }
        return (name, found.date)
    }

    /// A print page's masthead line, its parts between dashes: the paper's name, the issue's number,
    /// perhaps the day (its weekday before it), the edition and the price: `THE GUARDIAN — No. 16583 —
    /// Friday, October 6, 2017 — late edition — Price 5.00`, `EL PAÍS — Nr. 15769 — Ausgabe München —
    /// Preis 1,80`, `LE MONDE — N° 15707 — Édition de 13 heures — Prix : 1,80`.
    ///
    /// Contract: a line of at most 200 characters of three to six parts between ` — ` (or ` – `),
    /// the first a masthead's form (`ClippingFacts.isMasthead`), the second an issue's number of
    /// three digits or more, each other part a date (the article's day: the first) or five words
    /// at most ending no sentence, one of them a date or naming an edition or a price; nil for any
    /// other line. Pure; never fails.
    static func readMastheadLine(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        // The cheap tests first (this is asked of every line): a dash and a digit.
        guard line.utf8.count <= 800, LineBytes.contains(line, bytes: " — ") || LineBytes.contains(line, bytes: " – "),
            LineBytes.hasDigit(line), TextFolding.hasAtMost(line, 200)
        else { return nil }
        let dash = LineBytes.contains(line, bytes: " — ") ? " — " : " – "
        let parts = line.components(separatedBy: dash).map { LineBytes.trimmed($0) }
        guard (3...6).contains(parts.count), isIssueNumber(parts[1]), parts[1].filter(\.isNumber).count >= 3,
            ClippingFacts.isMasthead(parts[0])
        else { return nil }
        var day: CalendarDate?
        var printed = false
        for part in parts.dropFirst(2) {
            if let date = dates.dateLine(part) {
                day = day ?? date
                continue
            }
            let words = LineBytes.words(part)
            guard (1...5).contains(words.count), !LayoutReader.endsLikeSentence(part) else { return nil }
            printed = printed || words.contains { editionWords.contains(TextFolding.fold($0)) }
        }
        // A headline set with dashes (`REAL ZARAGOZA — Nº 1 — LA AFICIÓN VUELVE`) states no day, edition or price.
        guard day != nil || printed else { return nil }
        return (parts[0], day)
    }

    /// The words of a masthead line's edition and price (folded).
    private static let editionWords: Set<String> = [
        "edition", "ausgabe", "edicion", "edizione", "edicao", "price", "preis", "prix", "precio", "prezzo", "preco",
    ]

    /// A weekly's issue line naming the publication, its issue's number and perhaps its day: `Aus:
    /// Reuters Nr. 9/1987 vom 26. Februar 1987`, `From Reuters, No. 9/1987, issue of February 26,
    /// 1987`, `Paru dans Le Figaro n° 9/1987 du 26 février 1987`, `Publicado em Público n.º 12`.
    ///
    /// Contract: a line of at most 160 characters opening with a publishing phrase or `From`, `Aus`,
    /// `Da`, `De`, `Du` (a colon after it allowed), then a masthead's form (`ClippingFacts.isMasthead`),
    /// an issue's word (`Nr.`, `No.`, `n.`, `n.º`, `nº`, `n°`, `núm.`, `Heft`, `issue`) and its
    /// number (one to six digits, perhaps `/` and the year), then nothing, or at most two
    /// lowercase words (`vom`, `du`, `issue of`) and one date, which is the article's day. Nil for
    /// any other line. Pure; never fails.
    static func readIssueLine(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard LineBytes.mayOpen(line, letters: "afpde"), line.utf8.count <= 480, let space = line.utf8.firstIndex(of: 0x20),
            line.utf8.distance(from: line.utf8.startIndex, to: space) <= 11, LineBytes.hasDigit(line), TextFolding.hasAtMost(line, 160)
        else { return nil }
        // The first word alone first (most lines opening with `De` or `From` go no further than it).
        var first = TextFolding.fold(line[..<space])
        if first.hasSuffix(":") { first.removeLast() }
        guard issuePhrases.contains(where: { $0[0] == first }) else { return nil }
        var words = line.split(separator: " ")
        guard words.count >= 4 else { return nil }
        // `Aus:` → `Aus`: the phrase's colon.
        if words[0].utf8.last == 0x3A { words[0] = words[0].dropLast() }
        let folded = words.prefix(4).map { TextFolding.fold($0) }
        guard let phrase = issuePhrases.first(where: { $0.count < folded.count && Array(folded.prefix($0.count)) == $0 }) else {
            return nil
        }
        // The issue's word, then its number: the name stands between the phrase and them.
        guard let word = words.indices.dropFirst(phrase.count + 1).first(where: { index in
            index + 1 < words.count && isIssueWord(words[index]) && isIssueDigits(words[index + 1])
        }) else { return nil }
        var name = LineBytes.trimmed(words[phrase.count..<word].joined(separator: " "))
        if name.hasSuffix(",") { name = LineBytes.trimmed(name.dropLast()) }
        guard ClippingFacts.isMasthead(name), !isOfficialGazette(name) else { return nil }
        let rest = LineBytes.trimmed(words[(word + 2)...].joined(separator: " "))
        guard !rest.isEmpty, rest != "." else { return (name, nil) }
        guard let found = dates.firstDate(in: rest) else { return nil }
        // `vom`, `du`, `del`, `issue of`, a comma: at most two lowercase words before the day, nothing after it.
        let before = LineBytes.words(rest[..<found.range.lowerBound].filter { $0 != "," })
        guard before.count <= 2, before.allSatisfy({ $0.first?.isLowercase == true }),
            rest[found.range.upperBound...].allSatisfy({ $0 == "." || $0 == " " })
        else { return nil }
        return (name, found.date)
    }

    /// An official gazette's name (`Diário da República`, `BOE`, `Journal officiel`, `Bundesgesetzblatt`): a law's
    /// publication, no article's.
    static func isOfficialGazette(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        return officialGazettes.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }

    private static let officialGazettes = [
        "diario da republica", "diario oficial", "boe", "boletin oficial", "boletin oficial del estado", "journal officiel",
        "bulletin officiel", "moniteur belge", "bundesgesetzblatt", "bundesanzeiger", "gazzetta ufficiale", "official journal",
        "federal register", "the london gazette", "london gazette", "staatsblad", "amtsblatt",
    ]

    /// The phrases opening an issue line (folded words): a publishing phrase or another opening
    /// (`ClippingFacts.publishedInPhrases`, `ClippingFacts.issueOpenings`).
    private static let issuePhrases: [[String]] = (ClippingFacts.publishedInPhrases + ClippingFacts.issueOpenings).map {
        $0.split(separator: " ").map(String.init)
    }

    /// An issue's word, a trailing comma allowed (`No.,` is none: `No.` then the number).
    private static func isIssueWord(_ word: Substring) -> Bool {
        TextFolding.hasAtMost(word, 8) && issueWords.contains(TextFolding.fold(word))
    }

    /// `9/1987`, `12`, `12,`: one to six digits, perhaps a slash and a year of two or four, perhaps a comma.
    private static func isIssueDigits(_ word: Substring) -> Bool {
        var bytes = word.utf8[...]
        if bytes.last == 0x2C { bytes = bytes.dropLast() }
        let parts = bytes.split(separator: 0x2F, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...6).contains(parts[0].count) else { return false }
        if parts.count == 2, parts[1].count != 2 && parts[1].count != 4 { return false }
        return parts.allSatisfy { $0.allSatisfy { $0 &- 0x30 < 10 } }
    }

    /// `Nr. 51`, `No. 379`, `n. 379`, `n.º 94`, `nº 94`, `N° 12`, `núm. 3`, `Heft 7` (folded).
    private static func isIssueNumber(_ part: String) -> Bool {
        guard TextFolding.hasAtMost(part, 16), let space = part.lastIndex(of: " ") else { return false }
        let number = part[part.index(after: space)...]
        guard !number.isEmpty, number.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return issueWords.contains(TextFolding.fold(part[..<space]))
    }

    private static let issueWords: Set<String> = [
        "nr.", "no.", "n.", "n.o", "n.º", "nº", "n°", "no", "num.", "numero", "heft", "ausgabe", "issue", "nro.", "nr",
    ]

    /// `Seite 7`, `S. 7`, `page 8`, `p. 8`, `pagina 26`, `página 11`, `pág. 3`: a page as an index entry
    /// states it (`IndexEntries.isPageReference`), 16 Characters at most (asked of a line's last part).
    private static func isPage(_ part: String) -> Bool {
        TextFolding.hasAtMost(part, 16) && IndexEntries.isPageReference(part)
    }
}
