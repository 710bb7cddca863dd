import DateReading
import TextToolkit

/// A memo or a mail about an article whose subject quotes its headline: `RE: Article “Title”
/// (Reuters, March 3, 2026)`, `Betreff: Artikel „Title“ (Reuters)`, `Objet : l'article « Title »`.
///
/// Contract: `read` looks at the labelled lines among the first 15; a subject or title label
/// (`ClippingLabels`' `.title`, or a memo's `RE:`) whose value holds, after one to three words naming an article
/// (`Article`, `Artikel`, `l'article`, `story`…), an opening quote
/// (`HeadlineNotes.closers`: `“`, `„`, `«`, `‘`, `‹`, `"`) and its closing quote around 2 to 300 characters gives the title;
/// a parenthesis right after the closing quote gives the publication (its part before the
/// first comma, when a masthead's form) and the date (the first date in it); so does the part
/// between the article's word and a dash before the quote (`Article in Reuters of 26 February
/// 1987 – “Title”`, its preposition and the date's connector dropped). The article's text
/// starts after the first rule below the subject (within six lines), else after the blank line
/// that ends the labelled block. The memo's own sender and day are not the article's. Nil for
/// any other text, and when no text follows. Pure.
enum QuotedSubjects {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        for index in lines.indices.prefix(15) {
            guard LineBytes.contains(lines[index], 0x3A), let value = subject(lines[index]), let quoted = quoted(value) else { continue }
            var carried = CarriedFacts(title: quoted.title, bodyStart: lines.count)
            if let note = quoted.note {
                let date = dates.firstDate(in: note)
                carried.date = date?.date
                // `Reuters, 3 March 2026`, or `Reuters of 3 March 2026` (the date's connector dropped).
                var name = LineBytes.trimmed(note.split(separator: ",", maxSplits: 1).first ?? "")
                if let date, !LineBytes.contains(note, 0x2C) {
                    let words = note[..<date.range.lowerBound].split(separator: " ")
                    name = (words.last.map { connectors.contains(TextFolding.fold($0)) } ?? false ? words.dropLast() : words[...])
                        .joined(separator: " ")
                }
                if ClippingFacts.isMasthead(name), dates.firstDate(in: name) == nil { carried.source = name }
            }
            let below = (index + 1)..<min(lines.count, index + 7)
            if let rule = below.first(where: { Paragraphs.isRule(lines[$0]) }) {
                carried.bodyStart = rule + 1
            } else if let blank = lines[(index + 1)...].firstIndex(where: \.isEmpty) {
                carried.bodyStart = blank + 1
            }
            guard lines[carried.bodyStart...].contains(where: { !$0.isEmpty }) else { return nil }
            return carried
        }
        return nil
    }

    /// A subject's or title's value (`ClippingLabels`' `.title`), or a memo's `RE:` value.
    private static func subject(_ line: String) -> String? {
        if let (field, value) = ClippingLabels.parse(line), field == .title { return value }
        guard line.utf8.count > 3, line.prefix(3).lowercased() == "re:" else { return nil }
        return LineBytes.trimmed(line.dropFirst(3))
    }

    /// The quoted title and the parenthesis after it (without its brackets), or nil.
    private static func quoted(_ value: String) -> (title: String, note: String?)? {
        // The closing quote found walking forward (the last after the opening one): `lastIndex(of:)` steps back over a
        // run of flags counting the run at each step.
        // A value without the bytes of any opening quote holds none of them as a Character either (none has another
        // scalar sequence canonically equivalent to it): a 10 MiB value is not looked up Character by Character.
        guard Self.openerBytes.contains(where: { LineBytes.contains(value, bytes: $0) }),
            let open = value.firstIndex(where: { HeadlineNotes.closers[$0] != nil }), open > value.startIndex,
            let close = LineBytes.lastIndex(of: HeadlineNotes.closers[value[open]]!, in: value), close > open
        else { return nil }
        // The words before the quote name an article (`Article`, `l'article`, `Artikel`): a
        // headline that opens with a quote, or quotes a speaker, is no memo's subject.
        let before = LineBytes.words(TextFolding.fold(value[..<open])).map { $0.replacingOccurrences(of: "’", with: "'") }
        let title = LineBytes.trimmed(value[value.index(after: open)..<close])
        guard (2...300).contains(title.count) else { return nil }
        // `Article in Reuters of 26 February 1987 – “…”`: the publication and day between the word and a dash.
        if before.count > 3, let first = before.first, articleWords.contains(where: { first.hasSuffix($0) }),
            let dash = [" – ", " — ", " - "].lazy.compactMap({ value[..<open].range(of: $0, options: .backwards) }).first,
            value[dash.upperBound..<open].allSatisfy({ $0 == " " })
        {
            let words = value[..<dash.lowerBound].split(separator: " ").dropFirst()
            guard let preposition = words.first, prepositions.contains(TextFolding.fold(preposition)) else { return nil }
            return (title, words.dropFirst().joined(separator: " "))
        }
        guard (1...3).contains(before.count), before.contains(where: { word in articleWords.contains { word.hasSuffix($0) } })
        else { return nil }
        let rest = LineBytes.trimmed(value[value.index(after: close)...])
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return rest.isEmpty ? (title, nil) : nil }
        return (title, String(rest.dropFirst().dropLast()))
    }

    /// The opening quotes' UTF-8 (`HeadlineNotes.closers`' keys).
    private static let openerBytes = HeadlineNotes.closers.keys.map { String($0) }

    /// Words after which a subject names the publication (folded): `Article in X`, `Artículo de X`.
    private static let prepositions: Set<String> = ["in", "de", "du", "von", "aus", "del", "do", "da", "di", "dans", "en", "of", "from", "no", "na", "su"]

    /// Words that join a publication's name to the date after it (folded).
    private static let connectors: Set<String> = ["of", "from", "du", "vom", "del", "de", "do", "da", "di", "dal", "on", "le", "am", "il", "el", "a"]

    /// Words naming an article (folded), matched at a word's end (`l'article`).
    private static let articleWords = [
        "article", "artikel", "articulo", "articolo", "artigo", "story", "piece", "beitrag", "bericht", "papier",
        "pezzo", "nota", "noticia", "notizia", "materia", "report", "reportage",
    ]
}
