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
        guard line.utf8.count <= 480, namesThePiece(line), TextFolding.hasAtMost(line, 160) else { return nil }
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
    /// edition's line under its masthead, or a programme's broadcast line (`Broadcast on …`,
    /// `Sendung vom …`, `Puntata del …`), the phrase then a date and nothing else, in figures, or
    /// spoken with `readsSpokenDays` (a paper's or a copy sheet's edition line: `SpokenDates`, up to
    /// 120 characters); its date.
    static func editionDate(_ line: String, dates: DateRecognizer, readsSpokenDays: Bool = false) -> CalendarDate? {
        guard LineBytes.mayStart(line, withAnyOf: editionOpenings), TextFolding.hasAtMost(line, readsSpokenDays ? 120 : 80)
        else { return nil }
        let folded = TextFolding.fold(line)
        guard let phrase = editionPhrases.first(where: { folded.hasPrefix($0) }) else { return nil }
        let rest = LineBytes.trimmed(String(line.dropFirst(phrase.count)))
        // A copy sheet's `edition of Thursday the twenty-sixth of February nineteen eighty-seven`: the day in words.
        guard TextFolding.hasAtMost(line, 80) else { return SpokenDates.date(rest) }
        if let date = dates.dateLine(rest) { return date }
        if readsSpokenDays, let date = SpokenDates.date(rest) { return date }
        // `Puntata del 5 marzo 2024, ore 06:59`, `Diffusion : 5 mars 2024 à 06:59`: the day, then its hour.
        guard let found = dates.firstDate(in: rest), found.range.lowerBound == rest.startIndex,
            isHour(TextFolding.fold(rest[found.range.upperBound...]))
        else { return nil }
        return found.date
    }

    /// Whether `line` opens with an edition's or a broadcast's phrase (`édition du `, `Ausgabe vom `), whatever follows.
    static func opensEdition(_ line: String) -> Bool {
        guard LineBytes.mayStart(line, withAnyOf: editionOpenings) else { return false }
        let folded = TextFolding.fold(line.prefix(40))
        return editionPhrases.contains { folded.hasPrefix($0) }
    }

    /// `, ore 06:59`, ` à 06h59`, `, 06:59 Uhr` (folded): a time of day after a date, a word before it at most.
    private static func isHour(_ tail: String) -> Bool {
        var words = tail.split { $0 == " " || $0 == "," }.map(String.init)
        if let last = words.last, ["uhr", "h"].contains(last) { words.removeLast() }
        if words.count == 2, ["ore", "a", "as", "um", "at", "alle", "a las", "las"].contains(words[0]) { words.removeFirst() }
        guard words.count == 1 else { return false }
        let digits = words[0].split { $0 == ":" || $0 == "h" || $0 == "." }
        return (1...2).contains(digits.count) && digits.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }

    /// The ASCII openings of `editionPhrases` (ASCII case ignored; `Édition`, opening with a non-ASCII byte, is passed on).
    private static let editionOpenings = LineOpenings(
        "edi", "ausgabe", "broadcast", "first broadcast", "aired", "diffus", "sendung", "emitido", "puntata",
        "in onda", "fecha de emis"
    )

    private static let editionPhrases = [
        "edition of ", "edition du ", "edition de ", "ausgabe vom ", "edicion del ", "edicion de ", "edizione del ",
        "edizione di ", "edicao de ", "edicao do ",
        // A radio or television report's broadcast (`Broadcast on Thursday, February 26, 1987, 06:59`).
        "broadcast on ", "first broadcast on ", "aired on ", "diffusion : ", "diffusion: ", "diffuse le ", "sendung vom ",
        "emitido el ", "emitido a ", "emitido em ", "puntata del ", "in onda il ", "fecha de emision: ",
    ]

    /// Whether the line's first words may be one of `openings`, on its bytes (most lines are
    /// turned down without folding): a first word that is one of theirs, ASCII case ignored, then
    /// `art`, `sto` or `bei` (article, artículo, artigo, Artikel; story; Beitrag), or `l'art`.
    private static func namesThePiece(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count > 8 else { return false }
            var space = 0
            while space < min(bytes.count, 8), bytes[space] != 0x20 { space += 1 }
            let lowered = { (index: Int) in ASCII.lowercased(bytes[index]) }
            if space >= 5, lowered(0) == 0x6C, bytes[1] == 0x27 || bytes[1] == 0xE2 {  // l'article, l’articolo
                return true
            }
            guard space < bytes.count - 3, firstWords.contains(Array((0..<space).map(lowered))) else { return false }
            let next = (lowered(space + 1), lowered(space + 2), lowered(space + 3))
            return next == (0x61, 0x72, 0x74) || next == (0x73, 0x74, 0x6F) || next == (0x62, 0x65, 0x69)
        }
    }

    private static let firstWords: Set<[UInt8]> = Set(["this", "the", "cet", "dieser", "der", "este", "el", "questo", "o"]
        .map { Array($0.utf8) })

    /// The article named first (folded).
    private static let openings = [
        "this article ", "the article ", "this story ", "cet article ", "l'article ", "dieser artikel ", "der artikel ",
        "dieser beitrag ", "este articulo ", "el articulo ", "questo articolo ", "l'articolo ", "este artigo ", "o artigo ",
        "l\u{2019}article ", "l\u{2019}articolo ",
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
