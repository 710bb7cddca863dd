#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CFileLock
import SystemPackage

/// The only place DurableIO talks to the C library: thin wrappers that retry on `EINTR` and
/// throw `DurableIOError` naming the operation and the path to report.
///
/// `reportedPath` is the path an operator should see (the target, not our temp file name).
enum Sys {
    /// Runs `body` until it returns something other than -1 with `EINTR`.
    @inline(__always)
    static func retrying(
        _ operation: DurableIOError.Operation, _ reportedPath: String, _ body: () -> Int32
    ) throws(DurableIOError) -> Int32 {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = Errno(rawValue: errno)
            if code == .interrupted { continue }
            throw DurableIOError(operation: operation, path: reportedPath, errno: code)
        }
    }

    /// Every open of a state file is `O_NOFOLLOW | O_CLOEXEC`: a symbolic link planted at the
    /// last component fails with `ELOOP` instead of redirecting the read or write (issue 11).
    static func open(
        _ path: String, _ mode: FileDescriptor.AccessMode, _ options: FileDescriptor.OpenOptions,
        permissions: FilePermissions? = nil, reportedPath: String
    ) throws(DurableIOError) -> FileDescriptor {
        do {
            return try path.withCString { cPath in
                try FileDescriptor.open(
                    cPath, mode, options: options.union([.closeOnExec, .noFollow]),
                    permissions: permissions, retryOnInterrupt: true)
            }
        } catch {
            throw DurableIOError(
                operation: .open, path: reportedPath, errno: (error as? Errno) ?? .ioError)
        }
    }

    /// Closes `fd`. Never retried: on Linux the descriptor is gone even when close reports EINTR.
    static func close(_ fd: FileDescriptor, reportedPath: String) throws(DurableIOError) {
        do { try fd.close() } catch {
            let code = (error as? Errno) ?? .ioError
            if code == .interrupted { return }
            throw DurableIOError(operation: .write, path: reportedPath, errno: code)
        }
    }

    static func writeAll(
        _ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer, reportedPath: String
    ) throws(DurableIOError) {
        do { _ = try fd.writeAll(bytes) } catch {
            throw DurableIOError(
                operation: .write, path: reportedPath, errno: (error as? Errno) ?? .ioError)
        }
    }

    /// Reads up to `buffer.count` bytes; 0 means end of file.
    static func read(
        _ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, reportedPath: String
    ) throws(DurableIOError) -> Int {
        do { return try fd.read(into: buffer, retryOnInterrupt: true) } catch {
            throw DurableIOError(
                operation: .read, path: reportedPath, errno: (error as? Errno) ?? .ioError)
        }
    }

    static func fsync(_ fd: FileDescriptor, reportedPath: String) throws(DurableIOError) {
        _ = try retrying(.sync, reportedPath) { Glibc.fsync(fd.rawValue) }
    }

    /// fsync(2) of every descriptor at once (`presswatch_fsync_all`: concurrent calls, folded
    /// into one journal commit). Throws the first failure in `files`' order, after all returned.
    static func fsyncAll(_ files: [(fd: FileDescriptor, reportedPath: String)]) throws(DurableIOError) {
        guard !files.isEmpty else { return }
        let fds = files.map { $0.fd.rawValue }
        var errors = [Int32](repeating: 0, count: files.count)
        fds.withUnsafeBufferPointer { fdBuffer in
            errors.withUnsafeMutableBufferPointer { errorBuffer in
                presswatch_fsync_all(fdBuffer.baseAddress, Int32(files.count), errorBuffer.baseAddress)
            }
        }
        if let failed = errors.firstIndex(where: { $0 != 0 }) {
            throw DurableIOError(operation: .sync, path: files[failed].reportedPath, errno: Errno(rawValue: errors[failed]))
        }
    }

    /// An unnamed file in `directory` (`presswatch_open_unnamed`), or nil where the file system
    /// or kernel has none (EOPNOTSUPP, EISDIR, EINVAL): the caller then names a temporary file.
    static func openUnnamed(in directory: String, permissions: UInt16, reportedPath: String) throws(DurableIOError) -> FileDescriptor? {
        let fd = presswatch_open_unnamed(directory, UInt32(permissions))
        if fd >= 0 { return FileDescriptor(rawValue: fd) }
        let code = Errno(rawValue: errno)
        if code == .notSupported || code == .isDirectory || code == .invalidArgument { return nil }
        throw DurableIOError(operation: .open, path: reportedPath, errno: code)
    }

    /// Links the unnamed file `fd` at `path` (`presswatch_link_unnamed`): 0, or the errno
    /// (EEXIST when `path` exists).
    static func linkUnnamed(_ fd: FileDescriptor, at path: String) -> Int32 {
        presswatch_link_unnamed(fd.rawValue, path) == 0 ? 0 : errno
    }

    /// syncfs(2): writes back everything dirty on the file system holding `fd`.
    static func syncfs(_ fd: FileDescriptor, reportedPath: String) throws(DurableIOError) {
        _ = try retrying(.sync, reportedPath) { presswatch_syncfs(fd.rawValue) }
    }

    static func fchmod(
        _ fd: FileDescriptor, _ mode: UInt16, reportedPath: String
    ) throws(DurableIOError) {
        _ = try retrying(.setPermissions, reportedPath) { Glibc.fchmod(fd.rawValue, mode_t(mode)) }
    }

    static func rename(_ from: String, _ to: String) throws(DurableIOError) {
        _ = try retrying(.rename, to) { Glibc.rename(from, to) }
    }

    static func link(_ from: String, _ to: String) throws(DurableIOError) {
        _ = try retrying(.link, to) { Glibc.link(from, to) }
    }

    static func unlink(_ path: String, reportedPath: String? = nil) throws(DurableIOError) {
        _ = try retrying(.unlink, reportedPath ?? path) { Glibc.unlink(path) }
    }

    /// Unlinks during clean-up of a failure already being reported: errors are ignored.
    static func unlinkQuietly(_ path: String) {
        _ = try? retrying(.unlink, path) { Glibc.unlink(path) }
    }

    /// Takes an exclusive `flock` without waiting: false when another open file description
    /// holds it.
    static func flockExclusive(_ fd: FileDescriptor, reportedPath: String) throws(DurableIOError) -> Bool {
        while presswatch_flock(fd.rawValue, LOCK_EX | LOCK_NB) == -1 {
            let code = Errno(rawValue: errno)
            if code == .interrupted { continue }
            if code == .wouldBlock { return false }
            throw DurableIOError(operation: .lock, path: reportedPath, errno: code)
        }
        return true
    }

    static func processID() -> Int { Int(getpid()) }

    static func mkdir(_ path: String, _ mode: UInt16 = 0o755) throws(DurableIOError) {
        _ = try retrying(.createDirectory, path) { Glibc.mkdir(path, mode_t(mode)) }
    }

    typealias Stat = Glibc.stat

    /// The `stat` of `path` (following symbolic links), or nil if nothing exists there.
    static func stat(_ path: String) throws(DurableIOError) -> Stat? {
        var info = Stat()
        do {
            _ = try retrying(.stat, path) { fstatat(AT_FDCWD, path, &info, 0) }
        } catch where error.errno == .noSuchFileOrDirectory {
            return nil
        }
        return info
    }

    /// The `lstat` of `path` (a symbolic link is not followed), or nil if nothing exists there.
    static func lstat(_ path: String) throws(DurableIOError) -> Stat? {
        var info = Stat()
        do {
            _ = try retrying(.stat, path) { fstatat(AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) }
        } catch where error.errno == .noSuchFileOrDirectory {
            return nil
        }
        return info
    }

    static func isSymbolicLink(_ info: Stat) -> Bool { (info.st_mode & S_IFMT) == S_IFLNK }

    /// Where the symbolic link at `path` points, or nil if it cannot be read.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func fstat(_ fd: FileDescriptor, reportedPath: String) throws(DurableIOError) -> Stat {
        var info = Stat()
        _ = try retrying(.stat, reportedPath) { Glibc.fstat(fd.rawValue, &info) }
        return info
    }

    static func isDirectory(_ info: Stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    /// The names in `directory`, without `.` and `..`.
    static func listDirectory(_ directory: String) throws(DurableIOError) -> [String] {
        try listDirectory(directory) { _, _ in true }.map(\.name)
    }

    /// The entries of `directory` (without `.` and `..`) that `keep` accepts, with whether each
    /// is a directory (nil when the file system does not say: ask `lstat`). `keep` sees the raw
    /// name bytes and that flag, so a large directory is listed without a String per entry.
    static func listDirectory(
        _ directory: String, keep: (UnsafeRawBufferPointer, Bool?) -> Bool
    ) throws(DurableIOError) -> [(name: String, isDirectory: Bool?)] {
        guard let dir = opendir(directory) else {
            throw DurableIOError(
                operation: .listDirectory, path: directory, errno: Errno(rawValue: errno))
        }
        defer { closedir(dir) }
        var names: [(name: String, isDirectory: Bool?)] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 {
                    throw DurableIOError(
                        operation: .listDirectory, path: directory, errno: Errno(rawValue: errno))
                }
                return names
            }
            let type = entry.pointee.d_type
            let isDirectory: Bool? = type == UInt8(DT_UNKNOWN) ? nil : type == UInt8(DT_DIR)
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 })
                if bytes.elementsEqual([0x2E]) || bytes.elementsEqual([0x2E, 0x2E]) { return nil }
                return keep(bytes, isDirectory) ? String(decoding: bytes, as: UTF8.self) : nil
            }
            if let name { names.append((name, isDirectory)) }
        }
    }
}

/// Path helpers: plain string work, no system calls. (Not `FilePath`: its debug build costs
/// milliseconds per operation, which made a 20k-record flush take minutes in debug builds.)
enum Paths {
    /// The directory holding `path`, like dirname(1): `.` for a bare name, `/` for `/x`.
    static func directory(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(Substring(path))
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = trimmingTrailingSlashes(trimmed[..<slash])
        return parent.isEmpty ? "/" : String(parent)
    }

    /// The last component of `path`, like basename(1).
    static func fileName(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(Substring(path))
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    static func joining(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func trimmingTrailingSlashes(_ path: Substring) -> Substring {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return path
    }
}
