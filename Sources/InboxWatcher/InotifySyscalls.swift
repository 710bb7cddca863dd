import Glibc
import SystemPackage

// The only file with unsafe-pointer code for inotify, its wake-up pipe and poll(2).
// Every call retries on EINTR and reports failure as swift-system `Errno`; nothing here
// logs, allocates global state, or decides anything.

/// The `IN_*` bits presswatch uses, typed as the `UInt32` of `struct inotify_event.mask`.
struct InotifyMask: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let closeWrite = InotifyMask(IN_CLOSE_WRITE)
    static let create = InotifyMask(IN_CREATE)
    static let movedTo = InotifyMask(IN_MOVED_TO)
    static let deleteSelf = InotifyMask(IN_DELETE_SELF)
    static let moveSelf = InotifyMask(IN_MOVE_SELF)
    static let unmount = InotifyMask(IN_UNMOUNT)
    static let queueOverflow = InotifyMask(IN_Q_OVERFLOW)
    static let ignored = InotifyMask(IN_IGNORED)
    static let isDirectory = InotifyMask(IN_ISDIR)
    static let onlyDirectory = InotifyMask(IN_ONLYDIR)
    static let dontFollow = InotifyMask(IN_DONT_FOLLOW)

    /// What the inbox watch asks for (IN_Q_OVERFLOW, IN_IGNORED and IN_UNMOUNT always come).
    static let inboxWatch: InotifyMask = [
        .closeWrite, .movedTo, .deleteSelf, .moveSelf, .onlyDirectory, .dontFollow,
    ]

    /// What the watch on the inbox's parent asks for: the inbox name re-created or moved back.
    static let parentWatch: InotifyMask = [
        .create, .movedTo, .deleteSelf, .moveSelf, .onlyDirectory, .dontFollow,
    ]

    init(rawValue: UInt32) { self.rawValue = rawValue }
    private init(_ glibcValue: Int32) { self.rawValue = UInt32(bitPattern: glibcValue) }
}

/// Calls `body` until it returns something other than -1 with `EINTR`.
/// - Throws: the `Errno` of the first failure that is not `EINTR`.
private func retryingOnInterrupt<T: FixedWidthInteger>(_ body: () -> T) throws(Errno) -> T {
    while true {
        let result = body()
        if result != -1 { return result }
        let error = Errno(rawValue: errno)
        if error != .interrupted { throw error }
    }
}

/// One inotify instance (`inotify_init1(IN_NONBLOCK | IN_CLOEXEC)`).
///
/// A plain descriptor value: the owner closes it exactly once, after every reader is done
/// (`InotifyWatcher` serialises this with its state lock).
struct InotifyDescriptor: Sendable {
    let rawValue: CInt

    /// Creates the instance.
    /// - Throws: `Errno` (`EMFILE`: the per-user instance limit `fs.inotify.max_user_instances`).
    static func open() throws(Errno) -> InotifyDescriptor {
        let fd = try retryingOnInterrupt { inotify_init1(CInt(IN_NONBLOCK | IN_CLOEXEC)) }
        return InotifyDescriptor(rawValue: fd)
    }

    /// Adds a watch on `path`; returns the watch descriptor.
    /// - Throws: `Errno` from `inotify_add_watch` (`ENOENT`, `ENOTDIR`, `EACCES`, `ENOSPC`...).
    func addWatch(path: String, mask: InotifyMask) throws(Errno) -> CInt {
        try retryingOnInterrupt { inotify_add_watch(rawValue, path, mask.rawValue) }
    }

    /// Removes a watch; errors (the watch is already gone) are ignored.
    func removeWatch(_ wd: CInt) { _ = inotify_rm_watch(rawValue, wd) }

    /// Performs one `read(2)` into `buffer` (which must hold at least one maximal event).
    /// - Returns: the number of bytes read; 0 when nothing is queued (`EAGAIN`).
    /// - Throws: any other `Errno`.
    func read(into buffer: inout [UInt8]) throws(Errno) -> Int {
        let fd = rawValue
        do {
            return try retryingOnInterrupt {
                buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            }
        } catch where error == .wouldBlock {
            return 0
        }
    }

    /// Closes the descriptor (which removes every watch). Errors are ignored: nothing is left
    /// to flush and Linux releases the descriptor even when close reports `EINTR`.
    func close() { _ = Glibc.close(rawValue) }
}

/// A non-blocking, close-on-exec self-pipe that wakes a thread blocked in `poll`.
/// (Used instead of an eventfd: `<sys/eventfd.h>` is not part of Swift's Glibc module.)
struct WakeupPipe: Sendable {
    let readEnd: CInt
    let writeEnd: CInt

    /// - Throws: `Errno` from `pipe2` (`EMFILE`/`ENFILE`: out of descriptors).
    static func open() throws(Errno) -> WakeupPipe {
        let (readEnd, writeEnd) = try FileDescriptor.pipe(options: [.nonBlocking, .closeOnExec])
        return WakeupPipe(readEnd: readEnd.rawValue, writeEnd: writeEnd.rawValue)
    }

    /// Makes the read end readable for good (it is never drained). Never blocks; a full pipe
    /// (`EAGAIN`) is already readable, so that error and any other are ignored.
    func signal() {
        var byte: UInt8 = 1
        _ = try? retryingOnInterrupt { Glibc.write(writeEnd, &byte, 1) }
    }

    /// Closes both ends; errors are ignored as for `InotifyDescriptor.close()`.
    func close() {
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
    }
}

/// What `poll(2)` found on the inotify descriptor and the wake-up pipe.
struct PollReadiness: Sendable, Equatable {
    /// `stop()` was requested.
    var wakeup: Bool
    /// The inotify queue has bytes to read.
    var inotifyReadable: Bool
    /// `POLLERR`, `POLLHUP` or `POLLNVAL` on either descriptor: the loop cannot continue.
    var failed: Bool
}

/// Blocks until the inotify descriptor or the wake-up pipe is ready, or `timeoutMilliseconds`
/// pass (-1: no timeout; then every field is false).
/// - Throws: `Errno` from `poll` other than `EINTR`.
func waitForReadiness(inotify: InotifyDescriptor, wakeup: WakeupPipe, timeoutMilliseconds: CInt = -1) throws(Errno) -> PollReadiness {
    var fds = [
        pollfd(fd: inotify.rawValue, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeup.readEnd, events: Int16(POLLIN), revents: 0),
    ]
    let count = nfds_t(fds.count)
    _ = try retryingOnInterrupt { poll(&fds, count, timeoutMilliseconds) }
    let badMask = Int16(POLLERR | POLLHUP | POLLNVAL)
    return PollReadiness(
        wakeup: fds[1].revents & Int16(POLLIN) != 0,
        inotifyReadable: fds[0].revents & Int16(POLLIN) != 0,
        failed: (fds[0].revents | fds[1].revents) & badMask != 0
    )
}
