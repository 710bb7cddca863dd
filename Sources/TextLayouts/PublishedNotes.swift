import Foundation
import DateReading
import TextToolkit

/// Reads the sentence a site sets at an article's foot to say when it was published: `This
/// article was published on 02/26/1987 at 08:39.`, `Cet article a été publié le 26/02/1987 à
/// 08:39.`, `Dieser Artikel wurde am 26.02.1987 veröffentlicht.`, `Este artículo fue publicado
/// el …`, `Questo articolo è stato pubblicato il …`, `Este artigo foi publicado em …`.
///
/// Contract: `date` accepts a line of at most 160 characters opening with the article named
/// (`This article`, `Cet article`, `Dieser Artikel`, `Este artículo`, `Questo articolo`, `Este
/// artigo`, `The article`, …), holding a word of publishing (`published`, `publié`,
/// `veröffentlicht`, `publicado`, `pubblicato`, `erschienen`, `paru`) followed by the date, a
/// word opening it (`on`, `le`, `am`, …) or nothing (never by where: `published in Reuters` is
/// `OriginNotes`' note), and no word of updating, of a print edition or of a first publication
/// (`originally`: `OriginNotes`); it returns the first
/// date of the line, a dateline's rank (a date stated at the top wins). Nil for any other line. `editionDate` reads a print
/// edition's line (`Edition of …`, `Ausgabe vom …`). Pure; never fails.
enum PublishedNotes {
    static func date(_ line: String, dates: DateRecognizer) -> CalendarDate? {
        guard let lead = line.utf8.first, lead == 0x54 || lead == 0x43 || lead == 0x44 || lead == 0x45 || lead == 0x51
            || lead == 0x4C || lead == 0x49 || lead == 0x4F,
            line.utf8.count <= 480, TextFolding.hasAtMost(line, 160)
        else { return nil }
        let folded = TextFolding.fold(line)
        guard openings.contains(where: { folded.hasPrefix($0) }), !elsewhere.contains(where: { folded.contains($0) }),
            let verb = publishing.lazy.compactMap({ folded.range(of: $0) }).first
        else { return nil }
        // What follows the verb is the date (`published on …`, `publié le …`) or nothing
        // (`… veröffentlicht.`), never where (`publicado no Público`: `OriginNotes`' note).
        let next = folded[verb.upperBound...].split(separator: " ").first.map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard next.map({ $0.isEmpty || dateOpeners.contains($0) || $0.first?.isNumber == true }) ?? true else { return nil }
        return dates.firstDate(in: line)?.date
    }

    private static let dateOpeners: Set<String> = ["on", "le", "am", "el", "il", "em", "a", "at", "the", "lo", "o"]

    /// `Edition of Saturday, December 22, 2012`, `Ausgabe vom Donnerstag, 26. Februar 1987`,
    /// `Édition du 3 mars 2026`, `Edición del …`, `Edizione del …`, `Edição de …`: a print
    /// edition's line under its masthead, the phrase then a date and nothing else; its date.
    static func editionDate(_ line: String, dates: DateRecognizer) -> CalendarDate? {
        guard LineBytes.mayOpen(line, letters: "ea"), TextFolding.hasAtMost(line, 80) else { return nil }
        let folded = TextFolding.fold(line)
        guard let phrase = editionPhrases.first(where: { folded.hasPrefix($0) }) else { return nil }
        return dates.dateLine(LineBytes.trimmed(String(line.dropFirst(phrase.count))))
    }

    private static let editionPhrases = [
        "edition of ", "edition du ", "edition de ", "ausgabe vom ", "edicion del ", "edicion de ", "edizione del ",
        "edizione di ", "edicao de ", "edicao do ",
    ]

    /// The article named first (folded).
    private static let openings = [
        "this article ", "the article ", "this story ", "cet article ", "l'article ", "dieser artikel ", "der artikel ",
        "dieser beitrag ", "este articulo ", "el articulo ", "questo articolo ", "l'articolo ", "este artigo ", "o artigo ",
    ]

    private static let publishing = [
        " published", " publie", " veroffentlicht", " erschienen", " paru", " publicado", " pubblicato", " publicada",
    ]

    /// An update's words, a print edition's (`PrintNotes` reads those notes) and a first
    /// publication's (`originally published on …`: a repost's note, `OriginNotes`').
    private static let elsewhere = [
        "updated", "mis a jour", "aktualisiert", "actualizado", "aggiornato", "atualizado", "edition", "edicao", "edicion",
        "edizione", "ausgabe", "originally", "initialement", "ursprunglich", "originalmente", "originariamente", "republi",
    ]
}
