import ArticleParsing
import Foundation

/// One entry of `index.json`: every Article field except `body`, plus where the original was
/// archived and when it was indexed. See docs/index-format.md (the contract other programs read).
///
/// Encoding always writes every key, `null` included, so readers never have to tell a missing
/// key from an unknown value. Timestamps are whole seconds, ISO 8601 UTC (`...Z`).
public struct IndexEntry: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var authors: [String]
    public var source: String?
    public var site: String?
    public var published: String?
    public var language: String?
    public var lede: String
    public var wordCount: Int
    public var format: Article.Format
    /// The summary the file declares (front matter `description`), or nil.
    public var summary: String?
    /// Derived from the text (see `Enrichment`). Optional so that entries written before these
    /// fields existed still load; they are then nil, and written back as empty.
    public var places: [Place]?
    public var amounts: [Amount]?
    public var keywords: [String]?
    public var readingMinutes: Int?
    /// The archived original, relative to the state directory (`archive/2026/02/<id>.txt`).
    public var archivedPath: String
    /// The file name it had in the inbox.
    public var originalName: String
    /// When this id was first indexed; kept when the article is indexed again.
    public var indexedAt: Date
    /// When this entry last changed (equal to `indexedAt` until it is re-indexed).
    public var updatedAt: Date
    /// Which story this is (`StoryIdentity`); nil only when read from an older index.
    public var storyId: String?
    /// Earlier versions of the story this entry replaced, oldest first (StoryVersions.swift).
    public var previousVersions: [StoryVersion]?

    public init(
        article: Article, archivedPath: String, originalName: String, indexedAt: Date,
        updatedAt: Date
    ) {
        self.init(article: article, archivedPath: archivedPath, originalName: originalName, indexedAt: indexedAt,
                  updatedAt: updatedAt, storyId: StoryIdentity.id(of: article))
    }

    /// As the public init, with the article's `StoryIdentity.id` already computed (it folds
    /// the title through Foundation: worth doing once per article, not twice).
    init(article: Article, archivedPath: String, originalName: String, indexedAt: Date, updatedAt: Date, storyId: String) {
        id = article.id
        title = article.title
        authors = article.authors
        source = article.source
        site = article.site
        published = article.published
        language = article.language
        lede = article.lede
        wordCount = article.wordCount
        format = article.format
        summary = article.summary
        places = article.places
        amounts = article.amounts
        keywords = article.keywords
        readingMinutes = article.readingMinutes
        self.archivedPath = archivedPath
        self.originalName = originalName
        self.indexedAt = indexedAt
        self.updatedAt = updatedAt
        self.storyId = storyId
        previousVersions = []
    }

    /// The full article, given its body (which the index does not hold).
    public func article(body: [String]) -> Article {
        Article(
            id: id, title: title, authors: authors, source: source, site: site,
            published: published, language: language, summary: summary, lede: lede, body: body,
            wordCount: wordCount, format: format, places: places ?? [], amounts: amounts ?? [],
            keywords: keywords ?? [], readingMinutes: readingMinutes)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, authors, source, site, published, language, lede, wordCount, format
        case archivedPath, originalName, indexedAt, updatedAt
        case summary, places, amounts, keywords, readingMinutes
        case storyId, previousVersions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encodeFields(into: &container)
    }

    func encodeFields(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        try container.encode(source, forKey: .source)
        try container.encode(site, forKey: .site)
        try container.encode(published, forKey: .published)
        try container.encode(language, forKey: .language)
        try container.encode(lede, forKey: .lede)
        try container.encode(wordCount, forKey: .wordCount)
        try container.encode(format, forKey: .format)
        try container.encode(summary, forKey: .summary)
        try container.encode(places ?? [], forKey: .places)
        try container.encode(amounts ?? [], forKey: .amounts)
        try container.encode(keywords ?? [], forKey: .keywords)
        try container.encode(readingMinutes ?? Article.readingMinutes(forWords: wordCount), forKey: .readingMinutes)
        try container.encode(archivedPath, forKey: .archivedPath)
        try container.encode(originalName, forKey: .originalName)
        try container.encode(indexedAt, forKey: .indexedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(effectiveStoryID, forKey: .storyId)
        try container.encode(previousVersions ?? [], forKey: .previousVersions)
    }
}

/// The full record of one article, `articles/<id>.json`: the index entry's fields plus `body`.
public struct ArticleRecord: Codable, Sendable, Equatable {
    public var entry: IndexEntry
    /// The body as paragraphs, in order.
    public var body: [String]

    public init(entry: IndexEntry, body: [String]) {
        self.entry = entry
        self.body = body
    }

    /// The parsed article this record was made from.
    public var article: Article { entry.article(body: body) }

    private enum BodyKey: String, CodingKey { case body }

    public init(from decoder: any Decoder) throws {
        entry = try IndexEntry(from: decoder)
        body = try decoder.container(keyedBy: BodyKey.self).decode([String].self, forKey: .body)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: IndexEntry.CodingKeys.self)
        try entry.encodeFields(into: &fields)
        var bodyContainer = encoder.container(keyedBy: BodyKey.self)
        try bodyContainer.encode(body, forKey: .body)
    }
}

/// The whole of `index.json`.
struct IndexDocument: Codable {
    var schemaVersion: Int
    var generatedAt: Date
    var articles: [IndexEntry]
}

/// The JSON conventions of every file ArticleIndex writes (dates: `UTCTimestamp`, UTC, whole seconds).
enum IndexCoding {
    static func makeEncoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(UTCTimestamp.format(date))
        }
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            guard let date = UTCTimestamp.parse(try container.decode(String.self)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected date string to be ISO8601-formatted.")
            }
            return date
        }
        return decoder
    }

    /// `date` truncated to whole seconds, as it will read back from disk.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }

    /// Ids name files: exactly 16 lowercase hexadecimal digits.
    static func isValidID(_ id: String) -> Bool {
        id.utf8.count == 16 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
