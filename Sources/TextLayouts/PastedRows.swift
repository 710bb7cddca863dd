import DateReading
import TextToolkit

/// A spreadsheet's or a clipping database's row pasted above the article as its first line, its
/// cells apart by tabs and no header row over them: `El País⇥07.09.2017⇥S. 27`, `Boing Boing⇥⇥Doctorow,
/// Cory⇥p. 4` (the publication, then its day, the writers surname first, the page, in any order).
///
/// Contract: `labelled` rewrites the first non-empty line among the first three, when it is such a
/// row, into the fields it states (`Publication: El País`, `Date: 07.09.2017`, `Author: Cory
/// Doctorow`), the page dropped, and returns every other line as it is. A row is two to five
/// non-empty cells of 80 characters at most, a blank line (or none) under it; its first cell a name
/// (letters, no day, no page, no review's banner: the publication, nothing when a section's,
/// `Lokales`, `Primo piano`); each other cell a day (the whole cell a date), a
/// page (`S. 27`, `p. 4`) or writers (one to four persons holding a given name, `Surname, Given`
/// put back in order, several apart by `;` or `/`); and a page among them (a banner and its day
/// alone, `CLIPPING DE IMPRENSA⇥⇥segunda-feira, 2 de fevereiro de 2026`, is the desk's own; a
/// record's row, `Headline⇥Jane Doe⇥05/03/2024`, is read elsewhere). Any other cell, a header row (a second row under it) or a command's print leaves the
/// lines as they are. Pure; never fails.
enum PastedRows {
    static func labelled(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard let first = lines.prefix(3).firstIndex(where: { !LineBytes.trimmed($0).isEmpty }),
            case let line = lines[first], line.utf8.count <= 400, line.utf8.contains(0x09), line.utf8.first != 0x24
        else { return lines }
        // A header's row over data rows (`Data⇥Publicação⇥Título`) is a table's, read elsewhere.
        if first + 1 < lines.count, !LineBytes.trimmed(lines[first + 1]).isEmpty { return lines }
        let cells = line.split(separator: "\t").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard (2...5).contains(cells.count), cells.allSatisfy({ TextFolding.hasAtMost($0, 80) }) else { return lines }
        let name = cells[0]
        guard name.contains(where: \.isLetter), !name.contains(":"), dates.firstDate(in: name) == nil,
            !ClippingFacts.isPageReference(name), !ExportLines.isReviewBanner(name)
        else { return lines }
        // The first cell names the publication, but a section's (`Lokales`, `Primo piano`: a kicker's or a section's word,
        // or a short phrase in lower case) names none. (A person's name there is a blog's, `Moritz Meyer`, as often as a
        // writer's: the publication.)
        var fields: [String] = []
        let folded = TextFolding.fold(name)
        let words = LineBytes.words(name)
        let phrase = words.count <= 3 && !ClippingFacts.isPlausiblePublication(name) && words.dropFirst().contains { $0.first?.isLowercase == true }
        if !ExportLines.isSectionWord(folded), !ExportLines.isKicker(folded), !phrase {
            fields.append("Publication: " + name)
        }
        var paged = false
        for cell in cells.dropFirst() {
            if ClippingFacts.isPageReference(cell) {
                paged = true
            } else if let found = dates.firstDate(in: cell), LineBytes.trimmed(cell[..<found.range.lowerBound]).isEmpty,
                LineBytes.trimmed(cell[found.range.upperBound...]).isEmpty
            {
                fields.append("Date: " + found.date.iso)  // read in the row's order, written in no other
            } else if let numbers = ClippingFacts.shortNumericDay(cell[...]), let day = ClippingFacts.shortNumericDay(numbers, monthFirst: false) {
                fields.append("Date: " + day.iso)  // `12/05/26`: a two-digit year's day, day first (the desk's convention)
            } else if let writers = writers(cell) {
                fields.append("Author: " + writers.joined(separator: ", "))
            } else {
                return lines
            }
        }
        // The page pins a clipping's reference (a record's row, `Headline⇥Jane Doe⇥05/03/2024`, names no page).
        guard paged, !fields.isEmpty else { return lines }
        var out = lines
        out.replaceSubrange(first...first, with: fields)
        return out
    }

    /// A cell's writers: one to four persons apart by `;` or `/` (`Doctorow, Cory`, `Cory Doctorow`), each holding a
    /// given name, surname-first ones put back in order; nil otherwise.
    private static func writers(_ cell: String) -> [String]? {
        let parts = cell.split(whereSeparator: { $0 == ";" || $0 == "/" }).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard (1...4).contains(parts.count) else { return nil }
        var names: [String] = []
        for part in parts {
            let pieces = part.split(separator: ",").map { LineBytes.trimmed($0) }
            let name: String
            if pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty, GivenNames.holdsGivenName(pieces[1]) {
                name = pieces[1] + " " + pieces[0]
            } else if pieces.count == 1 {
                name = part
            } else {
                return nil
            }
            guard LineBytes.words(name).count >= 2, Bylines.isPersonLike(name), GivenNames.holdsGivenName(name) else { return nil }
            names.append(name)
        }
        return names
    }
}
