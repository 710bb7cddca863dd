/// Adds what is derived from an assembled article's text: countries named (`PlaceFinder`), sums of
/// money (`AmountFinder`), keywords (`KeywordExtractor`) and reading time (230 words a minute).
///
/// Contract: reads only `title`, `body`, `language` and `wordCount`; sets `places`, `amounts`,
/// `keywords`, `readingMinutes`; everything else is returned unchanged. Pure; never fails.
enum Enrichment {
    static func enrich(_ article: Article) -> Article {
        var article = article
        let language = article.language
        article.places = PlaceFinder(language: language).places(title: article.title, body: article.body)
        article.amounts = AmountFinder(language: language).amounts(in: article.body)
        article.keywords = KeywordExtractor(language: language).keywords(title: article.title, body: article.body)
        article.readingMinutes = Article.readingMinutes(forWords: article.wordCount)
        return article
    }
}
