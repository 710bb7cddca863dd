import ArticleIndex
import ArticleParsing
import Foundation
import Testing

/// The change feed and the shard layout: every change numbered, "changes after N" reading only
/// the shards that hold them, compaction keeping the latest change per id with its number, old
/// shards kept for the grace period.
@Suite("Change feed and shards")
struct ChangeFeedTests {
    /// Applies `changes` to `state` the way the documented reader recipe does.
    static func apply(_ changes: [IndexChange], to state: inout [String: IndexEntry]) {
        for change in changes {
            state[change.id] = change.entry
        }
    }


    @Test func everyChangeGetsTheNextSequenceNumber() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "archive/1.txt", originalName: "1.txt", at: fixedDate)
        store.add(sampleArticle(2), archivedPath: "archive/2.txt", originalName: "2.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        // A new version of story 1 (same title, source and day; another body, so another id).
        var corrected = sampleArticle(1)
        corrected.id = "00000000000000a1"
        corrected.body.append("Correction.")
        let replaced = store.addVersion(corrected, archivedPath: "archive/a1.txt", originalName: "a1.txt", at: fixedDate)
        #expect(replaced?.id == sampleArticle(1).id)
        try store.flush(now: fixedDate)

        let (manifest, changes) = try ArticleStore.readChanges(after: 0, stateDirectory: dir.url)
        #expect(manifest.lastSequence == 4)
        #expect(manifest.articleCount == 2)
        #expect(manifest.shards.map(\.firstSequence) == [1, 3])
        #expect(changes.map(\.sequence) == [1, 2, 3, 4])
        #expect(changes.map(\.change) == [.added, .added, .removed, .updated])
        #expect(changes[2].id == sampleArticle(1).id && changes[2].replacedBy == corrected.id && changes[2].entry == nil)
        #expect(changes[3].entry?.previousVersions?.map(\.id) == [sampleArticle(1).id])

        // After 2: only the second shard is read, and only what came after.
        let (_, after2) = try ArticleStore.readChanges(after: 2, stateDirectory: dir.url)
        #expect(after2.map(\.sequence) == [3, 4])
        let (_, none) = try ArticleStore.readChanges(after: 4, stateDirectory: dir.url)
        #expect(none.isEmpty)

        // Reopened: numbering continues; the superseded id is still known as an earlier version.
        let reopened = try ArticleStore(stateDirectory: dir.url)
        #expect(reopened.lastSequence == 4)
        guard case .superseded(let version, let by) = reopened.knownVersion(id: sampleArticle(1).id) else {
            Issue.record("the replaced version is not known")
            return
        }
        #expect(version.archivedPath == "archive/1.txt" && by.id == corrected.id)
    }

    /// A reader resuming at any N after compaction ends with exactly the state of a reader that
    /// read everything, receiving no change numbered N or less, and no sequence number twice.
    @Test func compactionKeepsTheFeedExactForEveryResumePoint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 60)
        var snapshots: [Int: [String: IndexEntry]] = [0: [:]]
        for batch in 0..<40 {
            for k in 0..<(batch % 3 + 1) {
                let n = (batch * 7 + k * 3) % 25 + 1  // ids come back: re-adds and updates
                store.add(sampleArticle(n, title: "Titre \(n) v\(batch)"), archivedPath: "archive/\(n).txt",
                          originalName: "\(n).txt", at: fixedDate.addingTimeInterval(Double(batch)))
            }
            try store.flush(now: fixedDate)
            snapshots[store.lastSequence] = try Dictionary(uniqueKeysWithValues: store.entries.map { ($0.id, $0) })
            try store.compact(now: fixedDate)
        }
        let (manifest, _) = try ArticleStore.readChanges(after: 0, stateDirectory: dir.url)
        #expect(manifest.shards.count <= 8, "\(manifest.shards.map(\.changes))")
        #expect(shards(in: dir).count > manifest.shards.count, "compactions retired shards (kept for the grace period)")
        let final = try Dictionary(uniqueKeysWithValues: store.entries.map { ($0.id, $0) })
        for (n, snapshot) in snapshots {
            var resumed = snapshot
            let (_, changes) = try ArticleStore.readChanges(after: n, stateDirectory: dir.url)
            #expect(changes.allSatisfy { $0.sequence > n })
            #expect(Set(changes.map(\.sequence)).count == changes.count)
            Self.apply(changes, to: &resumed)
            #expect(resumed == final, "resuming after \(n)")
        }
    }

    @Test func retiredShardsStayForTheGracePeriod() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 60)
        for n in 1...2 {
            store.add(sampleArticle(n), archivedPath: "a\(n)", originalName: "a\(n)", at: fixedDate)
            try store.flush(now: fixedDate)
        }
        let old = try #require(contents(dir.file("index.json")))
        #expect(try store.compact(now: fixedDate, force: true) == 2)
        #expect(store.manifest.shards.count == 1)
        // A reader holding the old manifest can still read every shard it names.
        #expect(old.contains("index/000000000001.json") && old.contains("index/000000000002.json"))
        #expect(shards(in: dir) == ["000000000001.json", "000000000002.json", "000000000003.json"])
        store.add(sampleArticle(3), archivedPath: "a3", originalName: "a3", at: fixedDate)
        try store.flush(now: fixedDate.addingTimeInterval(59))
        #expect(shards(in: dir).count == 4)
        store.add(sampleArticle(4), archivedPath: "a4", originalName: "a4", at: fixedDate)
        try store.flush(now: fixedDate.addingTimeInterval(60))
        #expect(shards(in: dir) == ["000000000003.json", "000000000004.json", "000000000005.json"])
        // Keys files (start-up's summary of a shard) only for the shards of the manifest.
        #expect(names(in: dir.file("index")).filter { $0.hasSuffix(".keys") } == ["000000000003.keys", "000000000004.keys", "000000000005.keys"])
        #expect(store.manifest.retired.isEmpty)
        #expect(try store.entries.count == 4)
    }

    func shards(in dir: TemporaryDirectory) -> [String] {
        names(in: dir.file("index")).filter { $0.hasSuffix(".json") }
    }

    /// Start-up reads keys files; a shard changed behind presswatch's back is read in full, so
    /// damage is still found.
    @Test func aShardEditedAfterItsKeysFileIsReadInFull() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "a", originalName: "a", at: fixedDate)
        store.add(sampleArticle(2), archivedPath: "b", originalName: "b", at: fixedDate)
        try store.flush(now: fixedDate)
        #expect(try ArticleStore(stateDirectory: dir.url).count == 2)
        let shard = dir.file("index/000000000001.json")
        let json = try #require(contents(shard))
        try write(json.replacingOccurrences(of: "\"title\":", with: "\"titre\":"), to: shard)
        let error = #expect(throws: IndexLoadError.self) { _ = try ArticleStore(stateDirectory: dir.url) }
        #expect(error?.path == shard)
        // A lost keys file is rebuilt from the shard.
        try write(json, to: shard)
        try FileManager.default.removeItem(atPath: dir.file("index/000000000001.keys"))
        #expect(try ArticleStore(stateDirectory: dir.url).count == 2)
        #expect(FileManager.default.fileExists(atPath: dir.file("index/000000000001.keys")))
    }

    @Test func aVersion1IndexIsMigratedAtStartUp() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let entries = (1...5).map { n in
            IndexEntry(article: sampleArticle(n), archivedPath: "archive/2026/02/\(sampleArticle(n).id).txt",
                       originalName: "\(n).txt", indexedAt: fixedDate, updatedAt: fixedDate)
        }
        struct Version1: Encodable {
            var schemaVersion = 1
            var generatedAt: Date
            var articles: [IndexEntry]
        }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let v1 = try encoder.encode(Version1(generatedAt: fixedDate, articles: entries))
        try v1.write(to: URL(fileURLWithPath: dir.file("index.json")))

        let store = try ArticleStore(stateDirectory: dir.url)
        #expect(store.count == 5)
        #expect(store.lastSequence == 5)
        #expect(try store.entries == entries)
        #expect(FileManager.default.contents(atPath: dir.file("index.v1.json")) == v1)
        let reopened = try ArticleStore(stateDirectory: dir.url)
        #expect(try reopened.entries.map(\.archivedPath) == entries.map(\.archivedPath))
        #expect(reopened.manifest.schemaVersion == 2)
    }
}
