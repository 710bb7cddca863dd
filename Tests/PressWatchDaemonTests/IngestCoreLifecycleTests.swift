import InboxWatcher
import Systemd
import Testing

@testable import PressWatchDaemon

/// Issue 9 item 6: start, stop, reload, STATUS= and WATCHDOG=1 decisions, with a fake clock.
@Suite("IngestCore: start, stop, reload, notifications")
struct IngestCoreLifecycleTests {
    @Test("start: poison suspects are quarantined before the scan; the first STATUS= counts them")
    func startQuarantinesThenScans() throws {
        var driver = CoreDriver()
        let start = driver.send(.start(suspects: [try suspect("poison.txt")]))
        guard case .quarantine(let suspects) = start.first else {
            Issue.record("expected .quarantine first, got \(start)")
            return
        }
        #expect(suspects.map(\.name) == ["poison.txt"])
        #expect(start.scans == 1)
        #expect(driver.send(.quarantined(rejected: 1)).statuses.isEmpty)
        let scanned = driver.send(.scanned(ScanResult(files: [file("old.txt")])))
        #expect(scanned.statuses == ["Watching /in · 0 indexed · 1 queued · 1 rejected"])
        // A file found by the start-up scan settles like any scanned file.
        #expect(scanned.drainRequests == 0)
        #expect(driver.core.nextWake == FakeInstant.zero.advanced(by: .seconds(1)))
    }

    @Test("stop while a batch is in flight: the batch is committed, then the loop ends; nothing new starts")
    func stopWaitsForTheBatchInFlight() {
        var driver = CoreDriver(batchSize: 1)
        driver.started()
        driver.send(.inbox([.fileReady(name: "a"), .fileReady(name: "b")]))
        #expect(driver.send(.drain).reads == [["a"]])
        let stop = driver.send(.stop)
        #expect(stop.messages.first == .stopping)
        #expect(!stop.finishes)
        #expect(!driver.core.isFinished)
        // A drain already queued starts nothing once stopping.
        #expect(driver.send(.drain).reads.isEmpty)
        #expect(driver.send(.inbox([.fileReady(name: "c")])).drainRequests == 0)
        #expect(driver.send(.parsed([.notRead(name: "a")])).commits == 1)
        let end = driver.send(.committed(CommitReport(indexedTotal: 1, lastTitle: "A")), after: .milliseconds(300))
        #expect(end.finishes)
        #expect(end.statuses.last?.contains("1 indexed") == true)
        #expect(driver.core.isFinished)
        #expect(driver.send(.timer, after: .seconds(5)).isEmpty)
    }

    @Test("stop with nothing in flight ends at once, after STOPPING=1")
    func stopWhenIdle() {
        var driver = CoreDriver()
        driver.started()
        let stop = driver.send(.stop)
        #expect(stop.messages.first == .stopping)
        #expect(stop.finishes)
        #expect(driver.send(.stop).isEmpty)
    }

    @Test("a failed reload stays in STATUS= until a reload succeeds; READY=1 follows each reload's scan")
    func reloadFailureStaysVisible() {
        var driver = CoreDriver(settle: .seconds(1))
        driver.started()
        let reload = driver.send(.reload)
        #expect(reload.count { if case .announceReloading = $0 { true } else { false } } == 1)
        #expect(reload.contains { if case .reloadConfiguration = $0 { true } else { false } })
        #expect(driver.send(.reloadFailed("presswatch.yaml:3: inbox.settleSeconds: not a number")).scans == 1)
        let ready = driver.send(.scanned(ScanResult()))
        #expect(ready.messages.first == .ready)
        let failed = "reload failed: presswatch.yaml:3: inbox.settleSeconds: not a number; running with the previous configuration"
        #expect(ready.statuses == ["\(failed) · Watching /in · 0 indexed · 0 queued · 0 rejected"])
        // Later status lines keep it.
        #expect(driver.send(.inbox([.fileReady(name: "a")]), after: .seconds(1)).statuses.last?.hasPrefix(failed) == true)
        // A good reload clears it and applies the new settle time.
        driver.send(.reload, after: .seconds(1))
        driver.send(.reloaded(IngestSettings(inbox: "/elsewhere", settle: .seconds(5), batchSize: 10)))
        let good = driver.send(.scanned(ScanResult()))
        #expect(good.messages.first == .ready)
        #expect(good.statuses.last?.hasPrefix("Watching /in ·") == true)
        #expect(driver.core.settings.settle == .seconds(5))
        #expect(driver.core.settings.inbox == "/in")
        driver.send(.inbox([.fileClosed(name: "w")]), after: .seconds(1))
        let looked = driver.send(.looked(name: "w", file: file("w")))
        #expect(looked.wakes == [driver.at(.seconds(5))])
    }

    @Test("WATCHDOG=1 every interval from the timer, and from heartbeats during a long commit")
    func watchdog() {
        var driver = CoreDriver(watchdog: .seconds(10))
        driver.started()  // 10 s after the start
        #expect(driver.send(.timer).messages.contains(.watchdog))
        #expect(driver.core.nextWake == driver.at(.seconds(10)))
        #expect(!driver.send(.heartbeat, after: .seconds(9)).messages.contains(.watchdog))
        #expect(driver.send(.heartbeat, after: .seconds(1)).messages == [.watchdog])
    }

    @Test("STATUS= at most four times a second; a change held back goes out at the wake-up it asks for")
    func statusIsThrottled() {
        var driver = CoreDriver()
        driver.started()
        #expect(driver.send(.inbox([.fileReady(name: "a")])).statuses.count == 1)
        let held = driver.send(.inbox([.fileReady(name: "b")]), after: .milliseconds(100))
        #expect(held.statuses.isEmpty)
        #expect(held.wakes == [driver.at(.milliseconds(150))])
        #expect(driver.send(.timer, after: .milliseconds(150)).statuses.last?.contains("2 queued") == true)
    }

    @Test("an unreadable inbox shows in STATUS=; settling names vanished from the inbox are dropped")
    func scanFailureAndVanishedNames() {
        var driver = CoreDriver()
        driver.started()
        #expect(driver.send(.inbox([.overflow])).scans == 1)
        let failed = driver.send(.scanFailed("permission denied"))
        #expect(failed.statuses.last?.hasPrefix("Cannot scan the inbox: permission denied") == true)
        driver.send(.inbox([.fileClosed(name: "gone.txt")]), after: .seconds(1))
        driver.send(.looked(name: "gone.txt", file: file("gone.txt")))
        #expect(driver.core.queuedCount == 1)
        driver.send(.timer, after: .seconds(1))
        driver.send(.scanned(ScanResult()))
        #expect(driver.core.queuedCount == 0)
    }
}
