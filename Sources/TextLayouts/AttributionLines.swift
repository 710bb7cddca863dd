import DateReading
import TextToolkit

/// The attribution closing a clipping after a dash, as a quotation's source is given: `— El
/// País`, `— BRIGITTE, June 20, 2019`, `— Benjamin Fischer, FAZ.NET`, `— Cory Doctorow, Boing
/// Boing, 26 February 1987`.
///
/// Contract: `read(_:dates:)` (for `ClippingFacts`, wherever the line stands) looks at a line of at most 160 characters opening with an em dash,
/// a horizontal bar or `--` and a space. A date closing the line (after a comma) is the
/// article's; what precedes it, split at `, `, is one part (a publication's name) or two (a name
/// that may be a person's, then a publication's); a name says it is a publication's by its words,
/// an article or a brand's spelling (`namesPublication`), or, dated, by two words or more.
/// Nil for anything else, and for a person's name alone (`— Jane Doe` is a signature, read
/// as a byline elsewhere). Pure.
enum AttributionLines {
    struct Attribution: Equatable {
        var author: String?
        var source: String
        var date: CalendarDate?
    }

    static func read(_ line: String, dates: DateRecognizer) -> Attribution? {
        guard line.utf8.count <= 480, let rest = afterDash(line), TextFolding.hasAtMost(rest, 160) else { return nil }
        let parts = rest.components(separatedBy: ", ")
        // The first comma after which the line holds a date and nothing else (`June 20, 2019` holds one).
        for cut in parts.indices.dropFirst() {
            let tail = parts[cut...].joined(separator: ", ")
            guard let match = dates.firstDate(in: tail), tail[..<match.range.lowerBound].isEmpty else { continue }
            let after = LineBytes.trimmed(tail[match.range.upperBound...])
            guard after.isEmpty || after == "." else { return nil }
            return attribution(Array(parts[..<cut]), date: match.date)
        }
        return attribution(parts, date: nil)
    }

    private static func attribution(_ names: [String], date: CalendarDate?) -> Attribution? {
        let parts = names.map { LineBytes.trimmed($0) }
        switch parts.count {
        case 1:
            // `— Christoph Becker`: a name of two words or more that may be a person's is a signature.
            guard ClippingFacts.isMasthead(parts[0]), !mayBePerson(parts[0]), date != nil || namesPublication(parts[0]) else { return nil }
            return Attribution(author: nil, source: parts[0], date: date)
        case 2:
            // The second part names a publication (`FAZ.NET`, `The GitHub Blog`), never a quoted person's role
            // (`— Mark Ellison, Chief Executive`), a book (`— Goethe, Faust`) or a city (`— Hans Meier, Kassel`);
            // dated, a name of two words or more too (`— A, Boing Boing, 26 February 1987`).
            guard mayBePerson(parts[0]), parts[1].first?.isUppercase == true, ClippingFacts.isMasthead(parts[1]),
                namesPublication(parts[1]) || date != nil && LineBytes.words(parts[1]).count >= 2,
                !(Bylines.isPersonLike(parts[1]) && GivenNames.holdsGivenName(parts[1]))
            else { return nil }
            return Attribution(author: parts[0], source: parts[1], date: date)
        default:
            return nil
        }
    }

    /// A name that says it is a publication's: by its words or article (`LayoutReader.isPublication`),
    /// a news agency's, or written like a brand (a capital inside a word, `ComputerBase`, `BRIGITTE`,
    /// or a dot, `FAZ.NET`, `CNET.de`).
    private static func namesPublication(_ name: String) -> Bool {
        LayoutReader.isPublication(name) || WireAgencies.isAgency(name)
            || LineBytes.words(name).contains { word in word.dropFirst().contains(where: \.isUppercase) || word.contains(".") }
    }

    /// Two to four capitalised words that `Bylines.isPersonLike` accepts, or any such name
    /// holding a known given name; never one word in capitals (`BRIGITTE`).
    private static func mayBePerson(_ name: String) -> Bool {
        // One word in capitals is a brand's (`— BRIGITTE`), whatever given name it spells (`— JANE DOE` signs).
        let words = LineBytes.words(name)
        guard name.first?.isUppercase == true, Bylines.isPersonLike(name),
            !(words.count == 1 && words[0].count >= 3 && words[0].allSatisfy { !$0.isLowercase })
        else { return false }
        return GivenNames.holdsGivenName(name) || (2...4).contains(LineBytes.words(name).count)
    }

    /// The text after `— `, `― ` or `-- ` opening the line, or nil.
    private static func afterDash(_ line: String) -> String? {
        // Most lines open with neither dash: their first byte says so (`—` and `―` open with 0xE2).
        guard let lead = line.utf8.first, lead == 0xE2 || lead == 0x2D else { return nil }
        for dash in ["— ", "― ", "-- "] where line.hasPrefix(dash) {
            let rest = LineBytes.trimmed(line.dropFirst(dash.count))
            return rest.isEmpty ? nil : rest
        }
        return nil
    }
}
