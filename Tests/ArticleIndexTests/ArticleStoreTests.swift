import ArticleIndex
import ArticleParsing
import DurableIO
import Foundation
import Testing

@Suite("ArticleStore")
struct ArticleStoreTests {
    @Test func newStoreWritesAnEmptyValidIndex() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url.appendingPathComponent("state"))
        #expect(store.count == 0)
        #expect(!store.hasUnflushedChanges)
        let json = try #require(contents(dir.file("state/index.json")))
        #expect(json.contains("\"schemaVersion\":2"))
        #expect(json.contains("\"shards\":[]"))
        #expect(json.contains("\"lastSequence\":0"))
        #expect(names(in: dir.file("state")) == ["articles", "index", "index.json"])
    }

    /// Timestamps are written as Foundation's ISO 8601 would write them (UTC, whole seconds,
    /// truncated) and read back to the same instant, across leap days, centuries and 1970.
    @Test(arguments: [0, 951_782_400, 951_868_799.5, 1_771_234_567.9, 4_102_444_799, 4_107_542_400])
    func timestampsAreISO8601InUTC(seconds: Double) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        let date = Date(timeIntervalSince1970: seconds)
        store.add(sampleArticle(1), archivedPath: "archive/1.txt", originalName: "1.txt", at: date)
        try store.flush(now: date)
        let whole = Date(timeIntervalSince1970: seconds.rounded(.down))
        let written = try #require(contents(dir.file("index/000000000001.json")))
        #expect(written.contains("\"indexedAt\":\"\(whole.ISO8601Format())\""), "\(written)")
        #expect(try #require(contents(dir.file("index.json"))).contains("\"generatedAt\":\"\(whole.ISO8601Format())\""))
        #expect(try ArticleStore(stateDirectory: dir.url).entry(id: sampleArticle(1).id)?.indexedAt == whole)
    }

    @Test func roundTripThroughANewStore() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        let articles = (1...3).map { sampleArticle($0) }
        for (n, article) in articles.enumerated() {
            store.add(
                article, archivedPath: "archive/2026/02/\(article.id).txt",
                originalName: "clip \(n).txt", at: fixedDate.addingTimeInterval(Double(n) + 0.75))
        }
        #expect(store.hasUnflushedChanges)
        try store.flush(now: fixedDate)
        #expect(!store.hasUnflushedChanges)

        let reloaded = try ArticleStore(stateDirectory: dir.url)
        #expect(try reloaded.entries == store.entries)
        #expect(try reloaded.entries.map(\.id) == articles.map(\.id))
        #expect(reloaded.lastSequence == 3)
        #expect(reloaded.entry(id: articles[1].id)?.indexedAt == fixedDate.addingTimeInterval(1))
        for article in articles {
            #expect(reloaded.contains(id: article.id))
            #expect(try reloaded.record(id: article.id).article == article)
        }
        #expect(names(in: dir.file("articles")) == articles.map { "\($0.id).json" })
    }

    @Test func reAddingKeepsIndexedAtAndMovesToTheEnd() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "archive/a", originalName: "a.txt", at: fixedDate)
        store.add(sampleArticle(2), archivedPath: "archive/b", originalName: "b.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        let later = fixedDate.addingTimeInterval(3600)
        store.add(
            sampleArticle(1, title: "Corrigé"), archivedPath: "archive/a2", originalName: "a2.txt",
            at: later)
        try store.flush(now: later)

        let entry = try #require(try ArticleStore(stateDirectory: dir.url).entry(id: sampleArticle(1).id))
        #expect(entry.indexedAt == fixedDate)
        #expect(entry.updatedAt == later)
        #expect(entry.title == "Corrigé")
        #expect(entry.archivedPath == "archive/a2")
        #expect(store.count == 2)
        #expect(try store.entries.map(\.id) == [sampleArticle(2).id, sampleArticle(1).id])
        #expect(try store.record(id: entry.id).entry.title == "Corrigé")
        let (_, changes) = try ArticleStore.readChanges(after: 2, stateDirectory: dir.url)
        #expect(changes.map(\.change) == [.updated])
        #expect(changes.map(\.sequence) == [3])
    }

    @Test func flushReplacesIndexAtomically() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        let before = try inode(dir.file("index.json"))
        store.add(sampleArticle(7), archivedPath: "archive/x", originalName: "x.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        #expect(try inode(dir.file("index.json")) != before)
        let leftovers = (names(in: dir.path) + names(in: dir.file("articles")) + names(in: dir.file("index")))
            .filter { $0.hasPrefix(DurableFile.temporaryPrefix) }
        #expect(leftovers.isEmpty)
        // Nothing pending: a flush writes nothing.
        let after = try inode(dir.file("index.json"))
        try store.flush(now: fixedDate.addingTimeInterval(5))
        #expect(try inode(dir.file("index.json")) == after)
    }

    @Test func failedFlushKeepsOldIndexAndPendingChanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "archive/a", originalName: "a.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        let oldIndex = try #require(contents(dir.file("index.json")))

        // Make the records directory unusable: a regular file where the directory was.
        try FileManager.default.moveItem(atPath: dir.file("articles"), toPath: dir.file("saved"))
        try write("in the way", to: dir.file("articles"))
        store.add(sampleArticle(2), archivedPath: "archive/b", originalName: "b.txt", at: fixedDate)
        let error = #expect(throws: DurableIOError.self) { try store.flush(now: fixedDate) }
        #expect(error?.errno == .notDirectory)
        #expect(contents(dir.file("index.json")) == oldIndex)
        #expect(store.hasUnflushedChanges)

        // Repair and retry: the pending article is written.
        try FileManager.default.removeItem(atPath: dir.file("articles"))
        try FileManager.default.moveItem(atPath: dir.file("saved"), toPath: dir.file("articles"))
        try store.flush(now: fixedDate)
        #expect(!store.hasUnflushedChanges)
        let reloaded = try ArticleStore(stateDirectory: dir.url)
        #expect(reloaded.count == 2)
        #expect(try reloaded.record(id: sampleArticle(2).id).article == sampleArticle(2))
    }

    @Test func unknownValuesAreWrittenAsNull() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(3), archivedPath: "archive/2026/02/c.txt", originalName: "c",
            at: fixedDate)
        try store.flush(now: fixedDate)
        #expect(contents(dir.file("index.json"))?.contains("\"generatedAt\":\"2026-02-16T09:36:07Z\"") == true)
        let json = try #require(contents(dir.file("index/000000000001.json")))
        #expect(json.contains("\"source\":null"))
        #expect(json.contains("\"language\":null"))
        #expect(json.contains("\"published\":null"))
        #expect(json.contains("\"archivedPath\":\"archive/2026/02/c.txt\""))
        #expect(json.contains("\"replacedBy\":null"))
    }

    @Test func startUpRemovesLeftoverTemporaries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try ArticleStore(stateDirectory: dir.url)
        try write("{\"trunc", to: dir.file(".presswatch-tmp-index.json-99"))
        try write("{", to: dir.file("articles/.presswatch-tmp-0000000000000001.json-1"))
        try write("{", to: dir.file("index/.presswatch-tmp-000000000009.json-1"))
        _ = try ArticleStore(stateDirectory: dir.url)
        #expect(names(in: dir.path) == ["articles", "index", "index.json"])
        #expect(names(in: dir.file("index")).isEmpty)
        #expect(names(in: dir.file("articles")).isEmpty)
    }

    @Test(arguments: [(String, IndexLoadError.Kind)]([
        ("{\"schemaVersion\": 2, \"generatedAt\": \"2026-", .invalidJSON),
        ("", .invalidJSON),
        ("[1, 2]", .invalidContent),
        ("{\"schemaVersion\": 3, \"generatedAt\": \"2026-02-16T00:00:00Z\", \"shards\": []}",
         .unsupportedSchemaVersion(3)),
        ("{\"generatedAt\": \"2026-02-16T00:00:00Z\", \"articles\": []}", .unsupportedSchemaVersion(nil)),
        ("{\"schemaVersion\": 1, \"generatedAt\": \"2026-02-16T00:00:00Z\", \"articles\": [{\"id\": 3}]}",
         .invalidContent),
        ("{\"schemaVersion\": 2, \"indexId\": \"0000000000000001\", \"generation\": 1, \"generatedAt\": "
            + "\"2026-02-16T00:00:00Z\", \"lastSequence\": 1, \"articleCount\": 1, \"graceSeconds\": 300, "
            + "\"shards\": [{\"path\": \"index/000000000001.json\", \"firstSequence\": 1, \"lastSequence\": 1, "
            + "\"changes\": 1}], \"retired\": []}",
         .invalidContent),
        ("{\"schemaVersion\": 2, \"indexId\": \"0000000000000001\", \"generation\": 1, \"generatedAt\": "
            + "\"2026-02-16T00:00:00Z\", \"lastSequence\": 1, \"articleCount\": 1, \"graceSeconds\": 300, "
            + "\"shards\": [{\"path\": \"/etc/passwd\", \"firstSequence\": 1, \"lastSequence\": 1, "
            + "\"changes\": 1}], \"retired\": []}",
         .invalidContent),
    ]))
    func damagedIndexIsRefusedAndLeftAlone(text: String, expected: IndexLoadError.Kind) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write(text, to: dir.file("index.json"))
        let error = #expect(throws: IndexLoadError.self) {
            _ = try ArticleStore(stateDirectory: dir.url)
        }
        #expect(error?.kind == expected)
        #expect(error?.description.contains(dir.path) == true)
        #expect(contents(dir.file("index.json")) == text)
    }

    @Test func aShardThatDoesNotMatchTheManifestIsDamage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "a", originalName: "a", at: fixedDate)
        try store.flush(now: fixedDate)
        let shard = dir.file("index/000000000001.json")
        let json = try #require(contents(shard))
        try write(json.replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":7"), to: shard)
        let error = #expect(throws: IndexLoadError.self) {
            _ = try ArticleStore(stateDirectory: dir.url)
        }
        #expect(error?.kind == .invalidContent)
        #expect(error?.path == shard)
    }
}

@Suite("ArticleStore recovery")
struct ArticleStoreRecoveryTests {
    @Test func setAsideKeepsEveryDamagedIndexUnderItsOwnName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        for n in [5, 1, 9] {
            store.add(sampleArticle(n), archivedPath: "archive/\(n).txt", originalName: "\(n).txt",
                at: fixedDate.addingTimeInterval(Double(n)))
        }
        try store.flush(now: fixedDate)
        try write("{\"schemaVersion\": 2, \"artic", to: dir.file("index.json"))
        try write("not json", to: dir.file("articles/00000000000000ff.json"))
        #expect(throws: IndexLoadError.self) { _ = try ArticleStore(stateDirectory: dir.url) }

        let asidePath = try ArticleStore.setAsideDamagedIndex(in: dir.url, now: fixedDate)
        #expect(asidePath == dir.file("index.json.damaged-20260216T093607Z"))
        #expect(contents(asidePath) == "{\"schemaVersion\": 2, \"artic")
        try write("damaged again", to: dir.file("index.json"))
        let second = try ArticleStore.setAsideDamagedIndex(in: dir.url, now: fixedDate)
        #expect(second == asidePath + "-2")
        #expect(contents(asidePath) == "{\"schemaVersion\": 2, \"artic")

        #expect(!FileManager.default.fileExists(atPath: dir.file("index.json")))
        // A fresh index: the old shards are retired (readers of the old manifest may hold them).
        let fresh = try ArticleStore(stateDirectory: dir.url)
        #expect(fresh.count == 0)
        #expect(fresh.manifest.retired.map(\.path) == ["index/000000000001.json"])
        #expect(fresh.manifest.generation == 1)
    }
}
