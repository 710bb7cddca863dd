import DurableIO
import Foundation

/// What start-up needs from a shard: per change its sequence number, id, story and the ids of
/// the earlier versions it replaced; nothing else. Written beside each shard as
/// `index/<generation>.keys`, in a compact binary form (32 bytes a change plus 8 per earlier
/// version, little-endian), so opening an index of 100,000 articles reads about 3 MB with no
/// JSON to parse. Internal to presswatch, not part of the reader's contract: a missing,
/// damaged or stale keys file (of another format, or of a shard changed since) is rebuilt from
/// its shard.
///
/// File layout: magic `PWKEYS02`; the shard's `FileStamp` (size, modification time bits,
/// inode); `firstSequence`, `lastSequence`, row count; then per change `sequence`, `id`,
/// `story` (0 for a tombstone), a flags word (bit 0: tombstone), the number of earlier
/// versions, then their ids. Every field is 8 bytes.
struct ShardKeys {
    var firstSequence: Int
    var lastSequence: Int
    /// The shard file these keys were taken from (size, modification time, inode): a shard
    /// edited or replaced since no longer matches, and is read in full instead.
    var shard: FileStamp?
    var changes: [Change]

    struct Change: Equatable {
        var sequence: Int
        var id: UInt64
        /// nil for a tombstone.
        var story: UInt64?
        var earlierVersions: [UInt64]
    }

    static let magic = Array("PWKEYS02".utf8)

    init(firstSequence: Int, lastSequence: Int, changes: [IndexChange]) {
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.shard = nil
        self.changes = changes.map { change in
            Change(sequence: change.sequence, id: KeyTable.key(change.id),
                   story: change.entry.map { KeyTable.key($0.effectiveStoryID) },
                   earlierVersions: (change.entry?.previousVersions ?? []).map { KeyTable.key($0.id) })
        }
    }

    /// The keys of a shard read in full (when its keys file is missing or damaged).
    /// - Throws: the decoder's error, or `IndexLoadError` when the shard cannot be read or an
    ///   id is not 16 hex digits.
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
        changes = try shard.changes.map { change in
            guard IndexCoding.isValidID(change.id) else {
                throw IndexLoadError(kind: .invalidContent, path: path, detail: "bad id \"\(change.id)\" in change \(change.sequence)")
            }
            guard let entry = change.entry else {
                return ShardKeys.Change(sequence: change.sequence, id: KeyTable.key(change.id), story: nil, earlierVersions: [])
            }
            let story = entry.storyId
                ?? StoryIdentity.id(title: entry.title, source: entry.source, site: entry.site, published: entry.published)
            return ShardKeys.Change(sequence: change.sequence, id: KeyTable.key(change.id), story: KeyTable.key(story),
                                    earlierVersions: (entry.previousVersions ?? []).map { KeyTable.key($0.id) })
        }
    }

    /// The file's bytes.
    func encoded() -> [UInt8] {
        var words: [UInt64] = [
            UInt64(shard?.size ?? 0), shard?.modified.bitPattern ?? 0, shard?.inode ?? 0,
            UInt64(bitPattern: Int64(firstSequence)), UInt64(bitPattern: Int64(lastSequence)), UInt64(changes.count),
        ]
        words.reserveCapacity(words.count + changes.count * 5)
        for change in changes {
            words += [UInt64(bitPattern: Int64(change.sequence)), change.id, change.story ?? 0,
                      change.story == nil ? 1 : 0, UInt64(change.earlierVersions.count)]
            words += change.earlierVersions
        }
        var bytes = Self.magic
        bytes.reserveCapacity(bytes.count + words.count * 8)
        for word in words { withUnsafeBytes(of: word.littleEndian) { bytes += $0 } }
        return bytes
    }

    /// Reads a keys file's bytes; nil when they are not a well-formed keys file of this format.
    init?(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count / 8
        guard bytes.count % 8 == 0, count >= 7, Array(bytes[0..<8]) == Self.magic else { return nil }
        func word(_ i: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
        shard = FileStamp(size: Int(truncatingIfNeeded: word(1)), modified: Double(bitPattern: word(2)), inode: word(3))
        firstSequence = Int(truncatingIfNeeded: Int64(bitPattern: word(4)))
        lastSequence = Int(truncatingIfNeeded: Int64(bitPattern: word(5)))
        let rows = word(6)
        guard rows <= UInt64(count) else { return nil }
        var changes: [Change] = []
        changes.reserveCapacity(Int(rows))
        var i = 7
        for _ in 0..<rows {
            guard i + 5 <= count else { return nil }
            let earlier = word(i + 4)
            guard earlier <= UInt64(count - i - 5) else { return nil }
            let tombstone = word(i + 3) & 1 == 1
            changes.append(Change(sequence: Int(truncatingIfNeeded: Int64(bitPattern: word(i))), id: word(i + 1),
                                  story: tombstone ? nil : word(i + 2),
                                  earlierVersions: (0..<Int(earlier)).map { word(i + 5 + $0) }))
            i += 5 + Int(earlier)
        }
        guard i == count else { return nil }
        self.changes = changes
    }

    struct FileStamp: Equatable {
        var size: Int
        var modified: Double
        var inode: UInt64

        init(size: Int, modified: Double, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.inode = inode
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int(info.st_size)
            modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            inode = UInt64(info.st_ino)
        }
    }

    /// `index/000000000042.json` → `index/000000000042.keys`.
    static func path(forShard shardPath: String) -> String {
        String(shardPath.dropLast(".json".count)) + ".keys"
    }
}
