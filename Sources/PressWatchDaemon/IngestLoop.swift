import ArticleIndex
import Foundation
import InboxWatcher
import Logging
import PostgresSink
import Systemd

/// What the ingest loop reacts to. Real sources (inotify, timer, SIGHUP, shutdown) are turned
/// into these by `IngestService`; tests feed them directly.
enum LoopEvent: Sendable {
    case inbox([InboxEvent])
    /// The timer: a wake-up `IngestCore` asked for, or the periodic tick.
    case tick
    case reload
    case shutdown
    /// The answer to the core's `.requestDrain`, queued behind the events already waiting.
    case drain
    /// A batch read and parsed off the loop (`ParseWorkers`).
    case parsed([PreparedFile])
    /// A committed batch's flush made durable, or not, off the loop (`DurableThread`).
    case durable(DurableResult)
}

/// Where notify messages go: systemd in production, a recorder in tests.
protocol NotifySink: Sendable {
    @discardableResult func send(_ messages: [NotifyMessage]) -> Bool
}

extension SystemdNotifier: NotifySink {}

/// The thin executor of `IngestCore`: turns each `LoopEvent` into the core's event, performs the
/// actions the core returns (scan, stat, read off the loop, commit through `IngestPipeline` and
/// hand the batch's flush to the durable thread, notify, log, wake-ups) and answers the core
/// with their results. It decides nothing itself.
/// Runs on one task; not thread-safe.
///
/// Contract: every complete inbox file ends indexed + archived, rejected with a report, or left
/// alone with a logged reason; failures not caused by the file are retried with back-off.
final class IngestLoop {
    typealias Core = IngestCore<ContinuousClock.Instant>

    private(set) var configuration: Configuration
    private let reloadConfiguration: () throws -> Configuration
    /// Tells the event sources about a reloaded configuration (the watcher's ignore rules).
    private let configurationChanged: (Configuration) -> Void
    private let pipeline: IngestPipeline
    private let notifier: any NotifySink
    private var logger: Logger
    private let stopFlag: StopFlag
    private let clock = ContinuousClock()
    private var core: Core
    /// Another service's part of the status line (the PostgreSQL sink), read at each event.
    var sinkStatus: (() -> String)?
    /// Set after each event: how many files are queued or being read and parsed.
    var activity: LocalIngestActivity?
    /// Starts reading and parsing a batch off the loop; its result comes back as `.parsed`.
    private let launch: (ParseRequest) -> Void
    /// Queues `.drain` behind the events waiting; `.wake` asks for a `.tick` at that time.
    private let requestDrain: () -> Void
    private let wake: (ContinuousClock.Instant) -> Void
    /// Hands a committed batch's staged flush to the durable thread; its result comes back as `.durable`.
    private let makeDurable: (StagedFlush) -> Void
    private let markers: ParseMarkers?

    init(configuration: Configuration, store: ArticleStore, rejectedCount: Int,
         reloadConfiguration: @escaping () throws -> Configuration,
         configurationChanged: @escaping (Configuration) -> Void = { _ in },
         notifier: any NotifySink, watchdogInterval: Duration?, stopFlag: StopFlag, logger: Logger,
         markers: ParseMarkers?, launch: @escaping (ParseRequest) -> Void,
         requestDrain: @escaping () -> Void, wake: @escaping (ContinuousClock.Instant) -> Void = { _ in },
         makeDurable: @escaping (StagedFlush) -> Void) {
        self.configuration = configuration
        self.makeDurable = makeDurable
        self.markers = markers
        self.launch = launch
        self.requestDrain = requestDrain
        self.wake = wake
        self.reloadConfiguration = reloadConfiguration
        self.configurationChanged = configurationChanged
        self.pipeline = IngestPipeline(configuration: configuration, store: store, markers: markers, logger: logger)
        self.notifier = notifier
        self.logger = logger
        self.stopFlag = stopFlag
        self.core = Core(settings: IngestSettings(configuration), indexed: store.count, rejected: rejectedCount,
                         watchdogInterval: watchdogInterval, now: clock.now)
    }

    var queuedCount: Int { core.queuedCount }

    /// Sets aside the files that were being parsed when the daemon died twice in a row, scans
    /// the inbox and queues what is there. Call before `READY=1`.
    func start() {
        feed(.start(suspects: markers?.recover() ?? []))
    }

    /// Handles one event. Returns false once the loop has ended (stopped, nothing in flight).
    func handle(_ event: LoopEvent) -> Bool {
        // A graceful stop sets the flag before its `.shutdown` arrives: stop starting batches now.
        if stopFlag.isSet { feed(.stop) }
        switch event {
        case .inbox(let events): feed(.inbox(events))
        case .tick: feed(.timer)
        case .reload: feed(.reload)
        case .shutdown: feed(.stop)
        case .drain: feed(.drain)
        case .parsed(let batch): feed(.parsed(batch))
        case .durable(let result):
            let outcome = pipeline.durable(result, now: Date())
            // The published count: batches staged after this one are not in the index yet.
            feed(.durable(CommitReport(outcome, indexedTotal: pipeline.store.publishedCount)))
        }
        return !core.isFinished
    }

    /// Gives the core one event and performs what it answers, depth first: an action's answer
    /// is handled (and its own actions performed) before the next action.
    private func feed(_ event: Core.Event) {
        core.sink = sinkStatus?()
        for action in core.handle(event, now: clock.now) {
            if let answer = perform(action) { feed(answer) }
        }
        activity?.filesInHand = core.filesInHand
    }

    /// Performs one action; returns the event that answers it, if it has one.
    private func perform(_ action: Core.Action) -> Core.Event? {
        switch action {
        case .quarantine(let suspects):
            var outcome = IngestPipeline.Outcome()
            for suspect in suspects { pipeline.quarantine(suspect, now: Date(), outcome: &outcome) }
            return .quarantined(rejected: outcome.rejected.count)
        case .scan:
            do {
                return .scanned(try InboxScanner.scan(directory: configuration.inboxPath,
                                                      ignore: IgnoreRules(extraPatterns: configuration.ignorePatterns)))
            } catch {
                return .scanFailed("\(error)")
            }
        case .look(let names):
            for name in names.dropLast() { feed(.looked(name: name, file: InboxScanner.look(name: name, in: configuration.inboxPath))) }
            return names.last.map { .looked(name: $0, file: InboxScanner.look(name: $0, in: configuration.inboxPath)) }
        case .requestDrain:
            requestDrain()
        case .read(let names):
            launch(ParseRequest(names: names, inbox: configuration.inboxPath, sizeLimit: configuration.maxFileSize,
                                budget: .milliseconds(Int64(configuration.parseTimeoutSeconds * 1000))))
        case .commit(let batch):
            let (outcome, staged) = pipeline.commit(batch, now: Date(), heartbeat: { self.feed(.heartbeat) })
            if let staged { makeDurable(staged) }
            var report = CommitReport(outcome, indexedTotal: staged == nil ? pipeline.store.publishedCount : nil)
            report.awaitsDurability = staged != nil
            return .committed(report)
        case .compact:
            pipeline.compact(now: Date())
        case .notify(let messages):
            notifier.send(messages)
        case .announceReloading:
            notifier.send([.reloading(monotonicMicroseconds: SystemdNotifier.monotonicMicroseconds())])
        case .reloadConfiguration:
            return reload()
        case .log(let level, let message, let metadata):
            logger.log(level: level, "\(message)", metadata: metadata.mapValues { .string($0) })
        case .wake(let at):
            wake(at)
        case .finish:
            break
        }
        return nil
    }

    /// Reads the configuration again and applies it (paths and `sink.postgres.*` change only at
    /// a restart: a changed one is logged as a warning naming the keys).
    private func reload() -> Core.Event {
        let fresh: Configuration
        do {
            fresh = try reloadConfiguration()
        } catch {
            return .reloadFailed("\(error)".split(separator: "\n").joined(separator: "; "))
        }
        if fresh.inboxPath != configuration.inboxPath || fresh.statePath != configuration.statePath {
            logger.warning("inbox.path and state.path changes take effect only after a restart")
        }
        let sinkKeys = fresh.postgres.changedKeys(comparedWith: configuration.postgres)
        if !sinkKeys.isEmpty {
            let message = "\(sinkKeys.joined(separator: ", ")) changed: the PostgreSQL sink keeps its settings until "
                + "presswatch restarts (systemctl restart presswatch); the rest of the configuration is reloaded"
            logger.warning("\(message)")
        }
        var applied = fresh
        applied.inboxPath = configuration.inboxPath
        applied.statePath = configuration.statePath
        applied.postgres = configuration.postgres
        configuration = applied
        pipeline.configuration = applied
        logger.logLevel = applied.logLevel
        pipeline.logger.logLevel = applied.logLevel
        configurationChanged(applied)
        return .reloaded(IngestSettings(applied))
    }
}

extension CommitReport {
    init(_ outcome: IngestPipeline.Outcome, indexedTotal: Int?) {
        self.init(indexedTotal: indexedTotal, lastTitle: outcome.indexed.last?.entry.title, rejected: outcome.rejected.count,
                  retry: outcome.retry, changed: outcome.changed, deferred: outcome.deferred, problem: outcome.problem)
    }
}
