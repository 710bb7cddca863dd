import TextToolkit

/// A column's standing title set above its headline, which names the columnist when there is no
/// byline: `La chronique d'Hélène Roux`, `Zwischenruf von A und B`, `Il taccuino di A`, `La columna
/// de A`, `A crónica de A`, `Anna Berg's Brussels Notebook`; or the standing title alone, unsigned
/// (`La chronique éco`, `Der Zwischenruf`, `Brussels Notebook`).
///
/// Contract: `read` returns nil unless the line (at most 80 bytes, no sentence's end) holds a column's word
/// (`chronique`, `billet`, `column`, `Kolumne`, `Zwischenruf`, `taccuino`, `rubrica`, `crónica`,
/// `coluna`, `notebook`, `diary`) within its first four words; then the names after `de`, `d'`, `von`,
/// `di`, `by`, `por` (`Bylines.names`: people only) when the word is the first or second, or before an
/// English `'s`; an empty list for the standing title alone (four words at most). Pure.
enum ColumnHeads {
    static func read(_ line: String) -> [String]? {
        guard line.utf8.count <= 80, LineBytes.contains(line, anyOf: columnWords), !LayoutReader.endsLikeSentence(line) else { return nil }
        let words = line.split(separator: " ")
        guard let at = words.prefix(5).firstIndex(where: { isColumnWord($0) }) else { return nil }
        // `Anna Berg's Brussels Notebook`: the names before `'s`.
        if let owner = words[..<at].firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) {
            let name = (words[..<owner] + [words[owner].dropLast(2)]).joined(separator: " ")
            return Bylines.names(name).flatMap { $0.allSatisfy(Bylines.isPersonLike) ? $0 : nil } ?? []
        }
        // `La chronique d'Hélène Roux`, `Zwischenruf von A und B`: the names after the preposition; the column's
        // word first or second (`Why I quit my column` is a headline).
        guard at <= 1 else { return nil }
        let after = words[(at + 1)...]
        guard let first = after.first else { return [] }
        var rest = after.joined(separator: " ")
        let folded = TextFolding.fold(first)
        if folded.hasPrefix("d'") || folded.hasPrefix("d’") {
            rest = String(rest.dropFirst(2))
        } else if ["de", "von", "di", "by", "por", "du", "del", "da"].contains(folded) {
            rest = String(rest.dropFirst(first.count + 1))
        } else {
            return after.count <= 2 && words.count <= 4 ? [] : nil  // `La chronique éco`; a longer line is a headline
        }
        guard let names = Bylines.names(rest), !names.isEmpty, names.allSatisfy(Bylines.isPersonLike) else { return nil }
        return names
    }

    private static func isColumnWord(_ word: Substring) -> Bool {
        columnNames.contains(TextFolding.fold(word))
    }

    private static let columnNames: Set<String> = [
        "chronique", "billet", "column", "kolumne", "zwischenruf", "taccuino", "rubrica", "cronica", "columna", "coluna",
        "notebook", "diary", "glosse",
    ]

    private static let columnWords = NeedleSet(
        ["chronique", "billet", "column", "kolumne", "zwischenruf", "taccuino", "rubrica", "crónica", "cronica", "coluna",
         "notebook", "diary", "glosse"],
        ignoringCase: true)
}
