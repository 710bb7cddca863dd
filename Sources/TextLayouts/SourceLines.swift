import DateReading
import TextToolkit

/// What a `Source: X` line says.
package struct SourceLine: Equatable {
    /// The agency or publisher, nil when the line gives only a date.
    package var source: String?
    package var date: CalendarDate?
}

/// Recognises attribution lines and wire-copy datelines.
///
/// Contract: `parse` accepts `Source: X`, `Source : X, 16 février 2026`, the same inside
/// parentheses, and the labels `Sources`, `Quelle`, `Fuente`, `Fonte`; a desk's filing stamp
/// after the name (`Fonte: X — archiviato il 10/10/2017`) gives the name and no day; anything
/// else is nil.
/// `wireAgency` reads a dateline at the start of a paragraph (`KIGALI (Reuters) - …`,
/// `(AFP) - …`, `Madrid, 3 mar (EFE).- …`) and returns the agency, or nil. Both are pure and never fail.
package enum SourceLines {
    private static let labels: Set<String> = ["source", "sources", "quelle", "fuente", "fonte"]
    /// The labels' first words, and `(`: what `LineBytes.mayStartTrimmed` looks for.
    private static let openings = LineOpenings("source", "quelle", "fuente", "fonte", "(")

    package static func parse(_ line: String, dates: DateRecognizer) -> SourceLine? {
        // Every label ends with `:`, and opens the line (trimmed) or follows its `(`.
        guard LineBytes.contains(line, 0x3A),
            LineBytes.mayStartTrimmed(line, withAnyOf: openings)
        else { return nil }
        var text = Substring(LineBytes.trimmed(line))
        guard TextFolding.hasAtMost(text, 200) else { return nil }
        // A first Character equal to `(` opens with its byte, a last equal to `)` ends with its.
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.hasPrefix("("), text.hasSuffix(")") {
            text = text.dropFirst().dropLast()
        }
        guard let colon = text.firstIndex(of: ":"),
            labels.contains(TextFolding.fold(LineBytes.trimmed(text[..<colon])))
        else { return nil }
        var rest = LineBytes.trimmed(text[text.index(after: colon)...])
        // `Source : Le Monde (édition du 3 mars 1987) · Saisi le 05/03/2026 par C. Vidal`: the first of a row's cells
        // (the others are a desk's stamps or other labels: `ClippingFacts`' labelled rows read those).
        if let bar = LineBytes.range(of: " · ", in: rest) { rest = LineBytes.trimmed(rest[..<bar.lowerBound]) }
        guard !rest.isEmpty else { return nil }
        guard let found = dates.firstDate(in: rest) else {
            return SourceLine(source: cleanName(withoutCitedPage(ClippingFacts.withoutPage(String(rest)))), date: nil)
        }
        // `Fonte: Corriere della Sera — archiviato il 10/10/2017`, `Source: Reuters — filed 02/03/2026`: the desk's
        // filing stamp after the name, whose day is the desk's, no publication's.
        if let stamp = filingStamp(rest[..<found.range.lowerBound]) {
            let name = cleanName(rest[..<stamp])
            return name.isEmpty ? nil : SourceLine(source: name, date: nil)
        }
        var name = cleanName(rest[..<found.range.lowerBound])
        // `Source: Reuters. 2/26/1987, p17.` (a library database's citation): the period ending the name goes,
        // an abbreviation's stays (`Ltd.`, `S.A.`).
        if name.hasSuffix("."), let word = name.dropLast().split(separator: " ").last, word.count >= 4, word.allSatisfy(\.isLetter) {
            name = String(name.dropLast())
        }
        return SourceLine(source: name.isEmpty ? nil : name, date: found.date)
    }

    /// Where a desk's filing stamp opens after a source's name and a dash (` — archivado el `, ` – filed `, ` - abgelegt
    /// am `): a filing word and at most one more word before the day; nil when the text before the day is no stamp.
    private static func filingStamp(_ beforeDay: Substring) -> Substring.Index? {
        guard let dash = LineBytes.range(of: " — ", in: beforeDay, backwards: true)
            ?? LineBytes.range(of: " – ", in: beforeDay, backwards: true) ?? LineBytes.range(of: " - ", in: beforeDay, backwards: true)
        else { return nil }
        let words = LineBytes.words(beforeDay[dash.upperBound...])
        guard (1...2).contains(words.count), filingWords.contains(TextFolding.fold(words[0])) else { return nil }
        return dash.lowerBound
    }

    /// A desk's words for filing a copy (folded): when it was archived, saved or received, not published.
    private static let filingWords: Set<String> = [
        "filed", "archived", "saved", "clipped", "received", "archive", "archivee", "classe", "classee", "recu", "recue",
        "enregistre", "enregistree", "archiviert", "abgelegt", "gespeichert", "erhalten", "eingegangen", "archivado", "archivada",
        "guardado", "guardada", "recibido", "recibida", "archiviato", "archiviata", "salvato", "salvata", "ricevuto", "ricevuta",
        "arquivado", "arquivada", "salvo", "salva", "recebido", "recebida",
    ]

    package static func wireAgency(in paragraph: String) -> String? {
        guard LineBytes.mayHoldCharacter(0x28, within: 100, of: paragraph) else { return nil }
        let head = paragraph.prefix(100)
        guard let open = head.firstIndex(of: "("),
            let close = head[open...].firstIndex(of: ")")
        else { return nil }
        let before = LineBytes.trimmed(head[..<open])
        let agency = LineBytes.trimmed(head[head.index(after: open)..<close])
        // `(AFP) - `, and the Spanish and Portuguese agencies' `(EFE).- `, `(Lusa). – `.
        var after = head[head.index(after: close)...].drop { $0 == " " }
        if after.first == "." { after = after.dropFirst().drop { $0 == " " } }
        guard let dash = after.first, "-–—".contains(dash),
            (1...30).contains(agency.count),
            agency.first?.isUppercase == true || WireAgencies.isAgency(agency) || agency.contains("."),
            !agency.contains(where: \.isNumber),
            before.count <= 60, !before.contains(where: { "!?".contains($0) }), !endsASentence(before),
            before.isEmpty || before.first?.isUppercase == true
        else { return nil }
        return agency
    }

    /// `… said. The …`: a word of four or more lowercase letters, a period, a space, a capital
    /// (abbreviations such as `Feb. 26` or `D.C.` are no sentence end).
    private static func endsASentence(_ text: String) -> Bool {
        let characters = Array(text)
        for index in characters.indices where characters[index] == "." && index >= 4 && index + 2 < characters.count {
            let word = characters[(index - 4)..<index]
            if word.allSatisfy(\.isLowercase), characters[index + 1] == " ", characters[index + 2].isUppercase {
                return true
            }
        }
        return false
    }

    /// Trims whitespace and the separators that sit between a name and a date, an issue's number
    /// and what follows it (`Reuters Nr. 13788 vom` → `Reuters`, `Le Monde n° 52` → `Le Monde`),
    /// and a date's connector left at the end (`vom`, `du`, `del`, `of`).
    /// `Le Monde diplomatique. p9.`, `Reuters. p. 12` (a library database's citation, undated): the
    /// name without its page and period; any other value as it is.
    private static func withoutCitedPage(_ value: String) -> String {
        guard let stop = value.ranges(of: ". ").last else { return value }
        var page = LineBytes.trimmed(value[stop.upperBound...])
        if page.hasSuffix(".") { page = String(page.dropLast()) }
        guard let first = page.first, "pPsS".contains(first), TextFolding.hasAtMost(page, 10) else { return value }
        let number = page.dropFirst().drop { $0 == "." || $0 == " " }
        guard number.first?.isNumber == true, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return value }
        return String(value[..<stop.lowerBound])
    }

    private static func cleanName(_ text: some StringProtocol) -> String {
        var name = Substring(LineBytes.trimmed(Substring(text)))
        // `Le Monde (édition du` before the day, `Le Monde (sans date)`: the edition's or the undated parenthesis goes.
        if let open = LineBytes.range(of: " (", in: name, backwards: true), !name[open.upperBound...].contains(")")
            || name.hasSuffix(")") && undatedNotes.contains(TextFolding.fold(name[open.upperBound...].dropLast()))
        {
            name = name[..<open.lowerBound]
        }
        if let issue = issueStart(name) { name = name[..<issue] }
        while let space = name.lastIndex(of: " "), connectors.contains(TextFolding.fold(name[name.index(after: space)...])) {
            name = name[..<space]
        }
        name = name[..<name.utf8.index(name.utf8.endIndex, offsetBy: -asciiSeparatorsAtEnd(name))]
        while true {
            // An ASCII last Character read from the bytes (most names end with a letter).
            if let byte = LineBytes.lastLoneASCII(name) {
                guard byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x7C || byte == 0x2D || byte == 0x2F
                    || LineBytes.isASCIIWhitespace(byte)
                else { break }
            } else {
                guard let last = name.last, ",;:|–—-/".contains(last) || last.isWhitespace else { break }
            }
            name = name.dropLast()
        }
        return String(name)
    }

    /// What a desk writes in parentheses for an undated copy (folded).
    private static let undatedNotes: Set<String> = [
        "undated", "no date", "n.d.", "sans date", "s. d.", "s.d.", "non date", "ohne datum", "o. d.", "o.d.", "sin fecha", "s. f.",
        "s.f.", "senza data", "s.d", "sem data", "s/d",
    ]

    /// Where an issue's number starts (`Nr. 52`, `No. 52`, `n° 52`, `n.º 52`, `n. 52`, `núm. 52`,
    /// `#52`; never a word that may be a name's, `Issue`): a marker word after the first word, a digit opening the next; nil when there is none.
    private static func issueStart(_ name: Substring) -> Substring.Index? {
        guard mayHoldMarker(name), name.contains(where: \.isNumber) else { return nil }
        var words: [Range<Substring.Index>] = []
        var start: Substring.Index?
        for index in name.indices {
            if name[index] == " " {
                if let open = start { words.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { words.append(open..<name.endIndex) }
        for (position, word) in words.enumerated().dropFirst() {
            let folded = TextFolding.fold(name[word])
            let numbered = folded.hasPrefix("#") && folded.dropFirst().first?.isNumber == true
                || issueMarkers.contains(folded) && position + 1 < words.count && name[words[position + 1]].first?.isNumber == true
            if numbered {
                // The separator before it goes too (`Reuters, No. 52`).
                return name[..<word.lowerBound].lastIndex(where: { $0 != " " && $0 != "," }).map { name.index(after: $0) } ?? word.lowerBound
            }
        }
        return nil
    }

    /// False only when no word after the first can be a marker: every marker opens with `n` or
    /// `#` once folded, so a word after a space must open with `n`, `N`, `#` or a non-ASCII byte
    /// (a Character opening a word after a ` ` Character opens after a 0x20 byte). Pure.
    private static func mayHoldMarker(_ name: Substring) -> Bool {
        var afterSpace = false
        var seenWord = false
        for byte in name.utf8 {
            if byte == 0x20 {
                afterSpace = seenWord
                continue
            }
            if afterSpace, byte == 0x6E || byte == 0x4E || byte == 0x23 || byte >= 0x80 { return true }
            afterSpace = false
            seenWord = true
        }
        return false
    }

    private static let issueMarkers: Set<String> = ["nr.", "nr", "no.", "n°", "n.º", "n.°", "nº", "n.", "num.", "num"]

    /// Words that join a name to the date after it (folded).
    private static let connectors: Set<String> = ["vom", "du", "del", "of", "from", "dal", "des", "am", "le", "el", "il", "de", "do", "da", "em"]

    /// How many of the text's last bytes are ASCII separators or whitespace, which `cleanName`
    /// drops anyway: a byte is counted only while the byte before it is ASCII too (then it is a
    /// Character of its own, or the LF of a CR LF, whose CR is whitespace and comes next) or it
    /// is the first byte. Cutting them leaves what dropping their Characters leaves; a CR left
    /// alone at the end is dropped by the Character loop. Pure.
    private static func asciiSeparatorsAtEnd(_ text: Substring) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            var end = bytes.count
            while end > 0 {
                let byte = bytes[end - 1]
                let dropped = byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x7C || byte == 0x2D
                    || byte == 0x2F || LineBytes.isASCIIWhitespace(byte)
                guard dropped, end == 1 || bytes[end - 2] < 0x80 else { break }
                count += 1
                end -= 1
            }
            return count
        } ?? 0
    }
}
