import TextToolkit

/// A print page's masthead kept in spaced capitals by the copy (`L E  F I G A R O`, `P Ú B L I C O`):
/// each letter apart by one space, the words by two or more.
///
/// Contract: `labelled` rewrites the first non-empty line among the first three, when it is such
/// a masthead (three capital letters at least, every group of non-spaces one capital, `&`, `'` or
/// `.`: `C N E T . D E`; a publication's name by its words, or three words at most that are no
/// kicker, section or genre: `I N T E R V I E W` stays), into the field it states (`Publication:
/// LE FIGARO`, `Publication: CNET.DE`), and returns every other line as it is; a printed page's
/// folio there (`5  LE FIGARO  jeudi 5 mars 2026`: a page number, the paper in capitals, the
/// day) becomes `Publication: LE FIGARO` and `Date: jeudi 5 mars 2026`. Pure; never fails.
enum SpacedMastheads {
    static func labelled(_ lines: [String]) -> [String] {
        guard let first = lines.prefix(3).firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return lines }
        // A printed page's folio (`5  SÜDDEUTSCHE ZEITUNG  giovedì 15 febbraio 2018`): its paper, its day.
        if let (name, day) = folio(LineBytes.trimmed(lines[first])) {
            var out = lines
            out[first] = "Publication: " + name
            // A column rule's bar alone under it (`|`) is no line of the text.
            if first + 1 < out.count, LineBytes.trimmed(out[first + 1]) == "|" { out[first + 1] = "" }
            if let day { out.insert("Date: " + day, at: first + 1) }
            return out
        }
        guard let name = name(LineBytes.trimmed(lines[first])),
            isMasthead(name, overRule: lines[(first + 1)...].prefix(2).contains(where: { Paragraphs.isRule(LineBytes.trimmed($0)) }))
        else { return lines }
        var out = lines
        out[first] = "Publication: " + name
        return out
    }

    /// A folio: a page number of one to three digits, two spaces or more, a paper's name in
    /// capitals (three letters at least, four words at most, no other mark than `.`, `'`, `&`,
    /// `-`), and optionally two spaces or more and the day (holding a year of four digits); nil for
    /// any other line.
    static func folio(_ line: String) -> (name: String, day: String?)? {
        guard let lead = line.utf8.first, lead &- 0x30 < 10, line.utf8.count <= 120, LineBytes.contains(line, bytes: "  ") else { return nil }
        let fields = line.split(separator: "  ").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard (2...3).contains(fields.count), fields[0].utf8.count <= 3, fields[0].utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        let name = fields[1]
        // A paper's name: four words at most, letters and `.`, `'`, `&`, `-` (`1  FARMERS BLOCK MOTORWAYS OVER FUEL DUTY`
        // and `3  SCIOPERO GENERALE, TRENI FERMI` are numbered headlines).
        guard name.filter(\.isLetter).count >= 3, name == name.uppercased(), LineBytes.words(name).count <= 4,
            name.first?.isLetter == true, name.allSatisfy({ $0.isLetter || " .'’&-".contains($0) })
        else { return nil }
        // The day after it holds a year (`1  BAD BUNNY  «Debí tirar más fotos»` is a chart's row).
        guard fields.count == 2 || fields[2].split(separator: " ").contains(where: { word in
            word.utf8.count == 4 && word.utf8.allSatisfy { $0 &- 0x30 < 10 }
        }) else { return nil }
        return (name, fields.count == 3 ? fields[2] : nil)
    }

    /// A spaced name that is a masthead: a publication's or agency's by its words, or three words
    /// at most (six over a rule) that are no kicker or section (`INTERVIEW`, `DOSSIER`; `AI IN THE
    /// NEWSROOM` over the text is a title).
    private static func isMasthead(_ name: String, overRule: Bool) -> Bool {
        if LayoutReader.namesPublication(name) || WireAgencies.isAgency(name) { return true }
        let folded = TextFolding.fold(name)
        return LineBytes.words(name).count <= (overRule ? 6 : 3) && !ExportLines.isKicker(folded) && !ExportLines.isSectionWord(folded)
            && !genres.contains(folded)
    }

    /// A page's genre in spaced capitals (folded), no masthead.
    private static let genres: Set<String> = [
        "dossier", "reportage", "report", "feature", "special", "spezial", "especial", "speciale", "enquete", "inchiesta",
        "investigacion", "recherche", "portrait", "portrat", "retrato", "ritratto", "focus", "zoom", "edito", "editorial",
    ]

    /// `L E  F I G A R O` → `LE FIGARO`, or nil for any other line.
    static func name(_ line: String) -> String? {
        // A spaced masthead has a space after its first letter: most lines do not.
        let utf8 = line.utf8
        guard utf8.count >= 5, utf8.count <= 120, let second = utf8.dropFirst().first, second == 0x20 || utf8.first! >= 0x80
        else { return nil }
        var words: [String] = []
        var letters = 0
        for group in line.split(separator: "  ") {
            let marks = group.split(separator: " ")
            guard marks.allSatisfy({ $0.count == 1 && ($0.first!.isUppercase || $0 == "&" || $0 == "'" || $0 == "’" || $0 == ".") })
            else { return nil }
            letters += marks.count
            words.append(marks.joined())
        }
        guard letters >= 3, words.contains(where: { $0.count >= 2 }) else { return nil }
        return words.joined(separator: " ")
    }
}
