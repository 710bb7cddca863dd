import Glibc
import SystemPackage

// The only unsafe-pointer code for reading directories (opendir/readdir family).

/// One open directory, read without following a symbolic link at its own path.
///
/// Contract: ``names`` holds every entry name except "." and "..", as raw bytes (names need not
/// be UTF-8), in readdir order. ``lstat(_:)`` looks an entry up relative to the open directory
/// (immune to the path being swapped meanwhile). Interrupted calls are retried; any other
/// failure throws its `Errno`. The directory is closed when the value is destroyed.
struct DirectoryListing: ~Copyable {
    let names: [[UInt8]]
    private let stream: OpaquePointer

    /// Opens `path` (`O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC`) and reads all its names.
    /// - Throws: `Errno` (`ENOENT`, `ENOTDIR`, `ELOOP` for a symbolic link, `EACCES`...).
    init(path: String) throws(Errno) {
        var fd: CInt
        repeat {
            fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        } while fd == -1 && errno == EINTR
        guard fd != -1 else { throw Errno(rawValue: errno) }
        guard let stream = fdopendir(fd) else {
            let error = Errno(rawValue: errno)
            _ = close(fd)
            throw error
        }

        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno == 0 { break }
                if errno == EINTR { continue }
                let error = Errno(rawValue: errno)
                closedir(stream)
                throw error
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        self.names = names
        self.stream = stream
    }

    deinit { closedir(stream) }

    /// `fstatat(dir, name, AT_SYMLINK_NOFOLLOW)`: what `name` is, without following a link.
    /// - Throws: `Errno` (`ENOENT` when the entry vanished since it was listed).
    func lstat(_ name: String) throws(Errno) -> Stat {
        let directory = FileDescriptor(rawValue: dirfd(stream))
        return try FilePath(name).stat(relativeTo: directory, flags: .symlinkNoFollow)
    }
}
