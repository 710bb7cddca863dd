import DateReading
import TextToolkit

/// A teletext page captured as text: the receiver's header row (the page number, the service's
/// name, the receiver's clock: ` P124  ARD Text  Fr 27.02.87  19:47:54`), a section in capitals,
/// the headline wrapped at 40 columns, the text, and the navigation row (`weiter 125  Übersicht 100`).
///
/// The service is the source; the header's clock is the receiver's, never the article's date,
/// and teletext names no author. Contract: `read` returns the headline (its wrapped lines joined)
/// and the text under it, or nil when the first line is no header row (a page number `P123` or
/// `123`, two spaces, a name, two spaces, a weekday and a `dd.mm.yy` day) or no text follows the
/// headline. Pure.
enum TeletextPages {
    typealias Record = JSONRecords.Record

    static func read(_ text: String) -> Record? {
        guard let end = text.utf8.prefix(120).firstIndex(of: 0x0A) else { return nil }
        let header = LineBytes.trimmed(String(Substring(text.utf8[..<end])))
        guard let service = service(in: header) else { return nil }
        var lines = LineBytes.lines(text).dropFirst().map { LineBytes.trimmed($0) }
        // The navigation row: page numbers of three digits, twice or more.
        if let last = lines.lastIndex(where: { !$0.isEmpty }), pageNumbers(lines[last]) >= 2 { lines.removeSubrange(last...) }
        var index = lines.startIndex
        func skipBlanks() { while index < lines.endIndex, lines[index].isEmpty { index += 1 } }
        skipBlanks()
        // A section in capitals (`WIRTSCHAFT`) alone above the headline.
        if index + 1 < lines.endIndex, isSection(lines[index]), lines[index + 1].isEmpty {
            index += 1
            skipBlanks()
        }
        let headline = lines[index...].prefix { !$0.isEmpty }
        guard !headline.isEmpty, headline.count <= 4 else { return nil }
        let rest = lines[(index + headline.count)...]
        guard rest.contains(where: { !$0.isEmpty }) else { return nil }
        var record = Record(title: headline.joined(separator: " "), rest: rest.joined(separator: "\n"))
        record.source = service
        return record
    }

    /// The service named in a header row, or nil when the line is none.
    static func service(in header: String) -> String? {
        // Three fields need two runs of two spaces; two space Characters in a row hold the bytes
        // 20 20 (no other scalar is canonically equivalent to a space): a header without them is none.
        guard LineBytes.contains(header, bytes: "  ") else { return nil }
        let fields = header.split(separator: "  ", omittingEmptySubsequences: true).map { LineBytes.trimmed($0) }
        guard fields.count >= 3, isPageNumber(fields[0]), fields.count <= 5 else { return nil }
        // A weekday and a `dd.mm.yy` day in one of the fields after the name.
        let dated = fields.dropFirst(2).contains { field in
            field.split(separator: " ").contains { word in
                let bytes = Array(word.utf8)
                return bytes.count == 8 && bytes[2] == 0x2E && bytes[5] == 0x2E
                    && [0, 1, 3, 4, 6, 7].allSatisfy { bytes[$0] &- 0x30 < 10 }
            }
        }
        return dated && !fields[1].isEmpty && fields[1].count <= 40 ? fields[1] : nil
    }

    /// `P124`, `124`: a page number.
    private static func isPageNumber(_ field: String) -> Bool {
        let digits = field.utf8.drop { $0 == 0x50 }
        return digits.count == 3 && digits.allSatisfy { $0 &- 0x30 < 10 } && field.utf8.count <= 4
    }

    /// How many words of a line are page numbers of three digits.
    private static func pageNumbers(_ line: String) -> Int {
        line.split(separator: " ").filter { $0.utf8.count == 3 && $0.utf8.allSatisfy { $0 &- 0x30 < 10 } }.count
    }

    /// A single word in capitals (`ÉCONOMIE`, `WIRTSCHAFT`).
    private static func isSection(_ line: String) -> Bool {
        !line.contains(" ") && line.count <= 24 && line.contains(where: \.isLetter) && line == line.uppercased()
    }
}
