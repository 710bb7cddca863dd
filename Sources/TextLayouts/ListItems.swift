import DateReading
import TextToolkit

/// A reading list's or a briefing's item above the article it points to: `→ Title — Reuters (26
/// Feb 1987)`, `→ Title — Cory Doctorow per Boing Boing`, `➜ Titel — Markus Reuter für
/// netzpolitik.org (3. März 2026)`, then a line on why it matters, a `Full text:` line and the
/// text.
///
/// Contract: `read` looks at the first eight non-empty lines for one opening with an arrow (`→`,
/// `➜`, `➔`, `▶`, `►`, `▸`, `⇒`) and a space, whose text holds ` — ` followed by at most eight
/// words and an optional date in parentheses, or holds none and has a `Full text:` line under
/// it (the title alone); nil otherwise. It returns the title
/// (before the last such dash), the authors and the source (`A for|für|pour|para|per|di X`: a line
/// of people's names of two words at least, then the publication; a part that is such names, each
/// holding a given name, alone names the writer; else the whole part is the publication), the date in parentheses
/// (read in the article's language, else in any of the six), and where the text starts: after a short line ending with `:` (`Full text:`,
/// `Volltext:`) within the next four non-empty lines, else after the item. Pure.
enum ListItems {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        let filled = lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(8)
        for index in filled {
            // Every arrow is a scalar of three bytes from E2, and none is canonically equivalent to
            // another sequence: a line opening with another byte opens with no arrow's Character,
            // turned down without its first Character (a grapheme walk) and a hashed look-up.
            guard lines[index].utf8.first == 0xE2, let first = lines[index].first, arrows.contains(first),
                lines[index].dropFirst().first == " "
            else { continue }
            var text = LineBytes.trimmed(lines[index].dropFirst(2))
            var date: CalendarDate?
            if text.hasSuffix(")"), let open = LineBytes.lastIndex(of: "(", in: text) {
                let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                // The list's own language may not be the article's (`(7 fev 2019)` above a German text).
                if let found = ([dates] + otherLanguages.map { DateRecognizer(language: $0) }).lazy
                    .compactMap({ $0.dateLine(inside) }).first
                {
                    date = found
                    text = LineBytes.trimmed(text[..<open])
                }
            }
            let next = lines.indices.dropFirst(index + 1).lazy.filter { !lines[$0].isEmpty }.prefix(4)
            let marker = next.first(where: { lines[$0].hasSuffix(":") && LineBytes.words(lines[$0]).count <= 4 })
            // An item naming no publication (`→ Title`) only above a `Full text:` line.
            guard let dash = text.ranges(of: " — ").last else {
                guard let marker, !text.isEmpty else { return nil }
                return CarriedFacts(title: text, date: date, bodyStart: marker + 1)
            }
            let title = LineBytes.trimmed(text[..<dash.lowerBound])
            let tail = LineBytes.trimmed(text[dash.upperBound...])
            guard !title.isEmpty, !tail.isEmpty, LineBytes.words(tail).count <= 8 else { return nil }
            var item = CarriedFacts(title: title, date: date, source: tail, bodyStart: (marker ?? index) + 1)
            let words = tail.split(separator: " ")
            if let link = words.firstIndex(where: { linkWords.contains(TextFolding.fold($0)) }), link > 0, link < words.count - 1,
                let names = people(words[..<link].joined(separator: " "), needsGivenName: false)
            {
                item.authors = names
                item.source = words[(link + 1)...].joined(separator: " ")
            } else if let names = people(tail, needsGivenName: true) {
                // `→ Title — Bob Yirka`: the writer alone.
                item.authors = names
                item.source = nil
            }
            return item
        }
        return nil
    }

    /// The names of a part that names people (two words each at least; with `needsGivenName`,
    /// a given name in each), or nil.
    private static func people(_ part: String, needsGivenName: Bool) -> [String]? {
        guard !WireAgencies.isAgency(part), let names = Bylines.names(part), !names.isEmpty,
            names.allSatisfy({
                Bylines.isPersonLike($0) && LineBytes.words($0).count >= 2 && (!needsGivenName || GivenNames.holdsGivenName($0))
            })
        else { return nil }
        return names
    }

    private static let otherLanguages = ["en", "fr", "de", "es", "it", "pt"]

    private static let arrows: Set<Character> = ["→", "➜", "➔", "▶", "►", "▸", "⇒"]

    /// `A for X`: the word between the writer and the publication (folded).
    private static let linkWords: Set<String> = ["for", "fur", "pour", "para", "per", "in", "bei", "dans", "en", "su"]
}
