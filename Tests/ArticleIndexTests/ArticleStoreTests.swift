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
        #expect(json.contains("\"schemaVersion\":1"))
        #expect(json.contains("\"articles\":[]"))
        #expect(names(in: dir.file("state")) == ["articles", "index.json"])
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
        #expect(reloaded.entries == store.entries)
        #expect(reloaded.entries.map(\.id) == articles.map(\.id))
        #expect(reloaded.entry(id: articles[1].id)?.indexedAt == fixedDate.addingTimeInterval(1))
        for article in articles {
            #expect(reloaded.contains(id: article.id))
            #expect(try reloaded.record(id: article.id).article == article)
        }
        #expect(names(in: dir.file("articles")) == articles.map { "\($0.id).json" })
    }

    @Test func reAddingKeepsIndexedAtAndPosition() throws {
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
        #expect(store.entries.map(\.id) == [sampleArticle(1).id, sampleArticle(2).id])
        #expect(try store.record(id: entry.id).entry.title == "Corrigé")
    }

    @Test func flushReplacesIndexAtomically() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        let before = try inode(dir.file("index.json"))
        store.add(sampleArticle(7), archivedPath: "archive/x", originalName: "x.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        #expect(try inode(dir.file("index.json")) != before)
        let leftovers = (names(in: dir.path) + names(in: dir.file("articles")))
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
        let json = try #require(contents(dir.file("index.json")))
        #expect(json.contains("\"source\":null"))
        #expect(json.contains("\"language\":null"))
        #expect(json.contains("\"published\":null"))
        #expect(json.contains("\"archivedPath\":\"archive/2026/02/c.txt\""))
        #expect(json.contains("\"generatedAt\":\"2026-02-16T09:36:07Z\""))
    }

    @Test func startUpRemovesLeftoverTemporaries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try ArticleStore(stateDirectory: dir.url)
        try write("{\"trunc", to: dir.file(".presswatch-tmp-index.json-99"))
        try write("{", to: dir.file("articles/.presswatch-tmp-0000000000000001.json-1"))
        _ = try ArticleStore(stateDirectory: dir.url)
        #expect(names(in: dir.path) == ["articles", "index.json"])
        #expect(names(in: dir.file("articles")).isEmpty)
    }

    @Test(arguments: [(String, IndexLoadError.Kind)]([
        ("{\"schemaVersion\": 1, \"generatedAt\": \"2026-", .invalidJSON),
        ("", .invalidJSON),
        ("[1, 2]", .invalidContent),
        ("{\"schemaVersion\": 2, \"generatedAt\": \"2026-02-16T00:00:00Z\", \"articles\": []}",
         .unsupportedSchemaVersion(2)),
        ("{\"generatedAt\": \"2026-02-16T00:00:00Z\", \"articles\": []}", .unsupportedSchemaVersion(nil)),
        ("{\"schemaVersion\": 1, \"generatedAt\": \"2026-02-16T00:00:00Z\", \"articles\": [{\"id\": 3}]}",
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
        #expect(error?.path == dir.file("index.json"))
        #expect(error?.description.contains(dir.file("index.json")) == true)
        #expect(contents(dir.file("index.json")) == text)
    }

    @Test func duplicateIdsAreDamage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(1), archivedPath: "a", originalName: "a", at: fixedDate)
        try store.flush(now: fixedDate)
        let json = try #require(contents(dir.file("index.json")))
        let entry = try #require(json.range(of: "[")).upperBound
        let end = try #require(json.range(of: "]", options: .backwards)).lowerBound
        let doubled = json.replacingCharacters(
            in: entry..<end, with: "\(json[entry..<end]),\(json[entry..<end])")
        try write(doubled, to: dir.file("index.json"))
        let error = #expect(throws: IndexLoadError.self) {
            _ = try ArticleStore(stateDirectory: dir.url)
        }
        #expect(error?.kind == .invalidContent)
        #expect(error?.detail.contains("duplicate id") == true)
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
        try write("{\"schemaVersion\": 1, \"artic", to: dir.file("index.json"))
        try write("not json", to: dir.file("articles/00000000000000ff.json"))
        #expect(throws: IndexLoadError.self) { _ = try ArticleStore(stateDirectory: dir.url) }

        let asidePath = try ArticleStore.setAsideDamagedIndex(in: dir.url, now: fixedDate)
        #expect(asidePath == dir.file("index.json.damaged-20260216T093607Z"))
        #expect(contents(asidePath) == "{\"schemaVersion\": 1, \"artic")
        try write("damaged again", to: dir.file("index.json"))
        let second = try ArticleStore.setAsideDamagedIndex(in: dir.url, now: fixedDate)
        #expect(second == asidePath + "-2")
        #expect(contents(asidePath) == "{\"schemaVersion\": 1, \"artic")

        #expect(!FileManager.default.fileExists(atPath: dir.file("index.json")))
        #expect(try ArticleStore(stateDirectory: dir.url).count == 0)
    }
}
