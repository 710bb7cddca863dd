import DateReading
import TextToolkit

/// A record exported from RefWorks in its tagged format: one field a line, a two-character tag
/// and a space (`T1 Headline`), the first line `RT` and the reference's type (`RT Newspaper
/// Article`); a line without a tag continues the field above it.
///
/// Fields read: the title (`T1`); the writers (`A1`, one a line, `Family, Given` written back as
/// `Given Family`); the publication (`JF`, else `JO`) as the source; the day (`FD`, as typed:
/// `Mar 3` completed by the year of `YR`, `March 3, 1987`, `1987/03/03`; English, as RefWorks
/// writes it; `YR` alone is a year, no date); the text (`AB`). The day it was retrieved (`RD`),
/// the database (`DS`), a note (`NO`) and every other tag state nothing.
///
/// Contract: `read` returns nil unless the first line (a BOM ignored) is `RT ` and a reference
/// type, and a title follows. Pure; never fails.
enum RefWorksRecords {
    static func read(_ text: String, dates: DateRecognizer) -> TextLayout? {
        guard text.utf8.starts(with: "RT ".utf8) || text.utf8.starts(with: "\u{FEFF}RT ".utf8) else { return nil }
        let values = RISRecord.fields(of: text, tagged: tagged)
        guard values.first?.tag == "RT" else { return nil }
        func first(_ tag: String) -> String? { values.first { $0.tag == tag && !$0.value.isEmpty }?.value }
        guard let title = first("T1") else { return nil }
        var layout = TextLayout(title: title.split(whereSeparator: \.isNewline).map { LineBytes.trimmed($0) }.joined(separator: " "))
        layout.authors = values.filter { $0.tag == "A1" && !$0.value.isEmpty }.map { RISRecord.given(first: $0.value) }
        layout.source = first("JF") ?? first("JO")
        layout.site = layout.source
        if let typed = first("FD") {
            let english = DateRecognizer(language: "en", keepsTime: dates.keepsTime)
            let year = first("YR").flatMap { value in value.utf8.count == 4 && value.allSatisfy(\.isNumber) ? value : nil }
            let dated = typed.contains(where: \.isNumber) && typed.utf8.count <= 40 ? typed : ""
            let hasYear = LineBytes.words(dated).contains { $0.utf8.count == 4 && $0.allSatisfy(\.isNumber) }
                || dated.split(separator: "/").first?.utf8.count == 4
            let full = hasYear || year == nil ? dated : dated + ", " + (year ?? "")
            layout.published = RISRecord.day(full, dates: english) ?? english.firstDate(in: full)?.date
        }
        let body = values.filter { $0.tag == "AB" }.map(\.value).joined(separator: "\n\n")
        layout.body = Paragraphs.build(LineBytes.lines(body))
        return layout
    }

    /// `T1 Headline` → (`T1`, `Headline`); nil for a line without a tag (two capitals, or a capital and a digit, then a space).
    private static func tagged(_ line: Substring) -> (String, String)? {
        let bytes = Array(line.utf8.prefix(3))
        guard bytes.count == 3, bytes[0] &- 0x41 < 26, bytes[1] &- 0x41 < 26 || bytes[1] &- 0x30 < 10, bytes[2] == 0x20
        else { return nil }
        return (String(line.prefix(2)), LineBytes.trimmed(line.dropFirst(3)))
    }
}
