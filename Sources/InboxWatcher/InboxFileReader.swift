import SystemPackage

/// The complete contents of one inbox file and which file they came from.
public struct InboxFileContents: Sendable, Equatable {
    public let name: String
    public let bytes: [UInt8]
    /// (device, inode) of the file that was read: compare with a later `lstat` to detect that
    /// the name now points at a different file before archiving it.
    public let identity: FileIdentity
    /// Size in bytes as `fstat` reported it (always equal to `bytes.count`).
    public let size: Int64
    /// Modification time, as a duration since the Unix epoch.
    public let modified: Duration
}

/// Reads one inbox file safely, whatever an untrusted writer put in the inbox.
public enum InboxFileReader {
    /// Reads the file `name` directly inside `directory`.
    ///
    /// Steps: `lstat` first, so a symbolic link, FIFO, socket, device or directory is refused
    /// without ever being opened (opening a device can have side effects); then
    /// `open(O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)` — so even a FIFO swapped in after
    /// the `lstat` cannot block — and `fstat` must again say regular file; then read everything
    /// (EINTR-safe), never more than `sizeLimit + 1` bytes; then `fstat` again.
    ///
    /// - Throws: ``InboxReadError``: `.invalidName` (empty, ".", "..", "/" or NUL in it),
    ///   `.notFound`, `.notRegularFile(kind)`, `.tooLarge` (by `lstat`/`fstat` size or by what
    ///   was read), `.changedWhileReading` (size or mtime moved while reading: still being
    ///   written; retry later), `.permissionDenied`, `.system`.
    public static func read(name: String, in directory: String, sizeLimit: Int) throws(InboxReadError) -> InboxFileContents {
        guard FileName.isSingleComponent(name) else { throw .invalidName(name) }
        let path = FilePath(directory).appending(name)

        let linkStat: Stat
        do {
            linkStat = try path.stat(followTargetSymlink: false)
        } catch {
            throw mapped(error, name: name, operation: "lstat")
        }
        try check(linkStat, name: name, sizeLimit: sizeLimit)

        let fd = try open(path, name: name, options: [.noFollow, .nonBlocking, .closeOnExec])
        defer { try? fd.close() }
        let (bytes, after) = try readOpened(fd, name: name, sizeLimit: sizeLimit)
        return InboxFileContents(
            name: name, bytes: bytes, identity: after.identity, size: after.size,
            modified: after.modifiedSinceEpoch)
    }

    /// The bytes of the file at any `path`, symbolic links followed (what `presswatch parse`
    /// reads): `open(O_RDONLY | O_NONBLOCK | O_CLOEXEC)` — a FIFO cannot block it — then exactly
    /// as `read(name:in:sizeLimit:)` from its first `fstat` on: a regular file of at most
    /// `sizeLimit` bytes, read whole, unchanged while read.
    ///
    /// - Throws: ``InboxReadError`` as `read(name:in:sizeLimit:)` does, naming `path`
    ///   (no `.invalidName`: any path is taken).
    public static func read(path: String, sizeLimit: Int) throws(InboxReadError) -> [UInt8] {
        let fd = try open(FilePath(path), name: path, options: [.nonBlocking, .closeOnExec])
        defer { try? fd.close() }
        return try readOpened(fd, name: path, sizeLimit: sizeLimit).bytes
    }

    private static func open(
        _ path: FilePath, name: String, options: FileDescriptor.OpenOptions
    ) throws(InboxReadError) -> FileDescriptor {
        do {
            return try FileDescriptor.open(path, .readOnly, options: options)
        } catch let error as Errno {
            throw mapped(error, name: name, operation: "open")
        } catch {
            throw .system(operation: "open", name: name, errno: .ioError)
        }
    }

    /// From an open descriptor: `fstat` (a regular file within the limit), every byte, `fstat`
    /// again (same size and mtime, as many bytes as read); the bytes and the second `fstat`.
    private static func readOpened(
        _ fd: FileDescriptor, name: String, sizeLimit: Int
    ) throws(InboxReadError) -> (bytes: [UInt8], stat: Stat) {
        let before = try fstat(fd, name: name)
        try check(before, name: name, sizeLimit: sizeLimit)
        let bytes = try readAll(fd, name: name, expected: Int(before.size), sizeLimit: sizeLimit)
        let after = try fstat(fd, name: name)
        guard after.size == before.size, after.modifiedSinceEpoch == before.modifiedSinceEpoch,
            Int64(bytes.count) == after.size
        else { throw .changedWhileReading(name: name) }
        return (bytes, after)
    }

    /// True when `name` in `directory` is still exactly the file `contents` came from: same
    /// (device, inode), size and mtime, seen with `lstat`. Call it just before archiving, to
    /// detect a file that was replaced or rewritten after it was read. Any failure (vanished,
    /// unreadable) answers false. Subject to the usual check-then-act race; it narrows the window.
    public static func isUnchanged(_ contents: InboxFileContents, name: String, in directory: String) -> Bool {
        guard FileName.isSingleComponent(name),
            let stat = try? FilePath(directory).appending(name).stat(followTargetSymlink: false)
        else { return false }
        return stat.type == .regular && stat.identity == contents.identity
            && stat.size == contents.size && stat.modifiedSinceEpoch == contents.modified
    }

    private static func check(_ stat: Stat, name: String, sizeLimit: Int) throws(InboxReadError) {
        let kind = FileKind(stat.type)
        guard kind == .regular else { throw .notRegularFile(name: name, kind: kind) }
        guard stat.size <= Int64(sizeLimit) else {
            throw .tooLarge(name: name, size: stat.size, limit: sizeLimit)
        }
    }

    private static func fstat(_ fd: FileDescriptor, name: String) throws(InboxReadError) -> Stat {
        do {
            return try fd.stat()
        } catch {
            throw .system(operation: "fstat", name: name, errno: error)
        }
    }

    /// Reads until end of file; fails with `.tooLarge` as soon as more than `sizeLimit` bytes came.
    /// Reads straight into the result, `expected + 1` bytes at first: a regular file's read that
    /// returns fewer bytes than asked for has met the end of the file, so a file that is still
    /// `expected` bytes long costs one read (the caller's `fstat` afterwards catches a change).
    private static func readAll(
        _ fd: FileDescriptor, name: String, expected: Int, sizeLimit: Int
    ) throws(InboxReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var want = min(max(expected + 1, 4096), 1 << 20)
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: want))
            let count: Int
            do {
                // FileDescriptor.read retries on EINTR by default.
                count = try bytes.withUnsafeMutableBytes { try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            } catch let error as Errno {
                throw .system(operation: "read", name: name, errno: error)
            } catch {
                throw .system(operation: "read", name: name, errno: .ioError)
            }
            bytes.removeLast(want - count)
            if bytes.count > sizeLimit {
                throw .tooLarge(name: name, size: Int64(bytes.count), limit: sizeLimit)
            }
            if count < want { return bytes }
            want = 1 << 20
        }
    }

    private static func mapped(_ error: Errno, name: String, operation: String) -> InboxReadError {
        switch error {
        case .noSuchFileOrDirectory: .notFound(name: name)
        case .tooManySymbolicLinkLevels: .notRegularFile(name: name, kind: .symbolicLink)
        case .noSuchAddressOrDevice: .notRegularFile(name: name, kind: .socket)
        case .permissionDenied: .permissionDenied(name: name)
        default: .system(operation: operation, name: name, errno: error)
        }
    }
}
