import TextToolkit

/// An article kept on a wiki page (MediaWiki markup): `== Title ==` as the heading, the text,
/// and under a sources heading a citation template (`{{cite news |author=Jane Doe |title=… |work=Reuters
/// |date=3 March 2026 |access-date=…}}`, `{{Internetquelle |autor= |titel= |werk= |datum=
/// |abruf=}}`, `{{Article |auteur= |titre= |périodique= |date=}}`, `{{Cita noticia |autor= |título=
/// |obra= |fecha=}}`, `{{Cita news |autore= |titolo= |pubblicazione= |data=}}`, `{{Citar jornal
/// |autor= |título= |jornal= |data=}}`).
///
/// Contract: `labelled` returns the lines unchanged unless one of them opens with `{{` (or, among
/// the first ten and above no `<references>` list, with `<ref>{{`: a note's reference) and holds
/// ` |` parameters. The template's author, date and publication (named in any of the six
/// languages; an access date, an address and the rest state nothing) become labelled lines at the
/// top (`Author: …`, `Date: …`, `Publication: …`, and `Title: …` when no heading gives one); the
/// template's line, the heading above it, category links (`[[Category:…]]`) and other templates'
/// lines are dropped; a `== Title ==` heading among the first ten lines becomes the title alone.
/// Pure.
enum WikiPages {
    static func labelled(_ lines: [String]) -> [String] {
        // A note's reference (`<ref>{{cite news …}}</ref>`) counts among the first ten lines (the references under a
        // wiki article are its sources, not the article's record).
        guard let cite = lines.indices.last(where: {
            (lines[$0].hasPrefix("* {{") || lines[$0].hasPrefix("{{") || $0 < 10 && lines[$0].hasPrefix("<ref")
                && LineBytes.contains(lines[$0], bytes: ">{{") && !lines[..<$0].contains { $0.hasPrefix("<references") })
                && LineBytes.contains(lines[$0], bytes: " |")
        }),
            LineBytes.contains(lines[cite], bytes: "=")
        else { return lines }
        let parameters = parameters(of: lines[cite])
        guard !parameters.isEmpty else { return lines }
        var heading: Int?
        for index in lines.indices.prefix(10) where isHeading(lines[index]) {
            heading = index
            break
        }
        var fields: [String] = []
        // A name given in two parameters (`last=Doe |first=Jane`): the author's whole name.
        let folded = Dictionary(parameters.map { (TextFolding.fold($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
        for (family, given) in familyAndGiven {
            guard let last = folded[family], !last.isEmpty, let first = folded[given], !first.isEmpty else { continue }
            fields.append("Author: \(first) \(last)")
            break
        }
        for (name, value) in parameters where !value.isEmpty {
            guard let field = label(of: name), !(field == "Author" && fields.contains(where: { $0.hasPrefix("Author:") })) else { continue }
            if field == "Title", heading != nil { continue }
            if !fields.contains(where: { $0.hasPrefix(field + ":") }) { fields.append("\(field): \(value)") }
        }
        var result = fields + [""]
        for index in lines.indices where index != cite {
            let line = lines[index]
            if index == heading {
                var text = Substring(line).drop { $0 == "=" }
                // `index(before:)`, not `dropLast()`, which measures the rest each time (a heading's run of a million `=`).
                while text.last == "=" { text = text[..<text.index(before: text.endIndex)] }
                result.append(LineBytes.trimmed(text))
            } else if line.hasPrefix("[[") && line.hasSuffix("]]") || line.hasPrefix("{{") && line.hasSuffix("}}") {
                continue
            } else if index > cite - 3, index < cite, isHeading(line) {
                continue
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static func isHeading(_ line: String) -> Bool {
        line.hasPrefix("==") && line.hasSuffix("==") && line.count > 4
    }

    /// The ` |name=value` pairs of a template's line. A piece without `=` is appended to the value
    /// before it (` |` and the piece without its trailing white space, as trimming the whole value
    /// again would leave it), so a value of many pieces costs its length, not its square.
    private static func parameters(of line: String) -> [(String, String)] {
        var text = Substring(line)
        if let open = text.firstRange(of: "{{") { text = text[open.upperBound...] }
        if let close = text.firstRange(of: "}}") { text = text[..<close.lowerBound] }
        // A piece without `=` is the previous value's, cut at a `|` it holds (`title=Title | Site`).
        var pairs: [(String, String)] = []
        for part in text.split(separator: "|").dropFirst() {
            if let equals = part.firstIndex(of: "="), part[..<equals].contains(where: \.isLetter),
                part[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" })
            {
                pairs.append((LineBytes.trimmed(part[..<equals]), LineBytes.trimmed(part[part.index(after: equals)...])))
            } else if let last = pairs.indices.last {
                if pairs[last].1.isEmpty {
                    pairs[last].1 = LineBytes.trimmed(" |" + part)
                } else {
                    // The value is trimmed and `|` is no white space: only the piece's end can be trimmed.
                    let piece = " |" + part
                    pairs[last].1 += piece[...piece.lastIndex(where: { !$0.isWhitespace })!]
                }
            }
        }
        return pairs
    }

    /// Folded parameter names of a family name and of the given names that go with it.
    private static let familyAndGiven = [
        ("last", "first"), ("last1", "first1"), ("nom", "prenom"), ("nom1", "prenom1"), ("nachname", "vorname"),
        ("apellido", "nombre"), ("apellidos", "nombre"), ("cognome", "nome"), ("ultimo", "primeiro"), ("sobrenome", "nome"),
    ]

    /// The label a template's parameter becomes: a name the clipping labels know (`autore`,
    /// `titre`, `datum`, `publisher`, `agency`), else one of the templates' own names for the
    /// publication (`work`, `werk`, `obra`, `pubblicazione`…) or the author (`last`); nil for the
    /// rest (an access date, an address).
    private static func label(of name: String) -> String? {
        let folded = TextFolding.fold(name)
        if let own = templateNames[folded] { return own }
        switch ClippingLabels.field(named: folded) {
        case .author?: return "Author"
        case .title?: return "Title"
        case .date?: return "Date"
        case .site?: return "Publication"
        case .source?: return "Source"
        default: return nil
        }
    }

    /// Parameter names of the citation templates that no clipping label uses (folded).
    private static let templateNames: [String: String] = [
        "last": "Author", "work": "Publication", "werk": "Publication", "hrsg": "Publication", "periodique": "Publication",
        "obra": "Publication", "pubblicazione": "Publication", "website": "Publication", "newspaper": "Publication",
        "jornal": "Publication", "periodico": "Publication", "giornale": "Publication", "journal": "Publication",
        "magazine": "Publication", "sito": "Publication",
    ]
}
