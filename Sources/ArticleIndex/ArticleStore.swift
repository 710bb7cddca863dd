import ArticleParsing
import DurableIO
import Foundation

/// The persistent index: `index.json` plus one full record per article in `articles/<id>.json`,
/// both under `stateDirectory`. See docs/index-format.md for the files' contract.
///
/// Not thread-safe: one owner (the ingest loop) adds and flushes. `add` changes memory only;
/// `flush` makes every added article durable (records, then `index.json` by atomic rename) and
/// throws without touching the previous `index.json` if the disk refuses. Entries are kept in a
/// dictionary plus an order array, so lookups are O(1) and `entries` is in indexing order.
public final class ArticleStore {
    /// The `schemaVersion` this build writes and reads.
    public static let schemaVersion = 1

    public let stateDirectory: URL
    /// `<stateDirectory>/index.json`.
    public let indexPath: String
    /// `<stateDirectory>/articles`, holding `<id>.json` records.
    public let articlesDirectory: String

    // Internal, not private: StoryVersions.swift replaces entries (addVersion).
    var entriesByID: [String: IndexEntry]
    var order: [String]
    /// Story lookups for `addVersion`, built on first use (StoryVersions.swift).
    var storyLookup: StoryLookup?
    /// Bodies of articles whose record has not been written yet, by id.
    var pendingBodies: [String: [String]] = [:]
    private var indexIsDirty = false
    private var indexCache = IndexEncodingCache()
    private let recordEncoder = IndexCoding.makeEncoder(pretty: true)

    /// Opens the store: creates `stateDirectory` and `articles/` if needed (durably), removes
    /// temporary files a crash left behind, and loads `index.json` if present. When there is no
    /// `index.json` yet, an empty one is written, so readers always find a valid index.
    ///
    /// - Throws: `IndexLoadError` if `index.json` exists but is unreadable, not JSON, of another
    ///   `schemaVersion`, or not a valid index (the file is left untouched); `DurableIOError` if
    ///   the directories cannot be created or the empty index written.
    public init(stateDirectory: URL) throws {
        self.stateDirectory = stateDirectory
        let root = stateDirectory.path(percentEncoded: false)
        indexPath = (root as NSString).appendingPathComponent("index.json")
        articlesDirectory = (root as NSString).appendingPathComponent("articles")
        try DurableFile.createDirectories(articlesDirectory)
        _ = try DurableFile.removeLeftoverTemporaries(in: root)
        _ = try DurableFile.removeLeftoverTemporaries(in: articlesDirectory)

        if FileManager.default.fileExists(atPath: indexPath) {
            let loaded = try Self.readEntries(indexPath: indexPath)
            order = loaded.map(\.id)
            entriesByID = Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0) })
        } else {
            order = []
            entriesByID = [:]
            indexIsDirty = true
            try flush(now: Date())
        }
    }

    public var count: Int { order.count }
    public func contains(id: String) -> Bool { entriesByID[id] != nil }
    public func entry(id: String) -> IndexEntry? { entriesByID[id] }
    /// All entries, in indexing order (first indexed first; re-indexing keeps the position).
    public var entries: [IndexEntry] { order.map { entriesByID[$0]! } }
    /// True when something was added since the last successful flush.
    public var hasUnflushedChanges: Bool { indexIsDirty || !pendingBodies.isEmpty }

    /// Adds (or replaces, same id) an article in memory; `flush` makes it durable.
    ///
    /// A new id gets `indexedAt == updatedAt == date`; a known id keeps its `indexedAt` and its
    /// position and gets `updatedAt = date`. Dates are truncated to whole seconds (as stored).
    /// - Precondition: `article.id` is 16 lowercase hex digits (the parser's content hash): the
    ///   id names a file, so anything else is a programming error.
    public func add(_ article: Article, archivedPath: String, originalName: String, at date: Date) {
        precondition(IndexCoding.isValidID(article.id), "invalid article id \(article.id)")
        let stamp = IndexCoding.wholeSeconds(date)
        let indexedAt = entriesByID[article.id]?.indexedAt ?? stamp
        if entriesByID[article.id] == nil { order.append(article.id) }
        entriesByID[article.id] = IndexEntry(
            article: article, archivedPath: archivedPath, originalName: originalName,
            indexedAt: indexedAt, updatedAt: stamp)
        pendingBodies[article.id] = article.body
        indexCache.invalidate(article.id)
        indexIsDirty = true
    }

    /// Writes every pending change durably: each pending `articles/<id>.json` (atomically, one
    /// directory fsync for the batch), then `index.json` by atomic replacement with
    /// `generatedAt = now`. Does nothing when there is nothing to write.
    ///
    /// - Throws: `DurableIOError` (see `isNoSpace`). Nothing already durable is damaged: the
    ///   previous `index.json` stays complete and valid, and every pending change stays pending,
    ///   so a later flush retries. (Records written before the failure are simply rewritten.)
    public func flush(now: Date) throws {
        guard hasUnflushedChanges else { return }
        if !pendingBodies.isEmpty {
            for (id, body) in pendingBodies {
                let record = ArticleRecord(entry: entriesByID[id]!, body: body)
                try DurableFile.writeAtomically(
                    try recordEncoder.encode(record), to: recordPath(id: id),
                    syncingDirectory: false)
            }
            try DurableFile.syncDirectory(articlesDirectory)
        }
        let document = try indexCache.document(
            ids: order, entry: { entriesByID[$0]! }, schemaVersion: Self.schemaVersion,
            generatedAt: IndexCoding.wholeSeconds(now))
        try DurableFile.writeAtomically(document, to: indexPath)
        pendingBodies.removeAll(keepingCapacity: true)
        indexIsDirty = false
    }

    /// The path of the full record for `id` (which may not exist yet if not flushed).
    public func recordPath(id: String) -> String {
        (articlesDirectory as NSString).appendingPathComponent("\(id).json")
    }

    /// Reads the durable full record of `id` (body included) from `articles/<id>.json`.
    /// - Throws: the file system's or the decoder's error if it is missing or damaged.
    public func record(id: String) throws -> ArticleRecord {
        let data = try Data(contentsOf: URL(fileURLWithPath: recordPath(id: id)))
        return try IndexCoding.makeDecoder().decode(ArticleRecord.self, from: data)
    }

    /// Reads and validates an `index.json` without opening a store (no directory is created,
    /// nothing is written): for read-only tools such as `presswatch query`.
    /// - Throws: `IndexLoadError`.
    public static func readEntries(indexPath: String) throws(IndexLoadError) -> [IndexEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        } catch {
            throw IndexLoadError(kind: .unreadable, path: indexPath, detail: "\(error)")
        }
        return try decodeIndex(data, path: indexPath)
    }
}
