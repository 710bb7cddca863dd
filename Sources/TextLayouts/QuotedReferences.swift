import DateReading
import TextToolkit

/// A reference standing alone above the article's text, its title in quotes, as a report's annex
/// or a bibliography cites a press article: `«TITLE». Reuters, 26 de febrero de 1987.`, `Cal
/// Mankowski, “Title,” Reuters, February 26, 1987.`, `„Title“. In: Reuters, 26. Februar 1987.`,
/// `DOCTOROW, Cory. «Title». Boing Boing.`, `NAPACH, Bernice – «Title». Reuters, 2 de março de 1987.`
///
/// Contract: `read(_:dates:)` looks at the first 15 non-empty lines for one that stands alone
/// (a blank line or the file's start above it, a blank line below), is 12 to 400 characters long,
/// ends with a period, and opens with a quote or with at most five words of names ending with
/// `,`, `.` or ` –` before one; the quote must close on the line and be followed by `.` or `,` (or
/// hold one last) and a part naming the publication that `Citations.read` accepts. That part must
/// be introduced (`In: X`) or followed by a date, or name a publication by its words (`The
/// Guardian`): `“We will fight,” Smith said.` is a paragraph, not a reference; after a period
/// following the closing quote (`«Title». X.`, not an agency's credit under a pull quote) it may
/// also be any name when authors stand before
/// the title or the name is an address (`jolie.de`), and no line above is longer than 100
/// characters (a pull quote under a paragraph is none). Returns the line's
/// index, the quoted title (its last `,` or `.` inside the quotes dropped) and what the reference
/// states; nil otherwise. Pure.
enum QuotedReferences {
    static func read(_ lines: [String], dates: DateRecognizer) -> (index: Int, title: String, reference: Citations.Reference)? {
        var filled = 0
        for index in lines.indices where !lines[index].isEmpty {
            filled += 1
            if filled > 15 { return nil }
            let line = lines[index]
            guard index == 0 || lines[index - 1].isEmpty, index + 1 < lines.count, lines[index + 1].isEmpty,
                line.utf8.count >= 12, line.utf8.last == 0x2E, opensQuoteEarly(line), TextFolding.hasAtMost(line, 400),
                let (title, periodAfter) = quotedTitle(line), let reference = Citations.read(line, title: title, dates: dates),
                let source = reference.source
            else { continue }
            let introduced = LineBytes.contains(line, bytes: "In: ") || LineBytes.contains(line, bytes: "in: ")
            // `«Title». X.` alone: a reference only with its authors before the title or a publication's name or
            // address after it (`«La vida es sueño». Calderón de la Barca.` is an epigraph), and above the article's
            // text (a pull quote under a paragraph is none).
            let cited = !reference.authors.isEmpty || source.contains(".") || LayoutReader.namesPublication(source)
                || LayoutReader.isPublication(source)
            let above = !lines[..<index].contains { !TextFolding.hasAtMost($0, 100) }
            guard periodAfter && cited && above || introduced || reference.date != nil || LayoutReader.namesPublication(source) || LayoutReader.isPublication(source)
            else { continue }
            return (index, title, reference)
        }
        return nil
    }

    /// A reference at the foot labelled as the text's source, its title quoted, as an exam sheet or
    /// a reader prints under an excerpt: `Source : Jane Doe, « TITLE », Reuters, 1er mars 1987
    /// (extraits)`, `Quelle: „TITLE“, Die Zeit (Auszug)`. Among the last twelve non-empty lines, a
    /// line of at most 400 characters whose label (`Source`, `Quelle`, `Fuente`, `Fonte`, …) names
    /// the source, its value read as `read` reads a reference (a closing bracket's remark and a
    /// final period dropped). Returns the line's index, the title and what the reference states
    /// (a publication at least); nil otherwise. Pure.
    static func footnote(_ lines: [String], dates: DateRecognizer) -> (index: Int, title: String, reference: Citations.Reference)? {
        var filled = 0
        for index in lines.indices.reversed() where !lines[index].isEmpty {
            filled += 1
            if filled > 12 { return nil }
            let line = lines[index]
            guard let colon = LineBytes.index(of: 0x3A, within: 24, in: line), opensQuoteEarly(line), TextFolding.hasAtMost(line, 400),
                ClippingLabels.field(named: Substring(line.utf8[..<colon])) == .source
            else { continue }
            var value = LineBytes.trimmed(Substring(line.utf8[line.utf8.index(after: colon)...]))
            while value.last == "." { value.removeLast() }
            if value.hasSuffix(")"), let open = value.lastIndex(of: "(") { value = LineBytes.trimmed(value[..<open]) }
            while value.last == "." { value.removeLast() }
            guard let (title, _) = quotedTitle(value + "."), let reference = Citations.read(value + ".", title: title, dates: dates),
                reference.source != nil
            else { continue }
            return (index, title, reference)
        }
        return nil
    }

    /// Whether an opening quote's bytes (`"`, `“`, `„`, `«`) stand among the first 120 bytes, where
    /// `quotedTitle` looks for the quote (80 characters): most lines are turned down on their bytes.
    private static func opensQuoteEarly(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { opensQuoteEarly(UnsafeBufferPointer(rebasing: $0.prefix(120))) }
            ?? Array(line.utf8.prefix(120)).withUnsafeBufferPointer(opensQuoteEarly)
    }

    private static func opensQuoteEarly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 || previous == 0xC2 && byte == 0xAB || previous == 0x80 && (byte == 0x9C || byte == 0x9E) { return true }
            previous = byte
        }
        return false
    }

    /// The quoted title when the line opens with a quote, or with at most five words of names
    /// and `,` / `.` / ` –` before one, and the quote is followed by `.` or `,` (or ends with one
    /// inside); nil otherwise.
    private static func quotedTitle(_ line: String) -> (title: String, periodAfter: Bool)? {
        let characters = Array(line)
        guard let open = characters.prefix(80).firstIndex(where: { HeadlineNotes.closers[$0] != nil && $0 != "‘" }),
            let closer = HeadlineNotes.closers[characters[open]]
        else { return nil }
        if open > 0 {
            let before = String(characters[..<open]).trimmingCharacters(in: .whitespaces)
            guard let last = before.last, last == "," || last == "." || last == "–" || last == "—",
                LineBytes.words(before).count <= 5, before.first?.isUppercase == true
            else { return nil }
        }
        guard let close = HeadlineNotes.closing(closer, of: characters[open], at: open, in: characters), close + 1 < characters.count
        else { return nil }
        var title = String(characters[(open + 1)..<close]).trimmingCharacters(in: .whitespaces)
        let after = characters[close + 1]
        if let last = title.last, last == "," || last == "." {
            title.removeLast()
        } else if after != "." && after != "," {
            return nil
        }
        return (2...300).contains(title.count) ? (title, after == ".") : nil
    }
}
