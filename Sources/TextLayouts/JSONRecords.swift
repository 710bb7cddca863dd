import DateReading
import Foundation
import TextToolkit

/// An article as a news API or a CMS returns it, saved as JSON above (or instead of) its text:
/// NewsAPI's `{"status": "ok", "articles": [{"source": {"name": "Reuters"}, "author": …, "title":
/// "Title - Reuters", "publishedAt": …, "content": …}]}`, a CMS's `{"headline": …, "byline": …,
/// "datePublished": …, "publisher": {"name": …}}`; an IPTC ninjs item (`headline`, `byline`,
/// `firstcreated`, `copyrightholder`, `body_text`); a notes app's note (`title`, `textContent`,
/// and, in such a note only, its link previews' `annotations` with a `url`, whose page title `Title | Site` names the source and is the
/// title when the note's own is empty).
///
/// Contract: `read` takes a text opening with `{` (after white space) whose first JSON value ends
/// within the first 256 KiB and parses (`JSONSerialization`); the article is the first object,
/// depth first through arrays (`articles`, `items`, `results`…) before nested objects, holding a
/// string `title` or `headline` and an author, a publication date or a text (`record(in:)` does
/// the same for a value parsed elsewhere: `PythonRecords`). It returns the title (without a ` - Publisher` ending that
/// repeats the source's name), the authors (`author`, `authors`, `byline`, `creator`: a string
/// read as a line of names, or a list of strings or of objects with a `name`), the date (the
/// first publication key: `publishedAt`, `datePublished`, `pubDate`, `published`, `publish_date`…,
/// ninjs's `firstcreated` (its `versioncreated` is a later edit's);
/// a bare `date` may be a fetch time and is not read), the source (`source` as a string or its
/// `name`, else `publisher`'s or `provider`'s, else `site_name`, `meta_site_name` or ninjs's
/// `copyrightholder`), and the text after the JSON value, or else the longest of the record's
/// text fields (`content`, `body`, `text`, `articleBody`, `body_text`, `textContent`, `description`…). Nil for
/// anything else, and when there is no text at all. Pure.
enum JSONRecords {
    struct Record {
        var title: String
        var authors: [String] = []
        var date: CalendarDate?
        var source: String?
        var rest: String
    }

    static func read(_ text: String, dates: DateRecognizer) -> Record? {
        // The first byte past white space (and a BOM) first: most texts holding `{` do not open with it.
        func isLeading(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB || byte == 0xBF }
        guard LineBytes.leadingByte(text) == 0x7B else { return nil }
        let bytes = Array(text.utf8.prefix(256 * 1024))
        guard let start = bytes.firstIndex(where: { !isLeading($0) }), let end = valueEnd(bytes, from: start),
            let value = try? JSONSerialization.jsonObject(with: Data(bytes[start..<end]))
        else { return nil }
        return record(in: value, rest: String(decoding: text.utf8.dropFirst(end), as: UTF8.self), dates: dates)
    }

    /// The article record in a parsed value (`read`'s rules), with `rest` the text after it.
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> Record? {
        guard let article = firstArticle(value, depth: 0),
            let rawTitle = (article["title"] as? String) ?? (article["headline"] as? String)
        else { return nil }
        var record = Record(title: LineBytes.trimmed(rawTitle), rest: rest)
        record.source = name(article["source"]) ?? name(article["publisher"]) ?? name(article["provider"])
            ?? name(article["site_name"]) ?? name(article["meta_site_name"]) ?? name(article["copyrightholder"])
        if let source = record.source, record.title.hasSuffix(" - " + source) {
            record.title = String(record.title.dropLast(source.count + 3))
        }
        // A note's link preview (`annotations`: `{"title": "Title | Reuters", "url": …}`): the page's
        // title names the site after its last ` | `, and is the title when the note has none.
        if article["textContent"] != nil, let link = linkTitle(article["annotations"]),
            record.title.isEmpty || link.title == record.title
        {
            record.title = link.title
            record.source = record.source ?? link.site
        }
        for key in ["author", "authors", "byline", "creator"] {
            let names = people(article[key])
            if !names.isEmpty {
                record.authors = names
                break
            }
        }
        // Publication keys only: a record's bare `date` may be when it was fetched or exported.
        for key in ["publishedAt", "published_at", "datePublished", "date_published", "pubDate", "publicationDate",
                    "publication_date", "published", "publish_date", "firstcreated"] {
            if let value = article[key] as? String, let date = dates.firstDate(in: value) {
                record.date = date.date
                break
            }
        }
        if LineBytes.trimmed(record.rest).isEmpty {
            // The longest of the record's text fields; none: the file is not claimed.
            let texts = ["content", "body", "text", "articleBody", "article_body", "fullText", "full_text", "body_text", "textContent",
                         "description", "summary"]
                .compactMap { article[$0] as? String }.map { LineBytes.trimmed($0) }
            guard let longest = texts.max(by: { $0.utf8.count < $1.utf8.count }), !longest.isEmpty else { return nil }
            record.rest = longest
        }
        return record
    }

    /// The index just past the JSON value opening at `start` (braces and brackets counted outside
    /// strings), or nil when it does not end within `bytes`.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for index in start..<bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
        }
        return nil
    }

    private static func firstArticle(_ value: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let object = value as? [String: Any] {
            // An article's object names more than a title (a feed's or a site's has a title and a link).
            if object["title"] is String || object["headline"] is String,
                articleKeys.contains(where: { object[$0] != nil })
            {
                return object
            }
            // Lists first (`articles`, `items`), then nested objects, each in key order.
            let keys = object.keys.sorted()
            for key in keys where object[key] is [Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1) { return found }
            }
            for key in keys where object[key] is [String: Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1) { return found }
            }
        } else if let array = value as? [Any] {
            for element in array.prefix(50) {
                if let found = firstArticle(element, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    /// Keys only an article's object holds beside its title.
    private static let articleKeys = [
        "author", "authors", "byline", "creator", "publishedAt", "published_at", "datePublished", "date_published", "pubDate",
        "publicationDate", "publication_date", "published", "publish_date", "content", "body", "text", "articleBody",
        "description", "body_text", "firstcreated", "textContent",
    ]

    /// The first linked page's title in a list of link previews (objects with a `url`), split at its last ` | `
    /// (`Title | Site`) when there is one; nil when no preview has a title.
    private static func linkTitle(_ value: Any?) -> (title: String, site: String?)? {
        guard let previews = value as? [Any],
            let title = previews.lazy.compactMap({ $0 as? [String: Any] }).filter({ $0["url"] is String })
                .compactMap({ $0["title"] as? String })
                .map({ LineBytes.trimmed($0) }).first(where: { !$0.isEmpty })
        else { return nil }
        guard let bar = title.range(of: " | ", options: .backwards) else { return (title, nil) }
        let site = LineBytes.trimmed(title[bar.upperBound...])
        return (LineBytes.trimmed(title[..<bar.lowerBound]), site.isEmpty ? nil : site)
    }

    /// A name given as a string or as an object's `name`.
    private static func name(_ value: Any?) -> String? {
        let text = (value as? String) ?? ((value as? [String: Any])?["name"] as? String)
        return text.map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func people(_ value: Any?) -> [String] {
        if let text = value as? String { return Bylines.names(text) ?? [] }
        guard let list = value as? [Any] else { return [] }
        return list.compactMap { name($0) }
    }
}
