import Foundation
import HTMLTree
import TextToolkit

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`).
///
/// Contract: looks through every block (a single object, an array, `@graph`, nested `mainEntity`)
/// for an object whose `@type` (string or array) is an article type (`NewsArticle`, `Article`,
/// `ReportageNewsArticle`, `BlogPosting`, …); the page's own article supplies the facts: the
/// article object whose `url`, `@id` or `mainEntityOfPage` is the page's URL (`pageURL`, compared
/// without scheme, `www.`, query, fragment or trailing `/`) when several are there (pages list
/// related stories as articles too), else the first one found. It supplies `headline` (or `name`),
/// `author` (a string, an object with `name`, or an array of either; `@id` references into
/// `@graph` are resolved), `datePublished` (else `dateCreated`), `inLanguage`, `articleSection`
/// and `publisher.name`; strings are decoded once (`decodeEntities`: script text is raw). When
/// no article object exists, a `WebPage` supplies the same fields as a weaker fallback. An object
/// in Baidu's "cambrian" vocabulary (`@context` …`/contexts/cambrian.jsonld`, no `@type`: the
/// JSON-LD of Chinese news sites for Baidu's search) is an article object too, its `pubDate` the
/// publication date.
/// Malformed JSON (common: raw newlines, trailing commas) is skipped after one lenient retry.
/// Only the blocks within the first `maxBytes` of JSON-LD (in page order, counted whole) are
/// read: a block that takes the sum past it, and every block after it, is ignored (stop 28:
/// memory stays bounded; real pages hold a few KiB). Pure; never fails.
package struct HTMLJSONLD {
    var headline: String?
    var authors: [String] = []
    var published: String?
    package var language: String?
    package var publisher: String?
    /// The article's `articleSection` values (a string or an array).
    var sections: [String] = []
    /// True when the facts come from an article object (not a plain web page).
    var isArticle = false

    /// The JSON-LD read per page, in UTF-8 bytes.
    package static let maxBytes = 1 << 20

    private static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "collectionpage"]

    /// - Parameter pageURL: the page's canonical (or `og:url`) URL, when it states one.
    package init(blocks: [String], pageURL: String? = nil) {
        var objects: [[String: Any]] = []
        var decoded = 0
        for block in blocks {
            // Foundation's objects take about 80 times their JSON's bytes (a 10 MiB array of
            // small objects: 835 MiB peak); blocks past `maxBytes` in all are not read.
            decoded += block.utf8.count
            guard decoded <= Self.maxBytes, let value = Self.decode(block) else { continue }
            Self.collect(value, into: &objects, depth: 0)
        }
        let byID = Dictionary(
            objects.compactMap { object in (object["@id"] as? String).map { ($0, object) } },
            uniquingKeysWith: { first, _ in first })
        let articles = objects.filter {
            Self.types(of: $0).contains { SchemaOrgTypes.articles.contains($0) } || Self.isCambrian($0)
        }
        let page = pageURL.flatMap(Self.comparableURL)
        let article = (articles.count > 1 ? page : nil).flatMap { page in
            articles.first { Self.urls(of: $0).contains(page) }
        } ?? articles.first
        guard let chosen = article ?? objects.first(where: { Self.types(of: $0).contains { Self.pageTypes.contains($0) } })
        else { return }
        isArticle = article != nil
        headline = Self.string(chosen["headline"]) ?? Self.string(chosen["name"])
        authors = Self.names(chosen["author"], byID: byID)
        published = Self.string(chosen["datePublished"]) ?? Self.string(chosen["dateCreated"])
            ?? (Self.isCambrian(chosen) ? Self.string(chosen["pubDate"]) : nil)
        language = Self.string(chosen["inLanguage"])
            ?? (chosen["inLanguage"] as? [String: Any]).flatMap { Self.string($0["name"]) }
        publisher = Self.names(chosen["publisher"], byID: byID).first
        sections = ((chosen["articleSection"] as? [Any]) ?? [chosen["articleSection"] as Any])
            .compactMap { Self.string($0) }
    }

    /// The URLs an article object names itself by, comparable (`comparableURL`).
    private static func urls(of object: [String: Any]) -> [String] {
        var values = [object["url"], object["@id"], object["mainEntityOfPage"]]
        if let main = object["mainEntityOfPage"] as? [String: Any] { values += [main["@id"], main["url"]] }
        return values.compactMap { ($0 as? String).flatMap(comparableURL) }
    }

    /// `https://www.site.com/a/b/?x#y` → `site.com/a/b`; nil for a value that is not a URL.
    static func comparableURL(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        // A String of its own: Foundation's index is not known to start a Character, and each step in a Substring
        // from it rounds down by walking back (quadratic over a run of flags, whose every step back counts the run).
        let after = String(url[scheme.upperBound...])
        var rest = after.prefix { $0 != "?" && $0 != "#" }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        // `index(before:)`, not `dropLast()`, which measures the rest each time (a URL ending in a million `/`).
        while rest.hasSuffix("/") { rest = rest[..<rest.index(before: rest.endIndex)] }
        return rest.isEmpty ? nil : rest.lowercased()
    }

    private static func decode(_ block: String) -> Any? {
        let data = Data(block.utf8)
        if let value = try? JSONSerialization.jsonObject(with: data) { return value }
        // Raw control characters inside strings are the usual fault; replace them and retry.
        let cleaned = String(block.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8))
    }

    /// Every object reachable through arrays, `@graph` and `mainEntity`, breadth first.
    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8, objects.count < 200 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &objects, depth: depth + 1) }
            if let main = object["mainEntityOfPage"] as? [String: Any], main["@type"] != nil {
                collect(main, into: &objects, depth: depth + 1)
            }
        }
    }

    /// Whether the object is in Baidu's cambrian vocabulary (its `@context` names `cambrian.jsonld`).
    private static func isCambrian(_ object: [String: Any]) -> Bool {
        (object["@context"] as? String)?.lowercased().contains("/contexts/cambrian.jsonld") == true
    }

    static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = TextFolding.trimmed(decodeEntities(text))
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a string, an object with `name` (or an `@id` into the graph), or an array.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        if let text = string(value as? String) { return [text] }
        if let array = value as? [Any] {
            var result: [String] = []
            for element in array.prefix(12) {
                for name in names(element, byID: byID) where !result.contains(name) { result.append(name) }
            }
            return result
        }
        guard var object = value as? [String: Any] else { return [] }
        if object["name"] == nil, let id = object["@id"] as? String, let target = byID[id] { object = target }
        if let name = string(object["name"]) { return [name] }
        let parts = [string(object["givenName"]), string(object["familyName"])].compactMap { $0 }
        return parts.isEmpty ? [] : [parts.joined(separator: " ")]
    }
}
