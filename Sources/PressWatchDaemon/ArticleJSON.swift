import ArticleIndex
import ArticleParsing

/// The JSON line `presswatch parse` prints for a file, written by hand (`JSONBytesWriter`).
///
/// Contract: the output is byte for byte what `JSONEncoder` gives with
/// `[.withoutEscapingSlashes, .sortedKeys]` for the same record (`ParseReport`'s Encodable
/// records): keys in sorted order, nil optionals left out, strings escaped as JSONEncoder escapes
/// them (`"` and `\` with a backslash; `\b \t \n \f \r`; other control characters as `\u00xx`
/// with lowercase hex; `/`, DEL, U+2028 and every other non-ASCII character as is), integers in
/// decimal, doubles as their `description` without a trailing `.0`.
///
/// Failure: JSONEncoder refuses a non-finite double; so does this encoder (it returns nil) and
/// the caller falls back to its error line. Tests compare it with JSONEncoder.
enum ArticleJSON {
    /// `{"amounts":…,"authors":…,…,"file":…,…}` for a parsed article, or nil when an amount's
    /// value is not finite.
    static func line(file: String, article: Article) -> String? {
        utf8(file: file, article: article).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `line(file:article:)` as its UTF-8 (valid: written from `String`s and ASCII), for a
    /// caller that writes bytes: no `String` is made, so its UTF-8 is not validated again.
    static func utf8(file: String, article: Article) -> [UInt8]? {
        var out = JSONBytesWriter(capacity: article.body.reduce(1024) { $0 + $1.utf8.count + 8 })
        out.beginObject()
        out.key("amounts")
        guard out.amounts(article.amounts) == nil else { return nil }
        out.key("authors")
        out.strings(article.authors)
        out.key("body")
        out.strings(article.body)
        out.field("file", file)
        out.field("format", article.format.rawValue)
        out.field("id", article.id)
        out.key("keywords")
        out.strings(article.keywords)
        out.field("language", article.language)
        out.field("lede", article.lede)
        out.key("places")
        out.places(article.places)
        out.field("published", article.published)
        out.key("readingMinutes")
        out.int(article.readingMinutes)
        out.field("site", article.site)
        out.field("source", article.source)
        out.field("summary", article.summary)
        out.field("title", article.title)
        out.key("wordCount")
        out.int(article.wordCount)
        out.endObject()
        return out.bytes
    }

    /// `{"error":…,"file":…}`.
    static func line(file: String, error: String) -> String {
        var out = JSONBytesWriter()
        out.beginObject()
        out.field("error", error)
        out.field("file", file)
        out.endObject()
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

extension JSONBytesWriter {
    /// `"name":value`, or nothing when the value is nil (JSONEncoder's synthesized `encodeIfPresent`).
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }
}
