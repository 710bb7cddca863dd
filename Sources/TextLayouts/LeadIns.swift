import DateReading
import TextToolkit

/// A press review's lead-in before the article's text, in the first paragraph, up to a colon:
/// - `Reuters reported on March 3, 2026:`, `Le Monde diplomatique berichtete:`, `Reuters
///   noticiou a 3 de março de 2026:` — a publication, a reporting verb, maybe a date: the
///   publication is the source;
/// - `Su The Verge, Jon Porter scrive:`, `In netzpolitik.org schreibt Markus Reuter:`, `Em
///   Boing Boing, Cory Doctorow escreve:` — where it appeared and who wrote it: the source and
///   the author;
/// - `It was reported on …:`, `On apprenait le …:`, `Gemeldet wurde am …:`, `Se informó …:`,
///   `Si apprendeva …:`, `Noticiou-se …:` — impersonal: only a date, when it states one.
///
/// Contract: the clause before the colon has at most 16 words and is nothing but one of these
/// forms (a date where a form allows one); `read` returns what it states and the paragraph
/// without it, or nil. Only the first paragraph of a body is asked. Pure; never fails.
enum LeadIns {
    struct LeadIn {
        var facts: LineFacts
        /// The paragraph after the colon.
        var rest: String
    }

    static func read(_ paragraph: String, dates: DateRecognizer) -> LeadIn? {
        // On the bytes first: a colon and a space within 200 bytes, at most 15 spaces before it.
        guard let colonOffset = paragraph.utf8.withContiguousStorageIfAvailable({ leadColon(in: $0.prefix(200)) })
            ?? leadColon(in: paragraph.utf8.prefix(200))
        else { return nil }
        let colon = paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: colonOffset)
        let after = paragraph[paragraph.index(after: colon)...]
        guard after.first == " " else { return nil }
        let clause = LineBytes.trimmed(paragraph[..<colon])
        // Every form holds one of these stems (its verb, or `In`/`Su`… before a writer's verb).
        guard stems.contains(where: { LineBytes.contains(clause, bytes: $0) }) else { return nil }
        let words = LineBytes.words(clause)
        guard (2...16).contains(words.count) else { return nil }
        let folded = TextFolding.fold(clause)
        var facts = LineFacts()
        facts.dateRank = .sourceLine
        let date = dates.firstDate(in: clause)
        facts.date = date?.date
        // What the clause holds besides its date (and the preposition before it).
        let undated = date.map { withoutDate(clause, $0.range) } ?? clause
        if let phrase = impersonal.first(where: { folded.hasPrefix($0) }) {
            guard leftover(undated, after: phrase).isEmpty else { return nil }
        } else if let (source, author) = placed(undated) {
            facts.source = source
            facts.authors = author.map { [$0] } ?? []
        } else if let source = reporting(undated) {
            facts.source = source
        } else {
            return nil
        }
        return LeadIn(facts: facts, rest: LineBytes.trimmed(after))
    }

    /// The offset of the first colon among `bytes` when one to 15 spaces stand before it; nil
    /// otherwise (no colon, no space, or a 16th space first). Read through a pointer when the
    /// caller has one (the view's generic walk cost some 25 instructions a byte).
    private static func leadColon(in bytes: some Sequence<UInt8>) -> Int? {
        var spaces = 0
        var offset = 0
        for byte in bytes {
            if byte == 0x3A { return (1...15).contains(spaces) ? offset : nil }
            if byte == 0x20 {
                spaces += 1
                if spaces > 15 { return nil }
            }
            offset += 1
        }
        return nil
    }

    /// `Reuters berichtete` (the date already removed): the publication before a reporting verb
    /// that ends the clause; nil otherwise.
    private static func reporting(_ clause: String) -> String? {
        let words = LineBytes.words(clause)
        for count in [2, 1] where words.count > count {
            let verb = TextFolding.fold(words.suffix(count).joined(separator: " "))
            guard verbs.contains(verb) else { continue }
            let name = words.dropLast(count).joined(separator: " ")
            return isName(name) ? name : nil
        }
        return nil
    }

    /// `Su The Verge, Jon Porter scrive`, `In netzpolitik.org schreibt Markus Reuter`: the
    /// publication and the author (nil when the clause is not of that form).
    private static func placed(_ clause: String) -> (source: String, author: String?)? {
        let folded = TextFolding.fold(clause)
        guard let opening = placeWords.first(where: { folded.hasPrefix($0 + " ") }) else { return nil }
        let rest = clause.dropFirst(opening.count + 1)
        if let comma = rest.firstIndex(of: ",") {
            // `Su X, Y scrive`.
            let source = LineBytes.trimmed(rest[..<comma])
            let words = LineBytes.words(rest[rest.index(after: comma)...])
            guard words.count >= 2, writes.contains(TextFolding.fold(words.last!)) else { return nil }
            let author = words.dropLast().joined(separator: " ")
            guard isName(source), Bylines.isPersonLike(author) else { return nil }
            return (source, author)
        }
        // `In X schreibt Y` (a verb in second place).
        let words = LineBytes.words(rest)
        guard let verb = words.firstIndex(where: { writes.contains(TextFolding.fold($0)) }), verb > 0, verb < words.count - 1
        else { return nil }
        let source = words[..<verb].joined(separator: " ")
        let author = words[(verb + 1)...].joined(separator: " ")
        guard isName(source), Bylines.isPersonLike(author) else { return nil }
        return (source, author)
    }

    /// A publication's name: one to six words, the first capitalised or a web address
    /// (`netzpolitik.org`), not a pronoun.
    private static func isName(_ name: String) -> Bool {
        let words = LineBytes.words(name)
        guard (1...6).contains(words.count), let first = words.first?.first else { return false }
        return (first.isUppercase || name.contains(".") || first.isNumber) && !pronouns.contains(TextFolding.fold(words[0]))
    }

    /// `clause` without the date's words and a preposition right before them.
    private static func withoutDate(_ clause: String, _ range: Range<String.Index>) -> String {
        var before = LineBytes.trimmed(clause[..<range.lowerBound])
        let words = LineBytes.words(before)
        if let last = words.last, datePrepositions.contains(TextFolding.fold(last)) {
            before = words.dropLast().joined(separator: " ")
        }
        let after = LineBytes.trimmed(clause[range.upperBound...])
        return after.isEmpty ? before : before + " " + after
    }

    /// What follows an impersonal phrase in the (undated) clause.
    private static func leftover(_ clause: String, after phrase: String) -> String {
        let words = LineBytes.words(clause)
        let phraseWords = LineBytes.words(phrase).count
        return words.dropFirst(phraseWords).joined(separator: " ")
    }

    /// Byte stems of the verbs and phrases of every form (`report`, `bericht`, `scri`…).
    private static let stems = [
        "report", "rapport", "bericht", "meld", "nform", "ublic", "riport", "rifer", "otici", "elat", "appren",
        "chreib", "scri", "scre", "crit", "writ", "supo", "soube",
    ]

    private static let impersonal = [
        "it was reported", "it is reported", "on apprenait", "on apprend", "gemeldet wurde", "es wurde gemeldet",
        "se informo", "se supo", "si apprendeva", "si apprende", "noticiou-se", "foi noticiado", "soube-se",
    ]
    /// Reporting verbs of the first form (not `wrote`: `Smith wrote:` opens a quotation).
    private static let verbs: Set<String> = [
        "reported", "reports", "rapporte", "rapportait", "a rapporte", "berichtete", "berichtet", "meldete", "meldet",
        "informo", "informa", "publico", "riportava", "riporta", "ha riportato", "riferisce", "noticiou", "informou",
        "publicou", "relatou",
    ]
    /// Verbs of `placed` forms (`Y scrive`, `schreibt Y`).
    private static let writes: Set<String> = [
        "writes", "reports", "ecrit", "rapporte", "schreibt", "berichtet", "escribe", "informa", "scrive", "riporta",
        "escreve", "relata",
    ]
    private static let placeWords = ["writing in", "in", "dans", "en", "em", "su", "sur", "auf", "no", "na"]
    private static let datePrepositions: Set<String> = ["on", "le", "am", "el", "il", "a", "em", "du", "del", "vom", "of", "de"]
    private static let pronouns: Set<String> = ["it", "il", "es", "on", "se", "si", "this", "we", "they", "he", "she"]
}
