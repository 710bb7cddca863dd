import DateReading
import TextToolkit

/// A print edition's reference on its own line, as a cutting service or an archive heads a
/// clipping with it: the publication, the issue's number, the day (often with its weekday) and
/// the page, parted by commas: `Süddeutsche Zeitung, Nr. 51, Dienstag, 3. März 1987, Seite 7`,
/// `Le Figaro, No. 379, page 8`, `Reuters, n. 379, lunedì 2 marzo 1987, pagina 26`, `The
/// Planetary Press, n.º 94, página 11`.
///
/// Contract: `read(_:dates:)` takes a line of at most 160 characters whose first comma-parted
/// part is a masthead's form (`ClippingFacts.isMasthead`), whose second is an issue's number
/// (`Nr.`, `No.`, `n.`, `n.º`, `nº`, `N°`, `núm.`, `Heft`, then digits) and whose last is a page
/// (`Seite 7`, `S. 7`, `page 8`, `p. 8`, `pagina 26`, `página 11`, `pág. 3`); the parts between,
/// when there are any, must read as one date (a weekday before it allowed), which is the
/// article's day. Nil for any other line. Pure; never fails.
enum IssueReferences {
    static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        // The cheap tests first (this is asked of every line): the line ends with the page's number, after its last comma.
        guard let end = line.utf8.last, end &- 0x30 < 10, line.utf8.count <= 480, let comma = line.utf8.lastIndex(of: 0x2C),
            isPage(LineBytes.trimmed(line[line.utf8.index(after: comma)...])), TextFolding.hasAtMost(line, 160)
        else { return nil }
        let parts = line.split(separator: ",", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard parts.count >= 3, parts.count <= 6, isIssueNumber(parts[1]), isPage(parts[parts.count - 1]) else { return nil }
        let name = parts[0]
        guard ClippingFacts.isMasthead(name) else { return nil }
        let middle = parts[2..<(parts.count - 1)]
        guard !middle.isEmpty else { return (name, nil) }
        let stated = middle.joined(separator: ", ")
        guard let found = dates.firstDate(in: stated) else { return nil }
        // Only a weekday (and its comma) may stand before the day; nothing after it.
        let before = LineBytes.words(stated[..<found.range.lowerBound])
        guard before.count <= 1, stated[found.range.upperBound...].allSatisfy({ $0 == "." || $0 == " " }) else { return nil }
        return (name, found.date)
    }

    /// `Nr. 51`, `No. 379`, `n. 379`, `n.º 94`, `nº 94`, `N° 12`, `núm. 3`, `Heft 7` (folded).
    private static func isIssueNumber(_ part: String) -> Bool {
        guard TextFolding.hasAtMost(part, 16), let space = part.lastIndex(of: " ") else { return false }
        let number = part[part.index(after: space)...]
        guard !number.isEmpty, number.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return issueWords.contains(TextFolding.fold(part[..<space]))
    }

    private static let issueWords: Set<String> = [
        "nr.", "no.", "n.", "n.o", "n.º", "nº", "n°", "no", "num.", "numero", "heft", "ausgabe", "issue", "nro.",
    ]

    /// `Seite 7`, `S. 7`, `page 8`, `p. 8`, `pagina 26`, `página 11`, `pág. 3`: a page as an index entry
    /// states it (`IndexEntries.isPageReference`), 16 Characters at most (asked of a line's last part).
    private static func isPage(_ part: String) -> Bool {
        TextFolding.hasAtMost(part, 16) && IndexEntries.isPageReference(part)
    }
}
