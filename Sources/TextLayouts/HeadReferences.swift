import Foundation
import DateReading
import TextToolkit

/// A reference to the article heading its file, right above its title, perhaps under a heading of
/// its own: MLA's `Roux, Hélène. “Title.” Le Figaro, 3 Mar. 1987, p. 7.` or `“Title.” Reuters,
/// 26 de fevereiro de 1987.` under `Référence pour le dossier :`, then `Title` and the text.
///
/// Contract: `read(_:dates:)` looks at the first three non-empty lines only: a short heading ending
/// with a colon (48 Characters at most) may come first; then the reference (600 bytes at most),
/// which must quote the next non-empty line's heading text whole after an opening quote (`“`, `„`,
/// `«`, `"`, `‘`), case and accents aside, and open with that quote or with its writer's inverted name
/// (`Roux, Hélène.`: a comma, five words at most, a period before the quote; a book's `Lauren Groff, “…”`
/// or a speech's `Discours de la présidente, « … »` is no reference to the article). What `Citations.read` finds in it (authors, date, source)
/// is the carrier's; the article's text starts under the title. A first line that quotes the headline itself, the text
/// right under it (`«Title», in «Público», pag. 17.`, `DOCTOROW, Cory: «Title», Boing Boing, pág. 34.`), is read the
/// same way when it names a publication (`selfTitled`). Nil for any other text. Pure.
enum HeadReferences {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        var filled: [Int] = []
        for index in lines.indices where !lines[index].isEmpty {
            filled.append(index)
            if filled.count == 3 { break }
        }
        guard filled.count >= 2 else { return nil }
        var position = 0
        if filled.count == 3, lines[filled[0]].utf8.last == 0x3A, TextFolding.hasAtMost(lines[filled[0]], 48) { position = 1 }
        let reference = lines[filled[position]]
        if position == 0, let (title, cited) = unquotedReference(reference, dates: dates),
            Self.opensText(lines, at: filled[1])
        {
            // ABNT's `DOCTOROW, Cory. Title. Boing Boing, 7 out. 2016, p. 34.` over the text: the headline is not quoted.
            return CarriedFacts(title: title, authors: cited.authors, date: cited.date, source: cited.source, bodyStart: filled[0] + 1)
        }
        // The cheap tests first: one of the quotes' openers among the reference's bytes.
        guard reference.utf8.count <= 600, position + 1 < filled.count,
            openers.contains(where: { LineBytes.contains(reference, bytes: $0) })
        else { return nil }
        let titleIndex = filled[position + 1]
        let title = LayoutReader.headingText(lines[titleIndex])
        if position == 0, let (quoted, cited) = selfTitled(reference, dates: dates),
            !TextFolding.fold(title).hasPrefix(TextFolding.fold(quoted))
        {
            // The reference quotes the headline itself and the text starts under it (not the headline again).
            return CarriedFacts(title: quoted, authors: cited.authors, date: cited.date, source: cited.source, bodyStart: filled[0] + 1)
        }
        guard title.utf8.count >= 3, reference.utf8.count > title.utf8.count + 4 else { return nil }
        let folded = TextFolding.fold(reference)
        let foldedTitle = TextFolding.fold(title)
        guard let quoted = (openers + ["« "]).lazy.compactMap({ folded.firstRange(of: $0 + foldedTitle) }).first,
            Self.opensReference(folded[..<quoted.lowerBound]),
            let cited = Citations.read(reference, title: title, dates: dates)
        else { return nil }
        return CarriedFacts(title: title, authors: cited.authors, date: cited.date, source: cited.source, bodyStart: titleIndex + 1)
    }

    /// What stands before the quoted title: nothing, or a writer's inverted name ending with a period
    /// (`roux, helene.`, `okafor, chidi, and jane doe.`, folded): a comma in it, five words at most.
    private static func opensReference(_ lead: Substring) -> Bool {
        let lead = LineBytes.trimmed(lead)
        guard !lead.isEmpty else { return true }
        return lead.utf8.last == 0x2E && LineBytes.contains(lead, 0x2C) && LineBytes.words(lead).count <= 5
    }

    private static let openers = ["“", "„", "«", "\"", "‘"]

    /// ABNT's reference, the headline not quoted, a page's reference last (`Title. Süddeutsche Zeitung, p. 4.`,
    /// `DOCTOROW, Cory; ROE, Jane. Title. Boing Boing, 7 out. 2016, p. 34.`): the line ends with `, ` and a page
    /// (`ClippingFacts.isPageReference`) and a period, a day may stand before the page; the publication is the part after
    /// the last `. ` before them (`ClippingFacts.isPlausiblePublication`, six words at most); the writers, when the line
    /// opens with a family name in capitals and a comma, end at the first `. `; the title is what stands between (two
    /// words at least, its own periods kept). What `Citations.read` finds around that title must name the same
    /// publication. Nil otherwise (a sentence closing with a page's reference names no publication in that place).
    private static func unquotedReference(_ reference: String, dates: DateRecognizer) -> (title: String, cited: Citations.Reference)? {
        // A quoted headline is read by `selfTitled` (`"STUDY GROUP URGES INCREASED U.S. OIL RESERVES." Reuters, …`).
        guard reference.utf8.count <= 600, endsWithPage(reference), !openers.contains(where: { LineBytes.contains(reference, bytes: $0) }),
            let comma = reference.range(of: ", ", options: .backwards)
        else { return nil }
        var head = reference[..<comma.lowerBound]
        var day: CalendarDate?
        if let dayComma = head.range(of: ", ", options: .backwards), head[dayComma.upperBound...].utf8.count <= 24,
            let found = dates.firstDate(in: String(head[dayComma.upperBound...]))
        {
            day = found.date  // `7 out. 2016`
            head = head[..<dayComma.lowerBound]
        }
        guard let stop = head.range(of: ". ", options: .backwards) else { return nil }
        let source = String(head[stop.upperBound...])
        // A brand or an address in lower case stands there too (`gofeminin`, `https://www.horizont.net`); a sentence's
        // cross-reference (`Siehe Anhang, S. 4.`, `See Appendix, p. 4.`) names no publication.
        guard LineBytes.words(source).count <= 6, let opening = LineBytes.words(TextFolding.fold(source)).first,
            !crossReferenceWords.contains(String(opening)),
            ClippingFacts.isPlausiblePublication(source) || !LineBytes.contains(source, 0x20) && source.utf8.count >= 3
        else { return nil }
        var title = head[..<stop.lowerBound]
        if let first = title.split(separator: " ", maxSplits: 1).first, first.count >= 3, first.hasSuffix(","),
            first.dropLast().allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "'" }), let writersEnd = title.range(of: ". ")
        {
            title = title[writersEnd.upperBound...]
        }
        var headline = LineBytes.trimmed(title)
        guard LineBytes.words(headline).count >= 2, var cited = Citations.read(reference, title: headline, dates: dates),
            cited.source.map({ TextFolding.fold($0) == TextFolding.fold(source) }) != false
        else { return nil }
        // `… Kinderschutzbund e.V. Source`: the title's own period served as ABNT's.
        if let last = headline.split(separator: " ").last, last.count <= 5, last.dropLast().contains(".") { headline += "." }
        cited.source = source
        cited.date = cited.date ?? day
        return (headline, cited)
    }

    /// The words a text's cross-reference to a page opens with (folded).
    private static let crossReferenceWords: Set<String> = [
        "see", "siehe", "vgl.", "voir", "cf.", "cf", "vedi", "ver", "vease", "veja", "consulte", "consultez",
    ]

    /// Whether a writer's name opens with a family name in capitals (`AMENDE Peter`, `FOUNDATION Wikimedia`): two
    /// letters at least, none in lower case.
    private static func opensWithFamilyInCapitals(_ lead: String) -> Bool {
        guard let first = lead.split(separator: " ").first else { return false }
        let letters = first.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether a reference ends with `, ` and a page's reference and a period (`…, p. 4.`, `…, pág. 34.`).
    private static func endsWithPage(_ reference: String) -> Bool {
        guard reference.utf8.last == 0x2E, let comma = LineBytes.range(of: ", ", in: reference, backwards: true) else { return false }
        return ClippingFacts.isPageReference(String(reference[comma.upperBound...].dropLast()))
    }

    /// Whether the line at `index` opens a text rather than a title: longer than 60 bytes, or a line of the
    /// same paragraph right under it.
    private static func opensText(_ lines: [String], at index: Int) -> Bool {
        lines[index].utf8.count > 60 || index + 1 < lines.count && !lines[index + 1].isEmpty
    }

    /// A reference opening the file that quotes the article's headline itself, the text right under it (`«Title», in
    /// «Público», pag. 17.`, `DOCTOROW, Cory: «Title», Boing Boing, pág. 34.`, `„Title“. In: BRIGITTE, S. 23.`, MLA's
    /// `"Title." Le Monde, 3 Mar. 1987, p. 12.`): the quoted headline (two words or twelve characters at least; MLA's
    /// period closing it inside the quotes dropped) and what `Citations.read` finds around it, when that names a
    /// publication. The quote opens the line or follows a writer's inverted name (`Family, Given.` or `FAMILY, Given:`),
    /// and a comma, MLA's space before a capitalised name, or a period before `In:` follows its close. Nil otherwise (a
    /// pull quote opening the text names no publication after it, `“We will act.” Jane Doe, …` a person).
    private static func selfTitled(_ reference: String, dates: DateRecognizer) -> (title: String, cited: Citations.Reference)? {
        guard let open = reference.prefix(80).firstIndex(where: { "“„«\"".contains($0) }) else { return nil }
        let closers: String
        switch reference[open] {
        case "«": closers = "»"
        case "„": closers = "“”"
        case "“": closers = "”"
        default: closers = "\""
        }
        let inner = reference[reference.index(after: open)...]
        guard let close = inner.firstIndex(where: { closers.contains($0) }) else { return nil }
        let lead = LineBytes.trimmed(reference[..<open])
        let after = reference[reference.index(after: close)...]
        let rest = after.dropFirst()
        guard lead.isEmpty || lead.utf8.last == 0x3A && LineBytes.contains(lead, 0x2C) && LineBytes.words(lead).count <= 5
            || opensReference(Substring(lead))
            // Italian's `Michael Hingston, «Title», in «National Geographic», pag. 10.`: the writers' names and a comma.
            // ISO 690's `AMENDE Peter, « Title », Le Monde, …`: the family name in capitals first.
            || lead.utf8.last == 0x2C && LineBytes.words(lead).count <= 8 && after.first == ","
                && (GivenNames.holdsGivenName(lead) || Self.opensWithFamilyInCapitals(lead))
        else { return nil }
        // After the close: a comma, MLA's space before a capitalised publication, or a period before `In:` or `in`
        // (`„Title“. correctiv.org [online]` is ISO 690's own reference, read elsewhere; `„Title“ [site]` a headline's).
        // A publication in lower case after MLA's space (`"Title." the Guardian, p. 3.`, `ebrosia`) when a page closes the line.
        guard let next = after.first,
            next == "," || next == " " && (rest.first?.isUppercase == true || rest.first?.isLetter == true && endsWithPage(reference))
                || next == "." && (rest.hasPrefix(" In:") || rest.hasPrefix(" in "))
        else { return nil }
        var title = LineBytes.trimmed(inner[..<close])
        if title.hasSuffix("."), !title.hasSuffix("..") { title = String(title.dropLast()) }
        // `“We will act.” Jane Doe, 3 Mar. 1987.`: a quote and who said it, no reference.
        guard LineBytes.words(title).count >= 2 || title.count >= 12, var cited = Citations.read(reference, title: title, dates: dates)
        else { return nil }
        if cited.source == nil, next != ".", endsWithPage(reference), let comma = rest.range(of: ", ") {
            // `"Title." ebrosia, p. 17.`, `«Title», transGEN, 18 de enero de 2018, pág. 25.`: the publication in lower case,
            // up to the next comma.
            let name = LineBytes.trimmed(rest[..<comma.lowerBound])
            if !name.isEmpty, LineBytes.words(name).count <= 6, dates.firstDate(in: name) == nil { cited.source = name }
        }
        guard let source = cited.source, !(Bylines.isPersonLike(source) && GivenNames.holdsGivenName(source)) else { return nil }
        return (title, cited)
    }
}
