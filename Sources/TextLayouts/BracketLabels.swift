import TextToolkit

/// Fields a template exports with their labels in brackets (a signage slide's `[Headline]  Title`,
/// `[Teaser]  …`), or a wiki page's property table (`Überschrift<TAB>Title`, `Medium<TAB>Le
/// Figaro`): read as labelled lines (`Headline: Title`).
///
/// Contract: `labelled` returns the lines unchanged unless two lines or more in a run open with
/// `[` and a label of one to three words of letters, `]`, white space and a value (or with such a
/// label, a tab and a value holding no tab); each such line of the run becomes `Label: value`
/// when `ClippingLabels` knows the label, else its value alone (`[Footer]  Reuters · 2 March
/// 1987`: a line judged on its form; a table's row with an unknown label stays as it is); a run
/// under a line of prose (longer than 120 characters: a review's fact box at its foot) stays as
/// it is. Above a run holding a title's label, the lines are the export's own (a playlist, a slot's days) and are dropped, and so are
/// the run's fields that state nothing (`[Teaser]`, repeating the lead). Pure.
enum BracketLabels {
    static func labelled(_ lines: [String]) -> [String] {
        // Most texts hold no such line: the first is looked for before the verdicts are kept
        // (no array of them to make and free), each line mostly turned down by `mayBeLabelled`.
        guard let firstLabelled = lines.firstIndex(where: { split($0) != nil }) else { return lines }
        let labelled = lines.indices.map { $0 < firstLabelled ? nil : split(lines[$0]) }
        // The first line of prose, found once (a run under it is left alone).
        let firstProse = lines.firstIndex { !TextFolding.hasAtMost($0, 120) } ?? lines.count
        var result = lines
        var changed = false
        var index = 0
        while index < lines.count {
            guard labelled[index] != nil else {
                index += 1
                continue
            }
            var end = index
            while end < lines.count, labelled[end] != nil { end += 1 }
            // Under prose (a review's fact box at its foot), the run is the text's: left as it is.
            if end - index >= 2, index < firstProse {
                var titled = false
                for row in index..<end {
                    let (label, value, bracketed) = labelled[row]!
                    let field = ClippingLabels.field(named: label)
                    titled = titled || field == .title
                    result[row] = field != nil ? "\(label): \(value)" : bracketed ? value : lines[row]
                }
                // The export's own lines above the template's fields (a playlist, a slot's days) are not the
                // article's; nor are the fields that state nothing (a teaser repeating the lead, a QR code's link,
                // a wiki's `Status  Checked`).
                if titled {
                    let fields = (index..<end).filter { row in
                        let field = ClippingLabels.field(named: labelled[row]!.0)
                        return field != .ignored && (field != nil || labelled[row]!.2)
                    }
                    return fields.map { result[$0] } + [""] + result[end...]
                }
                changed = true
            }
            index = end
        }
        return changed ? result : lines
    }

    /// `[Headline]  Title` → (`Headline`, `Title`, bracketed), `Medium<TAB>Le Figaro` → (`Medium`,
    /// `Le Figaro`, not bracketed); nil for any other line.
    private static func split(_ line: String) -> (String, String, Bool)? {
        guard mayBeLabelled(line) else { return nil }
        if line.utf8.first != 0x5B {
            // A property table's row: a label of one to three words, a tab, the value.
            guard let tab = LineBytes.index(of: 0x09, within: 33, in: line), tab > line.utf8.startIndex else { return nil }
            let label = Substring(line.utf8[..<tab])
            let words = label.split(separator: " ")
            guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
            let value = LineBytes.trimmed(Substring(line.utf8[line.utf8.index(after: tab)...]))
            return value.isEmpty || value.contains("\t") ? nil : (String(label), value, false)
        }
        guard let close = LineBytes.index(of: 0x5D, within: 32, in: line) else { return nil }
        let label = Substring(line.utf8[line.utf8.index(after: line.utf8.startIndex)..<close])
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        let rest = Substring(line.utf8[line.utf8.index(after: close)...])
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let value = LineBytes.trimmed(rest)
        return value.isEmpty ? nil : (String(label), value, true)
    }

    /// Whether `split` may read a label in the line, from its bytes: it opens with `[` or holds
    /// a tab among its first 33 bytes (found by `memchr`, where `LineBytes.index` walks them one
    /// by one). False only for lines `split` turns down.
    private static func mayBeLabelled(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first else { return false }
            return first == 0x5B
                || ByteSearch.firstIndex(of: 0x09, in: UnsafeBufferPointer(rebasing: bytes.prefix(33)), from: 0) != nil
        } ?? true
    }
}
