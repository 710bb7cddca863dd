import ArticleParsing
import DurableIO
import Foundation

/// The persistent index (docs/index-format.md): the manifest `index.json`, immutable shards
/// `index/<generation>.json` holding the change feed, and one full record per article in
/// `articles/<id>.json`, all under `stateDirectory`.
///
/// Not thread-safe: one owner (the ingest loop) adds, flushes and compacts. `add` changes memory
/// only; `flush` publishes every pending change as one new shard plus a new manifest, at a cost
/// that depends on the batch, not on the index. In memory the store keeps only ids and story
/// keys (`KeyTable`) and the pending batch; entries are read back from disk when needed.
/// A flush that throws leaves the previous `index.json` and its shards untouched and every
/// change pending, so a later flush retries.
public final class ArticleStore {
    /// The `schemaVersion` this build writes. Version 1 is migrated when opened.
    public static let schemaVersion = 2
    /// How long a shard stays on disk after leaving the manifest (docs: "Snapshots").
    public static let defaultGraceSeconds = 300

    public let stateDirectory: URL
    /// `<stateDirectory>/index.json`.
    public let indexPath: String
    /// `<stateDirectory>/articles`, holding `<id>.json` records.
    public let articlesDirectory: String
    /// `<stateDirectory>/index`, holding the shards.
    public let shardsDirectory: String
    var root: String { stateDirectory.path(percentEncoded: false) }

    /// The manifest as last published (or loaded).
    public internal(set) var manifest: IndexManifest
    var keys = KeyTable()
    /// Changes not yet published, in order; sequence numbers are given when published.
    var pending: [PendingChange] = []
    /// Current entries added since the last flush, by id.
    var pendingEntries: [String: IndexEntry] = [:]
    /// Records to write at the next flush (every version added, replaced or not).
    var pendingRecords: [String: ArticleRecord] = [:]
    /// Files a failed flush was given to make durable with the pending changes (archive
    /// copies): kept with them, so that whichever flush publishes those changes writes them
    /// first. Keyed by path; the newest bytes win.
    var pendingCompanions: [String: [UInt8]] = [:]
    var manifestIsDirty = false
    /// Shards no reader can be using (never published), removed at the next publication.
    var unpublishedLeftovers: [String] = []
    /// Every shard out of the index but still on disk, with when it left: deleted at the first
    /// publication at least `graceSeconds` later. Writer-private: a manifest lists under
    /// `retired` only the shards its own publication retired, so it stays small whatever the
    /// publication rate. After a restart, shards no manifest lists are retired anew (later
    /// deletion, never earlier).
    var retiredOnDisk: [RetiredShard] = []
    /// Retired since the last publication: the next manifest's `retired`.
    var newlyRetired: [RetiredShard] = []
    /// `index.json`'s encoder; shards and records are written by `IndexJSON` (the same bytes).
    let manifestEncoder = IndexCoding.makeEncoder(pretty: false)
    /// Flushes staged (`stage`) and not yet reported durable (`published`) or failed
    /// (`abandon`), oldest first (ArticleStore+Staging).
    var inFlight: [InFlightFlush] = []
    /// The id the next staged flush gets.
    var nextFlushID = 1
    /// An `index.json` was renamed into place but the state folder's sync failed after it
    /// (`StagedFlush.ManifestNotSynced`): the rename may not survive a crash, so the next staged
    /// flush syncs the folder before its originals may leave the inbox (`StagedFlush.syncsFolder`).
    /// Cleared once a flush that wrote a manifest or synced the folder is published.
    var stateFolderUnsynced = false

    struct PendingChange {
        var kind: IndexChange.Kind
        var id: String
        var entry: IndexEntry?
        var replacedBy: String?
    }

    /// Opens the store: creates `stateDirectory`, `articles/` and `index/` if needed (durably),
    /// removes temporary files a crash left behind, migrates a schemaVersion 1 `index.json`,
    /// and loads the ids and story keys of the index. When there is no `index.json` yet, an
    /// empty one is written, so readers always find a valid index.
    ///
    /// - Throws: `IndexLoadError` if `index.json` or a shard it lists is unreadable, not JSON,
    ///   of another `schemaVersion`, or not valid (nothing is changed then); `DurableIOError` if
    ///   the directories cannot be created or a file written.
    ///
    /// `sweepRecords: false` skips the search for temporaries in `articles/` (one entry per
    /// article: the longest part of opening a large index); pass it only when the last writer
    /// is known to have exited cleanly (`StateLock.previousHolderExitedCleanly`).
    public init(stateDirectory: URL, graceSeconds: Int = ArticleStore.defaultGraceSeconds, now: Date = Date(),
                sweepRecords: Bool = true) throws {
        self.stateDirectory = stateDirectory
        let root = stateDirectory.path(percentEncoded: false)
        indexPath = (root as NSString).appendingPathComponent("index.json")
        articlesDirectory = (root as NSString).appendingPathComponent("articles")
        shardsDirectory = (root as NSString).appendingPathComponent("index")
        try DurableFile.createDirectories(articlesDirectory)
        try DurableFile.createDirectories(shardsDirectory)
        for directory in [root, shardsDirectory] + (sweepRecords ? [articlesDirectory] : []) {
            _ = try DurableFile.removeLeftoverTemporaries(in: directory)
        }
        manifest = IndexManifest(
            schemaVersion: Self.schemaVersion, indexId: IndexManifest.newIndexID(), generation: 0,
            generatedAt: IndexCoding.wholeSeconds(now), lastSequence: 0, articleCount: 0,
            graceSeconds: graceSeconds, shards: [], retired: [])
        if FileManager.default.fileExists(atPath: indexPath) {
            try load(now: now)
        } else {
            manifestIsDirty = true
        }
        manifest.graceSeconds = graceSeconds
        adoptLeftoverShards(now: now)
        if manifestIsDirty { try flush(now: now) }
    }

    public var count: Int { keys.count }
    /// Articles in the index as last published (`index.json`), without those staged or pending.
    public var publishedCount: Int { manifest.articleCount }
    public func contains(id: String) -> Bool { keys.isCurrent(id) }
    /// The sequence number of the last published change.
    public var lastSequence: Int { manifest.lastSequence }
    /// True when something was added since the last successful flush.
    public var hasUnflushedChanges: Bool { !pending.isEmpty || manifestIsDirty }

    /// The current entry of `id`: from the pending batch, else from its record on disk.
    /// Nil when `id` is not in the index (or its record cannot be read).
    public func entry(id: String) -> IndexEntry? {
        if let entry = pendingEntries[id] { return entry }
        guard keys.isCurrent(id) else { return nil }
        for flush in inFlight.reversed() {
            if let entry = flush.entries[id] { return entry }
        }
        return try? record(id: id).entry
    }

    /// All entries, published, staged and pending, in order of their last change. Reads every
    /// shard: for tests and tools, not for the ingest path.
    public var entries: [IndexEntry] {
        get throws {
            var (_, entries) = try Self.readIndex(stateDirectory: stateDirectory)
            let unpublished = inFlight.flatMap(\.changes) + pending
            let changed = Set(unpublished.map(\.id))
            entries.removeAll { changed.contains($0.id) }
            var seen = Set<String>()
            var latest: [IndexEntry] = []
            for change in unpublished.reversed() where seen.insert(change.id).inserted {
                if let entry = change.entry { latest.append(entry) }
            }
            return entries + latest.reversed()
        }
    }

    /// Adds (or replaces, same id) an article in memory; `flush` makes it durable.
    ///
    /// A new id gets `indexedAt == updatedAt == date`; a known id keeps its `indexedAt` and gets
    /// `updatedAt = date`. Dates are truncated to whole seconds (as stored).
    /// - Returns: the entry as it will be published.
    /// - Precondition: `article.id` is 16 lowercase hex digits (the parser's content hash): the
    ///   id names a file, so anything else is a programming error.
    @discardableResult
    public func add(_ article: Article, archivedPath: String, originalName: String, at date: Date) -> IndexEntry {
        add(article, archivedPath: archivedPath, originalName: originalName, at: date, story: StoryIdentity.id(of: article))
    }

    /// `add`, given the article's `StoryIdentity.id`.
    @discardableResult
    func add(_ article: Article, archivedPath: String, originalName: String, at date: Date, story: String) -> IndexEntry {
        precondition(IndexCoding.isValidID(article.id), "invalid article id \(article.id)")
        let stamp = IndexCoding.wholeSeconds(date)
        let earlier = entry(id: article.id)
        var entry = IndexEntry(
            article: article, archivedPath: archivedPath, originalName: originalName,
            indexedAt: earlier?.indexedAt ?? stamp, updatedAt: stamp, storyId: story)
        entry.previousVersions = earlier?.previousVersions ?? []
        stage(entry, body: article.body, kind: earlier == nil ? .added : .updated)
        return entry
    }

    func stage(_ entry: IndexEntry, body: [String], kind: IndexChange.Kind) {
        pendingEntries[entry.id] = entry
        pendingRecords[entry.id] = ArticleRecord(entry: entry, body: body)
        pending.append(PendingChange(kind: kind, id: entry.id, entry: entry, replacedBy: nil))
        keys.put(id: entry.id, story: entry.effectiveStoryID, earlierVersions: (entry.previousVersions ?? []).map(\.id))
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
}
