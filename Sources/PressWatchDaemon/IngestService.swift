import ArticleIndex
import Dispatch
import DurableIO
import Foundation
import InboxWatcher
import Logging
import PostgresSink
import ServiceLifecycle
import Systemd
import UnixSignals

/// The daemon's one long-lived service: watches the inbox and runs the ingest loop.
///
/// `run()` prepares the state directory and the index, starts inotify *before* the start-up scan
/// (so nothing dropped in between is missed), sends `READY=1` once that scan is queued, then
/// feeds inotify batches, the timer (the wake-ups `IngestCore` asks for, and at least one tick
/// a second) and SIGHUP into `IngestLoop`, which performs what `IngestCore` decides. On graceful shutdown
/// (SIGTERM/SIGINT) it sends `STOPPING=1`, finishes the file in hand, flushes and returns.
/// It holds the state directory's `StateLock` from start to return, so a second daemon or a
/// `presswatch reindex` on the same state refuses to start. Throws (and the process exits
/// non-zero) only when it cannot start: a bad inbox or state path, a state directory in use,
/// or an index it cannot read.
public final class IngestService: Service {
    private let configuration: Configuration
    private let reloadConfiguration: @Sendable () throws -> Configuration
    private let notifier = SystemdNotifier()
    private let logger: Logger
    /// The PostgreSQL sink's part of STATUS= (`sink: 12 behind`), when a sink runs.
    private let sinkStatus: (@Sendable () -> String)?
    /// Told whether files are in hand, for the sink (which defers its stemming meanwhile).
    private let activity: LocalIngestActivity?

    public init(configuration: Configuration,
                reloadConfiguration: @escaping @Sendable () throws -> Configuration,
                logger: Logger, sinkStatus: (@Sendable () -> String)? = nil, activity: LocalIngestActivity? = nil) {
        self.configuration = configuration
        self.reloadConfiguration = reloadConfiguration
        self.logger = logger
        self.sinkStatus = sinkStatus
        self.activity = activity
    }

    public func run() async throws {
        let config = configuration
        notifier.send([.status("Starting: opening the index in \(config.statePath)"),
                       .extendTimeout(microseconds: 120_000_000)])
        try DurableFile.createDirectories(config.inboxPath)
        try DurableFile.createDirectories(config.statePath)
        let stateLock = try StateLock(directory: config.statePath)
        try StateLock.refuseSymbolicLinks(in: config.statePath, names: StateLayout.folderNames)  // issue 11
        defer { stateLock.release() }
        let store = try IndexRecovery.openStore(statePath: config.statePath, logger: logger,
                                                lastExitWasClean: stateLock.previousHolderExitedCleanly)
        let layout = StateLayout(root: config.statePath)
        let rejectedCount = (try? FileManager.default.contentsOfDirectory(atPath: layout.rejected))?
            .filter { $0.hasSuffix(".error.json") }.count ?? 0
        let watcher = try InotifyWatcher(directory: config.inboxPath, ignore: IgnoreRules(extraPatterns: config.ignorePatterns), logger: logger)
        // Trap SIGHUP before READY=1: its default action would end the process on an early reload.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let stopFlag = StopFlag()
        let watchdog = notifier.watchdogPingInterval()
        // Issue 11: files are read and parsed off the loop, in parallel, under a time budget.
        let markers = ParseMarkers(statePath: config.statePath)
        // A file being parsed when the daemon died is parsed in a child process first.
        let workers = ParseWorkers(markers: markers, check: IsolatedParseCheck(), logger: logger)
        let (requests, requestContinuation) = AsyncStream.makeStream(of: ParseRequest.self)
        let (events, continuation) = AsyncStream.makeStream(of: LoopEvent.self)
        let alarm = WakeTimer(onWake: { continuation.yield(.tick) })
        defer { alarm.cancel() }
        // Issue 9: a batch's sync calls run here while the loop writes the next batch.
        let durable = DurableThread(done: { continuation.yield(.durable($0)) })
        defer { durable.finish() }
        let loop = IngestLoop(configuration: config, store: store, rejectedCount: rejectedCount,
                              reloadConfiguration: reloadConfiguration,
                              configurationChanged: { watcher.setIgnoreRules(IgnoreRules(extraPatterns: $0.ignorePatterns)) },
                              notifier: notifier,
                              watchdogInterval: watchdog, stopFlag: stopFlag, logger: logger,
                              markers: markers, launch: { requestContinuation.yield($0) },
                              requestDrain: { continuation.yield(.drain) }, wake: { alarm.set($0) },
                              makeDurable: { durable.submit($0) })
        loop.sinkStatus = sinkStatus
        loop.activity = activity
        loop.start()
        notifier.send([.ready])
        logger.info("watching \(config.inboxPath); \(store.count) article(s) in the index, \(loop.queuedCount) file(s) queued",
                    metadata: ["inbox": "\(config.inboxPath)", "state": "\(config.statePath)"])

        let tick: Duration = min(.seconds(1), watchdog ?? .seconds(1))
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await batch in watcher.events() { continuation.yield(.inbox(batch)) }
                }
                group.addTask {
                    // A tick at least every `tick` (STATUS= ages); `alarm` sends the core's wake-ups.
                    while !Task.isCancelled {
                        try? await Task.sleep(for: tick)
                        continuation.yield(.tick)
                    }
                }
                group.addTask {
                    for await _ in hangups { continuation.yield(.reload) }
                }
                group.addTask {
                    // One batch read at a time: the loop asks for the next one when this one is
                    // parsed, and commits this one on its own task meanwhile (IngestCore).
                    for await request in requests {
                        let prepared = await workers.prepare(request, shouldStop: { stopFlag.isSet })
                        continuation.yield(.parsed(prepared))
                    }
                }
                await Self.run(loop, events: events)
                watcher.stop()
                requestContinuation.finish()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            stopFlag.set()
            // Do not wait for a parse under way (it may take up to the budget): its file stays.
            workers.abandonAll()
            continuation.yield(.shutdown)
        }
        markers.endAll()
        logger.info("stopped: \(store.count) article(s) in the index")
    }

    /// The loop proper: one event at a time until the loop ends (after a stop, once the batch
    /// in flight is finished; files not started stay in the inbox).
    static func run(_ loop: IngestLoop, events: AsyncStream<LoopEvent>) async {
        for await event in events {
            if !loop.handle(event) { break }
        }
    }
}

/// Sends `.tick` at the time `IngestCore` last asked for (`set` replaces the previous request),
/// on a dispatch timer, so an earlier request wakes the loop on time even while the periodic
/// tick sleeps. `@unchecked Sendable`: a dispatch source may be rescheduled from any thread.
final class WakeTimer: @unchecked Sendable {
    private let source: any DispatchSourceTimer
    private let clock = ContinuousClock()

    init(onWake: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "presswatch.wake"))
        source.setEventHandler(handler: onWake)
        source.activate()
    }

    func set(_ instant: ContinuousClock.Instant) {
        let wait = max(.zero, clock.now.duration(to: instant))
        let (seconds, attoseconds) = wait.components
        source.schedule(deadline: .now() + .nanoseconds(Int(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)))
    }

    func cancel() { source.cancel() }
}
