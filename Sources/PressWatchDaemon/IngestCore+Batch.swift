import Systemd

/// The end of a batch (retries, back-off, changed files, durability), STATUS= and WATCHDOG=1.
extension IngestCore {
    /// The batch being committed is written. If it awaits durability its names (but those to
    /// read again) stay in flight until its `.durable`; else the batch ends here.
    mutating func committed(_ report: CommitReport, now: Instant) -> [Action] {
        let batch = committing ?? []
        committing = nil
        let failuresBefore = failuresScheduled
        if report.awaitsDurability {
            awaitingDurability.append(AwaitedBatch(names: batch.subtracting(report.retry + report.changed + report.deferred),
                                                   failuresBefore: failuresBefore, since: now))
        }
        return settled(report, final: !report.awaitsDurability, failuresBefore: failuresBefore, now: now)
    }

    /// The oldest batch awaiting durability ended: published and its originals removed, or
    /// (`retry`) its durable step failed.
    mutating func madeDurable(_ report: CommitReport, now: Instant) -> [Action] {
        guard !awaitingDurability.isEmpty else {
            return [.log(.error, "a batch was reported durable while none was awaited", metadata: [:])]
        }
        let batch = awaitingDurability.removeFirst()
        // The next one's sync ran behind this one's (or with it, in one chain).
        if !awaitingDurability.isEmpty { awaitingDurability[0].since = max(awaitingDurability[0].since, now) }
        return settled(report, final: true, failuresBefore: batch.failuresBefore, now: now)
    }

    /// Applies what a report says: status, names to look at again, to queue again or to retry;
    /// a `final` report (the batch ended) also counts the batch for compaction and, without
    /// retries, resets the back-off, clears the problem and releases the retries, but only if
    /// no report scheduled retries since the batch was staged (`failuresBefore`): a batch staged
    /// before a failure (or that failed for some names at its commit) proves nothing about it;
    /// the problem stays and the retries wait for their time or a later batch's success.
    private mutating func settled(_ report: CommitReport, final: Bool, failuresBefore: Int, now: Instant) -> [Action] {
        if let indexed = report.indexedTotal { status.indexed = indexed }
        status.rejected += report.rejected
        for name in report.changed { settle.forget(name: name) }
        var out = lookAgain(report.changed)
        for name in report.deferred { queue.append(name) }
        if let title = report.lastTitle {
            status.lastTitle = title
            lastIndexedAt = now
        }
        if !report.retry.isEmpty {
            failuresScheduled += 1
            for name in report.retry { retry.append(name) }
            // New failures join a pending retry instead of postponing it; the delay grows only
            // when a retry itself fails again.
            if retryAt == nil {
                retryAt = now.advanced(by: isStopping ? .zero : .seconds(backoff.failed()))
            }
            if let problem = report.problem, let retryAt {
                let seconds = max(0, Double(now.duration(to: retryAt) / .milliseconds(1)) / 1000)
                status.problem = "\(problem) · retrying in \(Int(seconds.rounded(.up))) s"
            }
        } else if final && failuresBefore == failuresScheduled {
            backoff.succeeded()
            if report.problem == nil { status.problem = nil }
            // Whatever failed before may work now (space was freed): try it again at once.
            if retryAt != nil { releaseRetries() }
        }
        guard final else { return out }
        uncompactedBatches += 1
        compactDue = now.advanced(by: Self.compactAfterIdle)
        if uncompactedBatches >= Self.compactEvery && !isStopping { compactWanted = true }
        out += compactIfWanted()
        return out
    }

    /// The compaction due after `compactEvery` batches, once no batch is committed or awaits
    /// durability (reads wait meanwhile: `mayReadAhead`); dropped when stopping.
    mutating func compactIfWanted() -> [Action] {
        guard compactWanted, committing == nil, awaitingDurability.isEmpty else { return [] }
        compactWanted = false
        return isStopping ? [] : compactNow()
    }

    /// Compacts once `compactDue` has passed if nothing is queued or in flight; a batch that
    /// starts meanwhile postpones it to `compactAfterIdle` after that batch.
    mutating func compactIfIdle(now: Instant) -> [Action] {
        guard let compactDue, now >= compactDue else { return [] }
        guard !hasBatchInFlight, queue.isEmpty, !isStopping else {
            self.compactDue = nil
            return []
        }
        return compactNow()
    }

    private mutating func compactNow() -> [Action] {
        compactWanted = false
        uncompactedBatches = 0
        compactDue = nil
        return [.compact]
    }

    /// Moves every name waiting for a retry back into the ready queue.
    mutating func releaseRetries() {
        retryAt = nil
        for name in retry.take(retry.count) { queue.append(name) }
    }

    /// WATCHDOG=1 once per interval, unless the oldest flush awaiting durability has been
    /// awaited longer than the interval: a hung fsync/syncfs blocks only the durable thread, so
    /// the ping is withheld and systemd restarts the daemon, as when the sync ran on the loop.
    mutating func pingWatchdogIfDue(now: Instant) -> [Action] {
        guard let watchdogInterval, lastWatchdog.duration(to: now) >= watchdogInterval else { return [] }
        if let oldest = awaitingDurability.first, oldest.since.duration(to: now) > watchdogInterval {
            guard !watchdogWithheld else { return [] }
            watchdogWithheld = true
            return [.log(.critical, "the index's sync has not ended for more than the watchdog interval: WATCHDOG=1 withheld, "
                             + "systemd restarts presswatch if it does not end (check the state disk)", metadata: [:])]
        }
        watchdogWithheld = false
        lastWatchdog = now
        return [.notify([.watchdog])]
    }

    func renderStatus() -> String {
        var line = status
        line.queued = queuedCount
        line.sink = sink
        return line.render(lastAgeSeconds: lastIndexedAt.map { Int($0.duration(to: latest) / .seconds(1)) })
    }

    /// `STATUS=` when it changed, at most once per `statusSpacing`, unless `force`d; a change
    /// held back goes out at the wake-up `nextWake` asks for.
    mutating func statusIfDue(now: Instant, force: Bool) -> [Action] {
        let line = renderStatus()
        let spaced = lastStatusAt.map { $0.duration(to: now) >= Self.statusSpacing } ?? true
        guard force || (line != lastStatus && spaced) else { return [] }
        lastStatus = line
        lastStatusAt = now
        return [.notify([.status(line)])]
    }
}
