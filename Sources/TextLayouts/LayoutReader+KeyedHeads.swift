import Foundation
import DateReading
import TextToolkit

/// Headline lines that carry other fields beside the headline, as a desk keys them.
extension LayoutReader {
    /// What a desk's subject line keys before the headline, its parts joined by ` – ` or ` — `:
    /// the publication in capitals, perhaps its day (`LE MONDE 03/03/1987`), perhaps the writers
    /// (`Peter Amende, Hélène Roux`), then the headline (`LE MONDE 03/03/1987 – Peter Amende –
    /// Headline`, `PÚBLICO – Headline`).
    ///
    /// Contract: the first part is a publication's name in capitals (no lowercase letter, a
    /// masthead's form, no kicker's or section's word, no press release's) with a publication's word
    /// (`namesPublication`: not an article alone, `LA SETTIMANA SUI GIORNALI` is a review's banner,
    /// `AUFSICHTSRAT RSAG 17.03.2026` a board's minutes) or an agency's, or any such name when its day
    /// and a writers' part follow it (`OUEST-FRANCE 18/03/2026 – Camille Lefort – …`), perhaps its day
    /// after it (a date line); a second part of persons' names (one to four, each holding a given name) is the writers when a third part follows;
    /// the rest, joined again, is the headline (five characters at least, not opening in lower case).
    /// A newsletter's name keyed that way (`MORNING BRIEFING`) gives the headline alone (no source,
    /// day nor writers). Nil for any other line. Pure.
    func keyedSubject(_ line: String) -> (title: String, source: String?, date: CalendarDate?, authors: [String])? {
        guard line.utf8.count <= 600, let dash = [" – ", " — "].first(where: { LineBytes.contains(line, bytes: $0) }) else { return nil }
        var parts = line.components(separatedBy: dash).map { LineBytes.trimmed($0) }
        guard parts.count >= 2, parts.count <= 8 else { return nil }
        var name = parts[0]
        var date: CalendarDate?
        if let found = dates.firstDate(in: name), LineBytes.trimmed(name[found.range.upperBound...]).isEmpty {
            date = found.date
            name = LineBytes.trimmed(String(name[..<found.range.lowerBound]))
        }
        let folded = TextFolding.fold(name)
        guard !name.isEmpty, !name.contains(where: \.isLowercase), name.contains(where: \.isLetter), ClippingFacts.isMasthead(name),
            !ExportLines.isKicker(folded), !ExportLines.isSectionWord(folded), !Self.columnWords.contains(folded),
            !Self.releaseWords.contains(where: { folded.contains($0) })
        else { return nil }
        parts.removeFirst()
        var authors: [String] = []
        if parts.count >= 2, let split = Bylines.split(parts[0], separatingAgencies: false), split.agency == nil,
            (1...4).contains(split.names.count), split.names.allSatisfy({ Bylines.isPersonLike($0) && GivenNames.holdsGivenName($0) })
        {
            authors = split.names
            parts.removeFirst()
        }
        // A section's or a town's name where the writers would stand (`LE PROGRÈS 12/03/2026 – Économie – …`, `… – Potsdam
        // – …`) is the archive's key, no part of the headline.
        if authors.isEmpty, parts.count >= 2, ExportLines.isSectionWord(TextFolding.fold(parts[0])) || ClippingFacts.isTownWord(parts[0]) {
            parts.removeFirst()
        }
        // A name without a publication's word (`OUEST-FRANCE`, `HERALDO DE ARAGÓN`) is a masthead when the line keys its
        // day and its writers too (a town's or a topic's banner keys neither: `ZARAGOZA 19/03/2026 – …`).
        guard Self.namesPublication(name) || WireAgencies.isAgency(name) || date != nil && !authors.isEmpty else { return nil }
        let title = parts.joined(separator: dash)
        // A newsletter's name in capitals keyed the same way (`MORNING BRIEFING 18/03/2026 – compiler – headline`): the
        // headline, but neither the newsletter, its day nor its compiler are the article's.
        // (`RASSEGNA STAMPA`, `DAILY BRIEFING`: a newsletter's word beside a publication's still keys the desk's mailing.)
        if !WireAgencies.isAgency(name), Self.isNewsletter(name) {
            guard title.count >= 5, title.first?.isLowercase == false else { return nil }
            return (title, nil, nil, [])
        }
        // A headline opens with a capital, a figure or a quote (`settimana dal lunedì 4 febbraio 2019` under a review's
        // banner is the banner's own line).
        guard title.count >= 5, title.first?.isLowercase == false else { return nil }
        return (title, name, date, authors)
    }

    /// `MORNING BRIEFING`, `BOLETÍN MUNICIPAL` (a newsletter's or bulletin's word): a name in capitals that keys a
    /// desk's own mailing, no publication's masthead. (A town's, `BELFAST`, cannot be told from a one-word masthead,
    /// `BRIGITTE`, by its form: left.)
    private static func isNewsletter(_ name: String) -> Bool {
        LineBytes.words(TextFolding.fold(name)).contains { newsletterWords.contains(String($0)) }
    }

    private static let newsletterWords: Set<String> = [
        "briefing", "newsletter", "bulletin", "boletin", "boletim", "bollettino", "digest", "roundup", "alert", "alerts",
        "rundbrief", "rundschreiben", "notiziario", "pressespiegel", "rassegna",
    ]

    /// `Headline — Le Monde`: the headline and the publication's name closing its line after an
    /// em dash (` — `), when the name has a publication's words (`namesPublication`, not an article
    /// alone: `— The Long Read`, `— Das Interview` name a column or a genre) or an agency's, and is
    /// no kicker, section or column (`— Tribune`); nil otherwise. (An en dash or a hyphen before a site's name is the page title's own, as
    /// printed: `Interactive maps – Wikimedia Blog`.)
    static func closingPublication(_ title: String) -> (title: String, source: String)? {
        guard title.utf8.count <= 600, let dash = title.range(of: " — ", options: .backwards) else { return nil }
        let name = LineBytes.trimmed(String(title[dash.upperBound...]))
        let head = LineBytes.trimmed(String(title[..<dash.lowerBound]))
        let folded = TextFolding.fold(name)
        guard head.count >= 5, !name.isEmpty, LineBytes.words(name).count <= 5, namesPublication(name) || WireAgencies.isAgency(name),
            !GivenNames.holdsGivenName(name), !ExportLines.isKicker(folded), !ExportLines.isSectionWord(folded), !columnWords.contains(folded)
        else { return nil }
        return (head, name)
    }

    /// A column's or a genre's name after a headline (folded): no publication.
    static let columnWords: Set<String> = [
        "tribune", "la tribune", "chronique", "editorial", "edito", "billet", "opinion", "interview", "kommentar", "leitartikel",
        "glosse", "kolumne", "columna", "tribuna", "editoriale", "rubrica", "cronica", "coluna", "the long read", "long read",
        "analysis", "analyse", "analisi", "analisis", "podcast", "live", "video",
    ]

    /// A press release's words (folded): its sender's heading, no publication (`PRESS RELEASE 19/03/2026 – …`), nor a
    /// reference in parentheses (`(Comunicato stampa, 18 marzo 2026)`: `ClippingFacts`).
    static let releaseWords = [
        "press release", "news release", "communique", "pressemitteilung", "presseinformation", "comunicado", "comunicato",
        "nota de prensa", "nota stampa", "nota de imprensa", "medienmitteilung",
    ]
}
