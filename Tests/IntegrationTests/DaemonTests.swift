import Foundation
import Glibc
import Testing

/// The real binary, a real inbox with real inotify, and a test-owned NOTIFY_SOCKET.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct DaemonTests {
    @Test func renamedFileIsIndexedArchivedAndCounted() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" }, "no READY=1; log:\n\(daemon.log)")

        try daemon.dropSeed(as: "rwanda.txt")
        #expect(daemon.eventually { daemon.articles.count == 1 }, "not indexed; log:\n\(daemon.log)")
        let entry = try #require(daemon.articles.first)
        #expect(entry["title"] as? String == "Coopération numérique : le Rwanda discute avec le Japon")
        #expect(entry["originalName"] as? String == "rwanda.txt")
        let archived = try #require(entry["archivedPath"] as? String)
        #expect(archived.hasPrefix("archive/") && archived.hasSuffix(".txt"))
        #expect(daemon.eventually { FileManager.default.fileExists(atPath: daemon.state + "/" + archived) })
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty })
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=") && $0.contains("1 indexed") && $0.contains("last: \"Coopération") })
        #expect(daemon.log.contains("<6>indexed"), "one <6> log line per article; log:\n\(daemon.log)")

        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0, "log:\n\(daemon.log)")
        #expect(daemon.notify.messages.contains("STOPPING=1"))
        #expect(try SchemaValidation.validate(indexAt: daemon.state + "/index.json") == "ok: 1 articles")
    }

    @Test func fileInTheInboxBeforeStartIsIndexed() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try FileManager.default.copyItem(atPath: DaemonHarness.seed, toPath: daemon.inbox + "/before.txt")
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        #expect(daemon.eventually { daemon.articles.count == 1 }, "log:\n\(daemon.log)")
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func garbageIsRejectedWithAReportAndTheDaemonGoesOn() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        try daemon.drop("picture.txt", bytes: png)
        let report = daemon.state + "/rejected/picture.txt.error.json"
        #expect(daemon.eventually { FileManager.default.fileExists(atPath: report) }, "log:\n\(daemon.log)")
        #expect(daemon.eventually { FileManager.default.fileExists(atPath: daemon.state + "/rejected/picture.txt") })
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect((json["reason"] as? String)?.isEmpty == false)
        #expect((json["whatToDo"] as? String)?.isEmpty == false)
        #expect(json["file"] as? String == "picture.txt")

        try daemon.dropSeed()
        #expect(daemon.eventually { daemon.articles.count == 1 }, "log:\n\(daemon.log)")
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=") && $0.contains("1 indexed") && $0.contains("1 rejected") })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func sameContentTwiceGivesOneEntry() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        try daemon.dropSeed(as: "first.txt")
        #expect(daemon.eventually { daemon.articles.count == 1 })
        try daemon.dropSeed(as: "again.txt")
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty }, "log:\n\(daemon.log)")
        #expect(daemon.articles.count == 1)
        #expect(daemon.files(in: daemon.state + "/archive").count == 1)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func sighupReloadsAndReportsReadyAgain() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        daemon.signal(SIGHUP)
        #expect(daemon.notify.wait { $0 == "RELOADING=1" }, "log:\n\(daemon.log)")
        #expect(daemon.notify.wait { _ in
            let messages = daemon.notify.messages
            guard let reloading = messages.firstIndex(of: "RELOADING=1") else { return false }
            return messages[reloading...].contains("READY=1")
                && messages[reloading...].contains { $0.hasPrefix("MONOTONIC_USEC=") }
        })
        #expect(daemon.process?.isRunning == true)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(daemon.notify.messages.contains("STOPPING=1"))
    }

    @Test func reloadAppliesANewIgnorePattern() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let config = daemon.root + "/presswatch.yaml"
        try "inbox:\n  settleSeconds: 0.2\n".write(toFile: config, atomically: true, encoding: .utf8)
        try daemon.start(extraArguments: ["--config", config])
        #expect(daemon.notify.wait { $0 == "READY=1" })
        try "inbox:\n  settleSeconds: 0.2\n  ignore: [\"*.draft\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(daemon.notify.wait { _ in
            let messages = daemon.notify.messages
            guard let reloading = messages.firstIndex(of: "RELOADING=1") else { return false }
            return messages[reloading...].contains("READY=1")
        })
        try daemon.dropSeed(as: "notes.draft")
        try daemon.drop("real.txt", bytes: Array("Title of a real article\n\nBy Jane Doe\n\nA first paragraph that says something.\n\nA second one.".utf8))
        #expect(daemon.eventually { daemon.articles.count == 1 }, "log:\n\(daemon.log)")
        #expect(daemon.articles.first?["originalName"] as? String == "real.txt")
        usleep(1_500_000)  // past the settle time and a rescan tick: the draft must still be there
        #expect(daemon.files(in: daemon.inbox) == ["notes.draft"])
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// The sink keeps the settings it started with: a reload that changes `sink.postgres.*`
    /// says which keys need a restart (no database needed: the sink retries against a folder
    /// with no server in it), and a reload that changes nothing of the sink says nothing.
    @Test func reloadNamesTheSinkKeysThatNeedARestart() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let config = daemon.root + "/presswatch.yaml"
        let sink = "sink:\n  postgres:\n    url: host=\(daemon.root) dbname=presswatch\n    instance: first\n"
        try ("inbox:\n  settleSeconds: 0.2\n" + sink).write(toFile: config, atomically: true, encoding: .utf8)
        try daemon.start(extraArguments: ["--config", config])
        #expect(daemon.notify.wait { $0 == "READY=1" }, "log:\n\(daemon.log)")
        func reload() -> Bool {
            let before = daemon.notify.messages.filter { $0 == "RELOADING=1" }.count
            daemon.signal(SIGHUP)
            return daemon.notify.wait { _ in
                let messages = daemon.notify.messages
                guard let reloading = messages.indices.filter({ messages[$0] == "RELOADING=1" }).dropFirst(before).first else { return false }
                return messages[reloading...].contains("READY=1")
            }
        }
        try ("inbox:\n  settleSeconds: 0.3\n" + sink).write(toFile: config, atomically: true, encoding: .utf8)
        #expect(reload(), "log:\n\(daemon.log)")
        #expect(!daemon.log.contains("keeps its settings"), "log:\n\(daemon.log)")
        try ("inbox:\n  settleSeconds: 0.3\n" + sink.replacingOccurrences(of: "first", with: "second")
             + "    batchSize: 100\n").write(toFile: config, atomically: true, encoding: .utf8)
        #expect(reload(), "log:\n\(daemon.log)")
        #expect(daemon.eventually {
            daemon.log.contains("sink.postgres.instance, sink.postgres.batchSize changed: the PostgreSQL sink keeps its settings until presswatch restarts")
        }, "log:\n\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0, "log:\n\(daemon.log)")
    }

    @Test func sigintStopsCleanlyToo() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        daemon.signal(SIGINT)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func badConfigurationFailsBeforeStartingAndNamesTheKey() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let config = daemon.root + "/bad.yaml"
        try "ingest:\n  maxFileSize: lots\n".write(toFile: config, atomically: true, encoding: .utf8)
        try daemon.start(extraArguments: ["--config", config])
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0)
        #expect(daemon.log.contains("ingest.maxFileSize"), "log:\n\(daemon.log)")
        #expect(!daemon.notify.messages.contains("READY=1"))
    }
}
