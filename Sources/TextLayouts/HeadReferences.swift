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
/// is the carrier's; the article's text starts under the title. Nil for any other text. Pure.
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
}
