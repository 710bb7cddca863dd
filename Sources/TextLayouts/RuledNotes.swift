import DateReading
import TextToolkit

/// A colleague's notes set above a rule over the article they are about (`Summary (Jane Doe):
/// …` / `Relevance: high` / `-----` / the headline, its source line, the text): the article
/// starts under the rule.
///
/// Contract: `articleStart` returns the index of the first line under the rule when the text
/// opens with one to four non-empty lines, each a note's label (`noteLabels`: `Summary`,
/// `Relevance`, `Tags`, …, in the six languages) or a label of one to three words signed with
/// a name in parentheses, closed by a colon within the first 48 bytes, or a colleague's
/// recommendation credit (`Recommended by A, date`, `Empfohlen von A`), at least one of them,
/// a heading in capitals or a quoted line beside them allowed (`OUR PICK OF THE WEEK`,
/// `“Worth reading in full.”`), none an article's field
/// (`Title:`, `Author:`, `Date:`, `Source:` and their translations, `ClippingLabels`: that is a
/// clipping sheet, whose rule closes its metadata), blank lines between them allowed, then a blank
/// line and a rule
/// (`Paragraphs.isRule`) within the first ten lines, and a line of ten characters at least
/// under it. Nil otherwise. Pure.
enum RuledNotes {
    static func articleStart(_ lines: [String], dates: DateRecognizer? = nil) -> Int? {
        var notes = 0
        var companions = 0
        var recommendations = 0
        for index in lines.indices.prefix(10) {
            let line = lines[index]
            if line.isEmpty { continue }
            if Paragraphs.isRule(line) {
                // A rule right under a line underlines it (a setext heading: `Title: subtitle` / `====`).
                guard notes > 0, lines[index - 1].isEmpty, let next = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }),
                    !TextFolding.hasAtMost(lines[next], 9)
                else { return nil }
                // A recommendation box stands over an article with its own head (its title, then its source, byline or
                // day on a short line); a buying guide's `Recommended by` under its own headline has its text under the rule.
                guard recommendations == 0 || hasOwnHead(lines, at: next, dates: dates ?? DateRecognizer(language: nil)) else { return nil }
                return index + 1
            }
            guard notes + companions < 4 else { return nil }
            if isNote(line) {
                notes += 1
            } else if isRecommendation(line) {
                notes += 1
                recommendations += 1
            } else if line.utf8.count <= 240 && !line.utf8.contains(where: { $0 &- 0x61 < 26 }) && TextFolding.hasAtMost(line, 60)
                && LayoutReader.isInCapitals(line) || opensWithQuote(line)
            {
                companions += 1  // `OUR PICK OF THE WEEK` over `Recommended by …`, the colleague's quoted word under it
            } else {
                return nil
            }
        }
        return nil
    }

    /// A title at `index` (300 characters at most) and a short line right under it or after one blank line (120 bytes
    /// at most, no sentence's end: its byline, day or site, `By Tom Hale`, `Ouest-France, 2 mars 2026`, `Süddeutsche
    /// Zeitung`), not a pick's price (`Pasticceria Marchesi, 45 euro`, `… 3L, £150`: a name, a comma, a figure and a
    /// currency closing the line) unless a byline or a day follows within the next two short lines (the article's
    /// deck holding a sum, `Kosten bis 2030: 27 Milliarden Euro`, then `Von Peter Hahn`).
    private static func hasOwnHead(_ lines: [String], at index: Int, dates: DateRecognizer) -> Bool {
        guard TextFolding.hasAtMost(lines[index], 300) else { return false }
        guard let underIndex = lines[(index + 1)...].prefix(2).firstIndex(where: { !$0.isEmpty }) else { return false }
        let under = lines[underIndex]
        guard under.utf8.count <= 120, !LayoutReader.endsLikeSentence(under) else { return false }
        if isHeadLine(under, dates: dates) { return true }
        // `Süddeutsche Zeitung`, `ebrosia`, `News zu VR, AR und KI | MIXED.de` under the title: its site; never a price.
        if !isPrice(under) { return true }
        // A deck with a sum: the byline or day a line or a blank line further down.
        for line in lines[(underIndex + 1)...].prefix(4).filter({ !$0.isEmpty }).prefix(2) {
            guard line.utf8.count <= 120 else { return false }
            if isHeadLine(line, dates: dates) { return true }
        }
        return false
    }

    /// A head's byline or day (`By Tom Hale`, `Ouest-France, 2 mars 2026`).
    private static func isHeadLine(_ line: String, dates: DateRecognizer) -> Bool {
        Bylines.read(line, dates: dates, keepsAgencies: true) != nil || dates.firstDate(in: line) != nil
    }

    /// `Pasticceria Marchesi, 45 euro`, `Patagonia Torrentshell 3L, £150`: a figure and a currency's sign or word.
    private static func isPrice(_ line: String) -> Bool {
        guard line.contains(where: \.isNumber) else { return false }
        if line.contains(where: { "€£$¥".contains($0) }) { return true }
        return LineBytes.words(TextFolding.fold(line)).contains { currencyWords.contains(String($0.filter(\.isLetter))) }
    }

    /// Currencies' words (folded).
    private static let currencyWords: Set<String> = [
        "euro", "euros", "eur", "usd", "dollars", "dollar", "pounds", "gbp", "chf", "francs", "franken", "reais", "dolares",
        "sterline", "sterling",
    ]

    /// `Recommended by Sarah Collins, February 5, 2026`, `Empfohlen von A`, `Consigliato da A`: a colleague's
    /// recommendation credit (a phrase of `recommendationPhrases` opening the line, 120 bytes at most).
    private static func isRecommendation(_ line: String) -> Bool {
        // The phrase's first word ends within 14 bytes (`Seleccionado `): most lines are turned down on their bytes.
        guard line.utf8.count <= 120, let first = line.utf8.first, first &- 0x41 < 26,
            let space = LineBytes.index(of: 0x20, within: 15, in: line), line.utf8.distance(from: line.utf8.startIndex, to: space) >= 5
        else { return false }
        let opening = TextFolding.fold(line.prefix(22))
        return recommendationPhrases.contains { opening.hasPrefix($0) }
    }

    /// A line opening with a quotation mark (`“`, `«`, `„`, `"`).
    /// A first ASCII byte other than `"` opens a Character that is none of them (an ASCII scalar
    /// has no decomposition and none of the marks is canonically equivalent to anything else):
    /// turned down on the byte, without the walk over the marks' Characters.
    private static func opensWithQuote(_ line: String) -> Bool {
        guard let lead = line.utf8.first else { return false }
        if lead < 0x80 && lead != 0x22 { return false }
        guard let first = line.first else { return false }
        return "“«„\"‘‹".contains(first)
    }

    /// A colleague's recommending phrases (folded), in the six languages.
    private static let recommendationPhrases = [
        "recommended by ", "suggested by ", "picked by ", "chosen by ", "selected by ", "recommande par ", "recommandee par ",
        "suggere par ", "choisi par ", "empfohlen von ", "vorgeschlagen von ", "ausgewahlt von ", "recomendado por ",
        "recomendada por ", "sugerido por ", "seleccionado por ", "selecionado por ", "consigliato da ", "consigliata da ",
        "suggerito da ", "scelto da ", "selezionato da ",
    ]

    /// `Relevance: high`, `Summary (Jane Doe): …`: a label of one to three words, a name in
    /// parentheses allowed, and a colon within the first 48 bytes, the label no article field's.
    private static func isNote(_ line: String) -> Bool {
        guard let colon = LineBytes.index(of: 0x3A, within: 48, in: line), colon > line.utf8.startIndex else { return false }
        var label = Substring(line[..<colon])
        var signed = false
        if label.last == ")", let open = label.lastIndex(of: "(") {
            label = label[..<open]
            signed = true
        }
        let words = LineBytes.words(String(label))
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true }) else { return false }
        // `Brexit: Johnson loses key vote` is a headline: a note's label is a note's word, or signed.
        guard signed || noteLabels.contains(TextFolding.fold(LineBytes.trimmed(label))) else { return false }
        return ClippingLabels.parse(line) == nil
    }

    /// A desk's note labels (folded): summary, relevance, comment, priority, tags, context, action.
    private static let noteLabels: Set<String> = [
        "summary", "resume", "resumen", "riassunto", "zusammenfassung", "resumo", "relevance", "relevanz", "relevancia",
        "rilevanza", "pertinence", "note", "notes", "nota", "notas", "notiz", "notizen", "comment", "comments",
        "commentaire", "kommentar", "comentario", "commento", "tags", "tag", "priority", "priorite", "prioritat",
        "prioridad", "priorita", "prioridade", "context", "contexte", "kontext", "contexto", "contesto", "action",
        "aktion", "accion", "azione", "acao", "why", "pourquoi", "warum", "topic", "sujet", "thema", "tema", "tone",
        "ton", "tono", "tom",
    ]
}
