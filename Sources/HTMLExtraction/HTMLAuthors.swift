import Foundation
import HTMLTree
import TextLayouts
import TextToolkit

/// The authors a page names, from the most to the least reliable place that names any.
///
/// Contract: sources in order are JSON-LD article `author`; `<meta>` `author`, `article:author`,
/// `dc.creator`, `parsely-author`, `sailthru.author`, `byl`; microdata `author`; then byline
/// elements (`rel=author` links, class `byline`/`author`), preferring those inside the article.
/// The first source that yields a person's name wins (names equal to the site's, and values
/// that are only acronyms such as `NDR` or `AFP`, an organisation's, are kept only as a last
/// resort). Each value is cleaned: URLs and e-mail addresses are dropped, a leading
/// `By`/`Par`/`Von`/`Por`/`Di` or label (`Autor/in:`, `Author:`, `Auteur :`) and trailing dates, reading times or roles
/// after `|`, `•`, ` - ` or a digit are cut, several names are split (`,`, `;`, `and`, `et`,
/// `und`, `y`, `&`). At most 6 names, without duplicates. Pure; never fails.
package enum HTMLAuthors {
    private static let metaKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
        "byl", "og:article:author", "twitter:creator:name",
    ]

    /// - Parameter siteNames: the site's and publisher's names; an author equal to one of them
    ///   (`NDR`, `National Geographic`) is used only when no source names a person.
    package static func find(
        metadata: HTMLMetadata, jsonLD: HTMLJSONLD, siteNames: [String], article: Int?, document: HTMLDocument
    ) -> [String] {
        let sites = Set(siteNames.map(HTMLTitle.letters).filter { !$0.isEmpty })
        var fallback: [String] = []
        func accept(_ names: [String]) -> [String]? {
            let people = names.filter { !sites.contains(HTMLTitle.letters($0)) && !isAcronym($0) }
            if !people.isEmpty { return people }
            if fallback.isEmpty { fallback = names }
            return nil
        }
        if jsonLD.isArticle, let names = accept(clean(jsonLD.authors)) { return names }
        for key in metaKeys {
            if let names = accept(clean(metadata.meta[key] ?? [])) { return names }
        }
        if let names = accept(clean((metadata.microdata["author"] ?? []).map(\.value))) { return names }
        var bylines = metadata.bylines
        if let article {
            let range = article..<Int(document.nodes[article].end)
            let inside = bylines.filter { range.contains($0.index) }
            if !inside.isEmpty { bylines = inside }
        }
        for byline in bylines {
            if let names = accept(clean([byline.text])) { return names }
        }
        if !jsonLD.isArticle, let names = accept(clean(jsonLD.authors)) { return names }
        return fallback
    }

    /// Names from values already decoded (libxml2 decodes attributes and text, `HTMLJSONLD` its
    /// strings: no second decoding here), cleaned and split; values that do not look like names
    /// are dropped.
    static func clean(_ values: [String]) -> [String] {
        var result: [String] = []
        for value in values {
            for name in names(in: value) where !result.contains(name) && result.count < 6 {
                result.append(name)
            }
        }
        return result
    }

    private static let edgePunctuation = CharacterSet(charactersIn: ",;:/|-–—•·*").union(.whitespaces)

    private static let prefixes = [
        "written by ", "posted by ", "by ", "par ", "von ", "por ", "di ", "autor/in:", "autorin:", "autor:",
        "author:", "auteur :", "auteur:", "autore:",
    ]

    /// One word of 2 to 5 capital letters (`NDR`, `AFP`, `BBC`): an organisation, not a person.
    static func isAcronym(_ name: String) -> Bool {
        (2...5).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    private static func names(in value: String) -> [String] {
        var text = TextFolding.trimmed(value)
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
        text = TextFolding.trimmed(text.trimmingCharacters(in: Self.edgePunctuation))
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
