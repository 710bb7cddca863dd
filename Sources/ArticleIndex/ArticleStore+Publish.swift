import DurableIO
import Foundation

/// Publishing: a batch becomes one shard and a new manifest (group commit); compaction merges
/// small shards; retired shards are deleted after the grace period.
extension ArticleStore {
    /// The most changes a compaction writes into one shard (unless forced): about 20 MB of
    /// shard, a fraction of a second to merge.
    public static let largestMerge = 20_000

    /// Up to this many files a flush writes (records, shard, keys, companions) are made durable
    /// by concurrent fsyncs (`DurableFile.writeBatchDurably`: one journal commit, and no wait
    /// for other programs' dirty data); a larger batch by one `syncfs(2)`.
    public static let concurrentSyncUpTo = 24

    /// Publishes every pending change (the last one per id, when an id changed twice in the
    /// batch): the batch's records (`articles/<id>.json`), its shard and keys, and `companions`
    /// (files the caller needs durable before the index lists them, such as the batch's archive
    /// copies, all under the state folder) are written without an fsync each and made durable
    /// together, by concurrent fsyncs for a small batch (`concurrentSyncUpTo`) or one
    /// `syncfs(2)`; then `index.json` is replaced atomically (fsync, rename, fsync of the state
    /// directory). So a batch of any size waits for three sync points, and writes bytes in
    /// proportion to the batch. Shards retired more than `graceSeconds` ago are deleted. With
    /// nothing pending, only the companions are written (durably) and nothing is published.
    ///
    /// `stage`, `StagedFlush.makeDurable` and `published` in one call, on the caller's thread
    /// (the ingest loop overlaps them instead: ArticleStore+Staging).
    ///
    /// - Throws: `DurableIOError` (see `isNoSpace`). The previous `index.json` and every shard it
    ///   lists stay as they were, and every change stays pending with the companions, so the
    ///   next flush, whatever batch calls it, writes them again before it publishes. Except
    ///   `StagedFlush.ManifestNotSynced`: the new `index.json` is in place, the store stands on
    ///   it and the next flush syncs the folder (`publishedButNotSynced`).
    /// - Precondition: no staged flush is in flight.
    public func flush(now: Date, companions: [(path: String, bytes: [UInt8])] = []) throws {
        precondition(inFlight.isEmpty, "flush while a staged flush is in flight")
        let staged = try stage(now: now, companions: companions)
        do {
            try staged.makeDurable(lastSucceeded: nil)
        } catch let error as StagedFlush.ManifestNotSynced {
            // index.json names its shard already: never stage that generation again.
            publishedButNotSynced(staged, now: now)
            throw error
        } catch {
            abandon(staged)
            throw error
        }
        published(staged, now: now)
    }

    /// Writes `files` and makes them and `earlier` durable: concurrent fsyncs for a few files,
    /// one syncfs of the file system holding `root` for many.
    static func writeDurably(_ files: [(path: String, bytes: [UInt8])], alsoSyncing earlier: [String], root: String) throws {
        if files.count + earlier.count <= concurrentSyncUpTo {
            try DurableFile.writeBatchDurably(files, alsoSyncing: earlier)
        } else {
            try DurableFile.writeBatchAtomically(files, syncing: root)
        }
    }

    /// Merges one run of adjacent shards into one shard when they have grown comparable to the
    /// shard before them (each merged shard at most twice the size of what follows it in the
    /// run) and old enough: a run is merged only when at least half as many changes as it
    /// holds were published after it, up to `largestMerge` changes. So the newest changes stay
    /// in small shards (the changes after any N are read from shards holding at most about
    /// 3 × (lastSequence − N) changes, or the newest batch), an index of n changes has
    /// O(log n) + n / largestMerge shards, each change is rewritten O(log largestMerge) times,
    /// and no compaction (which runs between batches) takes longer than merging `largestMerge`
    /// changes. `force` merges every shard into one. The merged shard keeps, for each id, only
    /// its latest change, with its original sequence number; tombstones (`removed`) are kept.
    /// Merged shards are retired, not deleted.
    ///
    /// - Returns: how many shards were merged (0: nothing to do).
    /// - Throws: `DurableIOError` or `IndexLoadError`; the published index is unchanged then,
    ///   unless only the folder's sync after the rename failed (`publish`).
    @discardableResult
    public func compact(now: Date, force: Bool = false) throws -> Int {
        guard !hasUnflushedChanges, inFlight.isEmpty else { return 0 }
        let shards = manifest.shards
        guard shards.count >= 2,
            let run = force ? 0...(shards.count - 1) : Self.runToMerge(shards, lastSequence: manifest.lastSequence)
        else { return 0 }
        var latest: [String: IndexChange] = [:]
        for info in shards[run] {
            for change in try readShard(info).changes { latest[change.id] = change }
        }
        let changes = latest.values.sorted { $0.sequence < $1.sequence }
        var next = manifest
        next.generation += 1
        let path = IndexManifest.shardPath(generation: next.generation)
        let shard = ShardDocument(schemaVersion: Self.schemaVersion, generation: next.generation,
                                  firstSequence: shards[run.lowerBound].firstSequence,
                                  lastSequence: shards[run.upperBound].lastSequence, changes: changes)
        let shardBytes = try IndexJSON.shard(shard)
        try DurableFile.writeBatchAtomically([(absolute(path), shardBytes)], syncing: nil)
        let columns = writeColumnsFile(shard: shardBytes, firstSequence: shard.firstSequence,
                                       lastSequence: shard.lastSequence, at: path)
        try Self.writeDurably([keysFile(for: shard, at: path)], alsoSyncing: [absolute(path)] + (columns.map { [$0] } ?? []),
                              root: root)
        let stamp = IndexCoding.wholeSeconds(now)
        next.shards = Array(shards[..<run.lowerBound]) + [
            ShardInfo(path: path, firstSequence: shard.firstSequence, lastSequence: shard.lastSequence, changes: changes.count)
        ] + Array(shards[(run.upperBound + 1)...])
        try publish(next, now: now, retiring: shards[run].map { RetiredShard(path: $0.path, retiredAt: stamp) })
        return run.count
    }

    /// The compaction the daemon runs between batches: merges every run `compact` finds, one
    /// after the other (each a published snapshot), until none is left or the changes merged by
    /// this call reach `largestMerge` (the first run is always merged). So a stream of small
    /// batches, which compaction can only catch up with between them, never leaves hundreds of
    /// one-article shards behind (each one more line in every manifest), and one call still
    /// costs at most about one `largestMerge` merge.
    ///
    /// - Returns: how many shards were merged in all (0: nothing to do).
    /// - Throws: as `compact`; the runs merged before the failure stay merged.
    @discardableResult
    public func compactDue(now: Date) throws -> Int {
        var mergedShards = 0
        var mergedChanges = 0
        while let run = Self.runToMerge(manifest.shards, lastSequence: manifest.lastSequence) {
            let changes = manifest.shards[run].reduce(0) { $0 + $1.changes }
            guard mergedShards == 0 || mergedChanges + changes <= Self.largestMerge else { break }
            let merged = try compact(now: now)
            guard merged > 0 else { break }
            mergedShards += merged
            mergedChanges += changes
        }
        return mergedShards
    }

    /// The newest run of at least two adjacent shards that `compact` merges (its rule: see
    /// `compact`), or nil; public so that tests and tools can check the layout it produces.
    public static func runToMerge(_ shards: [ShardInfo], lastSequence: Int) -> ClosedRange<Int>? {
        for end in shards.indices.reversed() {
            let publishedAfter = lastSequence - shards[end].lastSequence
            var start = end
            var merged = shards[end].changes
            while start > 0 {
                let before = shards[start - 1].changes
                guard before <= 2 * merged, merged + before <= largestMerge, merged + before <= 2 * publishedAfter
                else { break }
                start -= 1
                merged += before
            }
            if start < end { return start...end }
        }
        return nil
    }

    /// The keys file of a shard just written at `path` (ShardKeys).
    func keysFile(for shard: ShardDocument, at path: String) -> (path: String, bytes: [UInt8]) {
        var keys = ShardKeys(firstSequence: shard.firstSequence, lastSequence: shard.lastSequence, changes: shard.changes)
        keys.shard = ShardKeys.FileStamp(path: absolute(path))
        return (absolute(ShardKeys.path(forShard: path)), keys.encoded())
    }

    /// Writes the query columns file of the shard just written at `path` with `bytes`
    /// (`ShardColumns`), atomically (temporary file, rename) and without an fsync of its own:
    /// the caller passes the returned path to the batch's group sync with the shard (a copy lost
    /// or cut short by a crash anyway is only a file readers check and ignore). Best effort: it
    /// is optional (readers then read the shard), so a file that cannot be made or written (a
    /// full disk) fails nothing; any earlier file of that name (from a failed flush of this
    /// generation) is removed then.
    ///
    /// - Returns: the absolute path written, or nil when no columns file was written.
    @discardableResult
    func writeColumnsFile(shard bytes: [UInt8], firstSequence: Int, lastSequence: Int, at path: String) -> String? {
        let target = absolute(ShardColumns.path(forShard: path))
        if let columns = ShardColumns.encode(shard: bytes, firstSequence: firstSequence, lastSequence: lastSequence),
           (try? DurableFile.writeBatchAtomically([(target, columns)], syncing: nil)) != nil {
            return target
        }
        try? FileManager.default.removeItem(atPath: target)
        return nil
    }

    /// Deletes a shard and its derived files (keys and query columns; those first, so that
    /// none outlives its shard after a crash).
    func removeShardFiles(_ shardPath: String) {
        try? FileManager.default.removeItem(atPath: String(shardPath.dropLast(".json".count)) + ".cols")
        try? FileManager.default.removeItem(atPath: String(shardPath.dropLast(".json".count)) + ".keys")
        try? FileManager.default.removeItem(atPath: shardPath)
    }

    /// Writes `next` as `index.json`, listing under `retired` the shards it takes out of the
    /// index (`retiring`) and any retired since the last publication; then deletes the shards retired at least `graceSeconds` before `now` by an
    /// earlier publication (with their query columns), and the keys files of the newly retired
    /// (writer-private: the manifest that drops a shard drops its keys; the query columns stay
    /// with their shard for its readers). If only the folder's sync after the rename fails, the
    /// store stands on `next` all the same (readers may see it; its generation is never given
    /// again) and the next staged flush syncs the folder (`stateFolderUnsynced`); it throws.
    func publish(_ next: IndexManifest, now: Date, retiring: [RetiredShard] = []) throws {
        var next = next
        next.generatedAt = IndexCoding.wholeSeconds(now)
        next.retired = newlyRetired + retiring
        try DurableFile.writeAtomically(try manifestEncoder.encode(next), to: indexPath, syncingDirectory: false)
        // Renamed into place: readers may see it, so the store stands on it even if the folder's
        // sync fails (the next flush syncs the folder; its generation is never written again).
        manifestIsDirty = false
        newlyRetired = []
        afterPublishing(next, now: now)
        do {
            try DurableFile.syncDirectory(root)
        } catch {
            stateFolderUnsynced = true
            throw error
        }
        stateFolderUnsynced = false
    }

    /// What follows the writing of `next` as `index.json`: the store stands on it; shards
    /// retired at least `graceSeconds` before `now` are deleted, with the keys files of those
    /// `next` retires and the leftovers of a crash.
    func afterPublishing(_ next: IndexManifest, now: Date) {
        manifest = next
        retiredOnDisk.removeAll { retired in
            guard now.timeIntervalSince(retired.retiredAt) >= Double(next.graceSeconds) else { return false }
            removeShardFiles(absolute(retired.path))
            return true
        }
        for retired in next.retired {
            try? FileManager.default.removeItem(atPath: absolute(ShardKeys.path(forShard: retired.path)))
        }
        // (A manifest also lists the shards retired by the manifests in flight before it.)
        retiredOnDisk += next.retired.filter { retired in !retiredOnDisk.contains { $0.path == retired.path } }
        for leftover in unpublishedLeftovers { removeShardFiles(leftover) }
        unpublishedLeftovers = []
    }

    /// Files in `index/` that the manifest does not name: a shard written by a batch that
    /// crashed before its manifest (no reader can know it: removed at the next publication), or
    /// shards of an index set aside by a rebuild (retired: readers may still hold that index).
    /// A query columns file whose shard is gone (a crash while both were deleted) is removed.
    func adoptLeftoverShards(now: Date) {
        let listed = Set(manifest.shards.map(\.path) + retiredOnDisk.map(\.path))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: shardsDirectory)) ?? []
        let present = Set(names)
        for name in names where name.hasSuffix(".cols") && !present.contains(String(name.dropLast(5)) + ".json") {
            try? FileManager.default.removeItem(atPath: absolute("index/" + name))
        }
        for name in names.sorted() where name.hasSuffix(".json") && !listed.contains("index/" + name) {
            let generation = Int(name.dropLast(5)) ?? 0
            if generation > manifest.generation && manifest.generation > 0 {
                unpublishedLeftovers.append(absolute("index/" + name))
            } else {
                newlyRetired.append(RetiredShard(path: "index/" + name, retiredAt: IndexCoding.wholeSeconds(now)))
            }
            manifest.generation = max(manifest.generation, generation)
        }
    }

    func absolute(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
}
