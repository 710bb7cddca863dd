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
/// Contract: `read` takes a text opening with `{` or `[` (after white space) whose first JSON
/// value ends within the first 256 KiB and parses (`JSONSerialization`; `JSONMending` when a lone surrogate
/// escape, a number beyond a Double or a nesting past 500 levels alone stops it), or a page's
/// `<script type="application/ld+json">` element opening within the first 16 KiB (a note perhaps
/// above it); the article and its fields are `FieldRecords`' (`record(in:)`, also used for a value
/// parsed elsewhere: `PythonRecords`): the first object holding a title and an author, a
/// publication date or a text (a chat message's link preview, a card, a JSON-LD `@graph`'s
/// article), read by its keys; a bare `date` may be a fetch time and is not read. The text is what
/// follows the JSON value (or `</script>`), or else the record's longest text field. Nil for
/// anything else, and when there is no text at all. Pure.
enum JSONRecords {
    struct Record {
        var title: String
        var authors: [String] = []
        var date: CalendarDate?
        var source: String?
        var rest: String
        /// The title is a web page's (a page's record naming its `domain`): a tab title's ` | Publication` may end it.
        var isPageTitle = false
        /// The record holds no text but its headline (a SPARQL answer's binding): the headline is the body's one paragraph.
        var headlineOnly = false

        /// `title` without a tab title's ending naming `site` (` | Le Figaro`, ` - Le Figaro`, ` – Le Figaro`), when
        /// it is a page's and something is left; nil otherwise.
        func title(without site: String) -> String? {
            guard isPageTitle, !site.isEmpty else { return nil }
            for bar in [" | ", " - ", " – "] where title.hasSuffix(bar + site) {
                let head = LineBytes.trimmed(String(title.dropLast(site.count + bar.count)))
                return head.isEmpty ? nil : head
            }
            return nil
        }
    }

    static func read(_ text: String, dates: DateRecognizer) -> Record? {
        // The first byte past white space (and a BOM) first: most texts holding `{` do not open with it.
        func isLeading(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB || byte == 0xBF }
        let lead = LineBytes.leadingByte(text)
        guard lead == 0x7B || lead == 0x5B else { return embedded(text, dates: dates) }
        let bytes = Array(text.utf8.prefix(256 * 1024))
        guard let start = bytes.firstIndex(where: { !isLeading($0) }), let end = valueEnd(bytes, from: start),
            let value = JSONMending.value(bytes[start..<end])
        else { return nil }
        return record(in: value, rest: String(decoding: text.utf8.dropFirst(end), as: UTF8.self), dates: dates)
    }

    /// A page's structured data pasted as its `<script type="application/ld+json">` element (a
    /// note perhaps above it, the text under it), opening within the first 16 KiB: the record it
    /// holds, with the text after `</script>`; nil when there is none or it does not parse.
    private static func embedded(_ text: String, dates: DateRecognizer) -> Record? {
        guard LineBytes.contains(text, bytes: "application/ld+json"),
            let marker = text.prefix(16 * 1024).range(of: "application/ld+json"),
            let close = text[marker.upperBound...].prefix(200).firstIndex(of: ">")
        else { return nil }
        let after = text[text.index(after: close)...]
        let bytes = Array(after.utf8.prefix(256 * 1024))
        guard let start = bytes.firstIndex(where: { $0 == 0x7B || $0 == 0x5B }), start < 64,
            let end = valueEnd(bytes, from: start),
            let value = JSONMending.value(bytes[start..<end])
        else { return nil }
        var rest = Substring(String(decoding: after.utf8.dropFirst(end), as: UTF8.self))
        rest = rest.drop(while: { $0.isWhitespace })
        if rest.hasPrefix("</script>") { rest = rest.dropFirst(9) }
        return record(in: value, rest: String(rest), dates: dates)
    }

    /// The article record in a parsed value (`FieldRecords`' rules), with `rest` the text after it.
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> Record? {
        FieldRecords.record(in: value, rest: rest, dates: dates)
    }

    /// The index just past the JSON value opening at `start` (braces and brackets counted outside
    /// strings), or nil when it does not end within `bytes`. Shared by the readers that cut a JSON
    /// value out of a text (`ConsoleRecords`, `JSONMending`).
    static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int? {
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

    /// The first linked page's title in a list of link previews (objects with a `url`), split at its last ` | `
    /// (`Title | Site`) when there is one; nil when no preview has a title.
    static func linkTitle(_ value: Any?) -> (title: String, site: String?)? {
        guard let previews = value as? [Any],
            let title = previews.lazy.compactMap({ $0 as? [String: Any] }).filter({ $0["url"] is String })
                .compactMap({ $0["title"] as? String })
                .map({ LineBytes.trimmed($0) }).first(where: { !$0.isEmpty })
        else { return nil }
        guard let bar = title.range(of: " | ", options: .backwards) else { return (title, nil) }
        let site = LineBytes.trimmed(title[bar.upperBound...])
        return (LineBytes.trimmed(title[..<bar.lowerBound]), site.isEmpty ? nil : site)
    }
}
