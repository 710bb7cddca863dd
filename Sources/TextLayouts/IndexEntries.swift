import DateReading
import TextToolkit

/// A press review's index entry as the first line: the title, then in parentheses where it ran
/// (`KUWAIT SAYS NO PLANS (Reuters, 01/03/1987, p. 32)`, `Titel (FAZ, 03.03.2026, S. 12)`,
/// `Titolo (pag. 8)`, `Título (https://www.x.net, 29/01/2019, pág. 8)`): the publication, the
/// date and the page.
///
/// Contract: `labelled` returns the lines unchanged unless the first non-empty line ends with a
/// parenthesis whose last comma-separated part is a page reference (`p.`, `pp.`, `pag.`, `pág.`,
/// `S.`, `Seite`, `page`, `pagina`, `página` and a number) and what stands before it is not
/// empty. Then that line becomes labelled lines (`Source: publication` for a part that is no
/// date, `Date: date` for a part that is a date, labelled in the page word's language when it
/// tells one, `pag.` → `Data:`, so that a numeric date is read in the desk's order; `Title: title`),
/// read as any label is. Pure.
enum IndexEntries {
    static func labelled(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return lines }
        let line = LineBytes.trimmed(lines[first])
        guard line.hasSuffix(")"), let open = LineBytes.lastIndex(of: "(", in: line) else { return lines }
        let title = LineBytes.trimmed(line[..<open])
        let parts = line[line.index(after: open)..<line.index(before: line.endIndex)].split(separator: ",").map { LineBytes.trimmed($0) }
        guard !title.isEmpty, let page = parts.last, isPageReference(page), parts.count <= 3 else { return lines }
        var labelled: [String] = []
        // The desk's page word tells its language, and so the order of a numeric date (`pág.`: day first).
        let dateLabel = dateLabels[TextFolding.fold(page.split(separator: " ")[0])] ?? "Date"
        for part in parts.dropLast() where !part.isEmpty {
            labelled.append(dates.dateLine(part) != nil ? "\(dateLabel): \(part)" : "Source: \(part)")
        }
        labelled.append("Title: \(title)")
        return Array(lines[..<first]) + labelled + lines[(first + 1)...]
    }

    /// `p. 32`, `pag. 8`, `S. 12`, `Seite 4`: a page word and a number.
    private static func isPageReference(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard words.count == 2, words[1].allSatisfy(\.isNumber) else { return false }
        return pageWords.contains(TextFolding.fold(words[0]))
    }

    private static let pageWords: Set<String> = ["p.", "pp.", "pag.", "s.", "seite", "page", "pagina", "pg.", "pagine"]

    /// The date label in the language a page word is written in (`pag.` Italian, `S.` German);
    /// `p.` tells none.
    private static let dateLabels: [String: String] = [
        "pag.": "Data", "pagina": "Data", "pagine": "Data", "s.": "Datum", "seite": "Datum",
    ]
}
