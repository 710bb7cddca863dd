import ArticleIndex
import Foundation
import Testing

/// `ArticleStore.flush(now:companions:)`: an entry is never published without its companions
/// (the archive copies), whichever flush publishes it.
@Suite("Flush companions")
struct FlushCompanionTests {
    @Test func companionsOfAFailedFlushAreWrittenByTheFlushThatPublishesTheirEntries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url, graceSeconds: 300)
        let copy = dir.file("archive/2026/02/a1.txt")
        store.add(sampleArticle(1), archivedPath: "archive/2026/02/a1.txt", originalName: "a1", at: fixedDate)
        // The month folder is missing: the flush fails and publishes nothing.
        #expect(throws: (any Error).self) {
            try store.flush(now: fixedDate, companions: [(copy, Array("original".utf8))])
        }
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.isEmpty)
        // Another batch's flush, without companions of its own, publishes the pending entry:
        // it writes the copy first.
        try FileManager.default.createDirectory(atPath: dir.file("archive/2026/02"), withIntermediateDirectories: true)
        store.add(sampleArticle(2), archivedPath: "archive/2026/02/a2.txt", originalName: "a2", at: fixedDate)
        try store.flush(now: fixedDate)
        #expect(try ArticleStore.readIndex(stateDirectory: dir.url).1.count == 2)
        #expect(contents(copy) == "original")
    }
}
