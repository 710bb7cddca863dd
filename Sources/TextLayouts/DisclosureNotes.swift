import TextToolkit

/// A publication's note disclosing who owns it, at the foot of an article that concerns its owner or a sister
/// title: `Disclosure: The Guardian, like The Observer, belongs to …`, `Transparenzhinweis: Der Tagesspiegel gehört
/// wie … zur …`, `Transparence : Le Monde appartient, comme …, au groupe …`, `Nota de transparencia: El País, como …,
/// pertenece al grupo …`, `Trasparenza: …, come …, fa parte del gruppo …`, `Nota de transparência: …, tal como …,
/// pertence ao grupo …`. Its subject is the publication that printed the article.
///
/// Contract: `publication(_:)` gives the note's subject, the name between its label and the first phrase of likeness
/// (`, like`, ` gehört wie`, `, comme`, `, como`, `, come`, `, tal como`) or ownership (` belongs to`, ` is owned by`,
/// ` is part of`, ` gehört`, ` appartient`, ` pertenece`, ` fa parte`, ` pertence`), only when:
/// - an ownership verb follows (a likeness alone, `Amazon, like other retailers, advertises on this site`, is no
///   ownership);
/// - its object (its own sentence) is an owner: a group's or publisher's word (`group`, `Gruppe`, `Verlag`, `groupe`, `grupo`, `gruppo`,
///   `fund`, `trust`, a company form `SE`/`AG`/`S.A.`/`S.p.A.`…) or, outside German (where every noun is capitalised),
///   a capitalised name after its article (`is owned by Jeff Bezos`, `pertence à Sonae`); never a clientele,
///   membership, sponsorship or board (`zu den Kunden`, `la Fédération`, `degli sponsor`, `zum Beirat`);
/// - the subject has a publication's form (`ClippingFacts.isMasthead`), not a common noun after an article or a
///   possessive (`The reporter`, `Unser Autor`, `El periodista`, `O jornalista`), not the writer;
/// - the line does not name this paper beside the subject (`Stellantis, come questo giornale, fa parte …`).
/// A Portuguese subject is given without its article (`O Público pertence à Sonae` → `Público`). Nil for any other
/// line or a line over 400 bytes. Pure.
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
            let verb = verbs.compactMap({ verb in folded.range(of: verb.text).map { (range: $0, verb: verb) } })
                .min(by: { $0.range.lowerBound < $1.range.lowerBound })
        else { return nil }
        let cut = likenesses.compactMap({ folded.range(of: $0)?.lowerBound }).filter { $0 < verb.range.lowerBound }.min()
            ?? verb.range.lowerBound
        var name = LineBytes.trimmed(rest[..<rest.index(rest.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: cut))])
        // The subject neither the writer (`The author, like many readers, owns shares …`) nor a company beside this paper (`Stellantis, come
        // questo giornale, fa parte …`).
        guard !ownPaper.contains(where: { folded.contains($0) }),
            !writers.contains(where: { TextFolding.fold(name).hasPrefix($0) }), ClippingFacts.isMasthead(name),
            isPublication(name),
            isOwner(rest[rest.index(rest.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: verb.range.upperBound))...],
                german: verb.verb.german)
        else { return nil }
        if verb.verb.portuguese, let space = name.firstIndex(of: " "), ["O", "A", "Os", "As"].contains(name[..<space]) {
            name = String(name[name.index(after: space)...])
        }
        return name
    }

    /// `The Washington Post`, `Die Welt`, `la Repubblica`, `Reuters`, `correctiv.org`: a name, an article before it
    /// followed by a capitalised word; not a common noun after an article or a possessive (`The reporter`, `Unser
    /// Autor`, `El periodista`, `O jornalista`, `Notre journaliste`).
    private static func isPublication(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty else { return false }
        let first = TextFolding.fold(words[0])
        if possessives.contains(first) { return false }
        if words.count >= 2, articles.contains(first) { return words[1].first?.isUppercase == true }
        return true
    }

    /// The object after the ownership verb names an owner: a group's or publisher's word, a company form, or (not
    /// German) a capitalised name; never a clientele, membership, sponsorship or board.
    private static func isOwner(_ object: Substring, german: Bool) -> Bool {
        var object = object
        // `gehört wie die Zeit zur …`, `appartient, comme Télérama, au groupe …`: the likeness before the object.
        if german, TextFolding.fold(object.prefix(5)).hasPrefix(" wie ") || TextFolding.fold(object.prefix(4)) == "wie " {
            guard let to = [" zur ", " zum ", " zu "].compactMap({ object.range(of: $0)?.lowerBound }).min() else { return false }
            object = object[to...]
        } else if object.hasPrefix(","), let comma = object.dropFirst().firstIndex(of: ",") {
            object = object[object.index(after: comma)...]
        }
        // The object's own sentence (`… au groupe X. Y, membre du conseil du groupe, préside …`: the next one is another's).
        if let end = object.firstRange(of: ". ") { object = object[..<end.lowerBound] }
        let words = object.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ";" }).prefix(8)
        let folded = words.map { TextFolding.fold($0) }
        if folded.contains(where: { word in refused.contains { word.contains($0) } }) { return false }
        if folded.contains(where: { word in owners.contains { word == $0 || (german && word.hasSuffix($0)) } }) { return true }
        if folded.contains(where: { companyForms.contains($0) }) { return true }
        guard !german, let head = zip(words, folded).first(where: { !particles.contains($0.1) })?.0 else { return false }
        // The first word after the object's prepositions and articles: a capitalised name (`Jeff Bezos`, `Sonae`).
        return head.first?.isUppercase == true
    }

    /// This paper or its owner named in the note (folded): the subject beside it is another company, one the article
    /// covers (`Northvolt belongs to … a pension fund that also holds shares in our parent company`, `Flink gehört … dem
    /// Lieferkonzern Getir, an dem auch ein Fonds unseres Verlags beteiligt ist`, `… actionnaire minoritaire de notre
    /// groupe`, `… accionista de la empresa editora`, `… socio di minoranza del nostro editore`).
    private static let ownPaper = [
        "this newspaper", "this paper", "this publication", "this site", "this website", "this magazine", "ce journal",
        "notre journal", "ce site", "notre site", "diese zeitung", "dieser zeitung", "unsere zeitung", "unserer zeitung",
        "dieser seite", "este periodico", "este diario", "este sitio", "questo giornale", "questa testata", "questo sito",
        "este jornal", "deste jornal", "este site",
        // The paper's owner, named as its own.
        "our parent company", "our parent group", "our publisher", "our publishing", "our owner", "our group",
        "our company", "notre groupe", "notre editeur", "notre maison mere", "notre societe editrice", "notre actionnaire",
        "notre proprietaire", "unseres verlag", "unser verlag", "unserem verlag", "unseren verlag", "unseres hauses",
        "unserem haus", "unsere muttergesellschaft", "unserer muttergesellschaft", "unseres mutterkonzern",
        "unserem mutterkonzern", "unser mutterkonzern", "unsere mediengruppe", "unserer mediengruppe",
        "de la empresa editora", "de esta editora", "nuestra editora", "nuestro grupo", "nuestra empresa",
        "nuestra matriz", "nuestro editor", "nostro editore", "nostro gruppo", "nostra casa editrice",
        "nostra societa editrice", "nostra editrice", "nosso grupo", "nossa editora", "nossa empresa",
        "da empresa editora", "nosso jornal",
    ]

    /// The writer as a note's subject (folded).
    private static let writers = [
        "the author", "the writer", "the reporter", "the journalist", "the correspondent", "l'aut", "le journaliste",
        "la journaliste", "der autor", "die autorin", "der reporter", "die reporterin", "der journalist", "die journalistin",
        "el autor", "la autora", "el periodista", "la periodista", "il giornalista", "la giornalista", "l'inviat",
        "o autor", "a autora", "o jornalista", "a jornalista",
    ]

    /// A subject opening with a possessive is the writer or staff (`Unser Autor`, `Notre journaliste`).
    private static let possessives: Set<String> = [
        "our", "my", "unser", "unsere", "unserer", "notre", "nos", "mon", "ma", "nuestro", "nuestra", "nostro", "nostra",
        "nosso", "nossa",
    ]

    /// Articles a title may open with (folded).
    private static let articles: Set<String> = [
        "the", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "i", "gli", "o", "a", "os", "as",
    ]

    /// An owner's words in the object (folded; German: also a word's end, `Holtzbrinck-Gruppe`, `Mediengruppe`).
    private static let owners = [
        "group", "groupe", "gruppe", "grupo", "gruppo", "verlag", "konzern", "holding", "fund", "fonds", "fondo", "trust",
        "family", "famille", "familie", "familia", "famiglia", "publisher", "editore", "editora", "editorial", "publishing",
    ]

    /// Company forms in the object (folded).
    private static let companyForms: Set<String> = [
        "se", "ag", "gmbh", "kg", "kgaa", "plc", "inc", "ltd", "llc", "sa", "s.a", "spa", "s.p.a", "sas", "sgps", "nv",
    ]

    /// Objects that are no owner (folded, a part of a word): a clientele, a membership, a sponsorship, a board.
    private static let refused = [
        "kunden", "client", "customer", "advertis", "annonceur", "anunciante", "inserzionist", "sponsor", "patrocin",
        "federation", "federacion", "federazione", "federacao", "association", "asociacion", "associazione", "associacao",
        "verband", "verein", "member", "membre", "miembro", "membri", "membro", "beirat", "vorstand", "aufsichtsrat",
        "stiftung", "board", "conseil", "consejo", "consiglio", "conselho", "partenaire", "partner", "scheme",
    ]

    /// Prepositions and articles that open an object (folded).
    private static let particles: Set<String> = [
        "to", "by", "a", "an", "the", "of", "au", "aux", "la", "le", "les", "l'", "al", "el", "los", "las", "del",
        "della", "dello", "dei", "degli", "delle", "ao", "aos", "o", "os", "as", "da", "do", "das", "dos", "zur", "zum",
        "zu", "der", "den", "dem", "die",
    ]

    /// The notes' labels (folded).
    private static let labels: Set<String> = [
        "disclosure", "transparency note", "transparence", "transparenzhinweis", "nota de transparencia", "trasparenza",
        "nota di trasparenza",
    ]

    /// Phrases of likeness between the publication's name and its ownership verb (folded).
    private static let likenesses = [", like ", " gehort wie", ", comme ", ", como ", ", come ", ", tal como "]

    /// Ownership verbs after the publication's name (folded), with their language where it matters.
    private static let verbs: [(text: String, german: Bool, portuguese: Bool)] = [
        (" belongs to", false, false), (" is owned by", false, false), (" is part of", false, false), (" gehort ", true, false),
        (" appartient", false, false), (" pertenece", false, false), (" fa parte", false, false), (" pertence", false, true),
    ]
}
