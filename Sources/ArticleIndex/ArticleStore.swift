import ArticleParsing
import Foundation

/// One entry of `index.json`: every Article field except `body`, plus where the original was
/// archived and when it was indexed. See docs/index-format.md.
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
    /// The archived original, relative to the state directory (`archive/2026/02/<id>.txt`).
    public var archivedPath: String
    /// The file name it had in the inbox.
    public var originalName: String
    public var indexedAt: Date
    public var updatedAt: Date
}

/// The persistent index: `index.json` plus one full record per article in `articles/<id>.json`.
///
/// Not thread-safe: one owner (the ingest loop) adds and flushes. `add` changes memory only;
/// `flush` makes every added article durable (records, then `index.json` by atomic rename) and
/// throws without touching the previous `index.json` if the disk refuses.
public final class ArticleStore {
    public let stateDirectory: URL

    /// Loads `index.json` from `stateDirectory` (creating the directory if needed).
    /// Throws `IndexLoadError` if the file exists but is not a valid index.
    public init(stateDirectory: URL) throws {
        self.stateDirectory = stateDirectory
    }

    public var count: Int { 0 }
    public func contains(id: String) -> Bool { false }
    public func entry(id: String) -> IndexEntry? { nil }
    /// All entries, in indexing order.
    public var entries: [IndexEntry] { [] }
    /// True when something was added since the last successful flush.
    public var hasUnflushedChanges: Bool { false }

    /// Adds (or replaces, same id) an article in memory.
    public func add(_ article: Article, archivedPath: String, originalName: String, at date: Date) {}

    /// Writes every pending change durably. On failure nothing already durable is damaged and
    /// the pending changes stay pending, so a later flush can retry.
    public func flush(now: Date) throws {}
}
