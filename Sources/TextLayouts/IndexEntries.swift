import DateReading
import TextToolkit

/// A press review's index entry as the first line: the title, then in parentheses where it ran
/// (`KUWAIT SAYS NO PLANS (Reuters, 01/03/1987, p. 32)`, `Titel (FAZ, 03.03.2026, S. 12)`,
/// `Titolo (pag. 8)`, `Título (https://www.x.net, 29/01/2019, pág. 8)`): the publication, the
/// date and the page. Under a press review's banner (`RASSEGNA STAMPA DEL 5 MARZO 1987`), its
/// compiler's credit (`A cura di P`, `Réalisée par P`) and a rule, the item's first line names
/// its publication in parentheses without a page too (`Titolo (Reuters, 02/03/1987)`,
/// `Titel (Süddeutsche Zeitung)`).
///
/// A review's numbered item names them before its title: `1. Süddeutsche Zeitung, 07.02.2019, S. 8
/// — Title` (`numberedItem`).
///
/// Contract: `labelled` returns the lines unchanged unless the entry line (the first non-empty
/// line, or the first after a review's banner, at most two credits and rules under it) ends with
/// a parenthesis whose last comma-separated part is a page reference (`p.`, `pp.`, `pag.`, `pág.`,
/// `S.`, `Seite`, `page`, `pagina`, `página` and a number), or a masthead's form and a date
/// (`ClippingFacts.isMasthead`, `dates.dateLine`), or under a banner a publication's name alone (`isNameAlone`), and
/// what stands before it is not empty (at most 200 characters without a page). Then that line becomes labelled lines (`Source:
/// publication` for a part that is no date, `Date: date` for a part that is a date, labelled in
/// the page word's language when it tells one, `pag.` → `Data:`, so that a numeric date is read
/// in the desk's order; `Title: title`), read as any label is, and the banner, credits and rules
/// above it (the review's, whose day is the review's) are left out. Pure.
enum IndexEntries {
    static func labelled(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return lines }
        let (entry, underBanner) = entryLine(lines, first: first)
        let bannerLabel = underBanner ? reviewDateLabel(lines[first]) : nil
        let line = LineBytes.trimmed(lines[entry])
        // A review's numbered item (`1. Süddeutsche Zeitung, 07.02.2019, S. 8 — Title`): its reference, then its title.
        if let item = numberedItem(line, dates: dates) {
            let paged = item.parts.last.map(isPageReference) == true
            let dateLabel = (paged ? dateLabels[TextFolding.fold(item.parts[item.parts.count - 1].split(separator: " ")[0])] : nil)
                ?? bannerLabel ?? "Date"
            let labelled = (paged ? item.parts.dropLast() : item.parts[...]).map { part in
                dates.dateLine(part) != nil ? "\(dateLabel): \(part)" : "Source: \(part)"
            }
            let cited = quotedHeadline(item.title)
            let writers = cited?.writers.map { ["Author: " + $0.joined(separator: ", ")] } ?? []
            return Array(lines[..<first]) + labelled + writers + ["Title: \(cited?.headline ?? item.title)"] + lines[(entry + 1)...]
        }
        guard line.hasSuffix(")"), let open = LineBytes.lastIndex(of: "(", in: line) else { return lines }
        let title = LineBytes.trimmed(line[..<open])
        // At most three parts (a line of a million commas is not split into an array first).
        guard !title.isEmpty,
            let pieces = LineBytes.pieces(line[line.index(after: open)..<line.index(before: line.endIndex)], separator: 0x2C, atMost: 3)?
                .map({ LineBytes.trimmed($0) }),
            let last = pieces.last
        else { return lines }
        let paged = isPageReference(last)
        var parts = pieces
        if !paged {
            // `(Reuters, February 26, 1987)`, `(South Wales Echo, March 19, 2026)`: a date written with its own comma, after a
            // masthead's name (`(Bonn, February 26, 1987)` is a dateline's town, `(Super Tuesday, March 3, 2026)` an event).
            if parts.count == 3, ClippingFacts.isMasthead(parts[0]), dates.dateLine(parts[1] + ", " + parts[2]) != nil,
                !ClippingFacts.isTownWord(parts[0]) && !isEventName(parts[0]) || LayoutReader.isPublication(parts[0])
            {
                parts = [parts[0], parts[1] + ", " + parts[2]]
            }
            // `(Reuters, 02/03/1987)`; under a banner `(Süddeutsche Zeitung)` alone.
            let named = parts.count == 2 && ClippingFacts.isMasthead(parts[0]) && dates.dateLine(parts[1]) != nil
                || underBanner && parts.count == 1 && isNameAlone(parts[0])
            guard named, TextFolding.hasAtMost(title, 200) else { return lines }
        }
        var labelled: [String] = []
        // The desk's page word tells its language, and so the order of a numeric date (`pág.`: day first).
        // Under a review's banner, its words tell the desk's language (`RASSEGNA STAMPA` → `Data:`).
        let dateLabel = (paged ? dateLabels[TextFolding.fold(last.split(separator: " ")[0])] : nil) ?? bannerLabel ?? "Date"
        for part in paged ? parts.dropLast() : parts[...] where !part.isEmpty {
            labelled.append(dates.dateLine(part) != nil ? "\(dateLabel): \(part)" : "Source: \(part)")
        }
        labelled.append("Title: \(title)")
        return Array(lines[..<first]) + labelled + lines[(entry + 1)...]
    }

    /// A review's numbered item: `1. Süddeutsche Zeitung, 07.02.2019, S. 8 — Title`, `2) Público, pág. 23 – Title`: the
    /// item's number, then where it ran (a masthead's form or a brand's lowercase word, no town's one word unless it names
    /// a publication or a page is cited, then a date, a page or both, parted
    /// by commas), a dash and the title (200 characters at most). The reference's parts and the title; nil for any other
    /// line.
    private static func numberedItem(_ line: String, dates: DateRecognizer) -> (parts: [String], title: String)? {
        guard let lead = line.utf8.first, lead &- 0x30 < 10, TextFolding.hasAtMost(line, 480) else { return nil }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let afterNumber = line[digits.endIndex...]
        guard digits.count <= 3, afterNumber.hasPrefix(". ") || afterNumber.hasPrefix(") ") else { return nil }
        let rest = afterNumber.dropFirst(2)
        guard let dash = rest.range(of: " — ") ?? rest.range(of: " – ") else { return nil }
        let title = LineBytes.trimmed(rest[dash.upperBound...])
        guard !title.isEmpty, TextFolding.hasAtMost(title, 200),
            let parts = LineBytes.pieces(rest[..<dash.lowerBound], separator: 0x2C, atMost: 3)?.map({ LineBytes.trimmed($0) }),
            parts.count >= 2, ClippingFacts.isMasthead(parts[0]) || isBrandWord(parts[0]),
            // `1. Leipzig, 12.03.2026 — Pressekonferenz …`: a planning list's town and day, no publication (a review's item
            // cites its page: `1. Vice, pag. 20 — …`).
            !ClippingFacts.isTownWord(parts[0]) || LayoutReader.isPublication(parts[0]) || parts.dropFirst().contains(where: isPageReference),
            parts.dropFirst().allSatisfy({ isPageReference($0) || dates.dateLine($0) != nil })
        else { return nil }
        return (parts, title)
    }

    /// A numbered item's title quoted by the desk, perhaps after its writers (`« Headline »`, `“Headline”`, `Peter Amende,
    /// Anna Keller : « Headline »`, `Cory Doctorow: „Headline“`): the headline inside the quotation marks (the marks open
    /// the title or follow the writers' colon, close it, and stand nowhere inside) and the writers (persons' names, the
    /// first holding a given name); nil when the title is not quoted so.
    static func quotedHeadline(_ title: String) -> (writers: [String]?, headline: String)? {
        for (open, close) in [("« ", " »"), ("«", "»"), ("“", "”"), ("„", "“"), ("‚", "‘"), ("\"", "\"")] where title.hasSuffix(close) {
            guard let start = title.range(of: open), start.upperBound <= title.index(title.endIndex, offsetBy: -close.count) else { continue }
            let headline = LineBytes.trimmed(String(title[start.upperBound..<title.index(title.endIndex, offsetBy: -close.count)]))
            guard !headline.isEmpty, !headline.contains(String(close.filter { $0 != " " })) else { continue }
            let before = LineBytes.trimmed(String(title[..<start.lowerBound]))
            if before.isEmpty { return (nil, headline) }
            guard before.hasSuffix(":") else { continue }
            let names = Bylines.names(LineBytes.trimmed(String(before.dropLast())))
            guard let names, (1...6).contains(names.count), names.allSatisfy(Bylines.isPersonLike),
                let first = LineBytes.words(names[0]).first, GivenNames.holdsGivenName(first)
            else { continue }
            return (names, headline)
        }
        return nil
    }

    /// An event's name (`Super Tuesday`, `Fashion Week`, `Earth Day`): a weekday's name written whole
    /// or an occasion's word among its words.
    private static func isEventName(_ name: String) -> Bool {
        LineBytes.words(TextFolding.fold(name)).contains { word in
            eventWords.contains(String(word)) || word.count >= 5 && DateVocabulary.weekdays.contains(String(word))
        }
    }

    /// Words that name an occasion (folded).
    private static let eventWords: Set<String> = [
        "day", "days", "week", "weekend", "festival", "summit", "conference", "congress", "cup", "bowl", "games", "championship",
        "championships", "election", "elections", "fair", "expo", "forum", "marathon", "tour", "night", "eve", "jour", "journee",
        "semaine", "salon", "sommet", "tag", "woche", "messe", "gipfel", "dia", "semana", "feria", "cumbre", "giorno",
        "settimana", "fiera", "vertice",
    ]

    /// A site's brand written as one lowercase word (`gofeminin`, `ebrosia`, `netzpolitik.org`): letters, perhaps dots.
    private static func isBrandWord(_ name: String) -> Bool {
        (3...30).contains(name.count) && name.first?.isLowercase == true && name.allSatisfy { $0.isLetter || $0 == "." }
    }

    /// A publication's name alone in the parentheses under a banner (`Süddeutsche Zeitung`, `BRIGITTE`,
    /// `Süddeutsche.de`): a masthead's form of at most four words, not one word that may name a
    /// place (`Sachsen`, `ClippingFacts.isTownWord`) unless its words name a publication.
    private static func isNameAlone(_ name: String) -> Bool {
        guard ClippingFacts.isMasthead(name) else { return false }
        let words = LineBytes.words(name).count
        return words <= 4 && !(words == 1 && ClippingFacts.isTownWord(name) && !LayoutReader.isPublication(name))
    }

    /// The entry line's index: the first non-empty line's, or under a review's banner
    /// (`ExportLines.isReviewBanner`) the first line after the banner, at most two compiler's
    /// credits and rules and blank lines (true then).
    private static func entryLine(_ lines: [String], first: Int) -> (Int, Bool) {
        guard ExportLines.isReviewBanner(lines[first]) else { return (first, false) }
        var index = first + 1
        var skipped = 0
        while index < lines.count, index <= first + 6 {
            let line = LineBytes.trimmed(lines[index])
            if line.isEmpty {
                index += 1
                continue
            }
            guard skipped < 2, isRule(line) || isCompilerCredit(line) else { break }
            skipped += 1
            index += 1
        }
        return index < lines.count ? (index, true) : (first, false)
    }

    /// The date label in the language of a review's banner (`REVUE DE PRESSE DU …` → `Date de
    /// parution`, `RESUMEN DE PRENSA` → `Fecha`), or nil when its words tell none (`Press review`).
    private static func reviewDateLabel(_ banner: String) -> String? {
        let folded = TextFolding.fold(banner)
        return reviewLabels.first { folded.firstRange(of: $0.phrase) != nil }?.label
    }

    private static let reviewLabels: [(phrase: String, label: String)] = [
        ("revue de presse", "Date de parution"), ("coupure de presse", "Date de parution"), ("dossier de presse", "Date de parution"),
        ("rassegna stampa", "Data di pubblicazione"), ("ritaglio stampa", "Data di pubblicazione"),
        ("resumen de prensa", "Fecha"), ("revista de prensa", "Fecha"), ("recorte de prensa", "Fecha"), ("dossier de prensa", "Fecha"),
        ("revista de imprensa", "Data de publicação"), ("clipping de imprensa", "Data de publicação"),
        ("recorte de imprensa", "Data de publicação"), ("pressespiegel", "Datum"), ("presseschau", "Datum"),
        ("medienspiegel", "Datum"),
    ]

    /// `————————`, `-----`, `=====`, `*****`: a rule of one mark, three or more.
    private static func isRule(_ line: String) -> Bool {
        guard let mark = line.first, "—–-_=*━─".contains(mark), line.count >= 3 else { return false }
        return line.allSatisfy { $0 == mark }
    }

    /// `A cura di P`, `Réalisée par P`, `Elaborado por P`, `Compiled by P`, `Zusammengestellt von
    /// P`: who compiled the review (60 characters at most).
    private static func isCompilerCredit(_ line: String) -> Bool {
        guard TextFolding.hasAtMost(line, 60) else { return false }
        let folded = TextFolding.fold(line)
        return compilerOpenings.contains { folded.hasPrefix($0) }
    }

    private static let compilerOpenings = [
        "a cura di ", "realisee par ", "realise par ", "preparee par ", "prepare par ", "elaborado por ", "elaborada por ",
        "compiled by ", "prepared by ", "curated by ", "zusammengestellt von ", "erstellt von ", "compilado por ",
        "compilada por ", "preparado por ", "preparada por ", "redigee par ", "compilata da ", "compilato da ",
        "elaborato da ", "elaborata da ", "organizado por ", "organizada por ",
    ]

    /// `p. 32`, `pag. 8`, `S. 12`, `Seite 4`: a page word and a number (also the last part of a print
    /// edition's reference, `IssueReferences`).
    static func isPageReference(_ part: String) -> Bool {
        // `part.split(separator: " ")`, two words (a long part of many words is not split into an array).
        guard let words = LineBytes.pieces(part[...], separator: 0x20, atMost: 2), words.count == 2, words[1].allSatisfy(\.isNumber)
        else { return false }
        return pageWords.contains(TextFolding.fold(words[0]))
    }

    private static let pageWords: Set<String> = ["p.", "pp.", "pag.", "s.", "seite", "page", "pagina", "pg.", "pagine"]

    /// The date label in the language a page word is written in (`pag.` Italian, `S.` German);
    /// `p.` tells none.
    private static let dateLabels: [String: String] = [
        "pag.": "Data", "pagina": "Data", "pagine": "Data", "s.": "Datum", "seite": "Datum",
    ]
}
