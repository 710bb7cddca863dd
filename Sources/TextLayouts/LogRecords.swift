import DateReading
import TextToolkit

/// A scraper's or extractor's log above the text it stored: one of its first lines logs what it
/// extracted as `key=value` pairs (`extract: title='…' authors=['A', 'B'] published='2018-02-15'
/// site_name='Público'`), Python's way of printing values (read by `PythonLiteral`);
/// the text follows the log, under a rule naming the stored file (`----- clippings/….txt -----`)
/// or after the first blank line.
///
/// The log's own times (when the page was fetched or stored) are never the article's date; only
/// the logged `published` (or `date`, `publish_date`, `date_published`) is. Contract: `read` looks
/// only at a text whose first line opens with a log's time stamp (a clock, the date before it
/// when there is one), takes the first of its first 30 lines opening with a stamp of that shape
/// and holding ` title='` or ` title="`, and returns nil when that value is
/// empty or no text follows the log. Pure.
enum LogRecords {
    typealias Record = JSONRecords.Record

    static func read(_ text: String, dates: DateRecognizer) -> Record? {
        guard let lead = text.utf8.first, lead &- 0x30 < 10 || lead == 0x5B,
            LineBytes.contains(text, bytes: " title=")
        else { return nil }
        let lines = LineBytes.lines(text)
        guard let stamp = lines.first.map(timeStamp), !stamp.isEmpty,
            let logged = lines.prefix(30).firstIndex(where: {
                ($0.contains(" title='") || $0.contains(" title=\"")) && timeStamp($0).count == stamp.count
            })
        else { return nil }
        let values = pairs(lines[logged])
        guard let title = values["title"]?.first.map({ LineBytes.trimmed($0) }), !title.isEmpty else { return nil }
        // The text: under a rule line after the log (`----- file -----`), else after the log's first blank line.
        let rule = lines[logged...].firstIndex { $0.hasPrefix("---") || $0.hasPrefix("===") }
        guard let start = rule.map({ $0 + 1 }) ?? lines[logged...].firstIndex(where: { LineBytes.trimmed($0).isEmpty }) else {
            return nil
        }
        let rest = lines[start...]
        // The stored text, not more of the log.
        guard let first = rest.first(where: { !LineBytes.trimmed($0).isEmpty }), timeStamp(first).count != stamp.count else {
            return nil
        }
        var record = Record(title: title, rest: rest.joined(separator: "\n"))
        record.authors = (values["authors"] ?? values["author"] ?? []).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        for key in ["published", "date", "publish_date", "date_published", "pubdate"] {
            if let value = values[key]?.first, let date = dates.firstDate(in: value)?.date {
                record.date = date
                break
            }
        }
        record.source = ["site_name", "sitename", "source", "publisher", "site"].lazy.compactMap { values[$0]?.first }
            .map { LineBytes.trimmed($0) }.first { !$0.isEmpty }
        return record
    }

    /// The log's time stamp opening a line (`2018-03-24 19:14:39,509`, `[2018-03-24 19:14:39]`,
    /// `[19:14:39]`): its shape (digits as `9`), or "" when the line opens with none.
    static func timeStamp(_ line: String) -> String {
        var shape = ""
        var digits = 0
        for byte in line.utf8.prefix(32) {
            if byte &- 0x30 < 10 {
                shape.append("9")
                digits += 1
            } else if byte == 0x2D || byte == 0x3A || byte == 0x2C || byte == 0x2E || byte == 0x5B || byte == 0x20 || byte == 0x54 {
                shape.append(Character(Unicode.Scalar(byte)))
            } else {
                break
            }
        }
        // A clock at least (`99:99:99`), and the date first when the stamp has one (`9999-99-99`).
        return digits >= 6 && shape.contains("99:99") ? shape : ""
    }

    /// The `key=value` pairs of a log line, each value read as Python prints it (`PythonLiteral`):
    /// a string (one element), a list of strings, or anything else (`None`, a number: no element).
    static func pairs(_ line: String) -> [String: [String]] {
        var values: [String: [String]] = [:]
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            // A key: letters, digits and `_` right before `=`.
            guard bytes[index] == 0x3D, index > 0 else {
                index += 1
                continue
            }
            var keyStart = index
            while keyStart > 0, ASCII.isLetter(bytes[keyStart - 1]) || bytes[keyStart - 1] &- 0x30 < 10 || bytes[keyStart - 1] == 0x5F {
                keyStart -= 1
            }
            let key = String(decoding: bytes[keyStart..<index], as: UTF8.self).lowercased()
            var literal = PythonLiteral(bytes: Array(bytes[(index + 1)...]))
            let value = literal.value(depth: 0)
            index += 1 + max(literal.index, 1)
            let found = (value as? String).map { [$0] } ?? (value as? [Any])?.compactMap { $0 as? String } ?? []
            if !key.isEmpty, values[key] == nil { values[key] = found }
        }
        return values
    }
}
