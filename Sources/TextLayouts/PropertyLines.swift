import DateReading
import TextToolkit

/// A page of an outliner that keeps its fields as `key:: value` properties above its blocks
/// (Logseq: `title:: Title`, `author:: [[A]], [[B]]`, `source:: [[Reuters]]`,
/// `published:: [[Mar 3rd, 2026]]`, then `- ` blocks), read by `FieldRecords` (a bare `date`
/// key trusted).
///
/// Contract: `read` takes the file's first lines (blank lines before them skipped) while each is
/// `key:: value`, a key of letters, digits, `_` or `-` (two to 64, else nil); a value made of
/// `[[page]]` links only (and commas) is the linked pages' names (a list when several), any other
/// value is itself with its link brackets dropped. The text is the lines after them, each
/// block's `- ` marker dropped and every block a paragraph. Nil when the properties hold no
/// title or the page no text. Pure.
enum PropertyLines {
    static func read(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        var properties: [String: Any] = [:]
        var count = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
            let line = LineBytes.trimmed(rest[..<end])
            if line.isEmpty, count == 0 {
                rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[end...]
                continue
            }
            guard let property = property(line) else { break }
            // A page's properties are a handful: past 64, this is no page.
            guard count < 64 else { return nil }
            properties[property.key] = value(property.value)
            count += 1
            rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[end...]
        }
        guard count >= 2 else { return nil }
        let blocks = LineBytes.lines(String(rest)).map { line -> String in
            let trimmed = LineBytes.trimmed(line)
            return trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed
        }.filter { !$0.isEmpty }
        guard !blocks.isEmpty else { return nil }
        return FieldRecords.record(in: properties, rest: blocks.joined(separator: "\n\n"), bareDate: true, isArticle: true, dates: dates)
    }

    static func property(_ line: String) -> (key: String, value: String)? {
        guard LineBytes.contains(line, bytes: "::"), let marker = line.range(of: "::") else { return nil }
        let key = line[..<marker.lowerBound]
        guard !key.isEmpty, key.count <= 40, key.first?.isLetter == true,
            key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        else { return nil }
        return (String(key), LineBytes.trimmed(line[marker.upperBound...]))
    }

    /// `[[A]], [[B]]` → `["A", "B"]`, `[[Reuters]]` → `Reuters`, `a [[b]] c` → `a b c`. Linear time.
    static func value(_ text: String) -> Any {
        var links: [String] = []
        var plain = ""
        var outside = ""
        var rest = Substring(text)
        // Found by the standard library's search, which walks from `rest`'s start to the match (Foundation's
        // `range(of:)` on a Substring cost the whole rest at each link: a Roam block of 36,000 links, 250 KiB, took 5 s).
        while let open = rest.firstRange(of: "[["), let close = rest[open.upperBound...].firstRange(of: "]]") {
            plain += rest[..<open.lowerBound]
            outside += rest[..<open.lowerBound]
            let name = String(rest[open.upperBound..<close.lowerBound])
            links.append(name)
            plain += name
            rest = rest[close.upperBound...]
        }
        plain += rest
        outside += rest
        if !links.isEmpty, outside.allSatisfy({ $0 == "," || $0.isWhitespace }) { return links.count == 1 ? links[0] : links }
        return LineBytes.trimmed(plain)
    }
}
