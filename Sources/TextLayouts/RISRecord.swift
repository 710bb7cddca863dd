import DateReading
import TextToolkit

/// A reference manager's export of one record in RIS, the tagged format of EndNote, Zotero,
/// Mendeley and the press databases' "export citation": one field a line, a two-character tag,
/// two spaces, a dash and a space (`TI  - Headline`), from `TY  - NEWS` to `ER  -`; a line
/// without a tag continues the field above it.
///
/// Fields read: the title (`TI`, `T1`); the authors (`AU`, `A1`, one a line, `Family, Given`
/// written back as `Given Family`); the publication (`T2`, `JO`, `JF`, `JA`, then `PB`) as the
/// source; the date (`DA`, else `Y1` or `PY`) only when it gives a day (`1987/02/26/`; `PY  -
/// 1987` alone is a year, no date); the text: the abstract (`AB`) and the notes (`N1`) with the
/// lines that continue them. An access date (`Y2`), an address (`UR`) and every other tag state
/// nothing.
///
/// Contract: `read` returns nil unless the first line (a BOM ignored) is `TY  - …` and a title
/// follows. Pure; never fails.
enum RISRecord {
    static func read(_ text: String, dates: DateRecognizer) -> TextLayout? {
        guard text.utf8.starts(with: "TY  -".utf8) || text.utf8.starts(with: "\u{FEFF}TY  -".utf8) else { return nil }
        let values = fields(of: text, tagged: tagged, end: "ER")
        func first(_ tags: [String]) -> String? {
            for tag in tags { if let found = values.first(where: { $0.tag == tag && !$0.value.isEmpty }) { return found.value } }
            return nil
        }
        guard let title = first(["TI", "T1"]) else { return nil }
        var layout = TextLayout(title: title.split(whereSeparator: \.isNewline).map { LineBytes.trimmed($0) }.joined(separator: " "))
        layout.authors = values.filter { ($0.tag == "AU" || $0.tag == "A1") && !$0.value.isEmpty }.map { given(first: $0.value) }
        layout.source = first(["T2", "JO", "JF", "JA", "PB"])
        layout.site = layout.source
        for tag in ["DA", "Y1", "PY"] {
            if let value = first([tag]), let date = day(value, dates: dates) {
                layout.published = date
                break
            }
        }
        let text = values.filter { $0.tag == "AB" || $0.tag == "N1" }.map(\.value).joined(separator: "\n\n")
        layout.body = Paragraphs.build(LineBytes.lines(text))
        return layout
    }

    /// A tagged record's fields in order (RIS, RefWorks): each line `tagged` reads opens a field, any other line that
    /// is not blank continues the field above it (after a line break, trimmed); reading stops at a field tagged `end`.
    /// The lines (those `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` makes) are walked in
    /// place, one at a time: the array of them all held a Substring for each blank line (10 MiB of line feeds: 576 MiB).
    static func fields(of text: String, tagged: (Substring) -> (String, String)?, end: String? = nil) -> [(tag: String, value: String)] {
        var values: [(tag: String, value: String)] = []
        var lineStart = text.startIndex
        var index = text.startIndex
        while true {
            let atEnd = index == text.endIndex
            guard atEnd || text[index].isNewline else {
                text.formIndex(after: &index)
                continue
            }
            let line = text[lineStart..<index]
            if let (tag, value) = tagged(line) {
                if tag == end { break }
                values.append((tag, value))
            } else if !values.isEmpty, !line.allSatisfy(\.isWhitespace) {
                values[values.count - 1].value += "\n" + LineBytes.trimmed(line)
            }
            if atEnd { break }
            text.formIndex(after: &index)
            lineStart = index
        }
        return values
    }

    /// `TI  - Headline` → (`TI`, `Headline`); `ER  -` → (`ER`, ``); nil for a line without a tag.
    private static func tagged(_ line: Substring) -> (String, String)? {
        let bytes = Array(line.utf8.prefix(6))
        guard bytes.count >= 5, isTagByte(bytes[0], first: true), isTagByte(bytes[1], first: false),
            bytes[2] == 0x20, bytes[3] == 0x20, bytes[4] == 0x2D, bytes.count == 5 || bytes[5] == 0x20
        else { return nil }
        let tag = String(line.prefix(2))
        return (tag, LineBytes.trimmed(line.dropFirst(min(6, line.utf8.count))))
    }

    private static func isTagByte(_ byte: UInt8, first: Bool) -> Bool {
        byte &- 0x41 < 26 || !first && byte &- 0x30 < 10
    }

    /// `Roux, Hélène` → `Hélène Roux`; a name without a comma as it is.
    static func given(first name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 1).map { LineBytes.trimmed($0) }
        guard parts.count == 2, !parts[1].isEmpty else { return LineBytes.trimmed(name) }
        return parts[1] + " " + parts[0]
    }

    /// `1987/02/26/` or `1987/02/26/Late edition` → 1987-02-26; nil for a year alone (`1987`, `1987///`).
    static func day(_ value: String, dates: DateRecognizer) -> CalendarDate? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts[0...2].allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        func pad(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        return dates.firstDate(in: "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))")?.date
    }
}
