import TextToolkit

/// The name of the feed an item was read from (`Feed: Reuters – Economía`, `Canal: "MARRIOTT" -
/// Google Noticias`, `Flux : news.example.org – Économie`), as a terminal or desktop feed
/// reader prints it above the item.
///
/// Contract: `publication(_:)` returns the publication a feed's name gives: without a section
/// after an en or em dash or a spaced hyphen (`Reuters – Economía`, `Reuters - Wirtschaft` → `Reuters`, when the last part's words are
/// section words, `ExportLines.isSectionWord`); nil for a news aggregator's feed (Google News in
/// its languages, Bing News, Yahoo News, Apple News; its items' titles end ` - Publisher`) and for
/// a bare web address. `isAggregator(_:)` says whether a feed's name is an aggregator's. Pure.
enum FeedNames {
    static func publication(_ name: String) -> String? {
        guard !isAggregator(name) else { return nil }
        var text = LineBytes.trimmed(name)
        for dash in [" – ", " — ", " - "] {
            // The dash's bytes first: a name without them holds no such Characters (no other scalar sequence is
            // canonically equivalent to a space, a dash or a hyphen), so a 4 MiB header is not searched Character by
            // Character three times (Unstructured's elements, `LayoutParagraphs.elements`: 0.4 s).
            guard LineBytes.contains(text, bytes: dash), let range = text.ranges(of: dash).last else { continue }
            let tail = text[range.upperBound...]
            if !tail.isEmpty, LineBytes.words(tail).allSatisfy({ ExportLines.isSectionWord(TextFolding.fold($0)) }) {
                text = LineBytes.trimmed(text[..<range.lowerBound])
            }
        }
        // `news.example.org`: a site's address, no publication's name.
        if !text.contains(" "), text.contains("."), text.first?.isLowercase == true { return nil }
        return text.isEmpty ? nil : text
    }

    static func isAggregator(_ name: String) -> Bool {
        let folded = TextFolding.fold(name)
        return aggregators.contains { folded.hasSuffix($0) || folded.hasPrefix($0) }
    }

    private static let aggregators = [
        "google news", "google noticias", "google actualites", "google notizie", "google noticias", "google nachrichten",
        "google noticia", "bing news", "yahoo news", "yahoo actualites", "yahoo nachrichten", "apple news",
    ]

    /// `Title - Reuters` under an aggregator's feed: the title and the publisher; nil when the
    /// title holds no ` - ` or the publisher would be more than six words.
    static func aggregatedTitle(_ title: String) -> (title: String, publisher: String)? {
        guard let range = title.ranges(of: " - ").last else { return nil }
        let publisher = LineBytes.trimmed(title[range.upperBound...])
        let rest = LineBytes.trimmed(title[..<range.lowerBound])
        guard !publisher.isEmpty, !rest.isEmpty, LineBytes.words(publisher).count <= 6 else { return nil }
        return (rest, publisher)
    }
}
