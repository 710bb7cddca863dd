/// The authors a page names, from the most to the least reliable place that names any.
///
/// Contract: sources in order are JSON-LD article `author`; `<meta>` `author`, `article:author`,
/// `dc.creator`, `parsely-author`, `sailthru.author`, `byl`; microdata `author`; then byline
/// elements (`rel=author` links, class `byline`/`author`), preferring those inside the article.
/// The first source that yields a name wins. Each value is cleaned: URLs and e-mail addresses are
/// dropped, a leading `By`/`Par`/`Von`/`Por`/`Di` and trailing dates, reading times or roles
/// after `|`, `•`, ` - ` or a digit are cut, several names are split (`,`, `;`, `and`, `et`,
/// `und`, `y`, `&`). At most 6 names, without duplicates. Pure; never fails.
enum HTMLAuthors {
    private static let metaKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
        "byl", "og:article:author", "twitter:creator:name",
    ]

    static func find(metadata: HTMLMetadata, jsonLD: HTMLJSONLD, article: Int?, document: HTMLDocument) -> [String] {
        if jsonLD.isArticle, case let names = clean(jsonLD.authors), !names.isEmpty { return names }
        for key in metaKeys {
            let names = clean(metadata.meta[key] ?? [])
            if !names.isEmpty { return names }
        }
        let micro = clean((metadata.microdata["author"] ?? []).map(\.value))
        if !micro.isEmpty { return micro }
        var bylines = metadata.bylines
        if let article {
            let range = article..<Int(document.nodes[article].end)
            let inside = bylines.filter { range.contains($0.index) }
            if !inside.isEmpty { bylines = inside }
        }
        for byline in bylines {
            let names = clean([byline.text])
            if !names.isEmpty { return names }
        }
        return jsonLD.isArticle ? [] : clean(jsonLD.authors)
    }

    /// Names from raw values, cleaned and split; values that do not look like names are dropped.
    static func clean(_ values: [String]) -> [String] {
        var result: [String] = []
        for value in values {
            for name in names(in: value) where !result.contains(name) && result.count < 6 {
                result.append(name)
            }
        }
        return result
    }

    private static let prefixes = ["written by ", "posted by ", "by ", "par ", "von ", "por ", "di "]

    private static func names(in value: String) -> [String] {
        var text = TextFolding.trimmed(decodeEntities(value))
        if text.hasPrefix("http") || text.hasPrefix("www.") || text.hasPrefix("@") { return [] }
        let lowered = text.lowercased()
        if let prefix = prefixes.first(where: { lowered.hasPrefix($0) }) {
            text = TextFolding.trimmed(text.dropFirst(prefix.count))
        }
        if let cut = text.firstIndex(where: { "|•·\n(".contains($0) || $0.isNumber }) {
            text = TextFolding.trimmed(text[..<cut])
        }
        for separator in [" - ", " – ", " — "] {
            if let range = text.range(of: separator) { text = TextFolding.trimmed(text[..<range.lowerBound]) }
        }
        while let last = text.last, ",;:".contains(last) { text.removeLast() }
        guard !text.isEmpty, !text.contains("@"), !text.contains("://") else { return [] }
        if let names = Bylines.names(text) { return names }
        // Not every real name passes the byline test (all capitals, one word, particles): keep a
        // short value with letters as a single name rather than lose it.
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 60, text.contains(where: \.isLetter),
            !text.hasSuffix(".")
        else { return [] }
        return [text]
    }
}
