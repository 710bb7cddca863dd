/// A parsed news article: the value every other module passes around.
///
/// Field names are part of the index contract (docs/index-format.md): never rename or retype one
/// without bumping the index `schemaVersion`.
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
    /// The first paragraph of the body.
    public var lede: String
    /// The body as paragraphs, in order.
    public var body: [String]
    public var wordCount: Int
    public var format: Format

    public init(
        id: String, title: String, authors: [String], source: String?, site: String?,
        published: String?, language: String?, lede: String, body: [String], wordCount: Int,
        format: Format
    ) {
        self.id = id
        self.title = title
        self.authors = authors
        self.source = source
        self.site = site
        self.published = published
        self.language = language
        self.lede = lede
        self.body = body
        self.wordCount = wordCount
        self.format = format
    }
}
