import DateReading
import TextToolkit

/// Reads the note a site sets under an article that also appeared in print: `A version of this
/// article appeared in the print edition of The Guardian on March 3, 2026, page 14.`, `Dieser
/// Artikel erschien in der Printausgabe von Die Zeit vom 3. März 2026, Seite 14.`, `Cet article
/// est paru dans l'édition imprimée du Monde du 3 mars 2026`, `Este artículo se publicó en la
/// edición impresa de El País`, `Questo articolo è uscito sull'edizione cartacea di …`, `Este
/// artigo foi publicado na edição impressa de …`.
///
/// Contract: `read` accepts a line of at most 240 characters holding a print-edition phrase
/// (`print edition`, `Printausgabe`, `édition imprimée`, `edición impresa`, `edizione
/// cartacea`, `edição impressa`, …) followed by the publication's name (after `of`, `von`, `de`,
/// `du`, `di`, `da`, `der`, …); it returns the name (up to the date, a comma or the end) and
/// the edition's date when one follows; the edition's date is the article's. Nil for any other
/// line, or when no name follows the phrase. Pure; never fails.
package enum PrintNotes {
    private static let phrases = [
        "print edition", "printed edition", "print version", "printausgabe", "druckausgabe", "gedruckten ausgabe",
        "edition imprimee", "edition papier", "version papier", "edicion impresa", "version impresa",
        "edizione cartacea", "edizione stampata", "edicao impressa", "versao impressa",
    ]

    private static let prepositions: Set<String> = [
        "of", "von", "der", "des", "de", "du", "della", "di", "del", "da", "do", "la", "le", "l'", "d'",
    ]

    private static let dateOpeners: Set<String> = ["on", "vom", "am", "du", "le", "del", "de", "el", "il", "em", "of", "dated"]

    package static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard TextFolding.hasAtMost(line, 240),
            LineBytes.contains(line, bytes: "print") || LineBytes.contains(line, bytes: "Print")
                || LineBytes.contains(line, bytes: "impres") || LineBytes.contains(line, bytes: "papier")
                || LineBytes.contains(line, bytes: "cartacea") || LineBytes.contains(line, bytes: "Druck")
                || LineBytes.contains(line, bytes: "gedruckt") || LineBytes.contains(line, bytes: "stampata")
        else { return nil }
        let folded = TextFolding.fold(line)
        guard let phrase = phrases.lazy.compactMap({ folded.firstRange(of: $0) }).first else { return nil }
        // Folding keeps one Character per Character of the line (accents dropped, case lowered),
        // so an offset in the folded text is one in the line.
        let offset = folded.distance(from: folded.startIndex, to: phrase.upperBound)
        guard folded.count == line.count else { return nil }
        let after = String(line.dropFirst(offset))
        let found = dates.firstDate(in: after)
        var rest = found.map { after[..<$0.range.lowerBound] } ?? after[...]
        if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
        var words = rest.split(separator: " ")
        while let first = words.first, prepositions.contains(TextFolding.fold(first)) { words.removeFirst() }
        // `du Monde` (de + le): the article is part of the name's contraction.
        if let first = words.first, TextFolding.fold(first).hasPrefix("l'") || TextFolding.fold(first).hasPrefix("l’") {
            words[0] = first.dropFirst(2)
        }
        while let last = words.last, dateOpeners.contains(TextFolding.fold(last)) || last.allSatisfy({ $0 == "." }) {
            words.removeLast()
        }
        var name = words.joined(separator: " ")
        while let last = name.last, ".;:".contains(last) { name.removeLast() }
        guard !name.isEmpty, TextFolding.hasAtMost(name, 60) else { return nil }
        return (name, found?.date)
    }
}
