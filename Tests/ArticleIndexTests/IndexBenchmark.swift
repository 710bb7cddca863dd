import ArticleIndex
import Foundation
import Testing

/// Reports (never asserts) how long a flush takes with 20,000 entries:
/// `PRESSWATCH_BENCH=1 swift test --filter IndexBenchmark` (add `-c release` for release figures).
@Suite("IndexBenchmark", .enabled(if: ProcessInfo.processInfo.environment["PRESSWATCH_BENCH"] != nil,
    "set PRESSWATCH_BENCH=1 to run"))
struct IndexBenchmark {
    @Test func flushWith20000Entries() throws {
        let clock = ContinuousClock()
        let entries = 20_000
        // Build the big index in memory (tmpfs when available: 20k record fsyncs are not the point).
        let scratch = try TemporaryDirectory(in: FileManager.default.fileExists(atPath: "/dev/shm")
            ? "/dev/shm" : NSTemporaryDirectory())
        defer { scratch.remove() }
        let store = try ArticleStore(stateDirectory: scratch.url)
        for n in 1...entries {
            store.add(sampleArticle(n), archivedPath: "archive/2026/02/\(n).txt",
                originalName: "\(n).txt", at: fixedDate)
        }
        let firstFlush = try clock.measure { try store.flush(now: fixedDate) }

        // Steady state on the real disk: one new article into a 20k index, fsyncs included.
        let disk = try TemporaryDirectory()
        defer { disk.remove() }
        try FileManager.default.copyItem(atPath: scratch.file("index.json"), toPath: disk.file("index.json"))
        try FileManager.default.copyItem(atPath: scratch.file("index"), toPath: disk.file("index"))
        var onDisk: ArticleStore?
        let load = try clock.measure { onDisk = try ArticleStore(stateDirectory: disk.url) }
        let diskStore = try #require(onDisk)
        var flushes: [Duration] = []
        for n in 1...5 {
            diskStore.add(sampleArticle(entries + n), archivedPath: "archive/x\(n).txt",
                originalName: "x\(n).txt", at: fixedDate)
            flushes.append(try clock.measure { try diskStore.flush(now: fixedDate) })
        }
        let size = (try FileManager.default.attributesOfItem(atPath: disk.file("index.json"))[.size]
            as? NSNumber)?.intValue ?? 0
        print("""
            IndexBenchmark: \(entries) entries, index.json \(size / 1024) KiB
              first flush (\(entries) records + index, tmpfs): \(firstFlush)
              load index.json from disk: \(load)
              flush of 1 new article into \(entries) entries (disk, fsync): \
            \(flushes.map { "\($0)" }.joined(separator: ", "))
            """)
        #expect(diskStore.count == entries + 5)
    }
}
