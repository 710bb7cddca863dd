import DateReading

/// The parser's day arithmetic (`DateReading.CivilDays`), named here too so that the index's
/// timestamps (ArticleIndex) share it while importing only `ArticleParsing`.
public typealias CivilDays = DateReading.CivilDays
