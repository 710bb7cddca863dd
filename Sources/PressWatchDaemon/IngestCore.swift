import InboxWatcher
import Logging
import Systemd

/// Every decision of the ingest loop, with no I/O and no clock of its own: `handle(_:now:)`
/// takes one `Event` and the current time and returns the `Action`s to perform, in order.
/// `IngestLoop` performs them (and answers the ones that ask for an answer); tests drive the
/// core with scripted events and a fake `Instant`, without sleeping.
///
/// Decisions made here:
/// - **Settling**: a renamed-in file (`.fileReady`) is queued at once; a file closed after
///   writing (`.fileClosed`) or found by a scan is read once two looks `settle` apart saw it
///   unchanged (`SettleTracker`); the core asks for a wake-up at exactly that time, then a scan.
/// - **Batching**: ready names are read `batchSize` at a time, one batch read at a time; a batch
///   starts after every event already queued has been handled (`.requestDrain` → `.drain`), so a
///   burst is gathered into one batch and one publication, and a lone file waits for nothing.
/// - **Pipelining** (issue 9): the next batch is read while one is committed, and a committed
///   batch is made durable off the loop (`.durable` ends it) while the next is read and
///   committed; at most `maxAwaitingDurability` batches await durability when a batch is read,
///   and a name is never in two batches in flight.
/// - **Retry and back-off**: names that failed for a reason not their own (full disk) wait
///   1, 2, 4 … 60 s (`RetryBackoff`); new failures join a pending retry; the success of a batch
///   staged after the last failure releases them (an earlier batch's success proves nothing).
/// - **Rescans**: at start, after an inotify overflow, when the inbox comes back, on reload,
///   every `rescanEvery`, and when a settling file is due.
/// - **Compaction**: not after every batch (it would delay the next article), but once the loop
///   has been idle `compactAfterIdle` after a batch, or after `compactEvery` batches in a row.
/// - **Changed files**: a file changed between its read and its archiving settles again and is
///   read anew; names not read (byte budget, stop) are queued again.
/// - **Poison quarantine** at start; **stop** (finish the batch in flight, then end);
///   **reload** (new settings, or a failure kept in STATUS= until a reload succeeds);
///   **STATUS=** (when it changed, at most four times a second) and **WATCHDOG=1** (withheld
///   while a flush has been awaited longer than the interval: a hung disk gets us restarted).
///
/// Not thread-safe: one owner calls `handle`. Never fails: a failed action comes back as an event.
struct IngestCore<Instant: InstantProtocol & Sendable> where Instant.Duration == Duration {
    private(set) var settings: IngestSettings
    let watchdogInterval: Duration?
    /// Another service's part of the status line (the PostgreSQL sink): set it before `handle`.
    var sink: String?

    var queue = ReadyQueue()
    var settle: SettleTracker<Instant>
    /// When the earliest settling file should be looked at again (a scan).
    var settleDue: Instant?
    /// Names waiting for `retryAt` after a failure that was not the file's fault.
    var retry = ReadyQueue()
    var retryAt: Instant?
    var backoff = RetryBackoff()
    /// Names of the batch being read and parsed (nil: none): not queued again meanwhile.
    var reading: Set<String>?
    /// Names of the batch being committed (nil: none). The next batch is read and parsed while
    /// one is committed (issue 9: a parse needs the cores, a commit mostly one), never a name
    /// in two batches in flight.
    var committing: Set<String>?
    /// The batches committed whose flush is not yet durable, oldest first (their originals are
    /// still in the inbox): the durable thread syncs them while the loop writes the next batch.
    /// At most `maxAwaitingDurability` before another batch is read.
    var awaitingDurability: [AwaitedBatch] = []
    /// How many reports have scheduled retries so far: a batch's success says nothing of a
    /// failure scheduled after it was staged (`AwaitedBatch.failuresBefore`).
    var failuresScheduled = 0
    /// WATCHDOG=1 is being withheld: a flush has been awaited longer than the interval.
    var watchdogWithheld = false
    /// A compaction is due but waits until no flush is in flight (it publishes `index.json`
    /// itself); no batch is read meanwhile.
    var compactWanted = false
    var drainRequested = false
    private(set) var isStopping = false
    private(set) var isFinished = false
    var lastRescan: Instant?
    var lastWatchdog: Instant
    /// Non-regular entries already reported, so each is logged once, not on every scan.
    var reportedSkipped: Set<String> = []
    /// Notifications owed once the scan under way has answered (start, reload).
    var afterScan: AfterScan?
    var status: StatusLine
    var lastIndexedAt: Instant?
    var lastStatus = ""
    var lastStatusAt: Instant?
    var announcedWake: Instant?
    /// Batches committed since the last compaction, and when the next compaction is due if
    /// the loop is idle then.
    var uncompactedBatches = 0
    var compactDue: Instant?
    /// The time of the event being handled (for the status line's "3 s ago").
    var latest: Instant

    enum AfterScan { case started, reloaded }

    /// A batch awaiting durability.
    struct AwaitedBatch: Equatable {
        /// Its names (but those to read again).
        var names: Set<String>
        /// `failuresScheduled` before its commit's report: its success releases retries and
        /// resets the back-off only if nothing failed since.
        var failuresBefore: Int
        /// Since when its flush's sync has been awaited: its commit, or the end of the batch
        /// before it (the durable thread syncs one chain at a time).
        var since: Instant
    }

    /// Most `STATUS=` messages per second (a burst must not flood the manager).
    static var statusSpacing: Duration { .milliseconds(250) }
    /// The index is compacted once the loop has been idle this long after a batch...
    static var compactAfterIdle: Duration { .milliseconds(200) }
    /// ...or after this many batches in a row without such a pause (bounds the shards a steady
    /// stream adds between compactions).
    static var compactEvery: Int { 64 }
    /// Most batches awaiting durability when a batch is read: bounds the batches in memory (one
    /// read, up to this many plus one written) while letting syncs overlap writes and parses.
    static var maxAwaitingDurability: Int { 2 }

    init(settings: IngestSettings, indexed: Int, rejected: Int, watchdogInterval: Duration?, now: Instant) {
        self.settings = settings
        self.watchdogInterval = watchdogInterval
        self.settle = SettleTracker(quietPeriod: settings.settle)
        self.lastWatchdog = now
        self.latest = now
        self.status = StatusLine(inbox: settings.inbox, indexed: indexed, rejected: rejected)
    }

    /// Files queued to be read, or being read, parsed and committed (not those settling or
    /// waiting to retry).
    var filesInHand: Int { queue.count + inFlightCount }
    /// Files known and not yet finished: ready, settling, waiting for a retry, or in flight.
    var queuedCount: Int { queue.count + settle.pendingCount + retry.count + inFlightCount }
    private var inFlightCount: Int {
        (reading?.count ?? 0) + (committing?.count ?? 0) + awaitingDurability.reduce(0) { $0 + $1.names.count }
    }
    /// A batch is being read, parsed or committed, or awaits durability.
    var hasBatchInFlight: Bool { reading != nil || committing != nil || !awaitingDurability.isEmpty }
    /// Another batch may be read beside those in flight.
    var mayReadAhead: Bool { !isStopping && !compactWanted && awaitingDurability.count < Self.maxAwaitingDurability }
    /// A batch may be read now (none is being read or committed).
    var mayStartBatch: Bool { reading == nil && committing == nil && mayReadAhead }

    /// `name` is in a batch being read, parsed or committed, or awaiting durability.
    func isInFlight(_ name: String) -> Bool {
        (reading?.contains(name) ?? false) || (committing?.contains(name) ?? false)
            || awaitingDurability.contains { $0.names.contains(name) }
    }

    /// When the core next wants a `.timer` (nil: only the periodic tick).
    var nextWake: Instant? {
        var due = [settleDue, retryAt, compactDue, lastRescan.map { $0.advanced(by: settings.rescanEvery) }]
        if let watchdogInterval { due.append(lastWatchdog.advanced(by: watchdogInterval)) }
        if renderStatus() != lastStatus { due.append(lastStatusAt.map { $0.advanced(by: Self.statusSpacing) }) }
        return due.compactMap { $0 }.min()
    }

    /// Handles one event at `now` (a monotonic time); returns what to do, in order.
    mutating func handle(_ event: Event, now: Instant) -> [Action] {
        guard !isFinished else { return [] }
        latest = now
        var out: [Action] = []
        switch event {
        case .start(let suspects):
            if !suspects.isEmpty { out.append(.quarantine(suspects)) }
            afterScan = .started
            out += scan(now: now)
        case .quarantined(let rejected):
            status.rejected += rejected
        case .inbox(let events):
            for event in events { out += take(event, now: now) }
        case .scanned(let result):
            out += scanned(result, now: now)
        case .scanFailed(let reason):
            status.problem = "Cannot scan the inbox: \(reason)"
            out.append(.log(.error, "inbox scan failed", metadata: ["error": reason]))
            out += owedAfterScan(now: now)
        case .looked(let name, let file):
            if let file, !retry.contains(name), !isInFlight(name) { observe(file, now: now) }
        case .drain:
            drainRequested = false
            if mayStartBatch, !queue.isEmpty { out += readNextBatch() }
        case .parsed(let batch):
            // The next batch is read while this one is committed (`.read` first: it only starts
            // the parse, off the loop; the commit then runs on the loop).
            committing = reading
            reading = nil
            if mayReadAhead { out += readNextBatch() }
            out.append(.commit(batch))
        case .committed(let report):
            out += committed(report, now: now)
        case .durable(let report):
            out += madeDurable(report, now: now)
        case .timer:
            out += pingWatchdogIfDue(now: now)
            if let retryAt, now >= retryAt { releaseRetries() }
            out += compactIfIdle(now: now)
            let rescanDue = lastRescan.map { $0.duration(to: now) >= settings.rescanEvery } ?? true
            if rescanDue || (settleDue.map { now >= $0 } ?? false) { out += scan(now: now) }
        case .heartbeat:
            return pingWatchdogIfDue(now: now)
        case .reload:
            out += [.announceReloading, .reloadConfiguration]
        case .reloaded(let fresh):
            settings = IngestSettings(inbox: settings.inbox, settle: fresh.settle, rescanEvery: fresh.rescanEvery,
                                      batchSize: fresh.batchSize)
            settle = SettleTracker(quietPeriod: settings.settle)
            settleDue = nil
            status.reloadFailure = nil
            out.append(.log(.info, "configuration reloaded", metadata: [:]))
            afterScan = .reloaded
            out += scan(now: now)
        case .reloadFailed(let reason):
            // Issue 11: a refused reload stays visible in STATUS= until a reload succeeds.
            status.reloadFailure = "reload failed: \(reason); running with the previous configuration"
            out.append(.log(.error, "reload failed: \(reason); running with the previous configuration: fix the file and reload again",
                            metadata: [:]))
            afterScan = .reloaded
            out += scan(now: now)
        case .stop:
            guard !isStopping else { break }
            isStopping = true
            out.append(.notify([.stopping]))
            out.append(.log(.info, "stopping: files still being parsed stay in the inbox and are read at the next start", metadata: [:]))
        }
        if isStopping && !hasBatchInFlight {
            isFinished = true
            return out + [.notify([.status(renderStatus())]), .finish]
        }
        // (A name held back because its batch is still in flight waits for that batch's end.)
        if !drainRequested, mayStartBatch, queue.contains(where: { !isInFlight($0) }) {
            drainRequested = true
            out.append(.requestDrain)
        }
        // While a start or reload waits for its scan, the scan's answer sends the status.
        if afterScan == nil { out += statusIfDue(now: now, force: false) }
        if let wake = nextWake, wake != announcedWake {
            announcedWake = wake
            out.append(.wake(at: wake))
        }
        return out
    }

    // MARK: - Inbox

    private mutating func take(_ event: InboxEvent, now: Instant) -> [Action] {
        switch event {
        case .fileReady(let name):
            // Renamed in: complete by construction, read at once.
            settle.forget(name: name)
            queue.append(name)
            return []
        case .fileClosed(let name):
            // Closed after writing: complete only once it stayed unchanged for `settle` since
            // this (the last) close; a writer that re-opens it to append restarts the wait.
            queue.remove(name)
            settle.forget(name: name)
            return lookAgain([name])
        case .overflow:
            return [.log(.warning, "inotify queue overflowed: rescanning the inbox", metadata: [:])] + scan(now: now)
        // Issue 11: the watcher follows the inbox's parent, so no restart is ever needed.
        case .inboxGone:
            status.problem = "Inbox \(settings.inbox) is gone: re-create it, presswatch resumes by itself"
            return [.log(.critical, """
                the inbox folder \(settings.inbox) was deleted or moved away: nothing can be dropped \
                until it exists again; re-create it (same owner and mode) and presswatch resumes watching it \
                at once, no restart needed
                """, metadata: ["inbox": settings.inbox])]
        case .inboxRestored:
            status.problem = nil
            return [.log(.notice, "the inbox folder \(settings.inbox) exists again: watching and scanning it; nothing else to do",
                         metadata: ["inbox": settings.inbox])] + scan(now: now)
        }
    }

    /// Asks to look at names whose settle wait starts afresh (not those waiting for a retry or in flight).
    func lookAgain(_ names: [String]) -> [Action] {
        let names = names.filter { !retry.contains($0) && !isInFlight($0) }
        return names.isEmpty ? [] : [.look(names)]
    }

    mutating func observe(_ file: ScannedFile, now: Instant) {
        switch settle.observe(file, at: now) {
        case .readyNow:
            queue.append(file.name)
        case .recheck(let after):
            let due = now.advanced(by: after)
            settleDue = settleDue.map { min($0, due) } ?? due
        }
    }

    /// Takes the next batch from the queue (at most `batchSize` names, none of a batch in
    /// flight: a name renamed in again meanwhile waits for that batch's end) and asks to read it.
    private mutating func readNextBatch() -> [Action] {
        var names = queue.take(settings.batchSize)
        let held = names.filter { isInFlight($0) }
        if !held.isEmpty {
            names.removeAll { isInFlight($0) }
            for name in held { queue.append(name) }
        }
        guard !names.isEmpty else { return [] }
        reading = Set(names)
        return [.read(names)]
    }

    private mutating func scan(now: Instant) -> [Action] {
        lastRescan = now
        return [.scan]
    }

    private mutating func scanned(_ result: ScanResult, now: Instant) -> [Action] {
        settleDue = nil
        for file in result.files where !queue.contains(file.name) && !retry.contains(file.name) && !isInFlight(file.name) {
            observe(file, now: now)
        }
        settle.retain(only: Set(result.files.map(\.name)))
        if settle.pendingCount > 0, settleDue == nil { settleDue = now.advanced(by: settings.settle) }
        var out: [Action] = []
        for entry in result.skipped where reportedSkipped.insert(entry.name).inserted {
            out.append(.log(.warning, "left in the inbox, not read: \(entry.reason)", metadata: ["file": entry.name]))
        }
        reportedSkipped.formIntersection(result.skipped.map(\.name))
        return out + owedAfterScan(now: now)
    }

    private mutating func owedAfterScan(now: Instant) -> [Action] {
        defer { afterScan = nil }
        switch afterScan {
        case .started: return statusIfDue(now: now, force: true)
        case .reloaded:
            lastStatus = renderStatus()
            lastStatusAt = now
            return [.notify([.ready, .status(lastStatus)])]
        case nil: return []
        }
    }
}
