import InboxWatcher
import Systemd
import Testing

@testable import PressWatchDaemon

/// Issue 9 item 6: the ingest loop's decisions, driven with scripted events and a fake clock.
@Suite("IngestCore: settling, batching, publishing")
struct IngestCoreTests {
    @Test("a file renamed in is read at once: no settle wait, no timer, no batch window")
    func renamedInIsReadAtOnce() {
        var driver = CoreDriver()
        driver.started()
        let taken = driver.send(.inbox([.fileReady(name: "a.txt")]))
        #expect(taken.drainRequests == 1)
        #expect(taken.looks.isEmpty)
        // The drain comes back without any time passing: the read starts at once.
        #expect(driver.send(.drain).reads == [["a.txt"]])
        #expect(driver.send(.parsed([.notRead(name: "a.txt")])).commits == 1)
        let done = driver.send(.committed(CommitReport(indexedTotal: 1, lastTitle: "Kigali")), after: .milliseconds(300))
        #expect(done.statuses.last?.contains("1 indexed · 0 queued") == true)
        #expect(done.statuses.last?.contains("last: \"Kigali\" (0 s ago)") == true)
        #expect(done.drainRequests == 0)
    }

    @Test("a file written in place is read only once `settle` has passed since its last close")
    func settlesAfterTheLastClose() {
        var driver = CoreDriver(settle: .seconds(1))
        driver.started()
        #expect(driver.send(.inbox([.fileClosed(name: "b.txt")])).looks == [["b.txt"]])
        let first = driver.send(.looked(name: "b.txt", file: file("b.txt", size: 10)))
        let closedAt = driver.now
        #expect(first.wakes == [closedAt.advanced(by: .seconds(1))])
        #expect(first.drainRequests == 0)
        // The writer appends and closes again after 0.6 s: the wait starts again from there.
        #expect(driver.send(.inbox([.fileClosed(name: "b.txt")]), after: .milliseconds(600)).looks == [["b.txt"]])
        driver.send(.looked(name: "b.txt", file: file("b.txt", size: 20)))
        // At 1 s (the first close's deadline) a scan finds it quiet for 0.4 s only: not yet.
        #expect(driver.send(.timer, after: .milliseconds(400)).scans == 1)
        let early = driver.send(.scanned(ScanResult(files: [file("b.txt", size: 20)])))
        #expect(early.drainRequests == 0)
        #expect(early.wakes == [closedAt.advanced(by: .milliseconds(1600))])
        // At 1.6 s, 1 s after the last close: read.
        #expect(driver.send(.timer, after: .milliseconds(600)).scans == 1)
        #expect(driver.send(.scanned(ScanResult(files: [file("b.txt", size: 20)]))).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["b.txt"]])
    }

    @Test("a burst is gathered into batches of batchSize; the next batch is read while one is committed")
    func batchesOfBatchSize() {
        var driver = CoreDriver(batchSize: 2)
        driver.started()
        let names = (1...5).map { "n\($0).txt" }
        #expect(driver.send(.inbox(names.prefix(3).map { .fileReady(name: $0) })).drainRequests == 1)
        // More events arrive before the drain: one request only, and they join the batch queue.
        #expect(driver.send(.inbox(names.suffix(2).map { .fileReady(name: $0) })).drainRequests == 0)
        #expect(driver.send(.drain).reads == [["n1.txt", "n2.txt"]])
        // While a batch is read no other starts.
        #expect(driver.send(.inbox([.fileReady(name: "n6.txt")])).drainRequests == 0)
        #expect(driver.send(.drain).reads.isEmpty)
        // Once it is parsed, the next batch is read while it is committed: the read is asked
        // for first (it runs off the loop), then the commit.
        let parsed = driver.send(.parsed([]))
        #expect(parsed.reads == [["n3.txt", "n4.txt"]] && parsed.commits == 1)
        #expect(parsed.firstIndex { if case .read = $0 { true } else { false } }! < parsed.firstIndex { if case .commit = $0 { true } else { false } }!)
        #expect(driver.core.queuedCount == 6)  // n1, n2 committing; n3, n4 being read; n5, n6 queued
        #expect(driver.send(.committed(CommitReport(indexedTotal: 2))).drainRequests == 0)
        #expect(driver.send(.drain).reads.isEmpty)
        #expect(driver.send(.parsed([])).reads == [["n5.txt", "n6.txt"]])
        driver.send(.committed(CommitReport(indexedTotal: 4)))
        #expect(driver.core.queuedCount == 2)
        // The last batch: nothing left to read beside its commit; then the loop is idle.
        let last = driver.send(.parsed([]))
        #expect(last.reads.isEmpty && last.commits == 1)
        #expect(driver.send(.committed(CommitReport(indexedTotal: 6))).drainRequests == 0)
        #expect(driver.core.filesInHand == 0)
    }

    @Test("a name renamed in again while its batch is committed waits for that commit before it is read")
    func nameInTheCommittingBatchWaits() {
        var driver = CoreDriver(batchSize: 2)
        driver.started()
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "b")]))
        #expect(driver.send(.drain).reads == [["a", "b"]])
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "c")]))
        #expect(driver.send(.parsed([])).reads == [["c"]])
        driver.send(.committed(CommitReport(indexedTotal: 2)))
        #expect(driver.send(.parsed([])).reads == [["a"]])
    }

    @Test("names a batch could not read (byte budget) are queued again and read next")
    func deferredNamesAreReadNext() {
        var driver = CoreDriver()
        driver.started()
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "b")]))
        driver.send(.drain)
        driver.send(.parsed([]))
        #expect(driver.send(.committed(CommitReport(indexedTotal: 1, deferred: ["b"]))).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["b"]])
    }

    @Test("failures not caused by the file are retried after 1, 2, 4 s; a success resets the back-off")
    func retryBackOff() {
        var driver = CoreDriver()
        driver.started()
        var expectedDelays: [Duration] = [.seconds(1), .seconds(2), .seconds(4)]
        driver.send(.inbox([.fileReady(name: "a")]))
        while !expectedDelays.isEmpty {
            let delay = expectedDelays.removeFirst()
            #expect(driver.send(.drain).reads == [["a"]])
            driver.send(.parsed([]))
            let failed = driver.send(.committed(CommitReport(indexedTotal: 0, retry: ["a"], problem: "Disk full")),
                                     after: .milliseconds(300))
            #expect(failed.statuses.last?.hasPrefix("Disk full · retrying in \(delay.components.seconds) s") == true)
            #expect(driver.core.retryAt == driver.at(delay))
            #expect(failed.drainRequests == 0)
            // Not before its time.
            #expect(driver.send(.timer, after: delay - .milliseconds(1)).drainRequests == 0)
            #expect(driver.send(.timer, after: .milliseconds(1)).drainRequests == 1)
        }
        driver.send(.drain)
        driver.send(.parsed([]))
        let ok = driver.send(.committed(CommitReport(indexedTotal: 1, lastTitle: "A")))
        #expect(ok.statuses.last?.hasPrefix("Watching /in") == true)
        driver.send(.inbox([.fileReady(name: "b")]))
        driver.send(.drain)
        driver.send(.parsed([]))
        // The back-off starts again from 1 s.
        let again = driver.send(.committed(CommitReport(indexedTotal: 1, retry: ["b"], problem: "Disk full")), after: .milliseconds(300))
        #expect(again.drainRequests == 0)
        #expect(driver.core.retryAt == driver.at(.seconds(1)))
    }

    @Test("a new failure joins a pending retry; a success releases every waiting name at once")
    func failuresJoinAndSuccessReleases() {
        var driver = CoreDriver(batchSize: 1)
        driver.started()
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "b"), .fileReady(name: "c")]))
        #expect(driver.send(.drain).reads == [["a"]])
        #expect(driver.send(.parsed([])).reads == [["b"]])  // b is read while a is committed
        driver.send(.committed(CommitReport(indexedTotal: 0, retry: ["a"], problem: "Disk full")))
        #expect(driver.send(.parsed([])).reads == [["c"]])
        // b fails 0.5 s later: it waits for a's retry (1 s after a failed), not for a later one.
        let failedAt = driver.now
        driver.send(.committed(CommitReport(indexedTotal: 0, retry: ["b"], problem: "Disk full")), after: .milliseconds(500))
        #expect(driver.core.retryAt == failedAt.advanced(by: .seconds(1)))
        #expect(driver.send(.parsed([])).reads.isEmpty)
        // c works: space was freed; a and b are released at once.
        #expect(driver.send(.committed(CommitReport(indexedTotal: 1))).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["a"]])
    }

    @Test("an inotify overflow, the inbox coming back and the periodic rescan each ask for a scan")
    func rescans() {
        var driver = CoreDriver(rescanEvery: .seconds(60))
        driver.started()
        let overflow = driver.send(.inbox([.overflow]))
        #expect(overflow.scans == 1)
        #expect(overflow.logs.contains("inotify queue overflowed: rescanning the inbox"))
        // What the scan finds settles like any file found by a scan.
        let found = driver.send(.scanned(ScanResult(files: [file("lost.txt")])))
        #expect(found.wakes == [driver.at(.seconds(1))])
        #expect(driver.send(.timer, after: .seconds(1)).scans == 1)
        #expect(driver.send(.scanned(ScanResult(files: [file("lost.txt")]))).drainRequests == 1)
        #expect(driver.send(.inbox([.inboxGone])).statuses.last?.hasPrefix("Inbox /in is gone") == true)
        let back = driver.send(.inbox([.inboxRestored]))
        #expect(back.scans == 1)
        #expect(driver.send(.scanned(ScanResult()), after: .milliseconds(300)).statuses.last?.hasPrefix("Watching /in") == true)
        #expect(driver.send(.timer, after: .seconds(59)).scans == 0)
        #expect(driver.send(.timer, after: .seconds(1)).scans == 1)
    }

    @Test("a file changed between its read and its archiving settles again and is read anew")
    func changedFileIsReadAgain() {
        var driver = CoreDriver(settle: .seconds(1))
        driver.started()
        driver.send(.inbox([.fileReady(name: "c.txt")]))
        driver.send(.drain)
        driver.send(.parsed([]))
        let report = driver.send(.committed(CommitReport(indexedTotal: 0, changed: ["c.txt"])))
        #expect(report.looks == [["c.txt"]])
        #expect(report.drainRequests == 0)
        driver.send(.looked(name: "c.txt", file: file("c.txt", size: 50)))
        #expect(driver.send(.timer, after: .seconds(1)).scans == 1)
        #expect(driver.send(.scanned(ScanResult(files: [file("c.txt", size: 50)]))).drainRequests == 1)
        #expect(driver.send(.drain).reads == [["c.txt"]])
    }

    @Test("the index is compacted once the loop is idle after a batch, not between closely spaced articles")
    func compactionWaitsForAPause() {
        var driver = CoreDriver()
        driver.started()
        func oneArticle(_ name: String, _ driver: inout CoreDriver) -> [IngestCore<FakeInstant>.Action] {
            driver.send(.inbox([.fileReady(name: name)]))
            driver.send(.drain)
            driver.send(.parsed([]))
            return driver.send(.committed(CommitReport(indexedTotal: 1)), after: .milliseconds(10))
        }
        let first = oneArticle("a", &driver)
        #expect(first.compacts == 0)
        #expect(first.wakes.contains(driver.at(.milliseconds(200))))
        // The next article 50 ms later postpones the compaction to 200 ms after its own batch.
        driver.now = driver.at(.milliseconds(40))
        #expect(oneArticle("b", &driver).compacts == 0)
        #expect(driver.send(.timer, after: .milliseconds(150)).compacts == 0)
        #expect(driver.send(.timer, after: .milliseconds(50)).compacts == 1)
        #expect(driver.send(.timer, after: .seconds(1)).compacts == 0)
        // A steady stream that never pauses is compacted every `compactEvery` batches.
        var compactions = 0
        for n in 0..<(2 * IngestCore<FakeInstant>.compactEvery) {
            compactions += oneArticle("s\(n)", &driver).compacts
            compactions += driver.send(.timer, after: .milliseconds(40)).compacts
        }
        #expect(compactions == 2)
    }
}
