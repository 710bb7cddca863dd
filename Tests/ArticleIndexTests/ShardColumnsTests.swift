@testable import ArticleIndex
import Foundation
import Testing

/// The query columns files (`index/<generation>.cols`) over a store's life: written with every
/// shard (a batch, a compaction, a migration), kept with a retired shard for its grace period
/// and deleted with it, never left without their shard.
@Suite("Shard query columns")
struct ShardColumnsTests {
    func files(_ dir: TemporaryDirectory, _ suffix: String) -> Set<String> {
        Set(names(in: dir.file("index")).filter { $0.hasSuffix(suffix) }.map { "index/" + $0.dropLast(suffix.count) + ".json" })
    }

    /// Whether the columns file of `shard` is one a reader uses (header, sizes, checksums).
    func usable(_ dir: TemporaryDirectory, _ shard: ShardInfo) throws -> Bool {
        let columns = try MappedFile(path: dir.file(ShardColumns.path(forShard: shard.path)))
        let size = try MappedFile(path: dir.file(shard.path)).bytes.count
        guard let file = ShardColumns.File(columns, shard: shard, shardSize: size) else { return false }
        return file.verify(ShardColumns.columnFields)
            && file.changes(after: 0, fields: ShardColumns.columnFields, shardFile: 0, shardSize: size, columnsFile: 1)?.shard.count == shard.changes
    }

    @Test func everyShardGetsItsColumnsAndRetiredOnesKeepThemForTheGracePeriod() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 300)
        for n in 1...40 {
            let now = fixedDate.addingTimeInterval(Double(n))
            store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: now)
            try store.flush(now: now)
            for shard in store.manifest.shards { #expect(try usable(dir, shard), "\(shard.path) after batch \(n)") }
            try store.compact(now: now)
            for shard in store.manifest.shards { #expect(try usable(dir, shard), "\(shard.path) after compaction \(n)") }
        }
        // Retired shards keep their columns (readers of older manifests use them), not their keys.
        #expect(files(dir, ".json") == files(dir, ".cols"))
        #expect(files(dir, ".keys") == Set(store.manifest.shards.map(\.path)))
        #expect(files(dir, ".json").count > store.manifest.shards.count)
        // Past the grace period, both go.
        let later = fixedDate.addingTimeInterval(41 + 300)
        store.add(sampleArticle(500), archivedPath: "b", originalName: "b", at: later)
        try store.flush(now: later)
        let kept = Set(store.manifest.shards.map(\.path)).union(store.manifest.retired.map(\.path))
        #expect(files(dir, ".json") == kept)
        #expect(files(dir, ".cols") == kept)
    }

    @Test func columnsWithoutTheirShardAndUnpublishedShardsGoAtStartUp() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "a", originalName: "a", at: fixedDate)
        try store.flush(now: fixedDate)
        // An orphan columns file (its shard deleted before it by a crash), and a shard with its
        // columns written by a batch that crashed before its manifest.
        try write("stale", to: dir.file("index/000000000000.cols"))
        for suffix in [".json", ".cols"] {
            try FileManager.default.copyItem(atPath: dir.file("index/000000000001" + suffix), toPath: dir.file("index/000000000009" + suffix))
        }
        let reopened = try ArticleStore(stateDirectory: dir.url)
        #expect(!FileManager.default.fileExists(atPath: dir.file("index/000000000000.cols")))
        reopened.add(sampleArticle(2), archivedPath: "b", originalName: "b", at: fixedDate)
        try reopened.flush(now: fixedDate)
        #expect(files(dir, ".cols") == Set(reopened.manifest.shards.map(\.path)))
        #expect(files(dir, ".json") == Set(reopened.manifest.shards.map(\.path)))
    }

    /// The file is derived from the shard's bytes as the reader's scan sees them: each column
    /// value is the value's JSON exactly as in the shard.
    @Test func columnValuesAreTheShardsBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        for n in 1...6 { store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: fixedDate) }
        try store.flush(now: fixedDate)
        let shard = try #require(store.manifest.shards.first)
        let shardFile = try MappedFile(path: dir.file(shard.path))
        let columnsFile = try MappedFile(path: dir.file(ShardColumns.path(forShard: shard.path)))
        let file = try #require(ShardColumns.File(columnsFile, shard: shard, shardSize: shardFile.bytes.count))
        let read = try #require(file.changes(after: 0, fields: ShardColumns.columnFields, shardFile: 0, shardSize: shardFile.bytes.count, columnsFile: 1))
        var scanned = ChangeSet()
        try scanned.appendShards(paths: [dir.file(shard.path)], after: 0)
        #expect(read.shard.map(\.idValue) == scanned.changes.map(\.idValue))
        #expect(read.shard.map(\.entry) == scanned.changes.map(\.entry))
        for (index, change) in scanned.changes.enumerated() {
            let entry = scanned.entryBytes(change)
            for field in ShardColumns.columnFields {
                #expect(read.shard[index].fields[field] == change.fields[field])
                guard let at = change.fields[field] else {
                    #expect(read.columns[index].fields[field] == nil)
                    continue
                }
                var json = RawJSON(entry, position: at)
                let value = try json.skipValue()
                let columnAt = try #require(read.columns[index].fields[field])
                let column = Array(columnsFile.bytes[columnAt..<(columnAt + value.count)])
                #expect(column == Array(entry[value]), "\(field)")
            }
        }
    }
}
