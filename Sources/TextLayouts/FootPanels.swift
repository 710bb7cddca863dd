import DateReading
import TextToolkit

/// An app's information panel printed under the article it saved (a read-later app's `Info`:
/// `Title           Headline`, `Site name       Reuters`, `Published       Feb 26, 1987`,
/// `Saved           Mar 18, 1987, 7:12 PM`, …): labels and values in two columns, no colon.
///
/// Contract: `read(_:dates:)` looks among the last 30 lines for a run of four or more
/// consecutive lines, each a label (one to three words, the first capitalised, letters only) then
/// two spaces or more then a value (no colon first), one of whose labels names a title (`Title`,
/// `Titre`, `Titel`, `Título`, `Titolo`, `Headline`) whose value is also one of the text's first five
/// non-empty lines, or with a `URL` row giving an address (a review's fact box, `Titel  Die
/// Mittagsfrau`, `Verlag  Suhrkamp`, is no app's panel). It returns the panel's title, and what its
/// labels name as `ClippingLabels` reads them (`Author`, `Site name`, `Published`; `Saved` or
/// `Last opened` name no fact), and the range of lines the panel, its heading and the rule above
/// it (at most two short lines) take; nil when there is no such panel. Pure.
enum FootPanels {
    struct Panel {
        var title: String
        var authors: [String] = []
        var date: CalendarDate?
        var source: String?
        /// The lines of the panel, its heading and rule: the text is the file without them.
        var lines: ClosedRange<Int>
    }

    static func read(_ lines: [String], dates: DateRecognizer) -> Panel? {
        let floor = max(0, lines.count - 30)
        var index = lines.count - 1
        while index >= floor {
            guard split(lines[index]) != nil else {
                index -= 1
                continue
            }
            var start = index
            while start > floor, split(lines[start - 1]) != nil { start -= 1 }
            let rows = (start...index).compactMap { split(lines[$0]) }
            guard rows.count >= 4, let title = rows.first(where: { titleLabels.contains(TextFolding.fold($0.label)) })?.value else {
                index = start - 1
                continue
            }
            // A review's fact box (`Titel  Die Mittagsfrau`, `Verlag  Suhrkamp`) is no app's panel: the panel's
            // title heads the text too, or the panel gives the saved page's address.
            let foldedTitle = TextFolding.fold(title)
            let repeated = lines[..<start].lazy.filter { !$0.isEmpty }.prefix(5).contains { TextFolding.fold($0) == foldedTitle }
            guard repeated || rows.contains(where: { TextFolding.fold($0.label) == "url" && $0.value.hasPrefix("http") }) else {
                index = start - 1
                continue
            }
            var cut = start
            while cut > max(0, start - 2), isPanelHeading(lines[cut - 1]) { cut -= 1 }
            var panel = Panel(title: title, lines: cut...index)
            for (label, value) in rows {
                switch ClippingLabels.field(named: label) {
                case .author: panel.authors = panel.authors.isEmpty ? Bylines.names(value) ?? [] : panel.authors
                case .date: panel.date = panel.date ?? dates.firstDate(in: value)?.date
                case .source, .site: panel.source = panel.source ?? value
                default: break
                }
            }
            return panel
        }
        return nil
    }

    /// The label and the value of a panel's row, or nil.
    private static func split(_ line: String) -> (label: String, value: String)? {
        // The gap after a label of at most 24 characters opens within the first 50 bytes: most lines are
        // turned down on their bytes, before any Character is formed.
        guard line.utf8.count <= 300, let lead = line.utf8.first, lead &- 0x41 < 26 || lead >= 0xC3, hasGap(line),
            let first = line.unicodeScalars.first, first.properties.isUppercase, let gap = line.range(of: "  ")
        else { return nil }
        let label = String(line[..<gap.lowerBound])
        let value = LineBytes.trimmed(String(line[gap.upperBound...]))
        let words = LineBytes.words(label)
        guard !value.isEmpty, value.utf8.first != 0x3A, (1...3).contains(words.count), label.count <= 24,
            label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
        else { return nil }
        return (label, value)
    }

    /// Whether two spaces stand among the first 50 bytes.
    private static func hasGap(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8.prefix(50) {
            if byte == 0x20, previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// A rule, or a panel's heading: one word of at most 15 characters (`Info`, `Details`).
    private static func isPanelHeading(_ line: String) -> Bool {
        Paragraphs.isRule(line) || TextFolding.hasAtMost(line, 15) && LineBytes.words(line).count == 1 && !line.isEmpty
    }

    /// Folded labels of a title.
    private static let titleLabels: Set<String> = ["title", "titre", "titel", "titulo", "titolo", "headline"]
}
