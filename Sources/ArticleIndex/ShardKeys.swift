import DurableIO
import Foundation

/// What start-up needs from a shard: per change its sequence number, id, story and the ids of
/// the earlier versions it replaced; nothing else. Written beside each shard as
/// `index/<generation>.keys` (about 50 bytes a change, so opening an index of 100,000 articles
/// reads a few megabytes instead of every entry). Internal to presswatch, not part of the
/// reader's contract: a missing or unreadable keys file is rebuilt from its shard.
struct ShardKeys: Codable {
    var firstSequence: Int
    var lastSequence: Int
    /// The shard file these keys were taken from (size, modification time, inode): a shard
    /// edited or replaced since no longer matches, and is read in full instead.
    var shard: FileStamp?
    /// `[sequence, id, storyId ("" for a tombstone), earlier version ids...]` per change.
    var changes: [[String]]

    struct Change {
        var sequence: Int
        var id: String
        /// nil for a tombstone.
        var story: String?
        var earlierVersions: [String]
    }

    init(firstSequence: Int, lastSequence: Int, changes: [IndexChange]) {
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.shard = nil
        self.changes = changes.map { change in
            [String(change.sequence), change.id, change.entry?.effectiveStoryID ?? ""]
                + (change.entry?.previousVersions ?? []).map(\.id)
        }
    }

    /// The keys of a shard read in full (when its keys file is missing or damaged).
    init(decodingShardAt path: String) throws {
        struct Entry: Decodable {
            struct Version: Decodable { var id: String }
            var storyId: String?
            var title: String
            var source: String?
            var site: String?
            var published: String?
            var previousVersions: [Version]?
        }
        struct Change: Decodable { var sequence: Int; var id: String; var entry: Entry? }
        struct Shard: Decodable { var firstSequence: Int; var lastSequence: Int; var changes: [Change] }
        let shard = try IndexCoding.makeDecoder().decode(Shard.self, from: try ArticleStore.readFile(path))
        firstSequence = shard.firstSequence
        lastSequence = shard.lastSequence
        self.shard = FileStamp(path: path)
        changes = shard.changes.map { change in
            guard let entry = change.entry else { return [String(change.sequence), change.id, ""] }
            let story = entry.storyId
                ?? StoryIdentity.id(title: entry.title, source: entry.source, site: entry.site, published: entry.published)
            return [String(change.sequence), change.id, story] + (entry.previousVersions ?? []).map(\.id)
        }
    }

    /// The changes, checked: nil when a row is malformed.
    var decoded: [Change]? {
        var result: [Change] = []
        result.reserveCapacity(changes.count)
        for row in changes {
            guard row.count >= 3, let sequence = Int(row[0]) else { return nil }
            result.append(Change(sequence: sequence, id: row[1], story: row[2].isEmpty ? nil : row[2],
                                 earlierVersions: Array(row[3...])))
        }
        return result
    }

    struct FileStamp: Codable, Equatable {
        var size: Int
        var modified: Double
        var inode: UInt64

        init?(path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = (attributes[.size] as? NSNumber)?.intValue,
                let modified = attributes[.modificationDate] as? Date,
                let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
            else { return nil }
            self.size = size
            self.modified = modified.timeIntervalSince1970
            self.inode = inode
        }
    }

    /// `index/000000000042.json` → `index/000000000042.keys`.
    static func path(forShard shardPath: String) -> String {
        String(shardPath.dropLast(".json".count)) + ".keys"
    }
}
