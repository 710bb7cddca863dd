/// What is derived from an assembled article's text: countries named (`PlaceFinder`), sums of
/// money (`AmountFinder`) and keywords (`KeywordExtractor`).
///
/// Contract: reads only the title, the body paragraphs and the language; the façade puts the
/// result into the `Article` (its reading time comes from the word count). Pure; never fails.
package enum Enrichment {
    package struct Derived {
        package var places: [Place]
        package var amounts: [Amount]
        package var keywords: [String]
    }

    package static func derive(title: String, body: [String], language: String?) -> Derived {
        Derived(
            places: PlaceFinder(language: language).places(title: title, body: body),
            amounts: AmountFinder(language: language).amounts(in: body),
            keywords: KeywordExtractor(language: language).keywords(title: title, body: body))
    }
}
