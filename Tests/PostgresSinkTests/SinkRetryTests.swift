import ArticleIndex
import Foundation
@testable import PostgresSink
import Testing

/// The sink's `run()` loop meeting a database that is down or refuses it.
@Suite struct SinkRetryTests {
    @Test func databaseDownAtStartThenUpDrainsTheBacklog() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        try await cluster.stopServer()
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<25)
        let log = LogRecorder()
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: log.logger, pollSeconds: 0.2)
        let task = Task { await sink.run() }
        defer { task.cancel() }
        let retrying = await eventually {
            if case .retrying = sink.status.snapshot.phase { return true } else { return false }
        }
        #expect(retrying)
        let line = sink.status.render(now: Date())
        #expect(line.hasPrefix("sink: 25 behind, retrying in "), "\(line)")
        #expect(line.contains("No such file or directory"), "\(line)")  // the socket is gone while it is down
        #expect(log.all.contains { $0.contains("error") && $0.contains("local indexing goes on") })
        try await cluster.startServer()
        let drained = await eventually(120) { (try? await cluster.psql("SELECT count(*) FROM presswatch.articles")) == "25" }
        #expect(drained)
        // New articles published while it runs are copied too (woken by the publication).
        try index.add(25..<30)
        let followed = try await eventually(60) { try await cluster.psql("SELECT count(*) FROM presswatch.articles") == "30" }
        #expect(followed)
        #expect(await eventually { sink.status.render(now: Date()) == "sink: up to date" })
        await cancelAndAwait(task)
    }

    @Test func wrongPasswordIsAClearErrorAndTheSecretAppearsNowhere() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        _ = try cluster.setPassword("right-Secret-4821")
        let wrongFile = cluster.folder + "/wrong"
        let secret = "wrong-Secret-7730"
        _ = FileManager.default.createFile(atPath: wrongFile, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600])
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<3)
        let log = LogRecorder()
        let settings = try sinkSettings(cluster.tcpURL, passwordFile: wrongFile)
        let sink = PostgresSink(settings: settings, statePath: index.path, logger: log.logger, pollSeconds: 0.2)
        var described = ""
        do {
            _ = try await sink.syncOnce()
            Issue.record("a wrong password was accepted")
        } catch {
            described = SinkError.describe(error)
            #expect(!"\(error)".contains(secret))
            #expect(!String(reflecting: error).contains(secret))
        }
        #expect(described.contains("password authentication failed for user \"presswatch\""), "\(described)")
        let task = Task { await sink.run() }
        let refused = await eventually {
            if case .retrying = sink.status.snapshot.phase { return true } else { return false }
        }
        #expect(refused)
        let status = sink.status.render(now: Date())
        await cancelAndAwait(task)
        #expect(status.contains("password authentication failed"), "\(status)")
        for text in log.all + [status, described, "\(settings)"] { #expect(!text.contains(secret), "\(text)") }
        // With the right password it goes through.
        let right = PostgresSink(settings: try sinkSettings(cluster.tcpURL, passwordFile: cluster.folder + "/password"),
                                 statePath: index.path, logger: log.logger)
        _ = try await right.syncOnce()
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles") == "3")
    }
}
