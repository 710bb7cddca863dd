import DateReading
import TextToolkit

/// Reads the credit line wire copy ends with: `(Reporting by Jane Otieno and John Mwangi;
/// Editing by Ann Smith)`, `(Additional reporting by …)`, `(Writing by …)`, and the French
/// `(Reportage Awa Diop ; Édité par …)`, `(Rédigé par …)`, a long-read's `Escrito por A` and
/// `Edição: P` at its foot, the German `Berichterstattung: A; Redaktion: P`; a translator's credit (`Translated by T`, `Übersetzt von T`,
/// `Translated from the French by T`, `Aus dem Spanischen übersetzt von T`) names no author either.
///
/// Contract: returns the reporters' and writers' names (`Bylines.names` of each such part),
/// never the editors': empty for a credit naming editors only (`(Editing by Ann Smith)`, a line
/// that states no author and is no source); nil unless the line is wholly such a credit (in
/// parentheses or not), each part naming someone. Pure; never fails.
package enum CreditLines {
    private static let authorKinds = [
        "reporting by ", "additional reporting by ", "writing by ", "written by ", "reportage ",
        "reportage de ", "redige par ", "redaction ", "mit material von ", "escrito por ", "scritto da ", "text: ",
        "berichterstattung: ", "berichterstattung von ",
    ]
    private static let otherKinds = [
        "editing by ", "edited by ", "compiled by ", "graphics by ", "edite par ", "edition ",
        "redigiert von ", "bearbeitet von ", "redaktion: ", "edicion: ", "editing: ", "edicao: ", "editado por ", "a cura di ",
        // A translator's credit: `Translated by T`, `Traduit par T`, `Übersetzt von T`, `Traducción de T`, …
        "translated by ", "translation by ", "traduit par ", "traduction de ", "traduction ",
        "ubersetzt von ", "ubersetzung ", "ubersetzung von ", "traduccion de ", "traducido por ",
        "traduzione di ", "tradotto da ", "traducao de ", "traduzido por ",
    ]

    /// A translator's credit naming the language (`Translated from the French by T`, `Aus dem
    /// Spanischen übersetzt von T`, `Traduit de l'anglais par T`, `Traducido del alemán por T`,
    /// `Tradotto dall'inglese da T`, `Traduzido do francês por T`): its opening (folded) and the
    /// word before the translator's name.
    private static let translatedFrom: [(opening: String, by: String)] = [
        ("translated from ", " by "), ("aus dem ", " ubersetzt von "), ("traduit de ", " par "), ("traduit du ", " par "),
        ("traducido del ", " por "), ("traducido de ", " por "), ("tradotto dal", " da "), ("traduzido do ", " por "),
        ("traduzido de ", " por "), ("traduzida do ", " por "),
    ]

    /// The first word of every kind, and `(`: what `LineBytes.mayStartTrimmed` looks for.
    private static let prefilter = LineOpenings(
        "(", "reporting", "additional", "writing", "written", "reportage", "redige", "redaction", "mit",
        "editing", "edited", "compiled", "graphics", "edite", "edition", "redigiert", "bearbeitet",
        "translat", "tradu", "trado", "aus dem", "ubersetz", "escrito", "scritto", "text", "redaktion", "edi", "a cura",
        "berichterstattung"
    )

    /// The translator's name part of a credit naming the language it was translated from; nil
    /// for any other text.
    private static func translatorPart(_ text: Substring, folded: String) -> Substring? {
        guard let form = translatedFrom.first(where: { folded.hasPrefix($0.opening) }), let by = folded.range(of: form.by),
            folded.distance(from: folded.startIndex, to: by.lowerBound) <= 40
        else { return nil }
        // The folded text keeps the original's Characters one for one up to the name (a language's name and the
        // credit's words fold letter for letter), so the name starts at the same Character offset.
        let offset = folded.distance(from: folded.startIndex, to: by.upperBound)
        guard offset < text.count else { return nil }
        return text.dropFirst(offset)
    }

    /// A long-read's credits at its foot (`Written by A · Edited by P · Published 3 March 1987`,
    /// `Text: A · Redaktion: P · Veröffentlicht am …`): each part a credit `authors` reads or a
    /// publishing phrase (`Published`, `Publié le`, `Veröffentlicht am`, `Publicado el`/`a`/`em`,
    /// `Pubblicato il`) right before a date (read in the phrase's language, else the article's).
    /// The writers and the day; nil unless the line
    /// holds one such phrase and one credit at least, every part read.
    package static func credits(_ line: String, dates: DateRecognizer) -> (authors: [String], date: CalendarDate)? {
        guard LineBytes.contains(line, bytes: " · ") || LineBytes.contains(line, bytes: " \u{387} "), TextFolding.hasAtMost(line, 240)
        else { return nil }
        var names: [String] = []
        var date: CalendarDate?
        for part in line.components(separatedBy: " · ").map({ LineBytes.trimmed($0) }) {
            let folded = TextFolding.fold(part)
            if let (phrase, language) = publishing.first(where: { folded.hasPrefix($0.phrase) }) {
                let rest = String(part.dropFirst(phrase.count))
                // The phrase's language first: the credits' may not be the article's (`Publicado em 09/06/2019`
                // under an English text is the 9th of June, not September 6).
                let found = DateRecognizer(language: language, keepsTime: dates.keepsTime).firstDate(in: rest) ?? dates.firstDate(in: rest)
                guard date == nil, let found, LineBytes.trimmed(rest[..<found.range.lowerBound]).isEmpty else { return nil }
                date = found.date
            } else if let found = authors(part) {
                names += found.filter { !names.contains($0) }
            } else {
                return nil
            }
        }
        guard let date else { return nil }
        return (names, date)
    }

    /// Publishing phrases, folded, with the space after them, and their language (`credits`).
    private static let publishing: [(phrase: String, language: String)] = [
        ("published on ", "en"), ("published ", "en"), ("publie le ", "fr"), ("veroffentlicht am ", "de"),
        ("publicado el ", "es"), ("publicado a ", "pt"), ("publicado em ", "pt"), ("pubblicato il ", "it"),
    ]

    package static func authors(_ line: String) -> [String]? {
        // One of the kinds opens the line, or a `(` that may be dropped.
        guard LineBytes.mayStartTrimmed(line, withAnyOf: prefilter) else { return nil }
        var text = Substring(LineBytes.trimmed(line))
        guard TextFolding.hasAtMost(text, 200) else { return nil }
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.hasPrefix("("), text.hasSuffix(")") {
            text = text.dropFirst().dropLast()
        }
        let head = TextFolding.fold(text.prefix(24))
        guard (authorKinds + otherKinds).contains(where: { head.hasPrefix($0) }) || translatedFrom.contains(where: { head.hasPrefix($0.opening) })
        else { return nil }
        var names: [String] = []
        for part in text.split(separator: ";") {
            let trimmed = LineBytes.trimmed(part)
            let folded = TextFolding.fold(trimmed)
            if let kind = authorKinds.first(where: { folded.hasPrefix($0) }) {
                guard let found = Bylines.names(String(trimmed.dropFirst(kind.count))) else { return nil }
                names += found.filter { !names.contains($0) }
            } else if let kind = otherKinds.first(where: { folded.hasPrefix($0) }) {
                // An editor's credit counts only when it names someone (`Edition 2026` is none).
                guard Bylines.names(String(trimmed.dropFirst(kind.count))) != nil else { return nil }
            } else if let translator = translatorPart(Substring(trimmed), folded: folded) {
                guard Bylines.names(String(translator)) != nil else { return nil }
            } else {
                return nil
            }
        }
        return names
    }
}
