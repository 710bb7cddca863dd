import TextToolkit

/// A publication's note disclosing who owns it, at the foot of an article that concerns its owner or a sister
/// title: `Disclosure: The Guardian, like The Observer, belongs to …`, `Transparenzhinweis: Der Tagesspiegel gehört
/// wie … zur …`, `Transparence : Le Monde appartient, comme …, au groupe …`, `Nota de transparencia: El País, como …,
/// pertenece al grupo …`, `Trasparenza: …, come …, fa parte del gruppo …`, `Nota de transparência: …, tal como …,
/// pertence ao grupo …`. Its subject is the publication that printed the article.
///
/// Contract: `publication(_:)` gives the name between the note's label and the first phrase of likeness or
/// ownership (`, like`, ` belongs to`, ` is owned by`, ` gehört wie`, ` gehört zur`, `, comme`, ` appartient`, `, como`, ` pertenece`,
/// `, come`, ` fa parte`, `, tal como`, ` pertence`; never `gehört zu den …`, among others) when it has a
/// publication's form (`ClippingFacts.isMasthead`); nil for any other line, a line over 400 bytes, a
/// note whose subject is the writer (`Disclosure: The author, like many readers, owns shares …`) or a company beside
/// this paper (`Stellantis, come questo giornale, fa parte del gruppo …`). Pure.
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
        // The subject neither the writer (`The author, like many readers, owns shares …`) nor a company beside this paper (`Stellantis, come
        // questo giornale, fa parte …`).
        guard !ownPaper.contains(where: { folded.contains($0) }),
            !writers.contains(where: { TextFolding.fold(name).hasPrefix($0) }), ClippingFacts.isMasthead(name)
        else { return nil }
        return name
    }

    /// This paper named in the note (folded): the subject beside it is another company.
    private static let ownPaper = [
        "this newspaper", "this paper", "this publication", "ce journal", "notre journal", "diese zeitung", "dieser zeitung",
        "unsere zeitung", "unserer zeitung", "este periodico", "este diario", "questo giornale", "questa testata", "este jornal",
        "deste jornal",
    ]

    /// The writer as a note's subject (folded).
    private static let writers = ["the author", "the writer", "l'aut", "der autor", "die autorin", "el autor", "la autora", "o autor", "a autora"]

    /// The notes' labels (folded).
    private static let labels: Set<String> = [
        "disclosure", "transparency note", "transparence", "transparenzhinweis", "nota de transparencia", "trasparenza",
        "nota di trasparenza", "nota de transparencia",
    ]

    /// Phrases of likeness or ownership after the publication's name (folded).
    private static let phrases = [
        ", like ", " belongs to", " is owned by", " is part of", " gehort wie", " gehort zur ", " gehort zum ", ", comme ", " appartient",
        ", como ", " pertenece", ", come ", " fa parte", ", tal como ", " pertence",
    ]
}
