import InboxWatcher
import Testing

@testable import PressWatchDaemon

/// `IngestSettings.readAhead` (issue 9's burst): while one batch is committed, up to that many
/// batches are being read and parsed, so the parse workers never wait for the loop's commit.
@Suite("IngestCore reads ahead during a burst")
struct IngestCoreReadAheadTests {
    @Test("a parsed batch tops the reads up to readAhead before its commit; a drain starts one")
    func topsUpReads() {
        var driver = CoreDriver(batchSize: 2, readAhead: 2)
        driver.started()
        let names = (1...7).map { "n\($0).txt" }
        #expect(driver.send(.inbox(names.map { .fileReady(name: $0) })).drainRequests == 1)
        // The drain starts one batch only: the rest of the burst may still be arriving.
        #expect(driver.send(.drain).reads == [["n1.txt", "n2.txt"]])
        let parsed = driver.send(.parsed([]))
        #expect(parsed.reads == [["n3.txt", "n4.txt"], ["n5.txt", "n6.txt"]] && parsed.commits == 1)
        #expect(parsed.lastIndex { if case .read = $0 { true } else { false } }!
            < parsed.firstIndex { if case .commit = $0 { true } else { false } }!)
        #expect(driver.core.queuedCount == 7)  // n1, n2 committing; n3 to n6 being read; n7 queued
        // Reads are in flight: the commit's end asks for no drain.
        #expect(driver.send(.committed(CommitReport(indexedTotal: 2))).drainRequests == 0)
        #expect(driver.send(.parsed([])).reads == [["n7.txt"]])
        driver.send(.committed(CommitReport(indexedTotal: 4)))
        #expect(driver.send(.parsed([])).reads.isEmpty)
        driver.send(.committed(CommitReport(indexedTotal: 6)))
        #expect(driver.send(.parsed([])).commits == 1)
        #expect(driver.send(.committed(CommitReport(indexedTotal: 7))).drainRequests == 0)
        #expect(driver.core.filesInHand == 0 && !driver.core.hasBatchInFlight)
    }

    @Test("a name renamed in again while a batch holding it is in flight waits for that batch")
    func nameInFlightWaits() {
        var driver = CoreDriver(batchSize: 1, readAhead: 2)
        driver.started()
        driver.send(.inbox([.fileReady(name: "x")]))
        #expect(driver.send(.drain).reads == [["x"]])
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "b")]))
        #expect(driver.send(.parsed([])).reads == [["a"], ["b"]])
        driver.send(.committed(CommitReport(indexedTotal: 1)))
        // a is renamed in again while its batch is read, then while it is committed: held.
        driver.send(.inbox([.fileReady(name: "a")]))
        #expect(driver.send(.parsed([])).reads.isEmpty)
        driver.send(.committed(CommitReport(indexedTotal: 2)))
        #expect(driver.send(.parsed([])).reads == [["a"]])
    }

    @Test("a stop waits for every batch being read, starts none, then ends")
    func stopWaitsForEveryRead() {
        var driver = CoreDriver(batchSize: 1, readAhead: 2)
        driver.started()
        driver.send(.inbox(["a", "b", "c", "d"].map { .fileReady(name: $0) }))
        driver.send(.drain)
        #expect(driver.send(.parsed([])).reads == [["b"], ["c"]])
        driver.send(.committed(CommitReport(indexedTotal: 1)))
        driver.send(.stop)
        #expect(driver.send(.parsed([])).reads.isEmpty)
        #expect(!driver.send(.committed(CommitReport(indexedTotal: 2))).finishes)
        driver.send(.parsed([]))
        let last = driver.send(.committed(CommitReport(indexedTotal: 3)))
        #expect(last.finishes)
    }
}
