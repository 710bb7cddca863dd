import ArticleIndex
import Foundation
import InboxWatcher
import Logging
import Systemd

/// What the ingest loop reacts to. Real sources (inotify, timer, SIGHUP, shutdown) are turned
/// into these by `IngestService`; tests feed them directly.
enum LoopEvent: Sendable {
    case inbox([InboxEvent])
    case tick
    case reload
    case shutdown
    /// The loop's own "files are ready": starts reading the next batch (off the loop, see
    /// `ParseWorkers`). Queued behind the events already waiting, so a burst is gathered into
    /// one batch (one index flush), and reload or shutdown interleave with a long backlog.
    case drain
    /// A batch read and parsed off the loop: archive, index and publish it (on the loop).
    case parsed([PreparedFile])
}

/// Where notify messages go: systemd in production, a recorder in tests.
protocol NotifySink: Sendable {
    @discardableResult func send(_ messages: [NotifyMessage]) -> Bool
}

extension SystemdNotifier: NotifySink {}

/// The daemon's state and its reaction to each event. Runs on one task; not thread-safe.
/// Files are read and parsed elsewhere (`launch` hands a batch to `ParseWorkers`, whose answer
/// comes back as `.parsed`), one batch at a time, so the loop keeps sending `WATCHDOG=1` and
/// `STATUS=` and handling signals while a file is parsed.
///
/// Contract: every complete inbox file ends indexed + archived, rejected with a report, or left
/// alone with a logged reason; failures not caused by the file are retried with back-off.
final class IngestLoop {
    private(set) var configuration: Configuration
    private let reloadConfiguration: () throws -> Configuration
    /// Tells the event sources about a reloaded configuration (the watcher's ignore rules).
    private let configurationChanged: (Configuration) -> Void
    private let pipeline: IngestPipeline
    private let notifier: any NotifySink
    private var logger: Logger
    private let stopFlag: StopFlag
    private let watchdogInterval: Duration?
    private let clock = ContinuousClock()
    private var lastWatchdog: ContinuousClock.Instant
    private var lastStatus = ""
    private var lastStatusAt = Date.distantPast
    private var lastRescan = Date.distantPast

    private var queue = ReadyQueue()
    private var settle: SettleTracker<ContinuousClock.Instant>
    /// Non-regular entries already reported, so each is logged once, not on every scan.
    private var reportedSkipped: Set<String> = []
    /// Names waiting for `retryAt` after a failure that was not the file's fault.
    private var retry = ReadyQueue()
    private var retryAt: Date?
    private var backoff = RetryBackoff()
    private var status: StatusLine
    /// Another service's part of the status line (the PostgreSQL sink), read at each render.
    var sinkStatus: (() -> String)?
    /// Starts reading and parsing a batch off the loop; its result comes back as `.parsed`.
    private let launch: (ParseRequest) -> Void
    /// Names of the batch being read and parsed (nil: none): not queued again meanwhile.
    private var inFlight: Set<String>?
    private let markers: ParseMarkers?

    init(configuration: Configuration, store: ArticleStore, rejectedCount: Int,
         reloadConfiguration: @escaping () throws -> Configuration,
         configurationChanged: @escaping (Configuration) -> Void = { _ in },
         notifier: any NotifySink, watchdogInterval: Duration?, stopFlag: StopFlag, logger: Logger,
         markers: ParseMarkers?, launch: @escaping (ParseRequest) -> Void) {
        self.configuration = configuration
        self.markers = markers
        self.launch = launch
        self.reloadConfiguration = reloadConfiguration
        self.configurationChanged = configurationChanged
        self.pipeline = IngestPipeline(configuration: configuration, store: store, markers: markers, logger: logger)
        self.notifier = notifier
        self.logger = logger
        self.stopFlag = stopFlag
        self.watchdogInterval = watchdogInterval
        self.lastWatchdog = clock.now
        self.settle = Self.settleTracker(configuration)
        self.status = StatusLine(inbox: configuration.inboxPath, indexed: store.count, rejected: rejectedCount)
    }

    var queuedCount: Int { queue.count + settle.pendingNames.count + retry.count + (inFlight?.count ?? 0) }

    /// True while a batch is being read and parsed off the loop: wait for its `.parsed` before
    /// ending (graceful stop), so that its files are finished and its markers removed.
    var batchInFlight: Bool { inFlight != nil }

    /// Sets aside the files that were being parsed when the daemon died twice in a row, scans
    /// the inbox and queues what is there. Call before `READY=1`.
    func start(now: Date) {
        if let markers {
            var outcome = IngestPipeline.Outcome()
            for suspect in markers.recover() { pipeline.quarantine(suspect, now: now, outcome: &outcome) }
            status.rejected += outcome.rejected.count
        }
        rescan(now: now)
        publishStatus(now: now, force: true)
    }

    /// Handles one event. Returns false when the loop must end (shutdown).
    func handle(_ event: LoopEvent, now: Date) -> Bool {
        switch event {
        case .inbox(let events):
            for event in events { take(event, now: now) }
        case .tick:
            pingWatchdogIfDue()
            if now.timeIntervalSince(lastRescan) >= configuration.rescanSeconds || settle.pendingNames.count > 0 {
                rescan(now: now)
            }
            if let retryAt, now >= retryAt {
                self.retryAt = nil
                for name in retry.take(retry.count) { queue.append(name) }
            }
        case .reload:
            reload(now: now)
        case .shutdown:
            notifier.send([.stopping])
            logger.info("stopping: files still being parsed stay in the inbox and are read at the next start")
            return false
        case .drain:
            if !stopFlag.isSet { startBatch() }
        case .parsed(let batch):
            finishBatch(batch, now: now)
        }
        if stopFlag.isSet { return false }
        publishStatus(now: now, force: false)
        return true
    }

    /// True when files are ready and another batch should run soon.
    var hasReadyWork: Bool { !queue.isEmpty && inFlight == nil }

    private func take(_ event: InboxEvent, now: Date) {
        switch event {
        case .fileReady(let name):
            // Renamed in: complete by construction, read at once.
            settle.forget(name: name)
            queue.append(name)
        case .fileClosed(let name):
            // Closed after writing: complete only once it stayed unchanged for settleSeconds
            // since this (the last) close; a writer that re-opens it to append restarts the wait.
            queue.remove(name)
            settle.forget(name: name)
            observe(name)
        case .overflow:
            logger.warning("inotify queue overflowed: rescanning the inbox")
            rescan(now: now)
        // Issue 11: the watcher follows the inbox's parent, so no restart is ever needed.
        case .inboxGone:
            status.problem = "Inbox \(configuration.inboxPath) is gone: re-create it, presswatch resumes by itself"
            logger.critical("""
                the inbox folder \(configuration.inboxPath) was deleted or moved away: nothing can be dropped \
                until it exists again; re-create it (same owner and mode) and presswatch resumes watching it \
                at once, no restart needed
                """, metadata: ["inbox": "\(configuration.inboxPath)"])
        case .inboxRestored:
            status.problem = nil
            logger.notice("the inbox folder \(configuration.inboxPath) exists again: watching and scanning it; nothing else to do",
                          metadata: ["inbox": "\(configuration.inboxPath)"])
            rescan(now: now)
        }
    }

    /// Starts (or restarts) the settle wait of one file, seen now; the tick's rescan finishes it.
    private func observe(_ name: String) {
        guard !retry.contains(name), !(inFlight?.contains(name) ?? false), let file = InboxScanner.look(name: name, in: configuration.inboxPath) else { return }
        if settle.observe(file, at: clock.now) == .readyNow { queue.append(name) }
    }

    private func rescan(now: Date) {
        lastRescan = now
        let result: ScanResult
        do {
            result = try InboxScanner.scan(directory: configuration.inboxPath, ignore: IgnoreRules(extraPatterns: configuration.ignorePatterns))
        } catch {
            status.problem = "Cannot scan the inbox: \(error)"
            logger.error("inbox scan failed", metadata: ["error": "\(error)"])
            return
        }
        let observedAt = clock.now
        for file in result.files where !queue.contains(file.name) && !retry.contains(file.name) && !(inFlight?.contains(file.name) ?? false) {
            if settle.observe(file, at: observedAt) == .readyNow { queue.append(file.name) }
        }
        settle.retain(only: Set(result.files.map { $0.name }))
        for entry in result.skipped where reportedSkipped.insert(entry.name).inserted {
            logger.warning("left in the inbox, not read: \(entry.reason)", metadata: ["file": "\(entry.name)"])
        }
        reportedSkipped.formIntersection(result.skipped.map { $0.name })
    }

    private func startBatch() {
        guard inFlight == nil, !queue.isEmpty else { return }
        let names = queue.take(configuration.batchSize)
        inFlight = Set(names)
        launch(ParseRequest(names: names, inbox: configuration.inboxPath, sizeLimit: configuration.maxFileSize,
                            budget: .milliseconds(Int64(configuration.parseTimeoutSeconds * 1000))))
    }

    private func finishBatch(_ batch: [PreparedFile], now: Date) {
        inFlight = nil
        let outcome = pipeline.commit(batch, now: now, heartbeat: { pingWatchdogIfDue() })
        status.indexed = pipeline.store.count
        status.rejected += outcome.rejected.count
        for name in outcome.changed {
            settle.forget(name: name)
            observe(name)
        }
        for name in outcome.deferred { queue.append(name) }
        if let last = outcome.indexed.last {
            status.lastTitle = last.entry.title
            status.lastAt = now
        }
        if outcome.retry.isEmpty {
            backoff.succeeded()
            if outcome.problem == nil { status.problem = nil }
            // Whatever failed before may work now (space was freed): retry at the next tick.
            if retryAt != nil { retryAt = now }
        } else {
            for name in outcome.retry { retry.append(name) }
            // New failures join a pending retry instead of postponing it; the delay grows only
            // when a retry itself fails again.
            if retryAt == nil {
                retryAt = now.addingTimeInterval(stopFlag.isSet ? 0 : backoff.failed())
            }
            if let problem = outcome.problem, let retryAt {
                status.problem = "\(problem) · retrying in \(Int(max(0, retryAt.timeIntervalSince(now)).rounded(.up))) s"
            }
        }
    }

    private func reload(now: Date) {
        notifier.send([.reloading(monotonicMicroseconds: SystemdNotifier.monotonicMicroseconds())])
        do {
            let fresh = try reloadConfiguration()
            if fresh.inboxPath != configuration.inboxPath || fresh.statePath != configuration.statePath {
                logger.warning("inbox.path and state.path changes take effect only after a restart")
            }
            var applied = fresh
            applied.inboxPath = configuration.inboxPath
            applied.statePath = configuration.statePath
            configuration = applied
            pipeline.configuration = applied
            settle = Self.settleTracker(applied)
            logger.logLevel = applied.logLevel
            pipeline.logger.logLevel = applied.logLevel
            configurationChanged(applied)
            status.reloadFailure = nil
            logger.info("configuration reloaded")
        } catch {
            // Issue 11: a refused reload stays visible in STATUS= until a reload succeeds.
            let reason = "\(error)".split(separator: "\n").joined(separator: "; ")
            status.reloadFailure = "reload failed: \(reason); running with the previous configuration"
            logger.error("reload failed: \(reason); running with the previous configuration: fix the file and reload again")
        }
        rescan(now: now)
        notifier.send([.ready, .status(status.render(now: now))])
    }

    private static func settleTracker(_ configuration: Configuration) -> SettleTracker<ContinuousClock.Instant> {
        SettleTracker(policy: SettlePolicy(quietPeriod: .milliseconds(Int64(configuration.settleSeconds * 1000))))
    }

    private func pingWatchdogIfDue() {
        guard let watchdogInterval, clock.now - lastWatchdog >= watchdogInterval else { return }
        lastWatchdog = clock.now
        notifier.send([.watchdog])
    }

    /// Sends `STATUS=` when it changed, at most four times a second unless `force`d: a burst
    /// must not flood the manager (sd_notify blocks once the socket's queue is full); the
    /// one-second tick sends whatever the throttle held back.
    func publishStatus(now: Date, force: Bool) {
        status.queued = queuedCount
        status.sink = sinkStatus?()
        let line = status.render(now: now)
        guard force || (line != lastStatus && now.timeIntervalSince(lastStatusAt) >= 0.25) else { return }
        lastStatus = line
        lastStatusAt = now
        notifier.send([.status(line)])
    }
}
