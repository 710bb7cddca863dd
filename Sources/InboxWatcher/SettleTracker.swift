/// How long a file found by a scan must stay unchanged before it counts as complete.
public struct SettlePolicy: Sendable, Equatable {
    /// Size, mtime and (device, inode) must be unchanged for at least this long, measured
    /// between two observations. Default: 1 second.
    public var quietPeriod: Duration

    public init(quietPeriod: Duration = .seconds(1)) {
        self.quietPeriod = max(quietPeriod, .zero)
    }
}

/// What to do with a scanned file now.
public enum SettleDecision: Sendable, Equatable {
    /// Complete: read it now.
    case readyNow
    /// Not known to be complete yet: observe it again (`stat` it or rescan) after this long.
    case recheck(after: Duration)
}

/// Decides when a file found by a **scan** (start-up, after overflow, on reload, periodic) or
/// closed after writing (`.fileClosed`: forget it, then observe it afresh, so the wait runs from
/// its last close) is complete. Files renamed in (`.fileReady`, `IN_MOVED_TO`) are complete by
/// construction and need no settling: call ``forget(name:)`` for them.
///
/// Contract: I/O-free and clock-free — the caller passes the time of each observation, so tests
/// use a fake clock. `Instant` is any `InstantProtocol` measured in `Duration`; the daemon uses
/// the monotonic `ContinuousClock.Instant` (a wall clock could jump forward and declare a
/// half-written file quiet). A file is ready once two observations at least `quietPeriod`
/// apart saw the same size, mtime and identity; any change restarts the wait. Even with a zero
/// quiet period the first observation answers `.recheck(after: .zero)`: two looks are required.
/// `.readyNow` also forgets the file, so a file that is later rewritten settles afresh.
/// Never fails; memory is one entry per pending name (drop vanished ones with ``retain(only:)``).
public struct SettleTracker<Instant: InstantProtocol & Sendable>: Sendable
where Instant.Duration == Duration {
    /// What a file looked like, and since when it has looked like that.
    private struct Pending: Sendable {
        var size: Int64
        var modified: Duration
        var identity: FileIdentity
        var unchangedSince: Instant
    }

    public let policy: SettlePolicy
    private var pending: [String: Pending] = [:]

    public init(policy: SettlePolicy = SettlePolicy()) {
        self.policy = policy
    }

    /// Same as `init(policy: SettlePolicy(quietPeriod: quietPeriod))`.
    public init(quietPeriod: Duration) {
        self.init(policy: SettlePolicy(quietPeriod: quietPeriod))
    }

    /// Names observed but not yet ready.
    public var pendingNames: Set<String> { Set(pending.keys) }

    /// How many names are observed but not yet ready (for a "backlog" figure).
    public var pendingCount: Int { pending.count }

    /// Records that `file` was seen as it is at time `now`, and says what to do with it.
    public mutating func observe(_ file: ScannedFile, at now: Instant) -> SettleDecision {
        guard let previous = pending[file.name],
            previous.size == file.size, previous.modified == file.modified,
            previous.identity == file.identity
        else {
            pending[file.name] = Pending(
                size: file.size, modified: file.modified, identity: file.identity, unchangedSince: now)
            return .recheck(after: policy.quietPeriod)
        }
        let quietFor = previous.unchangedSince.duration(to: now)
        if quietFor >= policy.quietPeriod {
            pending[file.name] = nil
            return .readyNow
        }
        return .recheck(after: policy.quietPeriod - quietFor)
    }

    /// Stops tracking `name` (it was read after an inotify event, deleted, or rejected).
    public mutating func forget(name: String) {
        pending[name] = nil
    }

    /// Stops tracking every name not in `names` (call with the names a fresh scan found).
    public mutating func retain(only names: Set<String>) {
        pending = pending.filter { names.contains($0.key) }
    }
}
