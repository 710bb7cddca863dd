import InboxWatcher
import Logging
import Systemd

/// What `IngestCore` needs to know of the configuration: the values its decisions depend on.
struct IngestSettings: Sendable, Equatable {
    /// The inbox path, for the status line and messages only.
    var inbox: String
    /// How long a file written in place (or found by a scan) must stay unchanged (`inbox.settleSeconds`).
    var settle: Duration
    /// Period of the full rescan (`inbox.rescanSeconds`).
    var rescanEvery: Duration
    /// Most names read and published in one batch (`ingest.batchSize`).
    var batchSize: Int

    init(inbox: String, settle: Duration = .seconds(1), rescanEvery: Duration = .seconds(60), batchSize: Int = 500) {
        self.inbox = inbox
        self.settle = settle
        self.rescanEvery = rescanEvery
        self.batchSize = max(1, batchSize)
    }

    init(_ configuration: Configuration) {
        self.init(inbox: configuration.inboxPath, settle: .seconds(configuration.settleSeconds),
                  rescanEvery: .seconds(configuration.rescanSeconds), batchSize: configuration.batchSize)
    }
}

/// How a batch's commit (`.committed`) or its durable step (`.durable`) ended, as far as the
/// core's decisions go (from `IngestPipeline.Outcome`).
struct CommitReport: Sendable, Equatable {
    /// Articles in the index after the batch (nil: not known yet, the batch awaits durability).
    var indexedTotal: Int?
    /// Title of the last article the batch indexed (nil: it indexed none).
    var lastTitle: String?
    /// How many files the batch rejected.
    var rejected = 0
    /// Names to try again after a back-off (disk full, I/O error): not the file's fault.
    var retry: [String] = []
    /// Names whose file changed after it was read: settle them again, then read them anew.
    var changed: [String] = []
    /// Names not read (the batch's byte budget was used up, or the daemon is stopping).
    var deferred: [String] = []
    /// Why the retries are needed, for STATUS=.
    var problem: String?
    /// `.committed` only: the batch's flush was handed to the durable thread; the batch ends at
    /// its `.durable` (false: nothing to make durable, the batch ended here).
    var awaitsDurability = false
}

extension IngestCore {
    /// What the core is told: inbox events, the results of the actions it asked for, the timer,
    /// signals. Each comes with the current time (`handle(_:now:)`).
    enum Event: Sendable {
        /// The daemon starts: `suspects` are the files that were being parsed when the daemon
        /// died twice in a row (`ParseMarkers.recover()`).
        case start(suspects: [ParseMarkers.Suspect])
        /// inotify's hints.
        case inbox([InboxEvent])
        /// The result of `.scan`.
        case scanned(ScanResult)
        /// `.scan` failed (the text says why).
        case scanFailed(String)
        /// The result of `.look` for one name (nil: not a regular file there now).
        case looked(name: String, file: ScannedFile?)
        /// The result of `.quarantine`: how many files were set aside in rejected/.
        case quarantined(rejected: Int)
        /// The answer to `.requestDrain`: every event queued before it has been handled.
        case drain
        /// The result of `.read`: the batch, read and parsed.
        case parsed([PreparedFile])
        /// The result of `.commit`: the batch is written; if it `awaitsDurability`, its `.durable`
        /// comes later.
        case committed(CommitReport)
        /// The oldest batch awaiting durability is durable and its originals removed, or its
        /// durable step failed (then `retry` names its files). Comes from the durable thread,
        /// in the order the batches were committed.
        case durable(CommitReport)
        /// A wake-up asked for with `.wake`, or the executor's periodic tick.
        case timer
        /// The executor is in the middle of a long action (a commit): only the watchdog matters.
        case heartbeat
        /// SIGHUP.
        case reload
        /// The result of `.reloadConfiguration`: the configuration was read and applied.
        case reloaded(IngestSettings)
        /// `.reloadConfiguration` failed (the text says why); the previous configuration stays.
        case reloadFailed(String)
        /// SIGTERM/SIGINT: finish the batch in hand, then end.
        case stop
    }

    /// What the executor must do, in order. Actions marked "answers" must be answered with the
    /// named event before the next action is performed (the executor does them synchronously).
    enum Action: Sendable {
        /// Set these files aside in rejected/ if the inbox still holds them. Answers `.quarantined`.
        case quarantine([ParseMarkers.Suspect])
        /// Scan the inbox. Answers `.scanned` or `.scanFailed`.
        case scan
        /// Look at (stat) each of these names. Answers one `.looked` per name.
        case look([String])
        /// Queue a `.drain` event behind the events already waiting (gathers a burst into one batch).
        case requestDrain
        /// Read and parse these names off the loop; the batch comes back as `.parsed`.
        case read([String])
        /// Archive and index this batch (or reject its files), writing its files without a sync
        /// call, and hand its flush to the durable thread (`IngestPipeline.commit`). Answers
        /// `.committed`; a batch that `awaitsDurability` is published, and its originals leave
        /// the inbox, when its `.durable` arrives.
        case commit([PreparedFile])
        /// Merge the index's newest shards if due (`ArticleStore.compact`); a failure is logged.
        case compact
        /// Send these messages to systemd.
        case notify([NotifyMessage])
        /// Send `RELOADING=1` with the current `MONOTONIC_USEC=`.
        case announceReloading
        /// Read the configuration again and apply it. Answers `.reloaded` or `.reloadFailed`.
        case reloadConfiguration
        /// Write this to the log.
        case log(Logger.Level, String, metadata: [String: String])
        /// Send `.timer` at this time (replaces any earlier request).
        case wake(at: Instant)
        /// The loop ends: nothing is in flight any more.
        case finish
    }
}
