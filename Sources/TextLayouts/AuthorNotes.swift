import TextToolkit

/// An author's note under an article: `*Cal Mankowski es investigador del Instituto …*`,
/// `— Jane Doe is our correspondent in Nairobi.`, `Jean Martin est journaliste au Monde.`
///
/// Contract: `name(in:)` returns the person a line introduces when the line (300 characters at
/// most) opens with two to four capitalised words (particles such as `de`, `van` allowed)
/// followed by a copula (`is`, `est`, `ist`, `es`, `è`, `é`, and their past forms), and two of
/// these hold: the first word is a given name (`GivenNames`); the line is set apart as a note —
/// in emphasis (`*…*`, `_…_`) or after a dash; it names a writer's trade (`correspondent`,
/// `journaliste`, `investigador`, …). Nil for any other line: a last paragraph of news that begins with a
/// person's name and a verb (`John Smith is expected to resign`) is no note. Pure; never fails.
package enum AuthorNotes {
    package static func name(in line: String) -> String? {
        guard mayHoldCopula(line), TextFolding.hasAtMost(line, 300), let first = line.unicodeScalars.first,
            first.properties.isAlphabetic || "*_—–-".unicodeScalars.contains(first)
        else { return nil }
        var text = Substring(line)
        let setApart = text.first.map { "*_—–-".contains($0) } ?? false
        if setApart { text = text.drop { "*_—–- ".contains($0) } }
        // The name and the copula are among the first six words: split only those (by bytes).
        var cut = text.utf8.endIndex
        var spaces = 0
        for index in text.utf8.indices where text.utf8[index] == 0x20 {
            spaces += 1
            if spaces == 6 {
                cut = index
                break
            }
        }
        let words = LineBytes.words(text[..<cut])
        guard words.count >= 3 else { return nil }
        var nameWords: [Substring] = []
        for word in words.prefix(5) {
            let folded = TextFolding.fold(word)
            if copulas.contains(folded) { break }
            guard word.first?.isUppercase == true || particles.contains(folded) else { return nil }
            nameWords.append(word)
        }
        guard (2...4).contains(nameWords.count), nameWords.count < words.count,
            copulas.contains(TextFolding.fold(words[nameWords.count])),
            nameWords.last?.first?.isUppercase == true
        else { return nil }
        let namesTrade = TextFolding.fold(text).split(separator: " ").contains { trades.contains(String($0)) }
        let person = GivenNames.holdsGivenName(nameWords[0])
        guard person && (setApart || namesTrade) || setApart && namesTrade else { return nil }
        return nameWords.joined(separator: " ")
    }

    /// Whether a copula's bytes stand as a word among the first 90 bytes (`name`'s first,
    /// cheap test: most lines hold none; true when the UTF-8 is not contiguous).
    private static func mayHoldCopula(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let end = min(bytes.count, 90)
            var start = 0
            for index in 0...end where index == end || bytes[index] == 0x20 {
                let length = index - start
                if length >= 1 && length <= 6 {
                    for copula in copulaBytes where copula.count == length {
                        var equal = true
                        for offset in 0..<length where ASCII.lowercased(bytes[start + offset]) != copula[offset] {
                            equal = false
                            break
                        }
                        if equal { return true }
                    }
                }
                start = index + 1
            }
            return false
        } ?? true
    }

    /// The copulas as they are spelt (`copulas` holds them folded).
    private static let copulaBytes: [[UInt8]] = [
        "is", "was", "est", "était", "ist", "war", "es", "fue", "era", "è", "é", "foi",
    ].map { Array($0.utf8) }

    private static let copulas: Set<String> = [
        "is", "was", "est", "etait", "ist", "war", "es", "fue", "era", "e", "foi",
    ]

    private static let particles: Set<String> = ["de", "du", "van", "von", "der", "da", "di", "del", "dos", "la", "le"]

    /// Words naming a writer's trade, folded.
    private static let trades: Set<String> = [
        "correspondent", "journalist", "reporter", "editor", "writer", "columnist", "author", "researcher",
        "professor", "contributor", "correspondant", "correspondante", "journaliste", "redacteur", "redactrice",
        "chroniqueur", "chroniqueuse", "auteur", "autrice", "chercheur", "chercheuse", "korrespondent",
        "korrespondentin", "journalistin", "redakteur", "redakteurin", "autor", "autorin", "kolumnist",
        "kolumnistin", "corresponsal", "periodista", "columnista", "investigador", "investigadora", "corrispondente",
        "giornalista", "editorialista", "autore", "autrice", "ricercatore", "ricercatrice", "jornalista",
        "colunista", "pesquisador", "pesquisadora",
    ]
}
