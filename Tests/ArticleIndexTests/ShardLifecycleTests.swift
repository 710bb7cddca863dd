import ArticleIndex
import Foundation
import Testing

/// What publishing costs over a long life: the manifest stays small however often presswatch
/// publishes, retired shards stay readable for the grace period, and the start-up keys files
/// are rebuilt when they cannot be used.
@Suite("Shard lifecycle")
struct ShardLifecycleTests {
    func shardFiles(_ dir: TemporaryDirectory) -> Set<String> {
        Set(names(in: dir.file("index")).filter { $0.hasSuffix(".json") }.map { "index/" + $0 })
    }

    /// The daemon compacts between batches only after 64 of them in a row or a pause: one
    /// merge each time left 140 one-article shards in a benchmark (a 14 KB manifest published
    /// with every article). `compactDue` merges every due run.
    @Test func compactionBetweenBatchesCatchesUpWithAStreamOfSingleArticles() throws {
        // 500 publications: on tmpfs where there is one (fsyncs are not the point here).
        let dir = FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? try TemporaryDirectory(in: "/dev/shm") : try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 300)
        func publish(_ range: ClosedRange<Int>, compacting compact: () throws -> Void) throws {
            for n in range {
                let now = fixedDate.addingTimeInterval(Double(n))
                store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: now)
                try store.flush(now: now)
                if n % 64 == 0 { try compact() }
            }
        }
        // One merge per compaction falls behind...
        try publish(1...200) { try store.compact(now: fixedDate.addingTimeInterval(200)) }
        #expect(store.manifest.shards.count > 60, "one-article shards since the last compaction")
        // ...`compactDue` catches up in one call...
        let merged = try store.compactDue(now: fixedDate.addingTimeInterval(201))
        #expect(merged > 60)
        #expect(store.manifest.shards.count <= 12, "\(store.manifest.shards.map(\.changes))")
        #expect(ArticleStore.runToMerge(store.manifest.shards, lastSequence: store.lastSequence) == nil)
        // ...and keeps up with the stream.
        var most = 0
        try publish(201...500) {
            try store.compactDue(now: fixedDate.addingTimeInterval(500))
            most = max(most, store.manifest.shards.count)
        }
        #expect(most <= 16)
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.count == 500)
    }

    @Test func theManifestStaysSmallAndRetiredShardsStayForTheGracePeriod() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 300)
        var named: Set<String> = []
        var sizes: [Int] = []
        for n in 1...120 {
            let now = fixedDate.addingTimeInterval(Double(n))
            store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: now)
            try store.flush(now: now)
            named.formUnion(store.manifest.shards.map(\.path))
            try store.compact(now: now)
            named.formUnion(store.manifest.shards.map(\.path))
            sizes.append(try #require(FileManager.default.contents(atPath: dir.file("index.json"))).count)
        }
        // Every shard any manifest of the last 300 s named is still there for its readers.
        #expect(named.isSubset(of: shardFiles(dir)))
        #expect(shardFiles(dir).count > 60, "compactions retired shards, none deleted yet")
        // The manifest lists the live shards (O(log n)) and what its own publication retired.
        #expect(store.manifest.shards.count <= 8, "\(store.manifest.shards.map(\.changes))")
        #expect(store.manifest.retired.count <= 8)
        #expect(sizes.max()! < 2_000, "\(sizes)")
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.count == 120)

        // Past the grace period, the next publication deletes what earlier ones retired.
        let later = fixedDate.addingTimeInterval(121 + 300)
        store.add(sampleArticle(500), archivedPath: "b", originalName: "b", at: later)
        try store.flush(now: later)
        let live = Set(store.manifest.shards.map(\.path))
        #expect(shardFiles(dir) == live.union(store.manifest.retired.map(\.path)))
    }

    /// The compaction rule over a long life (batches of 1, 7 and 500 changes, each followed by
    /// the merge `compact` would make): the changes after lastSequence − m always sit in shards
    /// holding at most m + max(2m, one batch) changes, so a change-feed reader reads little
    /// for a small m, and the manifest lists O(log n) shards.
    @Test func theNewestChangesStayInSmallShards() {
        for (batch, total) in [(1, 20_000), (7, 100_000), (500, 100_000)] {
            var shards: [ShardInfo] = []
            var last = 0
            var mostShards = 0
            var oversized: [String] = []
            while last < total {
                shards.append(ShardInfo(path: "", firstSequence: last + 1, lastSequence: last + batch, changes: batch))
                last += batch
                if let run = ArticleStore.runToMerge(shards, lastSequence: last) {
                    #expect(run.count >= 2 && run.upperBound < shards.count)
                    let merged = ShardInfo(path: "", firstSequence: shards[run.lowerBound].firstSequence,
                                           lastSequence: shards[run.upperBound].lastSequence,
                                           changes: shards[run].reduce(0) { $0 + $1.changes })
                    #expect(merged.changes <= ArticleStore.largestMerge)
                    shards.replaceSubrange(run, with: [merged])
                }
                mostShards = max(mostShards, shards.count)
                for m in [1, 10, 100, 1_000] where m <= last {
                    let read = shards.filter { $0.lastSequence > last - m }.reduce(0) { $0 + $1.changes }
                    if read > m + max(2 * m, batch) { oversized.append("\(read) changes read for the last \(m) at \(last)") }
                }
            }
            #expect(oversized.isEmpty, "batches of \(batch): \(oversized.prefix(3))")
            #expect(mostShards <= 20, "batches of \(batch): \(shards.map(\.changes))")
            #expect(shards.reduce(0) { $0 + $1.changes } == last && shards.last?.lastSequence == last)
        }
    }

    @Test func aRestartKeepsUnlistedShardsForAFreshGracePeriod() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 60)
        for n in 1...6 {
            store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: fixedDate)
            try store.flush(now: fixedDate)
            try store.compact(now: fixedDate)
        }
        let before = shardFiles(dir)
        #expect(before.count > store.manifest.shards.count)
        let restart = fixedDate.addingTimeInterval(3_600)
        let reopened = try ArticleStore(stateDirectory: dir.url, graceSeconds: 60, now: restart)
        reopened.add(sampleArticle(7), archivedPath: "a7", originalName: "a7", at: restart)
        try reopened.flush(now: restart.addingTimeInterval(59))
        #expect(before.isSubset(of: shardFiles(dir)), "retired again at the restart: kept 60 s from then")
        reopened.add(sampleArticle(8), archivedPath: "a8", originalName: "a8", at: restart)
        try reopened.flush(now: restart.addingTimeInterval(60))
        #expect(shardFiles(dir) == Set(reopened.manifest.shards.map(\.path)).union(reopened.manifest.retired.map(\.path)))
        #expect(try ArticleStore(stateDirectory: dir.url).count == 8)
    }

    @Test func unusableKeysFilesAreRebuiltFromTheirShard() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "a", originalName: "a", at: fixedDate)
        var corrected = sampleArticle(1)
        corrected.id = "00000000000000a1"
        corrected.body.append("Correction.")
        try store.flush(now: fixedDate)
        store.addVersion(corrected, archivedPath: "b", originalName: "b", at: fixedDate)
        store.add(sampleArticle(2), archivedPath: "c", originalName: "c", at: fixedDate)
        try store.flush(now: fixedDate)
        let keys = dir.file("index/000000000002.keys")
        let good = try #require(FileManager.default.contents(atPath: keys))
        #expect(good.starts(with: Array("PWKEYS02".utf8)))
        // Damaged (truncated), of an older format (JSON), or missing: each is rebuilt.
        for damage in [Data(good.prefix(good.count - 3)), Data("{\"changes\": []}".utf8), nil] {
            if let damage { try damage.write(to: URL(fileURLWithPath: keys)) } else { try FileManager.default.removeItem(atPath: keys) }
            let reopened = try ArticleStore(stateDirectory: dir.url)
            #expect(reopened.count == 2)
            #expect(reopened.contains(id: "00000000000000a1") && !reopened.contains(id: sampleArticle(1).id))
            #expect(reopened.knownVersion(id: sampleArticle(1).id).map { if case .superseded = $0 { true } else { false } } == true)
            #expect(FileManager.default.contents(atPath: keys) == good)
        }
    }
}
