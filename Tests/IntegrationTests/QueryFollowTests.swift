import Foundation
import Glibc
import Testing

/// `presswatch query --follow` against a running daemon: it sees every article the daemon
/// indexes while compactions happen, across a daemon restart and a `presswatch reindex`, and a
/// follower killed with SIGKILL resumes with `--after` missing and repeating nothing.
@Suite("query --follow", .serialized)
struct QueryFollowTests {
    /// The seed with another title (its last line): another article, another story.
    func dropArticles(_ daemon: DaemonHarness, _ range: Range<Int>) throws {
        var seed = Array(try Data(contentsOf: URL(fileURLWithPath: DaemonHarness.seed)))
        let cut = seed.lastIndex(of: 0x0A)!
        seed.removeSubrange((cut + 1)...)
        for n in range {
            try daemon.drop("follow-\(n).txt", bytes: seed + Array("Article \(n) : le Rwanda et le Japon".utf8))
        }
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty }, "log:\n\(daemon.log)")
    }

    func sequences(_ lines: [[String: Any]]) -> [Int] { lines.compactMap { $0["sequence"] as? Int } }

    @Test func followsADaemonThroughCompactionRestartKillAndResume() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.eventually { daemon.index() != nil })
        let follower = try FollowProcess(["--state", daemon.state, "--language", "fr"])
        usleep(300_000)

        // Batches of equal size: once the daemon pauses, it merges the newest shards (a compaction).
        for batch in 0..<4 { try dropArticles(daemon, (batch * 4)..<(batch * 4 + 4)) }
        #expect(daemon.eventually { follower.lines.count == 16 }, "follower: \(follower.text)")
        // Compaction retired shards: still on disk (grace period), no longer in the manifest.
        func compacted() -> Bool {
            let listed = (daemon.index()?["shards"] as? [[String: Any]] ?? []).count
            let onDisk = ((try? FileManager.default.contentsOfDirectory(atPath: daemon.state + "/index")) ?? [])
                .filter { $0.hasSuffix(".json") }.count
            return onDisk > listed
        }
        #expect(daemon.eventually { compacted() }, "no compaction happened: \(daemon.index() ?? [:])")

        // A daemon restart changes nothing for the follower.
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        try daemon.start()
        try dropArticles(daemon, 16..<20)
        #expect(daemon.eventually { follower.lines.count == 20 }, "follower: \(follower.text)")

        // Killed, then resumed after the last complete line it printed.
        follower.signal(SIGKILL)
        _ = follower.waitForExit()
        let before = follower.lines
        let last = try #require(before.last)
        let indexID = try #require(last["indexId"] as? String)
        try dropArticles(daemon, 20..<26)
        let resumed = try FollowProcess(["--state", daemon.state, "--after", "\(indexID):\(last["sequence"] as! Int)"])
        try dropArticles(daemon, 26..<30)
        #expect(daemon.eventually { before.count + resumed.lines.count == 30 }, "resumed: \(resumed.text)")
        let all = before + resumed.lines
        #expect(sequences(all) == Array(1...30), "\(sequences(all))")
        #expect(Set(all.compactMap { $0["id"] as? String }) == Set(daemon.articles.compactMap { $0["id"] as? String }))
        #expect(all.allSatisfy { $0["change"] as? String == "added" && ($0["entry"] as? [String: Any])?["language"] as? String == "fr" })

        // SIGINT: exit 0, the output ends with a complete line.
        resumed.signal(SIGINT)
        #expect(resumed.waitForExit() == 0)
        #expect(resumed.text.hasSuffix("\n"))

        // A rebuild (daemon stopped, presswatch reindex): a reset line, then the new index.
        let watcher = try FollowProcess(["--state", daemon.state, "--new"])
        usleep(300_000)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let reindex = try QueryHarness.run(["reindex", "--state", daemon.state])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(daemon.eventually { watcher.lines.count == 31 }, "after reindex: \(watcher.text)")
        let lines = watcher.lines
        #expect(lines.first?["change"] as? String == "reset")
        #expect(sequences(Array(lines.dropFirst())) == Array(1...30))
        try daemon.start()
        try dropArticles(daemon, 30..<31)
        #expect(daemon.eventually { watcher.lines.count == 32 }, "after restart: \(watcher.text)")
        watcher.signal(SIGTERM)
        #expect(watcher.waitForExit() == 0)
    }
}
