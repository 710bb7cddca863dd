import Foundation
import Logging
import Synchronization

/// Watches one inbox directory with inotify and delivers what happened in batches.
///
/// Contract:
/// - The watch (`IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR |
///   IN_DONT_FOLLOW`; `IN_Q_OVERFLOW` always comes) is live when `init` returns, so create the
///   watcher **before** the start-up scan: nothing written in between is lost.
/// - ``events()`` yields one array per `read(2)` of the inotify descriptor (batches drain a large
///   backlog ~40× faster than one element per event). Ignored names (``IgnoreRules``), names that
///   are not valid UTF-8 and directories moved in are filtered here and logged at debug/warning
///   level; the daemon only sees names it may ingest. A name may repeat across batches.
/// - The inbox's parent directory is watched too (for the inbox's name only). When the inbox is
///   deleted, moved away or unmounted, ``events()`` yields `.inboxGone` and goes on: as soon as
///   a directory exists at the inbox path again (created, or moved back), the watch is re-added
///   and `.inboxRestored` follows, so the daemon rescans; no restart is needed. When the parent
///   cannot be watched, the path is tried again every second instead.
/// - The stream finishes after `stop()`, when the consumer stops iterating, or after an
///   unexpected poll/read error (logged at error level).
/// - inotify is only a hint: on `.overflow` the daemon rescans.
///
/// Threading: a dedicated thread blocks in `poll(2)` on the inotify descriptor and a wake-up
/// pipe; ``stop()`` writes to the pipe. Descriptors are closed exactly once, by that thread as it
/// exits (or by `stop()`/`deinit` if `events()` was never called).
public final class InotifyWatcher: Sendable {
    /// The watched directory, as given.
    public let directory: String

    private enum Phase { case idle, running, finished }

    private struct State {
        var phase: Phase = .idle
        var stopRequested = false
    }

    private let inotify: InotifyDescriptor
    private let wakeup: WakeupPipe
    private let state = Mutex(State())
    private let ignore: Mutex<IgnoreRules>
    private let logger: Logger
    /// The watch descriptors at start; the reader thread keeps its own copy up to date.
    private let initialWatches: InotifyEventDecoder.Watches
    private let parentPath: String

    /// Starts watching `directory`.
    /// - Parameters:
    ///   - ignore: names never reported (changeable later with ``setIgnoreRules(_:)``).
    ///   - logger: receives debug/warning/error messages with `inbox.path` metadata.
    /// - Throws: ``InboxWatcherError`` — `.directoryMissing`, `.notADirectory`, `.symbolicLink`,
    ///   `.permissionDenied`, `.inotifyLimitReached` or `.system`; no descriptor is leaked.
    public init(directory: String, ignore: IgnoreRules = IgnoreRules(), logger: Logger) throws(InboxWatcherError) {
        var logger = logger
        logger[metadataKey: "inbox.path"] = "\(directory)"
        let inotify: InotifyDescriptor
        do {
            inotify = try InotifyDescriptor.open()
        } catch {
            throw .directory(directory, operation: "inotify_init1", errno: error)
        }
        let wakeup: WakeupPipe
        do {
            wakeup = try WakeupPipe.open()
        } catch {
            inotify.close()
            throw .system(operation: "pipe2", path: directory, errno: error)
        }
        let inboxWD: CInt
        do {
            inboxWD = try inotify.addWatch(path: directory, mask: .inboxWatch)
        } catch {
            inotify.close()
            wakeup.close()
            throw .directory(directory, operation: "inotify_add_watch", errno: error)
        }
        let (parent, name) = Self.split(directory)
        let parentWD: CInt?
        do {
            parentWD = try inotify.addWatch(path: parent, mask: .parentWatch)
        } catch {
            parentWD = nil
            logger.debug("cannot watch the inbox's parent \(parent) (\(error)); a deleted inbox is looked for every second")
        }
        self.initialWatches = .init(inbox: inboxWD, parent: parentWD, inboxName: name)
        self.parentPath = parent
        self.directory = directory
        self.inotify = inotify
        self.wakeup = wakeup
        self.ignore = Mutex(ignore)
        self.logger = logger
        logger.debug("watching inbox")
    }

    deinit {
        // Reached only when no reader thread holds `self`: close what `events()` never used.
        let needsClose = state.withLock { $0.phase == .idle }
        if needsClose { closeDescriptors() }
    }

    /// Replaces the ignore rules; applies from the next batch on (e.g. after a config reload).
    public func setIgnoreRules(_ rules: IgnoreRules) {
        ignore.withLock { $0 = rules }
    }

    /// The batches of events. Call once: a second call, or a call after ``stop()``, returns a
    /// stream that is already finished (and logs a warning for the second call).
    public func events() -> AsyncStream<[InboxEvent]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [InboxEvent].self)
        let outcome: Phase = state.withLock { state in
            let previous = state.phase
            if previous == .idle, !state.stopRequested { state.phase = .running }
            return previous
        }
        guard outcome == .idle else {
            if outcome == .running { logger.warning("InotifyWatcher.events() called twice") }
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [self] _ in stop() }
        let thread = Thread { [self] in readLoop(continuation) }
        thread.name = "inotify-inbox"
        thread.start()
        return stream
    }

    /// Ends the event stream promptly (wakes the thread blocked in `poll`). Idempotent, never
    /// blocks, safe from any thread. Descriptors are closed once the reader thread has exited.
    public func stop() {
        let closeNow: Bool = state.withLock { state in
            defer { state.stopRequested = true }
            switch state.phase {
            case .idle:
                state.phase = .finished
                return true
            case .running:
                // Under the lock: the thread cannot close the pipe between check and write.
                if !state.stopRequested { wakeup.signal() }
                return false
            case .finished:
                return false
            }
        }
        if closeNow { closeDescriptors() }
    }

    private func closeDescriptors() {
        inotify.close()
        wakeup.close()
    }

    /// `(parent, name)` of a path: `/srv/inbox` → (`/srv`, `inbox`), `inbox` → (`.`, `inbox`).
    static func split(_ path: String) -> (String, String) {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let parent = trimmed[..<slash]
        return (parent.isEmpty ? "/" : String(parent), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// Adds the inbox watch again if a directory is back at the path; returns its descriptor.
    private func reattach() -> CInt? {
        guard let wd = try? inotify.addWatch(path: directory, mask: .inboxWatch) else { return nil }
        logger.debug("inbox directory is back; watching it again")
        return wd
    }

    /// The reader thread: poll, read one batch, decode, yield; until stop or failure.
    private func readLoop(_ continuation: AsyncStream<[InboxEvent]>.Continuation) {
        // Holds at least one maximal event (16 + NAME_MAX + 1); 64 KiB ≈ 1,300 typical events.
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var watches = initialWatches
        loop: while true {
            // While the inbox is gone and its parent is not watched, look for it every second.
            if watches.inbox == nil, watches.parent == nil, let wd = reattach() {
                watches.inbox = wd
                continuation.yield([.inboxRestored])
            }
            let readiness: PollReadiness
            do {
                let timeout: CInt = watches.inbox == nil && watches.parent == nil ? 1000 : -1
                readiness = try waitForReadiness(inotify: inotify, wakeup: wakeup, timeoutMilliseconds: timeout)
            } catch {
                logger.error("inotify poll failed; the inbox is no longer watched", metadata: ["errno": "\(error)"])
                break loop
            }
            if readiness.wakeup { break loop }
            if readiness.inotifyReadable {
                let count: Int
                do {
                    count = try inotify.read(into: &buffer)
                } catch {
                    logger.error("inotify read failed; the inbox is no longer watched", metadata: ["errno": "\(error)"])
                    break loop
                }
                if count == 0 { continue loop }
                let rules = ignore.withLock { $0 }
                let batch = InotifyEventDecoder.decode(buffer[0..<count], ignore: rules, watches: watches)
                log(batch.dropped)
                if !batch.events.isEmpty { continuation.yield(batch.events) }
                if batch.parentGone, let parent = watches.parent {
                    inotify.removeWatch(parent)
                    watches.parent = nil
                }
                if batch.events.contains(.inboxGone), let gone = watches.inbox {
                    logger.debug("the inbox directory was deleted, moved or unmounted; waiting for it to come back")
                    inotify.removeWatch(gone)  // a moved inbox keeps its watch: drop it
                    watches.inbox = nil
                    // Re-created already (rm -r then mkdir): its parent event may be in this batch or gone.
                    if let wd = reattach() {
                        watches.inbox = wd
                        continuation.yield([.inboxRestored])
                    }
                } else if batch.inboxReappeared, watches.inbox == nil, let wd = reattach() {
                    watches.inbox = wd
                    continuation.yield([.inboxRestored])
                }
            } else if readiness.failed {
                logger.error("inotify descriptor reported an error; the inbox is no longer watched")
                break loop
            }
        }
        state.withLock { state in
            state.phase = .finished
            closeDescriptors()
        }
        // Outside the lock: finish() runs onTermination, which calls stop(), which takes it.
        continuation.finish()
    }

    private func log(_ dropped: [InotifyEventDecoder.Dropped]) {
        for entry in dropped {
            switch entry.reason {
            case .ignored:
                logger.trace("ignored inbox file", metadata: ["file": "\(entry.name)"])
            case .directory:
                logger.debug("directory moved into the inbox; it will be reported by the next scan",
                             metadata: ["file": "\(entry.name)"])
            case .invalidUTF8:
                logger.warning("inbox file not processed: \(FileName.invalidUTF8Reason)",
                               metadata: ["file": "\(entry.name)"])
            }
        }
    }
}
