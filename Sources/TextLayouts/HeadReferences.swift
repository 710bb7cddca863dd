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
        guard lead.isEmpty || lead.utf8.last == 0x3A && LineBytes.contains(lead, 0x2C) && LineBytes.words(lead).count <= 5
            || opensReference(Substring(lead))
        else { return nil }
        // After the close: a comma, MLA's space before a capitalised publication, or a period before `In:` or `in`
        // (`„Title“. correctiv.org [online]` is ISO 690's own reference, read elsewhere; `„Title“ [site]` a headline's).
        let after = reference[reference.index(after: close)...]
        let rest = after.dropFirst()
        guard let next = after.first,
            next == "," || next == " " && rest.first?.isUppercase == true || next == "." && (rest.hasPrefix(" In:") || rest.hasPrefix(" in "))
        else { return nil }
        var title = LineBytes.trimmed(inner[..<close])
        if title.hasSuffix("."), !title.hasSuffix("..") { title = String(title.dropLast()) }
        // `“We will act.” Jane Doe, 3 Mar. 1987.`: a quote and who said it, no reference.
        guard LineBytes.words(title).count >= 2 || title.count >= 12, let cited = Citations.read(reference, title: title, dates: dates),
            let source = cited.source, !(Bylines.isPersonLike(source) && GivenNames.holdsGivenName(source))
        else { return nil }
        return (title, cited)
    }
}
