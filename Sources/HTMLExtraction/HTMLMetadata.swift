import HTMLTree
import PageDates
import TextToolkit

/// Everything a page says about itself outside the article text, collected in one pass.
///
/// Contract: `<meta>` tags are keyed by their lowercased `name`, `property`, `itemprop` or
/// `http-equiv` (all values kept, in order); the `<html lang>`, `<title>`, every `<h1>`, the
/// JSON-LD blocks, the canonical URL, the titles of RSS/Atom feed links (at most 4), microdata
/// (`itemprop` author, headline, datePublished) and byline elements (`rel=author`, class
/// `byline`/`author`) are recorded with their position so callers can prefer ones in the
/// article; the elements that can state a date are noted in `dateMarkup`. Pure; never fails.
package struct HTMLMetadata {
    var meta: [String: [String]] = [:]
    package var language: String?
    var title: String?
    /// `(node index, text)` of every non-empty `<h1>`.
    package var headings: [(index: Int, text: String)] = []
    package var jsonLD: [String] = []
    package var canonicalURL: String?
    /// `title` of `<link rel="alternate">` to an RSS or Atom feed (`Site » Feed`), at most 4.
    var feedTitles: [String] = []
    var microdata: [String: [(index: Int, value: String)]] = [:]
    /// `(node index, text)` of elements that name an author.
    var bylines: [(index: Int, text: String)] = []
    var dateMarkup = HTMLDateMarkup()

    /// The first value of a `<meta>` key that is not empty.
    package func first(_ key: String) -> String? {
        meta[key]?.first { !$0.isEmpty }
    }

    package init(_ document: HTMLDocument) {
        var position = 0
        while position < document.count {
            let tag = document.tag(position)
            switch tag {
            case .meta:
                readMeta(document, position)
            case .html where language == nil:
                language = document.attribute(.lang, of: position) ?? document.attribute(.xmlLang, of: position)
            case .title where title == nil:
                let text = document.text(of: position, limit: Self.headlineLimit)
                if !text.isEmpty { title = text }
            case .h1:
                let text = document.text(of: position, limit: Self.headlineLimit)
                if !text.isEmpty { headings.append((position, text)) }
            case .script:
                if let type = document.lowercased(.type, of: position), Self.namesJSONLD(type) {
                    jsonLD.append(document.rawText(of: position))
                }
            case .link:
                let rel = document.lowercased(.rel, of: position)
                if rel == "canonical" {
                    canonicalURL = canonicalURL ?? document.attribute(.href, of: position)
                } else if rel == "alternate", feedTitles.count < 4, let type = document.lowercased(.type, of: position),
                    type.hasSuffix("rss+xml") || type.hasSuffix("atom+xml"),
                    let title = document.attribute(.title, of: position)
                {
                    feedTitles.append(title)
                }
            default:
                break
            }
            if tag != .document, tag != .text {
                readMicrodata(document, position, tag)
                readByline(document, position, tag)
                dateMarkup.note(document, position, tag)
            }
            position += 1
        }
    }

    private mutating func readMeta(_ document: HTMLDocument, _ position: Int) {
        guard let content = document.attribute(.content, of: position) else { return }
        let keys: [HTMLAttribute] = [.name, .property, .itemprop, .httpEquiv]
        for attribute in keys {
            guard let key = document.lowercased(attribute, of: position), !key.isEmpty else { continue }
            meta[key, default: []].append(content)
        }
    }

    private mutating func readMicrodata(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) {
        guard tag != .meta, let property = document.lowercased(.itemprop, of: position) else { return }
        for name in property.split(separator: " ") where Self.microdataKeys.contains(String(name)) {
            let value = document.attribute(.content, of: position)
                ?? document.attribute(.datetime, of: position)
                ?? nonEmpty(document.text(of: position, limit: 400))
            if let value { microdata[String(name), default: []].append((position, value)) }
        }
    }

    private static let microdataKeys: Set<String> = ["author", "name", "headline", "datepublished"]

    private static let bylineHints = NeedleSet(["author", "byline", "fn"], ignoringCase: true)

    private mutating func readByline(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) {
        guard bylines.count < 20 else { return }
        let isAuthorLink = tag == .a && document.attribute(.rel, of: position, containsAnyOf: Self.bylineHints)
        var isBylineClass = false
        // Every token the rule accepts holds `author`, `byline` or `fn` (any case): a class
        // value without one (nearly all) is decided by the needle search alone.
        if !isAuthorLink, tag != .html, tag != .body, tag != .article, tag != .meta,
            let value = document.attributeBytes(.class, of: position), Self.bylineHints.occurs(in: value)
        {
            if let ascii = Self.namesByline(value) {
                isBylineClass = ascii
            } else if let names = document.lowercased(.class, of: position) {
                isBylineClass = names.split(separator: " ").contains { token in
                    token.hasSuffix("byline") || token == "author" || token.hasSuffix("author-name")
                        || token.hasSuffix("__author") || token.hasSuffix("-author") || token == "author-link"
                        || token == "authors" || token == "fn"
                }
            }
        }
        guard isAuthorLink || isBylineClass else { return }
        let text = document.text(of: position, limit: 1024)
        if !text.isEmpty, TextFolding.hasAtMost(text, 160) { bylines.append((position, text)) }
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// For an ASCII `class` value: whether a token names a byline, by the rule `readByline`
    /// applies to the lowercased tokens (every such token holds `author`, `byline` or `fn`, so
    /// its prefilter is implied), decided on the bytes; nil for a value with other bytes.
    static func namesByline(_ value: ArraySlice<UInt8>) -> Bool? {
        guard value.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        var start = value.startIndex
        while start < value.endIndex {
            guard !isSpace(value[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < value.endIndex, !isSpace(value[end]) { end += 1 }
            if namesByline(token: value[start..<end]) { return true }
            start = end
        }
        return false
    }

    /// `readByline`'s rule for one non-empty ASCII token, any letter case.
    private static func namesByline(token: ArraySlice<UInt8>) -> Bool {
        func ends(_ suffix: [UInt8]) -> Bool {
            token.count >= suffix.count && zip(token.suffix(suffix.count), suffix).allSatisfy { ASCII.lowercased($0) == $1 }
        }
        func equals(_ word: [UInt8]) -> Bool { token.count == word.count && ends(word) }
        return ends(bylineSuffix) || equals(authorWord) || ends(authorNameSuffix) || ends(underscoreAuthorSuffix)
            || ends(dashAuthorSuffix) || equals(authorLinkWord) || equals(authorsWord) || equals(fnWord)
    }

    private static let bylineSuffix = Array("byline".utf8)
    private static let authorWord = Array("author".utf8)
    private static let authorNameSuffix = Array("author-name".utf8)
    private static let underscoreAuthorSuffix = Array("__author".utf8)
    private static let dashAuthorSuffix = Array("-author".utf8)
    private static let authorLinkWord = Array("author-link".utf8)
    private static let authorsWord = Array("authors".utf8)
    private static let fnWord = Array("fn".utf8)

    private static let ldJSON = Array("ld+json".utf8)

    /// `type.contains("ld+json")` (Foundation's), decided on the bytes when the value is ASCII
    /// (a substring of ASCII text is a byte substring: the same answer).
    static func namesJSONLD(_ type: String) -> Bool {
        guard type.utf8.allSatisfy({ $0 < 0x80 }) else { return type.contains("ld+json") }
        let bytes = Array(type.utf8)
        guard bytes.count >= ldJSON.count else { return false }
        for start in 0...(bytes.count - ldJSON.count) where bytes[start] == ldJSON[0] {
            if bytes[start..<(start + ldJSON.count)].elementsEqual(ldJSON) { return true }
        }
        return false
    }

    /// Bytes of a `<title>` or `<h1>` read at most: far more than any headline, and a bound on
    /// the work when elements nest around a huge text (each reads its whole subtree).
    static let headlineLimit = 4096
}
