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

    /// Whether one of `phrases` may be in the line, on its bytes in one pass, ASCII case ignored:
    /// `rint` (print), `mpre` (imprimée, impresa, impressa), `apie` (papier), `arta` (cartacea),
    /// `ruck` (Druckausgabe, gedruckten), `tamp` (stampata), with `edi`, `usgabe` or `ersion`
    /// (edition, Ausgabe, version) somewhere. A line without is none.
    private static func mayHoldPhrase(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 4 else { return false }
            for index in 0..<(count - 3) {
                // Most bytes open no piece: the first one alone turns them down.
                let a = bytes[index] | 0x20
                guard a == 0x72 || a == 0x6D || a == 0x61 || a == 0x74 else { continue }
                let b = bytes[index + 1] | 0x20, c = bytes[index + 2] | 0x20, d = bytes[index + 3] | 0x20
                switch (a, b) {
                case (0x72, 0x69): if c == 0x6E, d == 0x74 { return true }  // rint
                case (0x6D, 0x70): if c == 0x72, d == 0x65 { return true }  // mpre
                case (0x61, 0x70): if c == 0x69, d == 0x65 { return true }  // apie
                case (0x61, 0x72): if c == 0x74, d == 0x61 { return true }  // arta
                case (0x72, 0x75): if c == 0x63, d == 0x6B { return true }  // ruck
                case (0x74, 0x61): if c == 0x6D, d == 0x70 { return true }  // tamp
                default: break
                }
            }
            return false
        } && LineBytes.contains(line, anyOf: editionWords)
    }

    /// `edi`, `usgabe`, `ersion` as the line may write them (made once, not per line).
    private static let editionWords = NeedleSet(
        ["edi", "Edi", "EDI", "usgabe", "USGABE", "ersion", "ERSION", "ersão", "ersao"], ignoringCase: false)

    package static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard TextFolding.hasAtMost(line, 240), mayHoldPhrase(line) else { return nil }
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
        var words = LineBytes.words(rest)
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
