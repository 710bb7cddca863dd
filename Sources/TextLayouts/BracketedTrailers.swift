import DateReading
import TextToolkit

/// A typed-up clipping's trailer in brackets, alone on its line, naming the publication, the
/// day and the writers in any order (`[Le Figaro, 03.03.1987, Hélène Roux / Stefan Krüger]`,
/// `[Hélène Roux — Le Figaro — 3 mars 1987]`, `[The Guardian · 7 septembre 2017]`, `[Público]`
/// closing the text).
///
/// Contract: `read` answers for a line of at most 200 bytes opening with `[` and closing with
/// `]`, holding no link (`](`) and no other `[`, cut at ` — `, ` · ` (or ` · ` written with U+0387),
/// ` | ` or ` – ` (the first of them it holds), else at `, ` around a date found in it. Of two
/// parts or more, each part is the day when a date fills it (nothing but white space around it),
/// the writers when it is a line of persons' names (two to four capitalised words but particles,
/// no possessive, no label's colon) one of which holds a known given name (`A / B`, `A; B`), else
/// the publication: one part only, with a publication's form (five words at most, one at most in
/// lower case), no kicker nor section (`[Exclusive — 3 March 2026]`), no update's or correction's word, no label
/// (`Photo: …`), no sentence; a page last (`p. 12`, `S. 19`) is passed over when a day and
/// another part stand before it (`[Le Monde, 03/03/1987, p. 12]`). A second
/// part of persons' names (`[Jane Doe — John Roe]`), any other part of one or two words holding a digit
/// but no date (a page without a day, `[France Culture, pag. 8]`; a reference, `E/87/240`: left to
/// `ClippingFacts.bracketedStamp`) or any other part makes it nil. One part alone is the
/// publication only with `alone` (the text's last line) and with a publication's form
/// (`ClippingFacts.isMasthead` and the part's rules), no transcript's or caption's cue: `[Music]`,
/// `[END]`, `[Photo]`, `[uk]`, `[Leggi l'articolo]` are none. Nil when the line names no
/// publication and no writer. (A meta line without brackets, `Boing Boing · Cory Doctorow`, is not
/// read here: a section's name, a place or a label cut by the same separators read as a
/// publication.) Pure.
enum BracketedTrailers {
    static func read(_ line: String, dates: DateRecognizer, alone: Bool = false) -> LineFacts? {
        guard line.utf8.first == 0x5B, line.utf8.last == 0x5D, line.utf8.count <= 200, !LineBytes.contains(line, bytes: "](")
        else { return nil }
        let inner = LineBytes.trimmed(line.dropFirst().dropLast())
        guard !inner.isEmpty, !LineBytes.contains(inner, 0x5B) else { return nil }
        var parts = bracketedParts(of: inner, dates: dates)
        if parts.count == 1 {
            // `[The Guardian]` closing the text: the publication (a bracketed word elsewhere is a link's, a language's).
            guard alone, ClippingFacts.isMasthead(inner), isPublicationPart(inner), !cues.contains(TextFolding.fold(inner)) else { return nil }
            var facts = LineFacts()
            facts.source = inner
            return facts
        }
        // `[Le Monde, 03/03/1987, p. 12]`: a clipping's reference, its page passed over when a day and another part stand beside it.
        if parts.count >= 3, let last = parts.last, IndexEntries.isPageReference(last),
            parts.dropLast().contains(where: { dates.firstDate(in: $0) != nil })
        {
            parts.removeLast()
        }
        // `[France Culture, pag. 8]`, `[Reuters, E/87/240]`: an archive's stamp with a page or a reference (`bracketedStamp`'s).
        guard !parts.contains(where: { LineBytes.hasDigit($0) && LineBytes.spaceSeparatedCount($0) <= 2 && dates.firstDate(in: $0) == nil })
        else { return nil }
        var facts = LineFacts()
        for part in parts {
            if let found = dates.firstDate(in: part), LineBytes.trimmed(part[..<found.range.lowerBound]).isEmpty,
                LineBytes.trimmed(part[found.range.upperBound...]).isEmpty
            {
                guard facts.date == nil else { return nil }
                facts.date = found.date
                facts.dateRank = .sourceLine
            } else if let names = writers(part) {
                guard facts.authors.isEmpty else { return nil }  // `[Jane Doe — John Roe]`: no publication
                facts.authors = names
            } else {
                guard facts.source == nil, isPublicationPart(part) else { return nil }
                facts.source = part
            }
        }
        return facts.source != nil || !facts.authors.isEmpty ? facts : nil
    }

    /// A publication's name by its form (`transGEN`, `Le Figaro`: five words at most, one of them at
    /// most opening in lower case), not a kicker, a section, an update's word or a label (`Exclusive`,
    /// `Analysis`, `Updated`, `Photo: …`), no sentence.
    private static func isPublicationPart(_ part: String) -> Bool {
        let words = LineBytes.words(part)
        guard (1...5).contains(words.count), words.filter({ $0.first?.isLowercase == true }).count <= 1,
            !LineBytes.contains(part, 0x3A), !LayoutReader.endsWithPeriod(part)
        else { return false }
        let folded = TextFolding.fold(part)
        return !ExportLines.isKicker(folded) && !ExportLines.isSectionWord(folded) && !ExportLines.isUpdateStamp(part)
            && !correctionWords.contains(folded) && !cues.contains(folded) && !isCueCompound(folded)
    }

    /// A German compound of one word ending in a cue (`fotogalerie`, `bildergalerie`, `liveticker`, `videointerview`):
    /// a cue too. Cues of five letters at least, so that a name's last letters (`Welt`… `Abendzeitung`) never match.
    private static func isCueCompound(_ folded: String) -> Bool {
        !folded.contains(" ") && cues.contains { $0.utf8.count >= 5 && !$0.contains(" ") && folded.count > $0.count && folded.hasSuffix($0) }
    }

    /// An editor's note's word (folded): `[Correction, 20/03/2026, p. 2]` names no publication.
    private static let correctionWords: Set<String> = [
        "correction", "corrections", "rectificatif", "rectification", "erratum", "errata", "berichtigung", "richtigstellung",
        "korrektur", "correccion", "fe de erratas", "fe de errores", "rettifica", "correzione", "correcao", "retificacao",
        "update", "mise a jour", "aktualisierung", "actualizacion", "aggiornamento", "atualizacao", "editor's note",
        "note de la redaction", "anmerkung der redaktion", "nota de la redaccion", "nota della redazione", "nota da redacao",
        "rectificacion", "retificacion", "clarification", "clarificacion", "precision", "precisions", "klarstellung",
        "precisazione", "esclarecimento", "aclaracion", "chiarimento", "corrected", "updated", "korrigiert", "aktualisiert",
        "corrige", "mis a jour", "corregido", "actualizado", "corretto", "aggiornato", "corrigido", "atualizado",
    ]

    /// A transcript's, a caption's or an editor's bracketed cue (folded): no publication's name.
    private static let cues: Set<String> = [
        "music", "applause", "laughter", "video", "photo", "audio", "image", "end", "correction appended", "inaudible",
        "crosstalk", "silence", "musik", "applaus", "gelachter", "foto", "bild", "ende", "musique", "applaudissements",
        "rires", "fin", "musica", "aplausos", "risas", "fim", "risate", "applausi", "fine", "risos", "photos", "fotos",
        "podcast", "infographic", "infographie", "infografik", "infografia", "infografica", "gallery", "galerie", "galeria",
        "galleria", "live", "liveblog", "ticker", "interview", "entretien", "entrevista", "intervista",
    ]

    /// A bracketed trailer's parts, trimmed, empty ones dropped.
    private static func bracketedParts(of inner: String, dates: DateRecognizer) -> [String] {
        for separator in [" — ", " · ", " | ", " – "] where LineBytes.contains(inner, bytes: separator) {
            return inner.components(separatedBy: separator).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        }
        // ` · ` written with U+0387, canonically equivalent to U+00B7 (Foundation splits at it too).
        if LineBytes.contains(inner, bytes: " \u{387} ") {
            return inner.components(separatedBy: " · ").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        }
        // `Le Figaro, June 27, 2018, A / B`: the date (which may hold `, `) taken out whole first.
        if let found = dates.firstDate(in: inner) {
            let before = inner[..<found.range.lowerBound].split(separator: ",").map { LineBytes.trimmed($0) }
            let after = inner[found.range.upperBound...].split(separator: ",").map { LineBytes.trimmed($0) }
            return (before + [String(inner[found.range])] + after).filter { !$0.isEmpty }
        }
        return inner.components(separatedBy: ", ").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// `Hélène Roux / Stefan Krüger`, `A; B`, `Jane Doe`: the names, when one of them holds a known given name.
    private static func writers(_ part: String) -> [String]? {
        let names = part.components(separatedBy: " / ").flatMap { $0.components(separatedBy: "; ") }
            .map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard !names.isEmpty, names.allSatisfy(isPersonName), names.contains(where: { GivenNames.holdsGivenName($0) }) else { return nil }
        return names
    }

    /// Two to four words, each capitalised but a particle (`de`, `von`, `van`, `da`, `di`, `del`, `la`, `le`),
    /// no possessive (`Daniel Lemire's blog`), no label's colon, no publication's article first nor publication's word
    /// (`The Irish News`, `Irish Examiner`: `Irish` is a given name too).
    private static func isPersonName(_ name: String) -> Bool {
        guard !LineBytes.contains(name, 0x3A) else { return false }  // `Photo: Jane Doe`, `Text: A`: a label's
        let words = LineBytes.words(name)
        guard let first = words.first, !publicationArticles.contains(String(first)), !LayoutReader.namesPublication(name) else { return false }
        return (2...4).contains(words.count) && words.allSatisfy { word in
            (word.first?.isUppercase == true && !word.hasSuffix("'s") && !word.hasSuffix("’s")) || particles.contains(String(word))
        }
    }

    private static let particles: Set<String> = ["de", "von", "van", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "der", "den", "y"]
    /// Articles opening a publication's name, never a person's (`The Irish News`, `Il Mattino`, `Die Zeit`).
    private static let publicationArticles: Set<String> = ["The", "Der", "Die", "Das", "El", "Il", "Los", "Las", "Les", "Gli", "Os"]
}
