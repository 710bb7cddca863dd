/// A parsed news article: the value every other module passes around.
///
/// Field names are part of the index contract (docs/index-format.md): never rename or retype one
/// without bumping the index `schemaVersion`. Adding a field is allowed within a version, so
/// readers must ignore fields they do not know and treat a missing new field as empty.
public struct Article: Codable, Sendable, Equatable {
    /// The source format the parser recognised.
    public enum Format: String, Codable, Sendable {
        case text, markdown, html
    }

    /// Stable identifier: the first 16 hex digits of the SHA-256 of the file's bytes.
    public var id: String
    public var title: String
    public var authors: [String]
    /// The agency or original publisher (`Agence Ecofin`, `Reuters`), or nil.
    public var source: String?
    /// Where the clipping was published (`OSIRIS`), or nil.
    public var site: String?
    /// `YYYY-MM-DD`, or an ISO 8601 date-time with offset when the time is known; nil if unknown.
    public var published: String?
    /// ISO 639-1 code (`fr`, `en`, ...), or nil when undetermined.
    public var language: String?
    /// A one-paragraph summary the file itself declares (front matter `description`, or the
    /// page's meta description), or nil.
    public var summary: String?
    /// The first paragraph of the body.
    public var lede: String
    /// The body as paragraphs, in order.
    public var body: [String]
    public var wordCount: Int
    public var format: Format
    /// Countries named in the title and body, most mentioned first (`PlaceFinder`).
    public var places: [Place]
    /// Sums of money in the body, in order of appearance (`AmountFinder`).
    public var amounts: [Amount]
    /// Terms that characterise the article, best first (`KeywordExtractor`).
    public var keywords: [String]
    /// Reading time at 230 words a minute, rounded up, at least 1.
    public var readingMinutes: Int

    public init(
        id: String, title: String, authors: [String], source: String?, site: String?,
        published: String?, language: String?, summary: String? = nil, lede: String,
        body: [String], wordCount: Int, format: Format, places: [Place] = [],
        amounts: [Amount] = [], keywords: [String] = [], readingMinutes: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.authors = authors
        self.source = source
        self.site = site
        self.published = published
        self.language = language
        self.summary = summary
        self.lede = lede
        self.body = body
        self.wordCount = wordCount
        self.format = format
        self.places = places
        self.amounts = amounts
        self.keywords = keywords
        self.readingMinutes = readingMinutes ?? Self.readingMinutes(forWords: wordCount)
    }

    /// `words / 230`, rounded up, never less than 1.
    public static func readingMinutes(forWords words: Int) -> Int {
        max(1, (words + 229) / 230)
    }
}
