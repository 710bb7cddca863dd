import Foundation
import Glibc
import Testing

/// One process per state directory: a second daemon and `presswatch reindex` refuse to run on the
/// state of a running daemon, say why and what to do, and change nothing; once it stops, they run.
struct StateLockTests {
    @Test func secondDaemonAndReindexAreRefusedWhileTheDaemonRuns() throws {
        let first = try DaemonHarness()
        defer { first.cleanUp() }
        try first.start()
        #expect(first.notify.wait { $0 == "READY=1" })
        try first.dropSeed()
        #expect(first.eventually { first.articles.count == 1 })
        let indexBefore = try Data(contentsOf: URL(fileURLWithPath: first.state + "/index.json"))

        let second = try DaemonHarness()
        defer { second.cleanUp() }
        try second.start(extraArguments: ["--state", first.state])
        let status = second.waitForExit()
        #expect(status != nil && status != 0)
        let pid = first.process?.pid ?? -1
        #expect(second.log.contains("another presswatch process (pid \(pid)) is using the state directory"),
                "log:\n\(second.log)")
        #expect(second.log.contains("systemctl stop presswatch"))
        #expect(!second.notify.messages.contains("READY=1"))

        let refused = try CommandLineTests().run(["reindex", "--state", first.state])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is using the state directory \(first.state)"), "stderr:\n\(refused.stderr)")
        let indexAfter = try Data(contentsOf: URL(fileURLWithPath: first.state + "/index.json"))
        #expect(indexAfter == indexBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.state)
            .allSatisfy { !$0.contains("before-reindex") })

        first.signal(SIGTERM)
        #expect(first.waitForExit() == 0)
        let reindexed = try CommandLineTests().run(["reindex", "--state", first.state])
        #expect(reindexed.status == 0, "stderr:\n\(reindexed.stderr)")
    }

    @Test func reindexRefusesAStateFolderThatDoesNotExist() throws {
        let missing = NSTemporaryDirectory() + "presswatch-no-such-state-" + UUID().uuidString.prefix(8)
        let result = try CommandLineTests().run(["reindex", "--state", missing])
        #expect(result.status != 0)
        #expect(result.stderr.contains("there is no state directory at \(missing)"), "stderr:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

