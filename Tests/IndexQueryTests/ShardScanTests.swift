import ArticleIndex
import Foundation
import Testing

/// Reading a large shard gives every change in order, and a broken entry anywhere is damage:
/// whatever the middle of the file looks like (entries that hold `},{"change":` too).
@Suite("Shard scan of a large shard")
struct ShardScanTests {
    /// A state folder with one shard of `count` changes (over 1 MiB: read in two halves).
    func state(count: Int, nested: Bool, breakAt broken: Int? = nil) throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-shardscan-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path + "/index", withIntermediateDirectories: true)
        var changes: [String] = []
        for n in 1...count {
            let id = String(format: "%016x", n)
            // `nested`: every entry holds `},{"change":`, the pattern the split looks for.
            let extra = nested ? #","extra":[{"a":1},{"change":2}]"# : ""
            let lede = String(repeating: "Lède « \(n) » \\\"x\\\" ", count: 20)
            let entry = n == broken ? #"{"id":"\#(id)","lede":"\#(lede)"# : #"{"id":"\#(id)","lede":"\#(lede)"\#(extra),"title":"T\#(n)"}"#
            changes.append(#"{"change":"added","entry":\#(entry),"id":"\#(id)","replacedBy":null,"sequence":\#(n)}"#)
        }
        let shard = #"{"changes":[\#(changes.joined(separator: ","))],"firstSequence":1,"generation":1,"lastSequence":\#(count),"schemaVersion":2}"#
        try shard.write(toFile: path + "/index/000000000001.json", atomically: true, encoding: .utf8)
        let manifest = #"{"articleCount":\#(count),"generatedAt":"2026-02-16T09:36:07Z","generation":1,"graceSeconds":300,"indexId":"6c1f0e5a9b2d4e71","lastSequence":\#(count),"retired":[],"schemaVersion":2,"shards":[{"changes":\#(count),"firstSequence":1,"lastSequence":\#(count),"path":"index/000000000001.json"}]}"#
        try manifest.write(toFile: path + "/index.json", atomically: true, encoding: .utf8)
        #expect(shard.utf8.count > 1 << 20)
        return path
    }

    @Test(arguments: [false, true])
    func largeShardReadsAsInOneGo(nested: Bool) throws {
        let path = try state(count: 3000, nested: nested)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let snapshot = try IndexSnapshot.open(statePath: path)
        #expect(snapshot.articles.changes.map(\.sequence) == Array(1...3000))
        #expect(snapshot.articles.changes.map(\.id) == (1...3000).map { String(format: "%016x", $0) })
        let last = try #require(snapshot.articles.changes.last)
        let entry = String(decoding: snapshot.articles.entryBytes(last), as: UTF8.self)
        #expect(entry.hasPrefix(#"{"id":"0000000000000bb8""#) && entry.hasSuffix(#""title":"T3000"}"#))
        let feed = try IndexSnapshot.readFeed(statePath: path, after: 2000, expecting: nil).1
        #expect(feed.changes.map(\.sequence) == Array(2001...3000))
    }

    @Test(arguments: [10, 1500, 2990])
    func aBrokenEntryAnywhereIsDamage(at broken: Int) throws {
        let path = try state(count: 3000, nested: false, breakAt: broken)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: IndexReadError.self) { try IndexSnapshot.open(statePath: path) }
    }
}
