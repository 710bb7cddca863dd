import TextToolkit

/// Fields a template exports with their labels in brackets (a signage slide's `[Headline]  Title`,
/// `[Teaser]  …`): read as labelled lines (`Headline: Title`).
///
/// Contract: `labelled` returns the lines unchanged unless two lines or more in a run open with
/// `[` and a label of one to three words of letters, `]`, white space and a value; each such line
/// of the run becomes `Label: value` when `ClippingLabels` knows the label, else its value alone
/// (`[Footer]  Reuters · 2 March 1987`: a line judged on its form). Above a run holding a title's
/// label, the lines are the export's own (a playlist, a slot's days) and are dropped, and so are
/// the run's fields that state nothing (`[Teaser]`, repeating the lead). Pure.
enum BracketLabels {
    static func labelled(_ lines: [String]) -> [String] {
        let labelled = lines.map(split)
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
            if end - index >= 2 {
                var titled = false
                for row in index..<end {
                    let (label, value) = labelled[row]!
                    let field = ClippingLabels.field(named: label)
                    titled = titled || field == .title
                    result[row] = field == nil ? value : "\(label): \(value)"
                }
                // The export's own lines above the template's fields (a playlist, a slot's days) are not the
                // article's; nor are the fields that state nothing (a teaser repeating the lead, a QR code's link).
                if titled {
                    let fields = (index..<end).filter { ClippingLabels.field(named: labelled[$0]!.0) != .ignored }.map { result[$0] }
                    return fields + [""] + result[end...]
                }
                changed = true
            }
            index = end
        }
        return changed ? result : lines
    }

    /// `[Headline]  Title` → (`Headline`, `Title`); nil for any other line.
    private static func split(_ line: String) -> (String, String)? {
        guard line.utf8.first == 0x5B, let close = line.utf8.prefix(32).firstIndex(of: 0x5D) else { return nil }
        let label = Substring(line.utf8[line.utf8.index(after: line.utf8.startIndex)..<close])
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        let rest = Substring(line.utf8[line.utf8.index(after: close)...])
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let value = LineBytes.trimmed(rest)
        return value.isEmpty ? nil : (String(label), value)
    }
}
