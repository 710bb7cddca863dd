/// Turns the bytes of one article file into an `Article`.
///
/// Pure: no file system, no clock, no globals. The same bytes always give the same Article.
/// Fails with `ArticleParseError` when the bytes are not an article a person would recognise
/// (empty, binary, no title to be found); the error says what failed and what to do.
public struct ArticleParser: Sendable {
    public init() {}

    /// - Parameters:
    ///   - bytes: the whole file, as read from disk.
    ///   - fileName: the original file name; only its extension is used, as a hint.
    public func parse(_ bytes: [UInt8], fileName: String? = nil) throws(ArticleParseError) -> Article {
        throw ArticleParseError(reason: "not implemented yet", hint: "")
    }
}

/// Why a file is not an article, and what the person who dropped it can do about it.
public struct ArticleParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed, e.g. "the file is empty" or "the file looks binary (PNG image)".
    public var reason: String
    /// What to do, e.g. "save the article as UTF-8 text, Markdown or HTML and drop it again".
    public var hint: String

    public init(reason: String, hint: String) {
        self.reason = reason
        self.hint = hint
    }

    public var description: String { hint.isEmpty ? reason : "\(reason); \(hint)" }
}
