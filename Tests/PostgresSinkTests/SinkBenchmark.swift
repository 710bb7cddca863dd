import ArticleIndex
import Foundation
@testable import PostgresSink
import Testing

/// Reports (never asserts) how fast a backlog drains into a local PostgreSQL (issue 13 target:
/// ≥ 5,000 articles/s): `PRESSWATCH_BENCH=1 swift test --filter SinkBenchmark`
/// (`PRESSWATCH_SINK_BENCH_ARTICLES`, default 20,000; add `-c release` for release figures).
@Suite("SinkBenchmark", .enabled(if: ProcessInfo.processInfo.environment["PRESSWATCH_BENCH"] != nil,
    "set PRESSWATCH_BENCH=1 to run"))
struct SinkBenchmark {
    @Test func backlogDrain() async throws {
        let count = Int(ProcessInfo.processInfo.environment["PRESSWATCH_SINK_BENCH_ARTICLES"] ?? "") ?? 20_000
        let cluster = try await TestCluster.start()
        defer { cluster.destroy() }
        let index = try TestIndex()
        defer { index.remove() }
        var start = 0
        while start < count {
            try index.add(start..<min(count, start + 5000))
            start += 5000
        }
        for batchSize in [2000] {
            var settings = try sinkSettings(cluster.socketURL)
            settings.batchSize = batchSize
            let sink = PostgresSink(settings: settings, statePath: index.path, logger: LogRecorder().logger)
            let clock = ContinuousClock()
            func seconds(_ elapsed: Duration) -> Double {
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            // The rows (watermark moved), then the search vectors built after them.
            let drain = seconds(try await clock.measure { _ = try await sink.syncOnce(vectors: false) })
            let vectors = seconds(try await clock.measure { _ = try await sink.syncOnce() })
            let rows = try await cluster.psql("SELECT count(*), count(search) FROM presswatch.articles")
            print("sink backlog drain: \(count) articles (rows, vectors: \(rows)), batch \(batchSize): "
                  + String(format: "rows %.2f s, %.0f articles/s; then vectors %.2f s, %.0f articles/s",
                           drain, Double(count) / drain, vectors, Double(count) / vectors))
        }
    }
}
