import ArticleIndex
import DurableIO
import Foundation
import Testing

/// `ArticleStore.stage` / `StagedFlush.makeDurable` / `published` / `abandon`: the flush cut in
/// two so that the ingest loop writes batch N+1 while batch N is made durable (issue 9).
@Suite("Staged flushes")
struct StagedFlushTests {
    /// Adds `sampleArticle(n)` to the store's pending batch.
    func add(_ n: Int, to store: ArticleStore) {
        store.add(sampleArticle(n), archivedPath: "archive/a\(n).txt", originalName: "a\(n)", at: fixedDate)
    }

    /// A store in `dir` with two flushes staged, one after the other: article 1, then `then`.
    func stagedTwice(in dir: TemporaryDirectory, then: [Int]) throws -> (ArticleStore, StagedFlush, StagedFlush) {
        let store = try ArticleStore(stateDirectory: dir.url)
        add(1, to: store)
        let first = try store.stage(now: fixedDate)
        for n in then { add(n, to: store) }
        return (store, first, try store.stage(now: fixedDate))
    }

    /// (sequence, id) of every published change, as a reader of the feed sees them.
    func feed(_ dir: TemporaryDirectory) throws -> [(Int, String)] {
        try ArticleStore.readChanges(after: 0, stateDirectory: dir.url).1.map { ($0.sequence, $0.id) }
    }

    @Test func aStagedBatchIsPublishedOnlyOnceItsFlushIsDurable() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        add(1, to: store)
        let staged = try store.stage(now: fixedDate)
        // Written, not published: readers still see the empty index, the store knows the article.
        #expect(FileManager.default.fileExists(atPath: store.recordPath(id: sampleArticle(1).id)))
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.isEmpty)
        #expect(store.contains(id: sampleArticle(1).id) && store.hasFlushInFlight && !store.hasUnflushedChanges)
        #expect(store.entry(id: sampleArticle(1).id)?.title == sampleArticle(1).title)
        try staged.makeDurable(lastSucceeded: nil)
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.map(\.id) == [sampleArticle(1).id])
        store.published(staged, now: fixedDate)
        #expect(!store.hasFlushInFlight && store.lastSequence == 1)
    }

    @Test func aSecondBatchStagedWhileTheFirstIsInFlightBuildsOnItAndAChainIsMadeDurableTogether() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (store, first, second) = try stagedTwice(in: dir, then: [2, 3])
        #expect(first.dependsOn == nil && second.dependsOn == first.id)
        #expect(StagedFlush.chainLength([first, second]) == 2)
        // The second cannot run alone before the first: it builds on it.
        #expect(throws: StagedFlush.EarlierFlushFailed.self) { try second.makeDurable(lastSucceeded: nil) }
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.isEmpty)
        try StagedFlush.makeDurable([first, second], lastSucceeded: nil)
        #expect(try feed(dir).map(\.0) == [1, 2, 3])
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).0.shards.count == 2)
        store.published(first, now: fixedDate)
        store.published(second, now: fixedDate)
        #expect(store.lastSequence == 3 && store.manifest.shards.count == 2)
        // The next flush builds on the published manifest.
        add(4, to: store)
        let third = try store.stage(now: fixedDate)
        #expect(third.dependsOn == nil)
        try third.makeDurable(lastSucceeded: second.id)
        store.published(third, now: fixedDate)
        #expect(try feed(dir).map(\.0) == [1, 2, 3, 4])
    }

    @Test func aFailedFlushAndEveryFlushStagedAfterItAreWrittenAgainWithTheSameSequenceNumbers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (store, first, second) = try stagedTwice(in: dir, then: [2])
        // A file of the first flush is gone before its sync (as if the sync failed): it fails,
        // and the second, which builds on it, is refused without writing anything.
        try FileManager.default.removeItem(atPath: store.recordPath(id: sampleArticle(1).id))
        #expect(throws: (any Error).self) { try first.makeDurable(lastSucceeded: nil) }
        #expect(throws: StagedFlush.EarlierFlushFailed.self) { try second.makeDurable(lastSucceeded: nil) }
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.isEmpty)
        store.abandon(first)
        store.abandon(second)  // already given back with the first: ignored
        #expect(!store.hasFlushInFlight && store.hasUnflushedChanges && store.count == 2)
        // A batch added since comes after them; one flush publishes all three, each once.
        add(3, to: store)
        let retry = try store.stage(now: fixedDate)
        #expect(retry.dependsOn == nil)
        try retry.makeDurable(lastSucceeded: nil)
        store.published(retry, now: fixedDate)
        #expect(try feed(dir).map(\.0) == [1, 2, 3])
        #expect(try feed(dir).map(\.1) == [1, 2, 3].map { sampleArticle($0).id })
        #expect(try store.record(id: sampleArticle(1).id).entry.title == sampleArticle(1).title)
    }

    @Test func aBatchWithNothingNewStillWaitsForTheFlushesBeforeIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        add(1, to: store)
        let first = try store.stage(now: fixedDate)
        let duplicates = try store.stage(now: fixedDate)  // a batch of duplicates only
        #expect(!duplicates.publishes && duplicates.dependsOn == first.id)
        #expect(throws: StagedFlush.EarlierFlushFailed.self) { try duplicates.makeDurable(lastSucceeded: nil) }
    }

    @Test func compactionWaitsUntilNoFlushIsInFlight() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        for n in 1...3 {
            add(n, to: store)
            try store.flush(now: fixedDate)
        }
        add(4, to: store)
        let staged = try store.stage(now: fixedDate)
        #expect(try store.compact(now: fixedDate, force: true) == 0)
        try staged.makeDurable(lastSucceeded: nil)
        store.published(staged, now: fixedDate)
        #expect(try store.compact(now: fixedDate, force: true) == 4)
        #expect(try feed(dir).map(\.0) == [1, 2, 3, 4])
    }

    /// The injected failure of the state folder's sync after the manifest's rename.
    struct FolderSyncFailed: Error {}

    @Test func aManifestRenamedWithoutItsFolderSyncIsPublishedAndItsGenerationNeverWrittenAgain() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        add(1, to: store)
        let first = try store.stage(now: fixedDate)
        #expect(throws: StagedFlush.ManifestNotSynced.self) {
            try StagedFlush.makeDurable([first], lastSucceeded: nil, syncFolder: { _ in throw FolderSyncFailed() })
        }
        // Renamed into place: readers see the shard; it must never be rewritten.
        let visible = try ArticleStore.readIndex(stateDirectory: dir.url).0
        #expect(visible.lastSequence == 1 && visible.shards.count == 1)
        let shardPath = dir.url.appendingPathComponent(visible.shards[0].path).path
        // (Its inode: a rewrite with the same bytes is still a rewrite.)
        func inode() throws -> Int? { try FileManager.default.attributesOfItem(atPath: shardPath)[.systemFileNumber] as? Int }
        let shardInode = try inode()
        store.publishedButNotSynced(first, now: fixedDate)
        #expect(!store.hasFlushInFlight && !store.hasUnflushedChanges && store.lastSequence == 1)
        // A batch of duplicates only still syncs the folder before its originals may leave.
        let duplicates = try store.stage(now: fixedDate)
        #expect(duplicates.syncsFolder && !duplicates.publishes)
        var synced = 0
        try StagedFlush.makeDurable([duplicates], lastSucceeded: nil, syncFolder: { _ in synced += 1 })
        #expect(synced == 1)
        store.published(duplicates, now: fixedDate)
        add(2, to: store)
        let second = try store.stage(now: fixedDate)
        #expect(!second.syncsFolder)
        try second.makeDurable(lastSucceeded: nil)
        store.published(second, now: fixedDate)
        #expect(try feed(dir).map(\.0) == [1, 2])
        #expect(try feed(dir).map(\.1) == [1, 2].map { sampleArticle($0).id })
        #expect(try inode() == shardInode && shardInode != nil)
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).0.generation == visible.generation + 1)
    }

    @Test func thePublishedCountLeavesOutTheArticlesStillInFlight() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (store, first, second) = try stagedTwice(in: dir, then: [2, 3])
        #expect(store.count == 3 && store.publishedCount == 0)
        try StagedFlush.makeDurable([first, second], lastSucceeded: nil)
        store.published(first, now: fixedDate)
        #expect(store.publishedCount == 1)
        store.published(second, now: fixedDate)
        #expect(store.publishedCount == 3)
    }
}
