import ArticleIndex
import Foundation
@testable import PostgresSink
import Testing

/// PostgreSQL stopped while a batch's transaction is open (its rows written, its watermark not
/// yet): once by a crash (`immediate`: no shutdown checkpoint, recovery from the WAL at the next
/// start) and once by a fast shutdown. The sink reconnects by itself and the database ends with
/// every article exactly once; at every sample on the way the watermark is never ahead of the rows.
@Suite struct SinkRestartTests {
    /// Writing the watermark sleeps 0.3 s (a trigger on the real table): each batch then holds
    /// its transaction open after its rows, long enough to stop the server right there.
    static let slowWatermark = """
        CREATE FUNCTION public.slow_watermark() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
        CREATE TRIGGER slow_watermark BEFORE INSERT OR UPDATE ON presswatch.sink_watermarks
          FOR EACH ROW EXECUTE FUNCTION public.slow_watermark();
        """

    /// True while the sink's backend is writing the watermark in a transaction that already wrote rows.
    static func inTheMiddleOfABatch(_ cluster: TestCluster) -> Bool {
        (try? cluster.psql("""
            SELECT count(*) FROM pg_stat_activity WHERE application_name = 'presswatch' AND state = 'active'
              AND backend_xid IS NOT NULL AND query LIKE 'INSERT INTO presswatch.sink_watermarks%'
            """)) == "1"
    }

    @Test func databaseRestartedInTheMiddleOfABatchLosesAndDoublesNothing() async throws {
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<10)
        var settings = try sinkSettings(cluster.socketURL)
        settings.batchSize = 25
        _ = try await PostgresSink(settings: settings, statePath: index.path, logger: LogRecorder().logger).syncOnce()
        try await cluster.psql(Self.slowWatermark)
        for start in stride(from: 10, to: 400, by: 130) { try index.add(start..<min(400, start + 130)) }
        let invariants = try SinkInvariants(statePath: index.path)
        let manifest = try IndexSnapshot.readManifest(statePath: index.path)

        let log = LogRecorder()
        let sink = PostgresSink(settings: settings, statePath: index.path, logger: log.logger, pollSeconds: 0.2)
        let task = Task { await sink.run() }
        defer { task.cancel() }
        var problems: [String] = []
        var samples = 0
        func check() {
            guard let sample = try? SinkInvariants.sample(cluster) else { return }  // the server is down
            samples += 1
            problems += invariants.problems(sample)
        }
        for mode in ["immediate", "fast"] {
            let caught = await eventually(90) {
                check()
                return Self.inTheMiddleOfABatch(cluster)
            }
            #expect(caught, "never saw the sink in the middle of a batch before stopping PostgreSQL (\(mode))")
            try await cluster.stopServer(mode: mode)
            try await Task.sleep(for: .milliseconds(1500))
            try await cluster.startServer()
        }
        let drained = await eventually(180) {
            check()
            return (try? cluster.psql("SELECT last_sequence FROM presswatch.sink_watermarks")) == "\(manifest.lastSequence)"
        }
        await cancelAndAwait(task)
        #expect(drained, "the sink did not catch up after the restarts: \(sink.status.render(now: Date()))")
        check()
        #expect(problems.isEmpty, "\(Set(problems))")
        #expect(samples > 10)
        #expect(try await cluster.psql("SELECT count(*), count(DISTINCT id) FROM presswatch.articles") == "400|400")
        // The interrupted batches were retried: the sink said why it lost the connection.
        #expect(log.all.contains { $0.contains("retrying with back-off") }, "\(log.all)")
    }
}
