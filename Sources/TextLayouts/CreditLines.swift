import TextToolkit

/// Reads the credit line wire copy ends with: `(Reporting by Jane Otieno and John Mwangi;
/// Editing by Ann Smith)`, `(Additional reporting by …)`, `(Writing by …)`, and the French
/// `(Reportage Awa Diop ; Édité par …)`, `(Rédigé par …)`; a translator's credit (`Translated by
/// T`, `Übersetzt von T`) names no author either.
///
/// Contract: returns the reporters' and writers' names (`Bylines.names` of each such part),
/// never the editors': empty for a credit naming editors only (`(Editing by Ann Smith)`, a line
/// that states no author and is no source); nil unless the line is wholly such a credit (in
/// parentheses or not), each part naming someone. Pure; never fails.
package enum CreditLines {
    private static let authorKinds = [
        "reporting by ", "additional reporting by ", "writing by ", "written by ", "reportage ",
        "reportage de ", "redige par ", "redaction ", "mit material von ",
    ]
    private static let otherKinds = [
        "editing by ", "edited by ", "compiled by ", "graphics by ", "edite par ", "edition ",
        "redigiert von ", "bearbeitet von ",
        // A translator's credit: `Translated by T`, `Traduit par T`, `Übersetzt von T`, `Traducción de T`, …
        "translated by ", "translation by ", "traduit par ", "traduction de ", "traduction ",
        "ubersetzt von ", "ubersetzung ", "ubersetzung von ", "traduccion de ", "traducido por ",
        "traduzione di ", "tradotto da ", "traducao de ", "traduzido por ",
    ]

    /// The first word of every kind, and `(`: what `LineBytes.mayStartTrimmed` looks for.
    private static let prefilter = LineOpenings(
        "(", "reporting", "additional", "writing", "written", "reportage", "redige", "redaction", "mit",
        "editing", "edited", "compiled", "graphics", "edite", "edition", "redigiert", "bearbeitet",
        "translat", "tradu", "ubersetz"
    )

    package static func authors(_ line: String) -> [String]? {
        // One of the kinds opens the line, or a `(` that may be dropped.
        guard LineBytes.mayStartTrimmed(line, withAnyOf: prefilter) else { return nil }
        var text = Substring(LineBytes.trimmed(line))
        guard TextFolding.hasAtMost(text, 200) else { return nil }
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.hasPrefix("("), text.hasSuffix(")") {
            text = text.dropFirst().dropLast()
        }
        let head = TextFolding.fold(text.prefix(24))
        guard (authorKinds + otherKinds).contains(where: { head.hasPrefix($0) }) else { return nil }
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
            } else {
                return nil
            }
        }
        return names
    }
}
