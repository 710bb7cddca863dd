import PageDates

extension PageDateFacts {
    /// What page dates read of the page, from the extraction's reading of it: the date markup
    /// `HTMLMetadata` noted, its canonical URL, first `og:image` and first `<h1>`, the JSON-LD
    /// article's date, and the title rule `HTMLTitle.dateSegment`. Pure.
    package init(metadata: HTMLMetadata, jsonLD: HTMLJSONLD) {
        self.init(
            markup: metadata.dateMarkup, canonicalURL: metadata.canonicalURL, imageURL: metadata.meta["og:image"]?.first,
            firstHeading: metadata.headings.first?.index, jsonLDIsArticle: jsonLD.isArticle,
            jsonLDPublished: jsonLD.published, titleDateSegment: HTMLTitle.dateSegment(in:))
    }
}
