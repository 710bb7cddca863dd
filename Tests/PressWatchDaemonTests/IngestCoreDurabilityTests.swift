import InboxWatcher
import Systemd
import Testing

@testable import PressWatchDaemon

/// Issue 9: a committed batch is made durable off the loop while the next one is read and
/// committed; `.durable` ends it (its originals have left the inbox, or it failed).
@Suite("IngestCore: batches awaiting durability")
struct IngestCoreDurabilityTests {
    typealias Core = IngestCore<FakeInstant>

    /// Written and handed to the durable thread.
    static let staged = CommitReport(indexedTotal: nil, awaitsDurability: true)

    /// A started core whose one batch, `names`, was read and parsed; `commit` answers its commit.
    static func committing(_ names: [String], commit: CommitReport = staged,
                           watchdog: Duration? = nil) -> (CoreDriver, [Core.Action]) {
        var driver = CoreDriver(watchdog: watchdog)
        driver.started()
        driver.send(.inbox(names.map { .fileReady(name: $0) }))
        driver.send(.drain)
        driver.send(.parsed([]))
        let actions = driver.send(.committed(commit))
        return (driver, actions)
    }

    @Test("a batch awaiting durability stays in flight until .durable; its end is reported then")
    func awaitingBatchEndsAtDurable() {
        let (started, committed) = Self.committing(["a.txt"])
        var driver = started
        #expect(committed.compacts == 0 && !committed.statuses.contains { $0.contains("1 indexed") })
        #expect(driver.core.filesInHand == 1 && driver.core.hasBatchInFlight)
        // Renamed in again meanwhile: it waits for its batch's end; no drain spins meanwhile.
        #expect(driver.send(.inbox([.fileReady(name: "a.txt")])).drainRequests == 0)
        let done = driver.send(.durable(CommitReport(indexedTotal: 1, lastTitle: "Kigali")), after: .milliseconds(300))
        #expect(done.statuses.last?.contains("1 indexed") == true)
        #expect(done.statuses.last?.contains("last: \"Kigali\"") == true)
        #expect(done.drainRequests == 1)
        #expect(driver.send(.drain).reads == [["a.txt"]])
    }

    @Test("batches are read and committed while earlier ones await durability, up to maxAwaitingDurability")
    func readAheadIsBounded() {
        var driver = CoreDriver(batchSize: 1)
        driver.started()
        let names = (1...8).map { "n\($0)" }
        driver.send(.inbox(names.map { .fileReady(name: $0) }))
        #expect(driver.send(.drain).reads == [["n1"]])
        var reads: [[String]] = []
        for _ in 0..<Core.maxAwaitingDurability {
            reads += driver.send(.parsed([])).reads
            #expect(driver.send(.committed(Self.staged)).drainRequests == 0)
        }
        // As many batches await durability as allowed, one more was read meanwhile: it is
        // committed, and no other is read until a batch is durable.
        #expect(reads == names[1...Core.maxAwaitingDurability].map { [$0] })
        #expect(driver.core.awaitingDurability.count == Core.maxAwaitingDurability)
        let parsed = driver.send(.parsed([]))
        #expect(parsed.reads.isEmpty && parsed.commits == 1)
        driver.send(.committed(Self.staged))
        #expect(driver.send(.drain).reads.isEmpty)
        // Durable results come oldest first; each one below the bound lets a read start.
        #expect(driver.send(.durable(CommitReport(indexedTotal: 1))).drainRequests == 0)
        #expect(driver.send(.durable(CommitReport(indexedTotal: 2))).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["n\(Core.maxAwaitingDurability + 2)"]])
        #expect(driver.core.awaitingDurability.count == Core.maxAwaitingDurability - 1)
    }

    @Test("a failed durable step sends its batch's names to retry after a back-off")
    func failedDurableStepIsRetried() {
        var driver = Self.committing(["a", "b"]).0
        let failed = driver.send(.durable(CommitReport(indexedTotal: 0, retry: ["a", "b"], problem: "EIO")))
        #expect(driver.core.retryAt == driver.at(.seconds(1)) && failed.drainRequests == 0)
        #expect(!driver.core.hasBatchInFlight && driver.core.queuedCount == 2)
        #expect(driver.send(.timer, after: .seconds(1)).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["a", "b"]])
    }

    @Test("names to read again are not held by the batch while it awaits durability")
    func changedNamesAreNotHeld() {
        var report = Self.staged
        report.changed = ["b"]
        let (driver, committed) = Self.committing(["a", "b"], commit: report)
        #expect(committed.looks == [["b"]])
        #expect(driver.core.awaitingDurability.map(\.names) == [["a"]])
    }

    @Test("stop waits for the batches awaiting durability, then ends")
    func stopWaitsForDurability() {
        var driver = Self.committing(["a"]).0
        #expect(!driver.send(.stop).finishes)
        #expect(!driver.send(.timer, after: .seconds(1)).finishes)
        #expect(driver.send(.durable(CommitReport(indexedTotal: 1))).finishes)
    }

    @Test("a compaction due after compactEvery batches waits until no batch awaits durability; reads wait for it")
    func compactionWaitsForDurability() {
        var driver = CoreDriver(batchSize: 1)
        driver.started()
        let names = (0...Core.compactEvery + 3).map { "n\($0)" }
        driver.send(.inbox(names.map { .fileReady(name: $0) }))
        driver.send(.drain)
        // Each batch is committed, then made durable once the next one is committed.
        var compacts = 0
        for _ in 0..<Core.compactEvery {
            compacts += driver.send(.parsed([])).compacts
            compacts += driver.send(.committed(Self.staged)).compacts
            if driver.core.awaitingDurability.count > 1 {
                compacts += driver.send(.durable(CommitReport(indexedTotal: 1))).compacts
            }
        }
        #expect(compacts == 0)
        driver.send(.parsed([]))
        driver.send(.committed(Self.staged))
        // The batch that reaches compactEvery ends while another awaits durability and one is
        // being read: no compaction yet, and nothing new is read.
        let due = driver.send(.durable(CommitReport(indexedTotal: 1)))
        #expect(due.compacts == 0 && driver.core.compactWanted)
        let parsed = driver.send(.parsed([]))
        #expect(parsed.reads.isEmpty && parsed.commits == 1 && parsed.compacts == 0)
        driver.send(.committed(Self.staged))
        #expect(driver.send(.durable(CommitReport(indexedTotal: 1))).compacts == 0)
        let last = driver.send(.durable(CommitReport(indexedTotal: 1)))
        #expect(last.compacts == 1 && last.drainRequests == 1)
    }

    @Test("a batch's own success undoes neither the retry its commit scheduled nor its back-off and STATUS= problem")
    func ownSuccessKeepsItsCommitsRetry() {
        var report = Self.staged
        report.retry = ["b"]
        report.problem = "EIO"
        var driver = Self.committing(["a", "b"], commit: report).0
        #expect(driver.core.retryAt == driver.at(.seconds(1)))
        let done = driver.send(.durable(CommitReport(indexedTotal: 1)), after: .milliseconds(300))
        #expect(driver.core.retryAt == driver.at(.milliseconds(700)) && driver.core.retry.contains("b"))
        #expect(done.drainRequests == 0 && driver.core.status.problem?.contains("EIO") == true)
        // A batch staged after the failure succeeds: the retry is released, the problem cleared.
        driver.send(.inbox([.fileReady(name: "c")]))
        driver.send(.drain)
        driver.send(.parsed([]))
        driver.send(.committed(Self.staged))
        let later = driver.send(.durable(CommitReport(indexedTotal: 2)))
        #expect(driver.core.retryAt == nil && driver.core.status.problem == nil && later.drainRequests == 1)
    }

    @Test("batch N's success does not release batch N+1's names whose staging failed (ENOSPC)")
    func earlierSuccessKeepsALaterFailure() {
        var driver = CoreDriver(batchSize: 1)
        driver.started()
        driver.send(.inbox([.fileReady(name: "n"), .fileReady(name: "m")]))
        driver.send(.drain)
        driver.send(.parsed([]))
        driver.send(.committed(Self.staged))  // n awaits durability; m was read meanwhile
        driver.send(.parsed([]))
        driver.send(.committed(CommitReport(indexedTotal: 0, retry: ["m"], problem: "ENOSPC")))
        #expect(driver.core.retryAt == driver.at(.seconds(1)))
        driver.send(.durable(CommitReport(indexedTotal: 1)))
        #expect(driver.core.retryAt == driver.at(.seconds(1)) && driver.core.retry.contains("m"))
        #expect(driver.core.status.problem?.contains("ENOSPC") == true)
        // It fails again at its retry: the delay has grown (the success did not reset it).
        #expect(driver.send(.timer, after: .seconds(1)).drainRequests == 1)
        driver.send(.drain)
        driver.send(.parsed([]))
        driver.send(.committed(CommitReport(indexedTotal: 1, retry: ["m"], problem: "ENOSPC")))
        #expect(driver.core.retryAt == driver.at(.seconds(2)))
    }

    @Test("WATCHDOG=1 is withheld while the oldest flush has been awaited longer than the interval")
    func watchdogNoticesAHungSync() {
        var driver = Self.committing(["a"], watchdog: .seconds(10)).0
        #expect(driver.send(.timer).messages.contains(.watchdog))
        #expect(driver.send(.timer, after: .seconds(10)).messages.contains(.watchdog))
        // The sync hangs: awaited 20 s > 10 s; no ping from the timer or a heartbeat.
        let hung = driver.send(.timer, after: .seconds(10))
        #expect(!hung.messages.contains(.watchdog) && hung.logs.count == 1)
        #expect(!driver.send(.timer, after: .seconds(1)).messages.contains(.watchdog))
        #expect(!driver.send(.heartbeat, after: .seconds(1)).messages.contains(.watchdog))
        // It ends: pings resume.
        driver.send(.durable(CommitReport(indexedTotal: 1)))
        #expect(driver.send(.timer).messages.contains(.watchdog))
    }
}
