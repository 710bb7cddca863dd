import Foundation

/// A read-only view of one published generation of the index, read from the files alone
/// (never from a running daemon), so it works whether presswatch runs or not.
///
/// Contract (docs/index-format.md, "Guarantees for readers"): reads `index.json` once, then the
/// shards it names; the result is exactly the index of that generation, never a mix of two. If
/// a shard disappears meanwhile (retired by a compaction and deleted after its grace period),
/// it starts again from `index.json`, up to five times. Nothing is ever written.
public struct IndexSnapshot: Sendable {
    public let statePath: String
    public let manifest: IndexManifest
    /// Every article in the index with the change that set it, in order of that change's
    /// sequence number; `changes.entryBytes(_:)` gives each entry's JSON.
    public let articles: ChangeSet
    /// The same changes as `articles`, in the same order, as a query reads the fields it filters
    /// and sorts on: from the shards' query columns (`ShardColumns`: only the fields asked for
    /// at `open`) where they are usable, else the entries themselves (then `articles` itself).
    public let columns: ChangeSet

    /// Reads the current generation of the index in `statePath`. With `columns`, the shards'
    /// query columns files are used for those fields where they are present and valid (each
    /// shard is then mapped but not read), and `columns` holds only those fields; the answer
    /// is the same as without (a missing, unknown or damaged columns file: that shard is read
    /// whole). Fields that are not columns (`wordCount`, `archivedPath`) make it read every shard.
    public static func open(statePath: String, columns fields: Set<EntryFieldOffsets.Field>? = nil) throws(IndexReadError) -> IndexSnapshot {
        let read: (manifest: IndexManifest, changes: ChangeSet, columns: ChangeSet)
        if let fields, fields.isSubset(of: ShardColumns.columnFields) {
            read = try readColumns(statePath: statePath, fields: ShardColumns.columnFields.filter(fields.contains))
        } else {
            let feed = try readFeed(statePath: statePath, after: 0, expecting: nil)
            read = (feed.0, feed.1, feed.1)
        }
        let (manifest, changes, columns) = read
        // The last change of each id, unless it is a removal; in order. Usually nothing is
        // dropped (a compacted index), and then the changes are kept without a copy.
        var live = changes, liveColumns = columns
        var position: [UInt64: Int] = [:]
        position.reserveCapacity(changes.changes.count)
        var dropped: [Int] = []
        for (index, change) in changes.changes.enumerated() {
            if let old = position.updateValue(index, forKey: change.idValue) { dropped.append(old) }
            if change.entry == nil { dropped.append(index) }
        }
        if !dropped.isEmpty {
            var keep = [Bool](repeating: true, count: changes.changes.count)
            for index in dropped { keep[index] = false }
            let kept = changes.changes.indices.filter { keep[$0] }
            live.changes = kept.map { changes.changes[$0] }
            liveColumns.changes = kept.map { columns.changes[$0] }
        }
        return IndexSnapshot(statePath: statePath, manifest: manifest, articles: live, columns: liveColumns)
    }

    /// The manifest of the current generation and all its changes, read with `ChangeSet.read`
    /// (query columns for `fields`), starting again from `index.json` when a shard disappears.
    static func readColumns(statePath: String, fields: [EntryFieldOffsets.Field])
        throws(IndexReadError) -> (IndexManifest, ChangeSet, ChangeSet) {
        let (manifest, read) = try withCurrentManifest(statePath: statePath) { manifest in
            try ChangeSet.read(shards: manifest.shards, statePath: statePath, fields: fields)
        }
        return (manifest, read.0, read.1)
    }

    /// The manifest of the current generation and its changes numbered above `after`, oldest
    /// first, reading only the shards that hold them. When `expecting` is given and the index
    /// has another `indexId` (it was rebuilt), the changes are those above 0.
    public static func readFeed(
        statePath: String, after: Int, expecting indexID: String?
    ) throws(IndexReadError) -> (IndexManifest, ChangeSet) {
        try withCurrentManifest(statePath: statePath) { manifest in
            let from = indexID == nil || indexID == manifest.indexId ? after : 0
            var changes = ChangeSet()
            // Room for the changes the manifest announces (bounded: it is only a hint).
            let announced = manifest.shards.reduce(0) { $0 + ($1.lastSequence > from ? max(0, min($1.changes, 1 << 24)) : 0) }
            changes.changes.reserveCapacity(min(announced, 1 << 24))
            let paths = manifest.shards.filter { $0.lastSequence > from }.map { statePath + "/" + $0.path }
            try changes.appendShards(paths: paths, after: from)
            return changes
        }
    }

    /// Reads `index.json` and runs `body` on it; when a shard it names has disappeared
    /// (retired and deleted after its grace period), starts again from `index.json`, up to five
    /// times. A shard that cannot be opened otherwise is `.unreadable`; any other error of
    /// `body` is `.damaged`.
    static func withCurrentManifest<Result>(
        statePath: String, _ body: (IndexManifest) throws -> Result
    ) throws(IndexReadError) -> (IndexManifest, Result) {
        var attempt = 0
        while true {
            attempt += 1
            let manifest = try readManifest(statePath: statePath)
            do {
                return (manifest, try body(manifest))
            } catch let failure as MappedFile.OpenFailure where failure.isMissing && attempt < 5 {
                continue
            } catch let failure as MappedFile.OpenFailure {
                throw IndexReadError(.unreadable(failure.message), statePath: statePath)
            } catch {
                throw IndexReadError(.damaged("\(error)"), statePath: statePath)
            }
        }
    }

    /// The manifest `index.json` of `statePath`, validated.
    public static func readManifest(statePath: String) throws(IndexReadError) -> IndexManifest {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: statePath, isDirectory: &isDirectory) else {
            throw IndexReadError(.noStateFolder, statePath: statePath)
        }
        guard isDirectory.boolValue else { throw IndexReadError(.notAFolder, statePath: statePath) }
        let path = statePath + "/index.json"
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            throw IndexReadError(.noIndex, statePath: statePath)
        } catch {
            throw IndexReadError(.unreadable("\(error.localizedDescription)"), statePath: statePath)
        }
        do {
            return try ArticleStore.decodeManifest(data, path: path)
        } catch {
            if case .unsupportedSchemaVersion(1) = error.kind {
                throw IndexReadError(.versionOne, statePath: statePath)
            }
            throw IndexReadError(.damaged(error.description), statePath: statePath)
        }
    }

    /// The full record `articles/<id>.json` (entry fields and body) as its bytes, or nil when
    /// there is none (an id never indexed) or it cannot be read.
    public func recordData(id: String) -> Data? {
        guard IndexCoding.isValidID(id) else { return nil }
        return try? Data(contentsOf: URL(fileURLWithPath: statePath + "/articles/" + id + ".json"))
    }
}

/// Why the index of a state folder cannot be read, and what to do about it.
public struct IndexReadError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        case noStateFolder, notAFolder, noIndex, versionOne
        case unreadable(String)
        case damaged(String)
    }

    public let kind: Kind
    public let statePath: String

    public init(_ kind: Kind, statePath: String) {
        self.kind = kind
        self.statePath = statePath
    }

    public var description: String {
        switch kind {
        case .noStateFolder:
            return "the state folder \(statePath) does not exist; give the one the daemon uses with --state DIR "
                + "or --config FILE (e.g. --state /var/lib/presswatch)"
        case .notAFolder:
            return "\(statePath) is not a folder; --state takes the daemon's state folder (e.g. --state /var/lib/presswatch)"
        case .noIndex:
            return "\(statePath) holds no index (no index.json): start the daemon once (presswatch run --state \(statePath)) "
                + "or rebuild it from the archive (presswatch reindex --state \(statePath))"
        case .versionOne:
            return "\(statePath)/index.json is a schemaVersion 1 index: start the daemon once to migrate it to version 2"
        case .unreadable(let why):
            return "cannot read the index in \(statePath): \(why); check the folder's owner and mode"
        case .damaged(let why):
            return "the index in \(statePath) is damaged: \(why); restart the daemon or run presswatch reindex "
                + "--state \(statePath) to rebuild it from the archive"
        }
    }
}
