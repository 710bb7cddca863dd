import TextToolkit

/// A file's embedded metadata printed by a tool above the text recognised in it: ExifTool's
/// `Label<spaces>: value` lines, their colons aligned in one column (`Headline    : Title`,
/// `By-line     : Jane Doe`, `Date Created : 2026:03:03`, `Credit : Reuters`), then the OCR'd
/// article.
///
/// The IPTC and XMP fields that are the article's become labelled lines, read as any label is:
/// `Headline` (else `Title`, `Object Name`) → `Title:`, `By-line`, `Creator`, `Artist`, `Author`
/// → `Author:`, `Date Created`, `Create Date`, `Date/Time Original` → `Date:` (EXIF's
/// `2026:03:03` written `2026-03-03`), `Credit`, `Source` → `Source:`. Every other line of the
/// dump (the file's name, its modification time, the size, a caption writer's name) is dropped.
///
/// Contract: `labelled` returns the lines unchanged unless five lines at least in a row, among the
/// first 60, have a label of letters, spaces and `-/()` padded to one column before ` : `; the
/// dump is the run of such lines. Pure.
enum MetadataDumps {
    static func labelled(_ lines: [String]) -> [String] {
        guard let run = dumpRun(lines) else { return lines }
        var fields: [(rank: Int, line: String)] = []
        for index in run {
            guard let (label, value) = entry(lines[index]), !value.isEmpty, let (field, rank) = fieldNames[TextFolding.fold(label)]
            else { continue }
            if fields.contains(where: { $0.line.hasPrefix(field + ":") && $0.rank <= rank }) { continue }
            fields.removeAll { $0.line.hasPrefix(field + ":") }
            fields.append((rank, "\(field): \(field == "Date" ? isoDate(value) : value)"))
        }
        return fields.map(\.line) + [""] + lines[run.upperBound...]
    }

    /// The article's fields by folded label: the labelled line's label and its rank (lower wins).
    private static let fieldNames: [String: (String, Int)] = [
        "headline": ("Title", 0), "title": ("Title", 1), "object name": ("Title", 2),
        "by-line": ("Author", 0), "byline": ("Author", 0), "creator": ("Author", 1), "artist": ("Author", 2),
        "author": ("Author", 1), "date created": ("Date", 0), "create date": ("Date", 1), "date/time original": ("Date", 2),
        "credit": ("Source", 0), "source": ("Source", 1),
    ]

    /// The first run of five dump lines or more among the first 60 lines, their ` : ` in one column.
    private static func dumpRun(_ lines: [String]) -> Range<Int>? {
        var start = 0
        var column: Int?
        for index in lines.indices.prefix(60) {
            let colon = entryColumn(lines[index])
            if let colon, colon == column {
                continue
            }
            if let column, column > 0, index - start >= 5 { return start..<index }
            start = index
            column = colon
        }
        if let column, column > 0, min(lines.count, 60) - start >= 5 { return start..<min(lines.count, 60) }
        return nil
    }

    /// The byte offset of ` : ` in a dump line (`Label   : value`, a label of letters, spaces and
    /// `-/()`, padded by one space at least), or nil.
    private static func entryColumn(_ line: String) -> Int? {
        let bytes = Array(line.utf8.prefix(80))
        guard let first = bytes.first, ASCII.isLetter(first) else { return nil }
        for index in bytes.indices.dropFirst() where bytes[index] == 0x3A {
            guard bytes[index - 1] == 0x20, index + 1 == bytes.count || bytes[index + 1] == 0x20 else { return nil }
            let label = bytes[..<index]
            guard label.allSatisfy({ ASCII.isLetter($0) || $0 == 0x20 || $0 == 0x2D || $0 == 0x2F || $0 == 0x28 || $0 == 0x29 })
            else { return nil }
            return index
        }
        return nil
    }

    private static func entry(_ line: String) -> (label: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (LineBytes.trimmed(line[..<colon]), LineBytes.trimmed(line[line.index(after: colon)...]))
    }

    /// EXIF's `2026:03:03` (and `2026:03:03 09:12:00`) as `2026-03-03`; any other value as it is.
    private static func isoDate(_ value: String) -> String {
        let bytes = Array(value.utf8)
        guard bytes.count >= 10, bytes[4] == 0x3A, bytes[7] == 0x3A,
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ ASCII.isDigit(bytes[$0]) })
        else { return value }
        return String(decoding: bytes[0..<4], as: UTF8.self) + "-" + String(decoding: bytes[5..<7], as: UTF8.self) + "-"
            + String(decoding: bytes[8..<10], as: UTF8.self)
    }
}
