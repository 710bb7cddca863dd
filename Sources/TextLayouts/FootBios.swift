import TextToolkit

/// A writer's one-sentence biography at the foot of a piece, often in italics (`*Cal Mankowski covers
/// the European institutions from Brussels.*`, `Jane Doe is a freelance journalist based in Rome.`,
/// `Hélène Roux est correspondante à Bruxelles.`), and the note that a fund supported the piece
/// (`This article was produced with the support of …`), which states nothing.
///
/// Contract: `facts` reads a line of 400 characters at most, its emphasis marks (`*`, `_`) ignored,
/// whose sentences are all such biographies or notes: a biography opens with a person's name of one
/// to four words (`Bylines.isPersonLike`, each capitalised) and a verb of reporting (`covers`,
/// `berichtet`, `cubre`, …), or a copula (`is`, `est`, `ist`, …) with a journalist's word among the five
/// words after it (`reporter`, `correspondant`, `Redakteurin`, …). A line without such a verb or a note's
/// word (`support`, `soutien`, `Unterstützung`, …) in its first 120 bytes is not read further (most lines
/// asked are a text's last paragraph). The names are the authors; a line of notes alone gives empty facts
/// (read, stating nothing); nil for anything else. Pure; never fails.
enum FootBios {
    static func facts(_ line: String) -> LineFacts? {
        let count = line.utf8.count
        guard count > 20, count <= 800, TextFolding.hasAtMost(line, 400) else { return nil }
        // Most lines asked are a text's last paragraph: no verb of a biography nor a note's word near its start.
        let gated = line.utf8.withContiguousStorageIfAvailable { gateWords.occurs(in: UnsafeBufferPointer(rebasing: $0.prefix(120))) }
        guard gated ?? true else { return nil }
        let plain = withoutEmphasis(line)
        var authors: [String] = []
        var sentences = 0
        for sentence in plain.split(separator: ". ", omittingEmptySubsequences: true) {
            sentences += 1
            guard sentences <= 3 else { return nil }
            if isSupportNote(sentence) { continue }
            guard authors.isEmpty, let name = writer(sentence) else { return nil }
            authors = [name]
        }
        var facts = LineFacts()
        facts.authors = authors
        return facts
    }

    /// The name opening a biography's sentence, or nil.
    private static func writer(_ sentence: Substring) -> String? {
        let words = sentence.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for verb in 1..<min(5, words.count - 1) {
            let folded = TextFolding.fold(words[verb])
            let reports = reportingVerbs.contains(folded)
            let describes = copulas.contains(folded)
                && words[(verb + 1)...].prefix(5).contains { journalistWords.contains(TextFolding.fold($0.filter(\.isLetter))) }
            guard reports || describes else { continue }
            let nameWords = words[..<verb]
            guard nameWords.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            let name = nameWords.joined(separator: " ")
            return Bylines.isPersonLike(name) && (verb > 1 || GivenNames.holdsGivenName(name)) ? name : nil
        }
        return nil
    }

    private static func isSupportNote(_ sentence: Substring) -> Bool {
        LineBytes.contains(TextFolding.fold(sentence), anyOf: supportPhrases)
    }

    /// The line without `*` and without a `_` at a word's edge (`_Jane Doe covers …_`).
    private static func withoutEmphasis(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            let following: Character = next < line.endIndex ? line[next] : " "
            let edge = previous == " " || following == " " || following == "." || previous == "."
            if character != "*", !(character == "_" && edge) { out.append(character) }
            previous = character
            index = next
        }
        return LineBytes.trimmed(out)
    }

    /// A biography's verb as written (`reportingVerbs`, `copulas`), with the spaces around it, and the support
    /// notes' words (`supportPhrases`), for the gate: one pass over a line's first 120 bytes.
    /// (Compared exactly, as they are written in a biography: lower case; `Unterstützung` by its `nterst`.)
    private static let gateWords = NeedleSet([
        " covers ", " reports ", " writes ", " couvre ", " écrit ", " berichtet ", " schreibt ", " cubre ",
        " escribe ", " copre ", " segue ", " scrive ", " cobre ", " escreve ", " is ", " est ", " ist ", " es ", " e ",
        " è ", " é ", "support", "soutien", "nterst", "apoyo", "sostegno", "apoio",
    ], ignoringCase: false)

    private static let reportingVerbs: Set<String> = [
        "covers", "reports", "writes", "couvre", "ecrit", "berichtet", "schreibt", "cubre", "escribe", "copre", "segue",
        "scrive", "cobre", "escreve",
    ]
    private static let copulas: Set<String> = ["is", "est", "ist", "es", "e", "è"]
    private static let journalistWords: Set<String> = [
        "journalist", "reporter", "correspondent", "editor", "writer", "columnist", "journaliste", "correspondant",
        "correspondante", "redacteur", "redactrice", "chroniqueur", "chroniqueuse", "journalistin", "korrespondent",
        "korrespondentin", "redakteur", "redakteurin", "reporterin", "autorin", "kolumnist", "kolumnistin",
        "periodista", "corresponsal", "redactor", "redactora", "reportero", "reportera", "columnista", "giornalista",
        "corrispondente", "redattore", "redattrice", "inviato", "inviata", "jornalista", "correspondente", "reporter",
        "redator", "redatora", "colunista", "freelance", "freier", "freie", "independiente", "independant",
        "independante",
    ]
    /// (One byte search for all of them: `String.contains` with Foundation in the module is `range(of:)`, 26,000
    /// instructions a call on a paragraph.)
    private static let supportPhrases = NeedleSet([
        "with the support of", "supported by", "avec le soutien", "mit unterstutzung", "mit der unterstutzung",
        "con el apoyo", "con il sostegno", "com o apoio", "con il supporto",
    ], ignoringCase: false)
}
