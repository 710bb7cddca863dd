import TextToolkit

/// A title line that carries more than the title: the owner after it in parentheses (an
/// e-reader's `Title (Jane Doe; John Roe)` or `Title (Reuters)`), or a share sheet's sentence
/// around it (`I wanted to share this article from Reuters with you: “Title” https://…`).
///
/// Contract: `owner(of:)` returns the title without a last ` (…)` and what the parentheses
/// name — people (two or more capitalised words each, one holding a given name, joined by `;`,
/// `,` or `and`) or a wire agency / publication (`WireAgencies.isAgency`,
/// `LayoutReader.isPublication`) — or nil when they name neither (`(AAPL)`, `(video)`).
/// `shared(_:)` returns the quoted text and the publication the sentence names after `from`,
/// `de`, `von`, `di`, `do`, `da` (nil when none), when the line ends with a web address and holds
/// a colon followed by one quoted text; nil otherwise (and for lines over 600 / 1,000 bytes). Pure.
enum TitleWrappers {
    enum Owner: Equatable {
        case people([String])
        case publication(String)
    }

    static func owner(of title: String) -> (title: String, owner: Owner)? {
        guard title.utf8.last == 0x29, title.utf8.count <= 600, let open = LineBytes.lastRange(of: " (", in: title) else { return nil }
        let rest = LineBytes.trimmed(title[..<open.lowerBound])
        let inside = LineBytes.trimmed(title[open.upperBound..<title.index(before: title.endIndex)])
        guard !rest.isEmpty, !inside.isEmpty, TextFolding.hasAtMost(inside, 80) else { return nil }
        if WireAgencies.isAgency(inside) || LayoutReader.isPublication(inside) { return (rest, .publication(inside)) }
        let parts = inside.split(separator: ";").map { LineBytes.trimmed($0) }
        guard parts.allSatisfy({ LineBytes.words($0).count >= 2 }) else { return nil }
        var names: [String] = []
        for part in parts {
            guard let found = Bylines.names(part), found.allSatisfy(Bylines.isPersonLike) else { return nil }
            names += found
        }
        guard !names.isEmpty, names.contains(where: GivenNames.holdsGivenName) else { return nil }
        return (rest, .people(names))
    }

    private static let quotes: [(open: Character, close: Character)] = [("“", "”"), ("«", "»"), ("„", "“"), ("\"", "\""), ("‘", "’")]
    private static let fromWords: Set<String> = ["from", "de", "von", "di", "do", "da", "of"]

    static func shared(_ line: String) -> (title: String, source: String?)? {
        guard line.utf8.count <= 1000, LineBytes.contains(line, bytes: "http"), let address = line.ranges(of: " http").last,
            !line[address.upperBound...].contains(" "), let colon = line.firstIndex(of: ":"), colon < address.lowerBound
        else { return nil }
        let quoted = LineBytes.trimmed(line[line.index(after: colon)..<address.lowerBound])
        guard let first = quoted.first, let last = quoted.last,
            let pair = quotes.first(where: { $0.open == first && $0.close == last }), quoted.count > 2
        else { return nil }
        let title = LineBytes.trimmed(quoted.dropFirst().dropLast().drop { $0 == pair.open })
        guard !title.isEmpty, !title.contains(pair.close) || pair.open == pair.close && !title.contains(pair.open) else { return nil }
        // `… cet article de Reuters :`, `… this article from Reuters with you:`.
        let lead = LineBytes.words(line[..<colon])
        var source: String?
        if let from = lead.lastIndex(where: { fromWords.contains(TextFolding.fold($0)) }), from + 1 < lead.count {
            var name = Array(lead[(from + 1)...])
            if let with = name.firstIndex(where: { ["with", "avec", "mit", "con", "com"].contains(TextFolding.fold($0)) }) {
                name = Array(name[..<with])
            }
            let joined = name.joined(separator: " ")
            if !joined.isEmpty, ClippingFacts.isMasthead(joined) { source = joined }
        }
        return (title, source)
    }
}
