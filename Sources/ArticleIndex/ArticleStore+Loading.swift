import DurableIO
import Foundation

/// Reading the published index: at start-up (ids and story keys only), and whole, for tools.
extension ArticleStore {
    /// Loads `index.json` (migrating schemaVersion 1) and the keys of every shard it lists.
    func load(now: Date) throws {
        let data = try Self.readFile(indexPath)
        if Self.peekSchemaVersion(data) == 1 {
            try migrateVersion1(data, now: now)
            return
        }
        manifest = try Self.decodeManifest(data, path: indexPath)
        var previous = 0
        keys.reserve(manifest.articleCount)
        for info in manifest.shards {
            let path = absolute(info.path)
            let keys = try loadKeys(info)
            guard keys.firstSequence == info.firstSequence, keys.lastSequence == info.lastSequence,
                info.firstSequence == previous + 1, info.lastSequence >= info.firstSequence - 1
            else {
                throw IndexLoadError(kind: .invalidContent, path: path,
                                     detail: "sequence range does not match index.json (expected it to start at \(previous + 1))")
            }
            previous = info.lastSequence
            var last = info.firstSequence - 1
            for change in keys.changes {
                guard change.sequence > last, change.sequence <= info.lastSequence else {
                    throw IndexLoadError(kind: .invalidContent, path: path,
                                         detail: "bad change \(change.sequence) for id \"\(KeyTable.hex(change.id))\"")
                }
                last = change.sequence
                if let story = change.story {
                    self.keys.put(id: change.id, story: story, earlierVersions: change.earlierVersions)
                } else {
                    self.keys.remove(id: change.id)
                }
            }
        }
        guard previous == manifest.lastSequence else {
            throw IndexLoadError(kind: .invalidContent, path: indexPath,
                                 detail: "lastSequence \(manifest.lastSequence) but the shards end at \(previous)")
        }
        // A restart starts the grace period of every retired shard again (docs: "Guarantees").
        retiredOnDisk = manifest.retired.filter { FileManager.default.fileExists(atPath: absolute($0.path)) }
            .map { RetiredShard(path: $0.path, retiredAt: max($0.retiredAt, IndexCoding.wholeSeconds(now))) }
        writeMissingColumns()
    }

    /// Writes the query columns file (`ShardColumns`) of every listed shard that has none a
    /// reader could use (a folder written before they existed, an older version, one lost or
    /// cut short by a crash; only its header is checked here): so an older state folder gets
    /// the fast query path at the first start-up, for the cost of reading its shards once.
    /// Best effort, like every columns file: a shard that cannot be read is left to readers.
    func writeMissingColumns() {
        for info in manifest.shards {
            let path = absolute(info.path)
            guard let shard = try? MappedFile(path: path, populate: false) else { continue }
            if let columns = try? MappedFile(path: absolute(ShardColumns.path(forShard: info.path)), populate: false),
               ShardColumns.File(columns, shard: info, shardSize: shard.bytes.count) != nil {
                continue
            }
            guard let bytes = try? Self.readFile(path) else { continue }
            writeColumnsFile(shard: [UInt8](bytes), firstSequence: info.firstSequence, lastSequence: info.lastSequence, at: info.path)
        }
    }

    /// The keys of a shard: its keys file, or the shard itself when that is missing, damaged or
    /// stale (the keys file is then written again, best effort).
    /// - Throws: `IndexLoadError` when the shard is missing or cannot be decoded.
    func loadKeys(_ info: ShardInfo) throws(IndexLoadError) -> ShardKeys {
        let keysPath = absolute(ShardKeys.path(forShard: info.path))
        let path = absolute(info.path)
        guard let stamp = ShardKeys.FileStamp(path: path) else {
            throw IndexLoadError(kind: .invalidContent, path: path, detail: "listed in index.json but missing")
        }
        if let data = FileManager.default.contents(atPath: keysPath),
            let keys = data.withUnsafeBytes({ ShardKeys(bytes: $0) }), keys.shard == stamp
        {
            return keys
        }
        let keys: ShardKeys
        do {
            keys = try ShardKeys(decodingShardAt: path)
        } catch let error as IndexLoadError {
            throw error
        } catch {
            throw IndexLoadError(kind: .invalidContent, path: path, detail: Self.describe(error))
        }
        try? DurableFile.writeAtomically(keys.encoded(), to: keysPath)
        return keys
    }

    /// Reads one shard in full.
    func readShard(_ info: ShardInfo) throws -> ShardDocument {
        let path = absolute(info.path)
        do {
            return try IndexCoding.makeDecoder().decode(ShardDocument.self, from: try Self.readFile(path))
        } catch let error as IndexLoadError {
            throw error
        } catch {
            throw IndexLoadError(kind: .invalidContent, path: path, detail: Self.describe(error))
        }
    }

    /// The whole index as a reader sees it, without opening a store (nothing is created or
    /// written): the manifest, then every entry, in order of its last change.
    /// - Throws: `IndexLoadError`.
    public static func readIndex(stateDirectory: URL) throws(IndexLoadError) -> (IndexManifest, [IndexEntry]) {
        let (manifest, changes) = try readChanges(after: 0, stateDirectory: stateDirectory)
        var position: [String: Int] = [:]
        var entries: [IndexEntry?] = []
        for change in changes {
            if let old = position.removeValue(forKey: change.id) { entries[old] = nil }
            if let entry = change.entry {
                position[change.id] = entries.count
                entries.append(entry)
            }
        }
        return (manifest, entries.compactMap { $0 })
    }

    /// The changes with a sequence number greater than `after`, in order, reading only the
    /// shards whose range ends after it (docs/index-format.md, "The change feed").
    /// - Throws: `IndexLoadError`.
    public static func readChanges(after: Int, stateDirectory: URL) throws(IndexLoadError) -> (IndexManifest, [IndexChange]) {
        let root = stateDirectory.path(percentEncoded: false)
        let indexPath = (root as NSString).appendingPathComponent("index.json")
        let manifest = try decodeManifest(try readFile(indexPath), path: indexPath)
        var changes: [IndexChange] = []
        for info in manifest.shards where info.lastSequence > after {
            let path = (root as NSString).appendingPathComponent(info.path)
            let shard: ShardDocument
            do {
                shard = try IndexCoding.makeDecoder().decode(ShardDocument.self, from: try readFile(path))
            } catch let error as IndexLoadError {
                throw error
            } catch {
                throw IndexLoadError(kind: .invalidContent, path: path, detail: describe(error))
            }
            changes += shard.changes.filter { $0.sequence > after }
        }
        return (manifest, changes)
    }

    static func readFile(_ path: String) throws(IndexLoadError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IndexLoadError(kind: .unreadable, path: path, detail: "\(error)")
        }
    }

    static func peekSchemaVersion(_ data: Data) -> Int? {
        struct Version: Decodable { var schemaVersion: Int }
        return try? JSONDecoder().decode(Version.self, from: data).schemaVersion
    }
}
