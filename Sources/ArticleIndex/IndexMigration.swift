import DurableIO
import Foundation

/// schemaVersion 1 → 2 (docs/index-format.md, "Migration from schemaVersion 1").
extension ArticleStore {
    /// Turns a version 1 `index.json` (every entry in one file) into a version 2 index: one shard
    /// holding an `added` change per entry, numbered 1…n in the old file's order, then the new
    /// manifest in place of the old file. A copy of the old file is kept first as
    /// `index.v1.json` (made durable before anything else changes). Records in `articles/` and
    /// the archive are already what version 2 expects and stay as they are.
    ///
    /// Crash-safe: until the new manifest replaces `index.json`, the old file is still there and
    /// the next start migrates again.
    /// - Throws: `IndexLoadError` if the old file is not a valid version 1 index (nothing is
    ///   changed then); `DurableIOError` if a file cannot be written.
    func migrateVersion1(_ data: Data, now: Date) throws {
        let entries = try Self.decodeVersion1(data, path: indexPath)
        try DurableFile.writeAtomically(data, to: absolute("index.v1.json"))
        let changes = entries.enumerated().map { n, entry in
            IndexChange(sequence: n + 1, change: .added, id: entry.id, entry: entry, replacedBy: nil)
        }
        manifest.generation = 1
        let path = IndexManifest.shardPath(generation: 1)
        let shard = ShardDocument(schemaVersion: Self.schemaVersion, generation: 1, firstSequence: 1,
                                  lastSequence: changes.count, changes: changes)
        let shardBytes = try IndexJSON.shard(shard)
        try DurableFile.writeBatchAtomically([(absolute(path), shardBytes)], syncing: nil)
        writeColumnsFile(shard: shardBytes, firstSequence: shard.firstSequence, lastSequence: shard.lastSequence, at: path)
        try DurableFile.writeBatchAtomically([keysFile(for: shard, at: path)], syncing: root)
        manifest.shards = [ShardInfo(path: path, firstSequence: 1, lastSequence: changes.count, changes: changes.count)]
        manifest.lastSequence = changes.count
        for entry in entries {
            keys.put(id: entry.id, story: entry.effectiveStoryID, earlierVersions: (entry.previousVersions ?? []).map(\.id))
        }
        manifest.articleCount = keys.count
        manifestIsDirty = true
    }
}
