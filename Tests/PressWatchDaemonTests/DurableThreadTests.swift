import ArticleIndex
import ArticleParsing
import Foundation
import Testing

@testable import PressWatchDaemon

/// Issue 9: `DurableThread` makes staged flushes durable in order, off the loop; a flush built
/// on a failed one fails too, and the store writes their changes again.
@Suite("DurableThread")
struct DurableThreadTests {
    func article(_ n: Int) -> Article {
        let hex = String(n, radix: 16)
        return Article(id: String(repeating: "0", count: 16 - hex.count) + hex, title: "Article \(n)", authors: [],
                       source: nil, site: nil, published: nil, language: "fr", lede: "Texte \(n).", body: ["Texte \(n)."],
                       wordCount: 2, format: .text)
    }

    /// Stages one flush per article of `numbers`, all before any is durable.
    func stage(_ numbers: ClosedRange<Int>, in store: ArticleStore) throws -> [StagedFlush] {
        try numbers.map { n in
            store.add(article(n), archivedPath: "archive/\(n).txt", originalName: "\(n).txt", at: Date())
            return try store.stage(now: Date())
        }
    }

    @Test("results come in staging order; a flush built on a failed one fails; the next flush writes their changes again")
    func orderAndFailure() async throws {
        let path = NSTemporaryDirectory() + "presswatch-durable-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let state = URL(fileURLWithPath: path)
        let store = try ArticleStore(stateDirectory: state)
        let (stream, continuation) = AsyncStream.makeStream(of: DurableResult.self)
        let thread = DurableThread(done: { continuation.yield($0) })
        defer { thread.finish() }
        var next = stream.makeAsyncIterator()
        func take(_ count: Int) async -> [DurableResult] {
            var got: [DurableResult] = []
            while got.count < count, let result = await next.next() { got.append(result) }
            return got
        }

        let durable = try stage(1...3, in: store)
        for flush in durable { thread.submit(flush) }
        let first = await take(3)
        #expect(first.map(\.flush.id) == durable.map(\.id) && first.allSatisfy { $0.failure == nil })
        for result in first { store.published(result.flush, now: Date()) }
        #expect(try ArticleStore.readIndex(stateDirectory: state).1.count == 3)

        // The first of the next two loses a file before its sync: both fail, nothing is published.
        let failing = try stage(4...5, in: store)
        try FileManager.default.removeItem(atPath: store.recordPath(id: article(4).id))
        for flush in failing { thread.submit(flush) }
        let failed = await take(2)
        #expect(failed.map(\.flush.id) == failing.map(\.id) && failed.allSatisfy { $0.failure != nil })
        #expect(try ArticleStore.readIndex(stateDirectory: state).0.lastSequence == 3)
        for result in failed { store.abandon(result.flush) }

        let retry = try stage(6...6, in: store)
        thread.submit(retry[0])
        let retried = await take(1)
        #expect(retried.first?.failure == nil)
        store.published(retry[0], now: Date())
        let feed = try ArticleStore.readChanges(after: 0, stateDirectory: state).1
        #expect(feed.map(\.sequence) == Array(1...6))
        #expect(feed.map(\.id) == (1...6).map { article($0).id })
    }

    /// A folder sync that fails the first time only.
    final class FailsOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var failed = false
        struct Injected: Error {}
        func sync(_ path: String) throws {
            lock.lock()
            defer { lock.unlock() }
            if !failed {
                failed = true
                throw Injected()
            }
        }
    }

    @Test("a manifest renamed before its folder sync failed is reported renamed; the next flush syncs the folder and continues the feed")
    func renamedButNotSynced() async throws {
        let path = NSTemporaryDirectory() + "presswatch-durable-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let state = URL(fileURLWithPath: path)
        let store = try ArticleStore(stateDirectory: state)
        let (stream, continuation) = AsyncStream.makeStream(of: DurableResult.self)
        let folder = FailsOnce()
        let thread = DurableThread(syncFolder: { try folder.sync($0) }, done: { continuation.yield($0) })
        defer { thread.finish() }
        var next = stream.makeAsyncIterator()

        let first = try stage(1...1, in: store)[0]
        thread.submit(first)
        let renamed = await next.next()
        #expect(renamed?.renamed == true && renamed?.failure != nil)
        store.publishedButNotSynced(first, now: Date())
        #expect(try ArticleStore.readIndex(stateDirectory: state).0.lastSequence == 1)
        let second = try stage(2...2, in: store)[0]
        #expect(second.syncsFolder)
        thread.submit(second)
        #expect(await next.next()?.failure == nil)
        store.published(second, now: Date())
        let feed = try ArticleStore.readChanges(after: 0, stateDirectory: state).1
        #expect(feed.map(\.sequence) == [1, 2] && feed.map(\.id) == [article(1).id, article(2).id])
    }
}
