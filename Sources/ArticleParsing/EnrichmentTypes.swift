import ArticleEnrichment

/// The enrichment's value types (`ArticleEnrichment`), named here too: they are fields of
/// `Article`, and the rest of the package imports only `ArticleParsing`.
public typealias Place = ArticleEnrichment.Place
public typealias Amount = ArticleEnrichment.Amount
