import Foundation
import Glibc
import Logging
import Synchronization
import Testing

@testable import InboxWatcher

/// A fresh directory under /tmp, removed (recursively) by `remove()`.
struct TempDirectory: Sendable {
    let path: String

    init(_ label: String = "inbox") throws {
        var template = Array("/tmp/presswatch-watch-\(label)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.init(rawValue: errno)!) }
        path = String(cString: made)
    }

    func child(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Creates (or truncates) `path` with `contents` and closes it.
func writeFile(_ path: String, _ contents: String = "x") throws {
    let fd = try openForWriting(path)
    try write(fd, contents)
    close(fd)
}

func openForWriting(_ path: String) throws -> CInt {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
    return fd
}

func write(_ fd: CInt, _ contents: String) throws {
    let bytes = Array(contents.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw POSIXError(.init(rawValue: errno)!) }
}

/// Creates a file whose name is the raw `nameBytes` (which need not be UTF-8).
func writeFile(in directory: String, rawName nameBytes: [UInt8]) throws {
    let path = Array(directory.utf8) + [UInt8(ascii: "/")] + nameBytes + [0]
    let fd = path.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644) }
    }
    guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
    close(fd)
}

func rename(_ from: String, _ to: String) throws {
    guard Glibc.rename(from, to) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
}

let testLogger: Logger = {
    var logger = Logger(label: "InboxWatcherTests")
    logger.logLevel = .critical
    return logger
}()

/// Consumes a watcher's stream on a background task and records every batch, so tests can
/// wait for a condition (with a deadline) instead of sleeping a fixed time.
final class EventRecorder: Sendable {
    private struct Record { var batches: [[InboxEvent]] = []; var finished = false }
    private final class Storage: Sendable { let record = Mutex(Record()) }
    private let storage = Storage()
    private let task: Task<Void, Never>

    init(_ stream: AsyncStream<[InboxEvent]>) {
        let storage = self.storage
        task = Task.detached {
            for await batch in stream { storage.record.withLock { $0.batches.append(batch) } }
            storage.record.withLock { $0.finished = true }
        }
    }

    var batches: [[InboxEvent]] { storage.record.withLock { $0.batches } }
    var events: [InboxEvent] { batches.flatMap { $0 } }
    var finished: Bool { storage.record.withLock { $0.finished } }
    var readyNames: [String] {
        events.compactMap {
            switch $0 {
            case .fileReady(let name), .fileClosed(let name): name
            default: nil
            }
        }
    }

    /// Waits until `condition` holds or `timeout` passes; returns whether it held. The deadline is
    /// generous (a shared, loaded machine can take tens of seconds): it only bounds a failure.
    @discardableResult
    func waitUntil(timeout: Duration = .seconds(60), _ condition: (EventRecorder) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(self) { return true }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return condition(self)
    }

    func cancel() { task.cancel() }
}

/// Runs `body` with a started watcher on a fresh directory, then stops and cleans up.
func withWatcher(
    ignore: IgnoreRules = IgnoreRules(),
    _ body: (TempDirectory, InotifyWatcher, EventRecorder) async throws -> Void
) async throws {
    let inbox = try TempDirectory()
    defer { inbox.remove() }
    let watcher = try InotifyWatcher(directory: inbox.path, ignore: ignore, logger: testLogger)
    let recorder = EventRecorder(watcher.events())
    defer { watcher.stop() }
    try await body(inbox, watcher, recorder)
}
