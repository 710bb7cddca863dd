import DateReading
import Foundation
import TextToolkit

/// The article in a field record already parsed into values (`[String: Any]` objects, `[Any]`
/// lists, `String` scalars, anything else ignored), whatever wrote it: a JSON record, a YAML
/// one, a notes app's `key:: value` properties. The fields are recognised by their keys
/// (`RecordKeys`), wherever the record nests the article: a link preview inside a chat message,
/// a card, a JSON-LD `@graph`.
///
/// Contract: the article is the first object, depth first through lists before nested objects
/// (keys in order, 8 levels, 50 items a list), holding a string under a title key and an author,
/// publication date or text key; failing one, the first object whose bare `name` stands beside a
/// text of 80 characters or more (a card's `name` over its `desc`); a schema.org object typed as an
/// article (`NewsArticle`, `BlogPosting`) needs its title alone; with `isArticle`, the top object is
/// the article (a page's properties, whose text is `rest`). From it: the title (a
/// ` - Publisher` ending dropped when NewsAPI's `source` object names it), the authors (a string read as a line of
/// names, or a list of strings or of objects' `name`, an organisation's never), the date (the
/// publication keys first, then, with `bareDate`, a bare `date`; never a carrier's created,
/// modified or sent time, whose keys are not read), the source (a string or an object's `name`),
/// and the text: `rest` when it holds any, else the object's longest text field, else nothing
/// (nil). A text that is a link preview's snippet gives way to a longer string elsewhere in the
/// record that holds its opening words (the message that pasted the whole article: its chat
/// escapes undone once, its lead-in line ending with `:` dropped); a text field's lines opening
/// with Markdown emphasis lose it, and a first line naming the publication in bold, alone or
/// before its day (a card's `**Reuters** · 3 March 2026`), gives the source and date the record
/// lacks. Nil when
/// there is no article or no text. Pure.
enum FieldRecords {
    static func record(in value: Any, rest: String, bareDate: Bool = false, isArticle own: Bool = false,
                       dates: DateRecognizer) -> JSONRecords.Record?
    {
        let top = own ? (value as? [String: Any]).map { ($0, fields(of: $0)) } : nil
        guard let (article, fields) = top ?? firstArticle(value, depth: 0, named: false) ?? firstArticle(value, depth: 0, named: true)
        else { return nil }
        func strings(_ field: RecordKeys.Field) -> [Any] { fields.filter { $0.field == field }.compactMap { article[$0.key] } }
        let title = strings(.title).lazy.compactMap { $0 as? String }.first ?? strings(.name).lazy.compactMap { $0 as? String }.first
        guard let title else { return nil }
        var record = JSONRecords.Record(title: LineBytes.trimmed(title), rest: rest)
        record.source = strings(.source).lazy.compactMap(name).first
        // NewsAPI's `source: {"id": …, "name": …}` beside a title it ended with ` - ` and that name.
        if article["source"] is [String: Any], let source = record.source, record.title.hasSuffix(" - " + source) {
            record.title = String(record.title.dropLast(source.count + 3))
        }
        // A note's link preview (`annotations`: `{"title": "Title | Reuters", "url": …}`): the page's
        // title names the site after its last ` | `, and is the title when the note has none.
        if article["textContent"] != nil, let link = JSONRecords.linkTitle(article["annotations"]),
            record.title.isEmpty || link.title == record.title
        {
            record.title = link.title
            record.source = record.source ?? link.site
        }
        record.authors = strings(.authors).lazy.map(people).first(where: { !$0.isEmpty }) ?? []
        for value in strings(.date) + (bareDate ? strings(.bareDate) : []) {
            if let text = value as? String, let date = dates.firstDate(in: text) {
                record.date = date.date
                break
            }
        }
        if LineBytes.trimmed(record.rest).isEmpty {
            let texts = strings(.text).compactMap { $0 as? String }.map { LineBytes.trimmed($0) }
            guard let longest = texts.max(by: { $0.utf8.count < $1.utf8.count }), !longest.isEmpty else { return nil }
            if let borrowed = fullText(of: longest, in: value) {
                record.rest = borrowed
            } else if let head = masthead(longest, dates: dates) {
                record.source = record.source ?? head.name
                record.date = record.date ?? head.date
                record.rest = withoutEmphasis(head.rest)
            } else {
                record.rest = withoutEmphasis(longest)
            }
        }
        return record
    }

    /// An object's keys with their fields, in the keys' order, the most usual name of each field first
    /// (`title` before `headline`, `author` before `byline`, `source` before `publisher`).
    private static func fields(of object: [String: Any]) -> [(key: String, field: RecordKeys.Field)] {
        object.keys.sorted { (rank($0), $0) < (rank($1), $1) }.compactMap { key in RecordKeys.field(key).map { (key, $0) } }
    }

    private static func rank(_ key: String) -> Int { preferred.firstIndex(of: RecordKeys.normalized(key)) ?? preferred.count }

    private static let preferred = [
        "title", "author", "authors", "byline", "creator", "published at", "date published", "pub date",
        "publication date", "published", "publish date", "firstcreated", "source", "publisher", "provider",
        "site name", "meta site name", "copyrightholder",
    ]

    private static func firstArticle(_ value: Any, depth: Int, named: Bool) -> ([String: Any], [(key: String, field: RecordKeys.Field)])? {
        guard depth < 8 else { return nil }
        if let object = value as? [String: Any] {
            let fields = fields(of: object)
            if isArticle(object, fields, named: named) { return (object, fields) }
            let keys = object.keys.sorted()
            for key in keys where object[key] is [Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1, named: named) { return found }
            }
            for key in keys where object[key] is [String: Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1, named: named) { return found }
            }
        } else if let array = value as? [Any] {
            for element in array.prefix(50) {
                if let found = firstArticle(element, depth: depth + 1, named: named) { return found }
            }
        }
        return nil
    }

    /// An article's object names more than a title (a feed's or a site's has a title and a link).
    private static func isArticle(_ object: [String: Any], _ fields: [(key: String, field: RecordKeys.Field)], named: Bool) -> Bool {
        if named {
            return fields.contains { $0.field == .name && object[$0.key] is String }
                && fields.contains { $0.field == .text && ((object[$0.key] as? String)?.utf8.count ?? 0) >= 80 }
        }
        guard fields.contains(where: { $0.field == .title && object[$0.key] is String }) else { return false }
        if let type = object["@type"] as? String, articleTypes.contains(where: type.hasSuffix) { return true }
        return fields.contains { [.authors, .date, .text].contains($0.field) }
    }

    /// schema.org's types of an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`).
    private static let articleTypes = ["Article", "BlogPosting", "Report", "Posting"]

    /// A longer string in the record holding the opening words of `snippet` (a preview's first
    /// sentence, often cut with `…`), or nil.
    private static func fullText(of snippet: String, in root: Any) -> String? {
        var opening = snippet
        while let last = opening.last, last == "…" || last == "." { opening.removeLast() }
        opening = String(opening.prefix(24))
        guard opening.count >= 12 else { return nil }
        var best: String?
        func visit(_ value: Any, _ depth: Int) {
            guard depth < 8 else { return }
            if let text = value as? String {
                guard text.utf8.count > max(snippet.utf8.count, best?.utf8.count ?? 0) else { return }
                let plain = ChatEscapes.decoded(text)
                if plain.contains(opening) { best = plain }
            } else if let object = value as? [String: Any] {
                for key in object.keys.sorted() { visit(object[key] as Any, depth + 1) }
            } else if let array = value as? [Any] {
                for element in array.prefix(50) { visit(element, depth + 1) }
            }
        }
        visit(root, 0)
        return best.map { withoutLeadIn(LineBytes.trimmed($0)) }
    }

    /// A message's text without its lead-in (`Paywalled, here's the full text:`, a first line of
    /// 120 characters at most ending with `:` and a blank line under it).
    private static func withoutLeadIn(_ text: String) -> String {
        guard let end = text.range(of: "\n\n"), text.distance(from: text.startIndex, to: end.lowerBound) <= 120,
            text[..<end.lowerBound].last == ":", !text[..<end.lowerBound].contains("\n")
        else { return text }
        return String(text[end.upperBound...])
    }

    /// A Markdown text field's first line naming the publication in bold, alone or before its day
    /// (`**Reuters**`, `**Le Monde** · 3 mars 2026`), and the text under it; nil for any other line.
    private static func masthead(_ text: String, dates: DateRecognizer) -> (name: String, date: CalendarDate?, rest: String)? {
        guard text.hasPrefix("**"), let lineEnd = text.firstIndex(of: "\n") else { return nil }
        let line = text[text.index(text.startIndex, offsetBy: 2)..<lineEnd]
        guard let close = line.range(of: "**") else { return nil }
        let name = LineBytes.trimmed(line[..<close.lowerBound])
        let after = LineBytes.trimmed(line[close.upperBound...])
        guard !name.isEmpty, TextFolding.hasAtMost(name, 80), !name.contains("*") else { return nil }
        var date: CalendarDate?
        if !after.isEmpty {
            guard let mark = after.first, "·•|–—-,".contains(mark),
                let found = dates.firstDate(in: String(after.dropFirst()))
            else { return nil }
            date = found.date
        }
        return (name, date, String(text[text.index(after: lineEnd)...]))
    }

    /// A Markdown text field (a card's description) with the emphasis of the lines that open with
    /// it dropped (`**Reuters** · 3 March 2026`, `*By A*`); any other line as it is.
    private static func withoutEmphasis(_ text: String) -> String {
        guard LineBytes.contains(text, 0x2A) || LineBytes.contains(text, 0x5F) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("*") || line.hasPrefix("_") ? MarkdownInline.plain(String(line)) : String(line)
        }.joined(separator: "\n")
    }

    /// A name given as a string or as an object's `name` (an organisation's only as a source).
    static func name(_ value: Any?) -> String? {
        let text = (value as? String) ?? ((value as? [String: Any])?["name"] as? String)
        return text.map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func people(_ value: Any) -> [String] {
        if let text = value as? String { return Bylines.names(text) ?? [] }
        let list = value as? [Any] ?? [value]
        return list.compactMap { item in
            if let object = item as? [String: Any], let type = object["@type"] as? String, type.hasSuffix("Organization") {
                return nil
            }
            return name(item)
        }
    }
}
