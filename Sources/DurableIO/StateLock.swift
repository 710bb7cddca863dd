import SystemPackage

/// One process at a time in a state directory: the daemon, or `presswatch reindex`.
///
/// Contract: `StateLock(directory:)` opens (creating it, mode 0644) `<directory>/presswatch.lock`
/// and takes an exclusive `flock` on it without waiting. When another process holds it, it throws
/// `StateLockError.held` naming that process's pid when known and saying what to do. Once held,
/// the file records this process's pid (for that message; readers of the index never look at
/// it). The kernel drops the lock when the descriptor closes: `release()`, deinit, or the end of
/// the process however it ends (SIGKILL included), so a crash never leaves a stale lock. The file
/// stays (removing it would race with a process about to lock it). A lock file this process may
/// not write (created by root for a daemon running as another user) is still locked, read-only.
///
/// `release()` (and deinit) overwrite the recorded pid with `0` before dropping the lock, so the
/// next holder learns from `previousHolderExitedCleanly` whether the last one released the lock
/// (a clean exit) or died holding it (a crash, SIGKILL: its pid is still recorded). A new or
/// empty lock file, or one this process may not write, counts as not clean.
///
/// Symbolic links are refused, never followed: a state directory or a lock file that is a link
/// throws `StateLockError.symbolicLink` saying what to do (the lock is opened `O_NOFOLLOW`, so
/// a link planted between the check and the open fails too). `refuseSymbolicLinks` does the
/// same check for the folders and files inside the state directory.
public final class StateLock {
    public static let fileName = "presswatch.lock"

    public let path: String
    private var descriptor: FileDescriptor?
    private var writable = false
    /// True when the previous holder released the lock (recorded `0`); false after a crash, or
    /// when that cannot be told. Callers skip crash clean-up (sweeping large folders for
    /// temporary files) only when this is true.
    public private(set) var previousHolderExitedCleanly = false

    /// - Throws: `StateLockError.held` when another process holds the lock, `DurableIOError`
    ///   when the file cannot be opened or locked.
    public init(directory: String) throws {
        path = Paths.joining(directory, Self.fileName)
        try Self.refuseSymbolicLinks(in: directory, names: ["", Self.fileName])
        let (fd, writable) = try Self.open(path)
        do {
            guard try Sys.flockExclusive(fd, reportedPath: path) else {
                let holder = Self.recordedPID(fd)
                try? Sys.close(fd, reportedPath: path)
                throw StateLockError.held(directory: directory, pid: holder)
            }
        } catch let error as DurableIOError {
            try? Sys.close(fd, reportedPath: path)
            throw error
        }
        descriptor = fd
        self.writable = writable
        previousHolderExitedCleanly = writable && Self.recordedText(fd).starts(with: Array("0 ".utf8))
        if writable { Self.record(pid: Sys.processID(), in: fd) }
    }

    deinit { release() }

    /// Throws `StateLockError.symbolicLink` for the first of `names` inside `directory` that is a
    /// symbolic link (`""` is the directory itself). Missing names are fine.
    public static func refuseSymbolicLinks(in directory: String, names: [String]) throws {
        for name in names {
            let path = name.isEmpty ? directory : Paths.joining(directory, name)
            if let info = try Sys.lstat(path), Sys.isSymbolicLink(info) {
                throw StateLockError.symbolicLink(path: path, target: Sys.linkTarget(path), isLock: name == fileName)
            }
        }
    }

    /// Drops the lock (idempotent).
    public func release() {
        guard let fd = descriptor else { return }
        descriptor = nil
        if writable { Self.record(pid: 0, in: fd) }
        try? Sys.close(fd, reportedPath: path)
    }

    private static func open(_ path: String) throws(DurableIOError) -> (FileDescriptor, Bool) {
        do {
            return (try Sys.open(path, .readWrite, [.create], permissions: [.ownerReadWrite, .groupRead, .otherRead],
                                 reportedPath: path), true)
        } catch where error.errno == .permissionDenied {
            return (try Sys.open(path, .readOnly, [], reportedPath: path), false)
        }
    }

    /// Writes the pid padded to a fixed width, so no truncation is needed over a longer old one.
    private static func record(pid: Int, in fd: FileDescriptor) {
        let digits = Array(String(pid).utf8)
        let text = digits + [UInt8](repeating: 0x20, count: max(0, 19 - digits.count)) + [0x0A]
        _ = try? text.withUnsafeBytes { try fd.writeAll(toAbsoluteOffset: 0, $0) }
    }

    private static func recordedText(_ fd: FileDescriptor) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = (try? buffer.withUnsafeMutableBytes { try fd.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        return Array(buffer.prefix(count))
    }

    private static func recordedPID(_ fd: FileDescriptor) -> Int? {
        let digits = recordedText(fd).prefix { (0x30...0x39).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self)).flatMap { $0 > 0 ? $0 : nil }
    }
}

/// Why a state directory could not be locked, said so an operator knows what to do.
public enum StateLockError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Another process (`pid` when it recorded one) holds the lock on `directory`.
    case held(directory: String, pid: Int?)
    /// `path` (the state directory, a folder or file in it, or the lock) is a symbolic link.
    case symbolicLink(path: String, target: String?, isLock: Bool)

    public var description: String {
        switch self {
        case .held(let directory, let pid):
            let who = pid.map { "another presswatch process (pid \($0))" } ?? "another presswatch process"
            return "\(who) is using the state directory \(directory): only one daemon or reindex may use it "
                + "at a time; stop the other one first (systemctl stop presswatch) or give this one its own "
                + "state directory (--state)"
        case .symbolicLink(let path, let target, let isLock):
            let to = target.map { " (to \($0))" } ?? ""
            let what = isLock
                ? "remove the link (rm \(path)); presswatch creates its lock file itself"
                : "set state.path to the real folder, or replace the link with the real folder or file"
            return "\(path) is a symbolic link\(to), which presswatch refuses in its state folder "
                + "(a link could redirect its writes to another file): \(what)"
        }
    }
}
