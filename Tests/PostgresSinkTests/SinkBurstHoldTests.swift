import Foundation
@testable import PostgresSink
import Testing

/// The sink's batches wait while local ingest has a burst in hand (`PostgresSink.BurstHold`),
/// against a real PostgreSQL: nothing is written while the burst lasts (within the bound), all
/// of it once the burst is in, and a burst that never ends is held no longer than the bound.
@Suite struct SinkBurstHoldTests {
    static let rows = "SELECT count(*) FROM presswatch.articles"

    @Test func aBurstHoldsTheBatchesUntilItIsIn() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<10)
        let activity = LocalIngestActivity()
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger,
                                pollSeconds: 0.2, localIngest: activity, burstHold: .init(files: 100, seconds: 600))
        let running = Task { await sink.run() }
        defer { running.cancel() }
        // No burst: written at once.
        #expect(await eventually { (try? await cluster.psql(Self.rows)) == "10" })
        activity.filesInHand = 500
        try index.add(10..<30)
        #expect(await eventually { sink.status.render(now: Date()) == "sink: 20 behind, waiting for the inbox burst" },
                "\(sink.status.render(now: Date()))")
        try await Task.sleep(for: .seconds(1.5))
        #expect(try await cluster.psql(Self.rows) == "10")
        // Fewer files in hand than a burst (a steady stream): everything published is written.
        activity.filesInHand = 99
        #expect(await eventually { (try? await cluster.psql(Self.rows)) == "30" })
        #expect(await eventually { sink.status.render(now: Date()) == "sink: up to date" })
        await cancelAndAwait(running)
    }

    @Test func aBurstThatNeverEndsIsHeldNoLongerThanTheBound() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<10)
        let activity = LocalIngestActivity()
        activity.filesInHand = 10_000
        let sink = PostgresSink(settings: try sinkSettings(cluster.socketURL), statePath: index.path, logger: LogRecorder().logger,
                                pollSeconds: 0.2, localIngest: activity, burstHold: .init(files: 100, seconds: 1))
        let running = Task { await sink.run() }
        defer { running.cancel() }
        // The first pass after connecting is never held.
        #expect(await eventually { (try? await cluster.psql(Self.rows)) == "10" })
        for batch in 1...3 {
            try index.add((batch * 10)..<(batch * 10 + 10))
            #expect(await eventually { (try? await cluster.psql(Self.rows)) == "\(batch * 10 + 10)" })
        }
        await cancelAndAwait(running)
    }
}
