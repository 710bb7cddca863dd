/// What `HTMLDates` reads of a page besides its tree and its bytes: the facts the HTML
/// extraction gathered in its one pass (`HTMLMetadata`, `HTMLJSONLD`), handed over as one value
/// so that page dates never name the extraction's types (the extraction imports page dates,
/// never the reverse; `PageDateFacts(metadata:jsonLD:)` in HTMLExtraction builds it).
///
/// Contract: the values as the extraction read them, nothing recomputed or checked here.
/// `titleDateSegment` is the extraction's title rule (`HTMLTitle.dateSegment`): the date segment
/// that ends a `<title>` or `<h1>` (`… | DW | 28.04.2023` → `28.04.2023`), or nil.
package struct PageDateFacts {
    /// The elements that can state a date, noted during the extraction's pass.
    package var markup: HTMLDateMarkup
    /// The `<link rel="canonical">` URL.
    package var canonicalURL: String?
    /// The first `og:image` `<meta>` value, empty or not.
    package var imageURL: String?
    /// The node index of the page's first non-empty `<h1>`.
    package var firstHeading: Int?
    /// Whether the JSON-LD facts come from an article object (not a plain web page).
    package var jsonLDIsArticle: Bool
    /// That object's `datePublished` (else `dateCreated`, or a cambrian `pubDate`).
    package var jsonLDPublished: String?
    package var titleDateSegment: (String) -> String?

    package init(
        markup: HTMLDateMarkup, canonicalURL: String?, imageURL: String?, firstHeading: Int?,
        jsonLDIsArticle: Bool, jsonLDPublished: String?, titleDateSegment: @escaping (String) -> String?
    ) {
        self.markup = markup
        self.canonicalURL = canonicalURL
        self.imageURL = imageURL
        self.firstHeading = firstHeading
        self.jsonLDIsArticle = jsonLDIsArticle
        self.jsonLDPublished = jsonLDPublished
        self.titleDateSegment = titleDateSegment
    }
}
