import Foundation
import Logging
import PostgresNIO
@testable import PostgresSink
import Testing

/// `NOTIFY presswatch_articles` reaches a listener after each committed batch, with the ids.
@Suite struct SinkNotifyTests {
    @Test func aListenerIsToldTheIdsOfEachCommittedBatch() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<5)
        var logger = Logger(label: "listener")
        logger.logLevel = .error
        let listener = try await PostgresConnection.connect(
            configuration: .init(unixSocketPath: cluster.folder + "/.s.PGSQL.\(cluster.port)", username: TestCluster.user,
                                 password: nil, database: "presswatch"),
            id: 9, logger: logger)
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger)
        // Closing the connection after 60 s ends the wait if nothing comes.
        let timeout = Task { try await Task.sleep(for: .seconds(60)); try await listener.close() }
        var received: [String] = []
        do {
            received = try await listener.listen(on: "presswatch_articles") { notifications in
                _ = try await sink.syncOnce()
                var ids: [String] = []
                for try await notification in notifications {
                    ids += notification.payload.split(separator: ",").map(String.init)
                    if ids.count >= 5 { break }
                }
                return ids
            }
        } catch {
            Issue.record("no notification: \(SinkError.describe(error))")
        }
        timeout.cancel()
        #expect(Set(received) == Set((0..<5).map { article($0).id }))
        try? await listener.close()
    }
}
