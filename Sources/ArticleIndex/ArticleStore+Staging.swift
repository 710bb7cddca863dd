import DurableIO
import Foundation

/// A flush cut in two (issue 9: a burst's commit waited for its sync calls on the loop): `stage`
/// writes a batch's files without a sync call and builds the manifest that will list them, on
/// the store's owner; `StagedFlush.makeDurable` makes those files durable and only then writes
/// that manifest, on any thread, while the owner stages the next batch; the owner then reports
/// the outcome with `published` or `abandon`.
///
/// The rules that keep the index contract (docs/index-format.md) while flushes overlap:
/// - a manifest is written only after every file it lists is durable: its own files by its own
///   sync, those of the flushes staged before it by theirs, because a staged flush that builds
///   on another one (`dependsOn`) refuses to run unless that one succeeded just before it;
/// - flushes must be made durable one at a time (or a chain of them together: one sync, the
///   last manifest), in the order they were staged, and reported in that order (one thread
///   does it: `makeDurable(lastSucceeded:)` checks the order);
/// - a failed flush, and every flush staged after it, gives its changes back to the pending
///   batch (`abandon`): the next `stage` writes them again on top of the published manifest,
///   with the same sequence numbers, so the change feed still grows by exactly one per change;
/// - no file of a flush in flight is rewritten by a later one before it is durable: a flush
///   writes the records of the ids it adds, and the ingest path adds an id once (a known id is
///   a duplicate), so only a flush staged after an `abandon` rewrites them, once no flush is in
///   flight any more;
/// - `compact` waits until no flush is in flight (it writes `index.json` itself).
extension ArticleStore {
    /// A staged flush, as its owner keeps it until it is reported.
    struct InFlightFlush {
        let id: Int
        /// The manifest it writes (nil: it only makes companions durable).
        let manifest: IndexManifest?
        let changes: [PendingChange]
        let entries: [String: IndexEntry]
        let records: [String: ArticleRecord]
        let companions: [String: [UInt8]]
        /// The shards retired since the last publication, which its manifest lists.
        let retired: [RetiredShard]
    }

    /// The newest manifest, staged or published: the one the next flush builds on.
    var head: IndexManifest { inFlight.last { $0.manifest != nil }?.manifest ?? manifest }

    /// True while a staged flush has not been reported (`published` or `abandon`).
    public var hasFlushInFlight: Bool { !inFlight.isEmpty }

    /// The first half of `flush`: writes every pending change (records, shard, keys, query
    /// columns) and `companions` without a sync call, and returns what makes them durable and
    /// publishes them (`StagedFlush`). The pending batch becomes this flush's; the next `stage`
    /// builds on its manifest. With nothing pending, the flush only makes the companions durable
    /// (still staged: a batch of duplicates of articles in flight waits for them this way).
    ///
    /// - Throws: `DurableIOError`; nothing is staged then, every change stays pending with the
    ///   companions (as `flush`).
    public func stage(now: Date, companions: [(path: String, bytes: [UInt8])] = []) throws -> StagedFlush {
        for companion in companions { pendingCompanions[companion.path] = companion.bytes }
        var files = pendingCompanions.map { (path: $0.key, bytes: $0.value) }
        var written: [String] = []
        var next: IndexManifest?
        if hasUnflushedChanges {
            let base = head
            var manifest = base
            for (id, record) in pendingRecords {
                files.append((recordPath(id: id), try IndexJSON.record(record)))
            }
            if !pending.isEmpty {
                manifest.generation += 1
                // One change per id in a shard: an id changed twice in a batch keeps its last change.
                var last: [String: Int] = [:]
                for (n, change) in pending.enumerated() { last[change.id] = n }
                var sequence = base.lastSequence
                let changes = pending.enumerated().filter { last[$0.element.id] == $0.offset }.map { _, change -> IndexChange in
                    sequence += 1
                    return IndexChange(sequence: sequence, change: change.kind, id: change.id, entry: change.entry,
                                       replacedBy: change.replacedBy)
                }
                let path = IndexManifest.shardPath(generation: manifest.generation)
                let shard = ShardDocument(schemaVersion: Self.schemaVersion, generation: manifest.generation,
                                          firstSequence: base.lastSequence + 1, lastSequence: sequence, changes: changes)
                let shardBytes = try IndexJSON.shard(shard)
                try DurableFile.writeBatchAtomically([(absolute(path), shardBytes)], syncing: nil)
                written.append(absolute(path))
                if let columns = writeColumnsFile(shard: shardBytes, firstSequence: shard.firstSequence,
                                                  lastSequence: shard.lastSequence, at: path) {
                    written.append(columns)
                }
                files.append(keysFile(for: shard, at: path))
                manifest.shards.append(ShardInfo(path: path, firstSequence: shard.firstSequence, lastSequence: sequence,
                                                 changes: changes.count))
                manifest.lastSequence = sequence
            }
            manifest.articleCount = keys.count
            manifest.generatedAt = IndexCoding.wholeSeconds(now)
            // Also those of the manifests in flight: a chain made durable together writes only
            // its last manifest (`StagedFlush.makeDurable(_:lastSucceeded:)`).
            manifest.retired = inFlight.flatMap(\.retired) + newlyRetired
            next = manifest
        }
        try DurableFile.writeBatchAtomically(files, syncing: nil)
        written += files.map(\.path)
        let manifestBytes = try next.map { try manifestEncoder.encode($0) }.map { [UInt8]($0) }
        let flush = StagedFlush(id: nextFlushID, dependsOn: inFlight.last?.id, files: written, root: root,
                                manifest: manifestBytes, indexPath: indexPath, syncsFolder: stateFolderUnsynced)
        nextFlushID += 1
        inFlight.append(InFlightFlush(id: flush.id, manifest: next, changes: pending, entries: pendingEntries,
                                      records: pendingRecords, companions: pendingCompanions,
                                      retired: next == nil ? [] : newlyRetired))
        if next != nil {
            newlyRetired = []
            manifestIsDirty = false
        }
        pending.removeAll(keepingCapacity: true)
        pendingEntries.removeAll(keepingCapacity: true)
        pendingRecords.removeAll(keepingCapacity: true)
        pendingCompanions.removeAll()
        return flush
    }

    /// The owner's part once `flush` (the oldest in flight) is durable and its manifest written:
    /// the store now stands on that manifest, and deletes what that publication allows (shards
    /// retired `graceSeconds` ago, crash leftovers).
    /// - Precondition: `flush` is the oldest staged flush in flight.
    public func published(_ flush: StagedFlush, now: Date) {
        precondition(inFlight.first?.id == flush.id, "staged flushes are reported in the order they were staged")
        let done = inFlight.removeFirst()
        if let next = done.manifest { afterPublishing(next, now: now) }
        // Its manifest's write, or its own folder sync, made every earlier rename durable.
        if flush.publishes || flush.syncsFolder { stateFolderUnsynced = false }
    }

    /// The owner's part when `flush` failed with `StagedFlush.ManifestNotSynced`: a manifest
    /// that lists its changes was renamed into place, so readers may have seen them. The store
    /// stands on it as if published (its generation and sequence numbers are never given again:
    /// nothing a visible `index.json` names is rewritten), and the next staged flush syncs the
    /// state folder first (`StagedFlush.syncsFolder`); the caller keeps the flush's originals in
    /// the inbox until a later flush is durable.
    /// - Precondition: `flush` is the oldest staged flush in flight.
    public func publishedButNotSynced(_ flush: StagedFlush, now: Date) {
        published(flush, now: now)
        stateFolderUnsynced = true
    }

    /// The owner's part when `flush` failed (or was refused because an earlier one failed): it
    /// and every flush staged after it give their changes, records and companions back to the
    /// pending batch, before the changes added since, so that the next `stage` writes them again
    /// on top of the published manifest. A flush already given back is ignored.
    public func abandon(_ flush: StagedFlush) {
        guard let start = inFlight.firstIndex(where: { $0.id == flush.id }) else { return }
        let undone = inFlight[start...]
        inFlight.removeSubrange(start...)
        var entries: [String: IndexEntry] = [:]
        var records: [String: ArticleRecord] = [:]
        var companions: [String: [UInt8]] = [:]
        for earlier in undone {
            entries.merge(earlier.entries) { _, newer in newer }
            records.merge(earlier.records) { _, newer in newer }
            companions.merge(earlier.companions) { _, newer in newer }
        }
        pendingEntries = entries.merging(pendingEntries) { _, newer in newer }.filter { keys.isCurrent($0.key) }
        pendingRecords = records.merging(pendingRecords) { _, newer in newer }
        pendingCompanions = companions.merging(pendingCompanions) { _, newer in newer }
        pending = undone.flatMap(\.changes) + pending
        newlyRetired = undone.flatMap(\.retired) + newlyRetired
        if undone.contains(where: { $0.manifest != nil }) { manifestIsDirty = true }
    }
}

/// The durable half of a staged flush (`ArticleStore.stage`): plain file I/O on files already
/// written, safe on any thread. Sendable; holds no reference to the store.
public struct StagedFlush: Sendable {
    /// Staging order: 1, 2, 3… for one store.
    public let id: Int
    /// The flush staged just before this one and still in flight then, whose files this one's
    /// manifest also lists (nil: it builds on the published manifest).
    public let dependsOn: Int?
    /// Files written without a sync call.
    let files: [String]
    let root: String
    /// The manifest to write once the files are durable (nil: nothing to publish).
    let manifest: [UInt8]?
    let indexPath: String
    /// An earlier manifest was renamed into place without its folder sync: this flush syncs
    /// the state folder (after its files), whether or not it writes a manifest.
    public let syncsFolder: Bool

    /// True when the flush writes a new `index.json`.
    public var publishes: Bool { manifest != nil }

    /// The manifest was renamed into place (`index.json` now lists the chain's changes, and
    /// readers may see it) but the state folder's sync after the rename failed: it may not
    /// survive a crash. Not "not published": the owner calls `ArticleStore.publishedButNotSynced`,
    /// never `abandon` (which would stage the same generation and sequence numbers again).
    public struct ManifestNotSynced: Error, CustomStringConvertible {
        public let underlying: any Error
        public var description: String { "index.json replaced, but the state folder could not be synced: \(underlying)" }
    }

    /// Why a flush was not made durable: an earlier flush it builds on failed.
    public struct EarlierFlushFailed: Error, CustomStringConvertible {
        public let flush: Int
        public var description: String { "not written: the flush staged before it (\(flush)) failed" }
    }

    /// Makes the files durable (concurrent fsyncs of each file and folder for a few files, one
    /// `syncfs(2)` for many: `ArticleStore.concurrentSyncUpTo`), then writes the manifest
    /// atomically and durably (temporary file, fsync, rename, fsync of the folder).
    ///
    /// `lastSucceeded`: the id of the last flush that this thread made durable without error
    /// (nil: none yet). Flushes must be run one at a time in staging order; a flush that builds
    /// on another (`dependsOn`) runs only if that one is `lastSucceeded`, else it throws
    /// `EarlierFlushFailed` and writes nothing.
    /// - Throws: `EarlierFlushFailed` or `DurableIOError`; the owner calls `abandon` then.
    public func makeDurable(lastSucceeded: Int?) throws {
        try Self.makeDurable([self], lastSucceeded: lastSucceeded)
    }

    /// How many flushes at the start of `queue` form a chain (each builds on the one before it),
    /// so that `makeDurable(_:lastSucceeded:)` can take them together (at least 1 if any).
    public static func chainLength(_ queue: some Collection<StagedFlush>) -> Int {
        var length = 0
        var previous: StagedFlush?
        for flush in queue {
            if let previous, flush.dependsOn != previous.id { break }
            length += 1
            previous = flush
        }
        return length
    }

    /// Makes a chain of flushes (`chainLength`) durable together: one sync of all their files,
    /// then only the last manifest among them, which lists every shard the others list (each
    /// builds on the one before), so a backlog of flushes costs the sync calls of one. Durable
    /// together or failed together.
    /// - Throws: as `makeDurable(lastSucceeded:)`, for the whole chain; `ManifestNotSynced`
    ///   when only the state folder's sync after the manifest's rename failed.
    /// - Parameter syncFolder: syncs the state folder (tests inject a failure here).
    /// - Precondition: `chain` is not empty and is a chain.
    public static func makeDurable(_ chain: [StagedFlush], lastSucceeded: Int?,
                                   syncFolder: (String) throws -> Void = { try DurableFile.syncDirectory($0) }) throws {
        precondition(!chain.isEmpty && chainLength(chain) == chain.count, "not a chain of staged flushes")
        if let dependsOn = chain[0].dependsOn, dependsOn != lastSucceeded { throw EarlierFlushFailed(flush: dependsOn) }
        let files = chain.flatMap(\.files)
        if files.count > ArticleStore.concurrentSyncUpTo {
            try DurableFile.syncFileSystem(containing: chain[0].root)
        } else if !files.isEmpty {
            try DurableFile.writeBatchDurably([], alsoSyncing: files)
        }
        if let last = chain.last(where: { $0.manifest != nil }), let manifest = last.manifest {
            try DurableFile.writeAtomically(manifest, to: last.indexPath, syncingDirectory: false)
            do {
                try syncFolder(last.root)
            } catch {
                throw ManifestNotSynced(underlying: error)
            }
        } else if chain.contains(where: \.syncsFolder) {
            try syncFolder(chain[0].root)
        }
    }
}
