import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`).
///
/// Contract: looks through every block (a single object, an array, `@graph`, nested `mainEntity`)
/// for an object whose `@type` (string or array) is an article type (`NewsArticle`, `Article`,
/// `ReportageNewsArticle`, `BlogPosting`, …); the first one found supplies `headline` (or `name`),
/// `author` (a string, an object with `name`, or an array of either; `@id` references into
/// `@graph` are resolved), `datePublished` (else `dateCreated`), `inLanguage` and
/// `publisher.name`. When no article object exists, a `WebPage` supplies the same fields as a
/// weaker fallback. Malformed JSON (common: raw newlines, trailing commas) is skipped after one
/// lenient retry. Pure; never fails.
struct HTMLJSONLD {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var language: String?
    var publisher: String?
    /// True when the facts come from an article object (not a plain web page).
    var isArticle = false

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
        "liveblogposting", "scholarlyarticle", "techarticle", "report", "posting",
    ]
    private static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "collectionpage"]

    init(blocks: [String]) {
        var objects: [[String: Any]] = []
        for block in blocks {
            guard let value = Self.decode(block) else { continue }
            Self.collect(value, into: &objects, depth: 0)
        }
        let byID = Dictionary(
            objects.compactMap { object in (object["@id"] as? String).map { ($0, object) } },
            uniquingKeysWith: { first, _ in first })
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
        guard let chosen = article ?? objects.first(where: { Self.types(of: $0).contains { Self.pageTypes.contains($0) } })
        else { return }
        isArticle = article != nil
        headline = Self.string(chosen["headline"]) ?? Self.string(chosen["name"])
        authors = Self.names(chosen["author"], byID: byID)
        published = Self.string(chosen["datePublished"]) ?? Self.string(chosen["dateCreated"])
        language = Self.string(chosen["inLanguage"])
            ?? (chosen["inLanguage"] as? [String: Any]).flatMap { Self.string($0["name"]) }
        publisher = Self.names(chosen["publisher"], byID: byID).first
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
