import TextToolkit

/// A publication's note disclosing who owns it, at the foot of an article that concerns its owner or a sister
/// title: `Disclosure: The Guardian, like The Observer, belongs to …`, `Transparenzhinweis: Der Tagesspiegel gehört
/// wie … zur …`, `Transparence : Le Monde appartient, comme …, au groupe …`, `Nota de transparencia: El País, como …,
/// pertenece al grupo …`, `Trasparenza: …, come …, fa parte del gruppo …`, `Nota de transparência: …, tal como …,
/// pertence ao grupo …`. Its subject is the publication that printed the article.
///
/// Contract: `publication(_:)` gives the name between the note's label and the first phrase of likeness or
/// ownership (`, like`, ` belongs to`, ` is owned by`, ` gehört`, `, comme`, ` appartient`, `, como`, ` pertenece`,
/// `, come`, ` fa parte`, `, tal como`, ` pertence`) when it has a publication's form (`ClippingFacts.isMasthead`);
/// nil for any other line, a line over 400 bytes, and a note whose subject is no publication's (`Disclosure: The
/// author owns shares in …`). Pure.
enum DisclosureNotes {
    static func publication(_ line: String) -> String? {
        // A label opening with `D`, `T` or `N` and a colon within its first 30 bytes: most lines go no further.
        guard line.utf8.count <= 400, let first = line.utf8.first, first == 0x44 || first == 0x54 || first == 0x4E,
            let colon = LineBytes.index(of: 0x3A, within: 30, in: line)
        else { return nil }
        guard labels.contains(TextFolding.fold(LineBytes.trimmed(line[..<colon]))) else { return nil }
        let rest = LineBytes.trimmed(line[line.utf8.index(after: colon)...])
        let folded = TextFolding.fold(rest)
        // Folding keeps the Characters one for one here (checked): an offset in `folded` is one in `rest`.
        guard folded.count == rest.count,
            let cut = phrases.compactMap({ folded.range(of: $0)?.lowerBound }).min()
        else { return nil }
        let name = LineBytes.trimmed(rest[..<rest.index(rest.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: cut))])
        return ClippingFacts.isMasthead(name) ? name : nil
    }

    /// The notes' labels (folded).
    private static let labels: Set<String> = [
        "disclosure", "transparency note", "transparence", "transparenzhinweis", "nota de transparencia", "trasparenza",
        "nota di trasparenza", "nota de transparencia",
    ]

    /// Phrases of likeness or ownership after the publication's name (folded).
    private static let phrases = [
        ", like ", " belongs to", " is owned by", " is part of", " gehort wie", " gehort zu", ", comme ", " appartient",
        ", como ", " pertenece", ", come ", " fa parte", ", tal como ", " pertence",
    ]
}
