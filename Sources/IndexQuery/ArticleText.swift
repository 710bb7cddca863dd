import ArticleIndex
import Foundation

/// `presswatch show` on a terminal: the record as text a person reads: title, byline, date,
/// source and site, places, id, then the body paragraphs wrapped to `width` columns.
public enum ArticleText {
    /// The text of a record (`articles/<id>.json`), or nil when the bytes are not a record.
    public static func render(record data: Data, width: Int) -> String? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let record = try? decoder.decode(ArticleRecord.self, from: data) else { return nil }
        let entry = record.entry
        let width = max(20, width)
        var lines: [String] = []
        lines += wrap(entry.title, width: width)
        lines.append(String(repeating: "=", count: min(width, TableLayout.displayWidth(entry.title))))
        if !entry.authors.isEmpty { lines += wrap("By " + entry.authors.joined(separator: ", "), width: width) }
        var facts: [String] = []
        facts.append(entry.published ?? "date unknown")
        if let source = entry.source { facts.append(source) }
        if let site = entry.site, site != entry.source { facts.append(site) }
        if let language = entry.language { facts.append(language) }
        lines += wrap(facts.joined(separator: " · "), width: width)
        if let places = entry.places, !places.isEmpty {
            lines += wrap("Places: " + places.map { "\($0.name) (\($0.code))" }.joined(separator: ", "), width: width)
        }
        lines += wrap("Id: \(entry.id) · \(entry.readingMinutes ?? 1) min read · \(entry.archivedPath)", width: width)
        for paragraph in record.body {
            lines.append("")
            lines += wrap(paragraph, width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Words of `text` in lines of at most `width` columns (a longer word is cut).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var word = String(word)
            var size = TableLayout.displayWidth(word)
            while size > width {
                if !line.isEmpty { lines.append(line); line = ""; used = 0 }
                let head = String(word.prefix(width))
                lines.append(head)
                word = String(word.dropFirst(width))
                size = TableLayout.displayWidth(word)
            }
            if word.isEmpty { continue }
            if used > 0 && used + 1 + size > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 { line += " "; used += 1 }
            line += word
            used += size
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
