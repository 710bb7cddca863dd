import Foundation

/// `index.json` in schemaVersion 2: a small manifest naming the immutable shard files that hold
/// the index as a log of changes (docs/index-format.md, "index.json: the manifest").
public struct IndexManifest: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    /// Random, fixed for the life of this index; a rebuild from the archive starts a new one
    /// (and a new numbering of changes): a feed reader that sees it change reads everything again.
    public var indexId: String
    /// Grows by one at every publication (a batch or a compaction).
    public var generation: Int
    public var generatedAt: Date
    /// The sequence number of the last change published (0 for an empty index).
    public var lastSequence: Int
    /// Articles in the index (entries, not tombstones).
    public var articleCount: Int
    /// How long, in seconds, a shard stays on disk after it leaves the manifest.
    public var graceSeconds: Int
    /// In order of sequence numbers; ranges are contiguous and do not overlap.
    public var shards: [ShardInfo]
    /// Shards no longer listed in `shards`, kept for readers of older manifests until
    /// `retiredAt + graceSeconds`.
    public var retired: [RetiredShard]
}

/// One shard as the manifest lists it.
public struct ShardInfo: Codable, Sendable, Equatable {
    /// Relative to the state directory: `index/<generation, 12 digits>.json`.
    public var path: String
    /// Sequence numbers this shard covers (inclusive). Every change with a number in the range
    /// that is still in the index is in this shard.
    public var firstSequence: Int
    public var lastSequence: Int
    /// How many changes the file holds (at most `lastSequence - firstSequence + 1`).
    public var changes: Int

    public init(path: String, firstSequence: Int, lastSequence: Int, changes: Int) {
        self.path = path
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.changes = changes
    }
}

/// A shard that has left the manifest.
public struct RetiredShard: Codable, Sendable, Equatable {
    public var path: String
    public var retiredAt: Date
}

/// One change in the feed: an article added, updated to a new version, or removed.
public struct IndexChange: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A new article (`entry` set).
        case added
        /// A new version of a story: `entry` is the new version, whose `previousVersions` ends
        /// with the version it replaced (that id gets a `removed` change with `replacedBy`).
        case updated
        /// The article `id` left the index (`entry` null).
        case removed
    }

    public var sequence: Int
    public var change: Kind
    public var id: String
    /// The entry as of this change; null for `removed` (a tombstone).
    public var entry: IndexEntry?
    /// For a `removed` change caused by a new version: that version's id.
    public var replacedBy: String?

    public init(sequence: Int, change: Kind, id: String, entry: IndexEntry?, replacedBy: String?) {
        self.sequence = sequence
        self.change = change
        self.id = id
        self.entry = entry
        self.replacedBy = replacedBy
    }

    enum CodingKeys: String, CodingKey { case sequence, change, id, entry, replacedBy }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(change, forKey: .change)
        try container.encode(id, forKey: .id)
        try container.encode(entry, forKey: .entry)
        try container.encode(replacedBy, forKey: .replacedBy)
    }
}

/// The whole of one shard file.
struct ShardDocument: Codable {
    var schemaVersion: Int
    var generation: Int
    var firstSequence: Int
    var lastSequence: Int
    var changes: [IndexChange]
}

extension IndexManifest {
    /// `index/000000000042.json`.
    static func shardPath(generation: Int) -> String {
        let digits = String(generation)
        return "index/" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits + ".json"
    }

    static func newIndexID() -> String {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
