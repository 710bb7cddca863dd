import Foundation
@testable import PostgresSink
import Synchronization
import Testing

/// A driver call that never answers must not hold the sink: `SinkDeadline` gives up on it
/// after its time, and at once when the sink is cancelled (the daemon stopping).
@Suite struct SinkDeadlineTests {
    /// An operation that never ends and ignores cancellation, as a query whose promise is lost.
    final class Forever: Sendable {
        let parked = Mutex<[CheckedContinuation<Int, Never>]>([])
        func wait() async -> Int { await withCheckedContinuation { c in parked.withLock { $0.append(c) } } }
        func release() { parked.withLock { for c in $0 { c.resume(returning: 0) }; $0 = [] } }
    }

    @Test func aCallThatNeverAnswersTimesOutWithAClearError() async throws {
        let forever = Forever()
        defer { forever.release() }
        do {
            _ = try await SinkDeadline.run("writing a batch", seconds: 1) { await forever.wait() }
            Issue.record("returned without an answer")
        } catch {
            #expect("\(error)".hasPrefix("no answer from PostgreSQL within 1 s while writing a batch"), "\(error)")
        }
    }

    @Test func cancellingTheSinkEndsTheWaitAtOnce() async throws {
        let forever = Forever()
        defer { forever.release() }
        let task = Task { try await SinkDeadline.run("writing a batch", seconds: 3600) { await forever.wait() } }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
    }

    @Test func anAnswerComesThroughUnchanged() async throws {
        #expect(try await SinkDeadline.run("reading", seconds: 60) { 42 } == 42)
        await #expect(throws: SinkError.self) {
            try await SinkDeadline.run("reading", seconds: 60) { () async throws -> Int in throw SinkError(.passwordFileEmpty(path: "/x")) }
        }
    }
}
