#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory (the only mmap(2) code in presswatch).
///
/// Shards are immutable and only ever unlinked, never rewritten, so a mapping stays valid and
/// unchanged for as long as this object lives, even after presswatch deletes the file.
///
/// Failure: `init` returns nil with `errno` describing why (ENOENT: the file is gone); an empty
/// file maps to an empty buffer.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid until `self` is released. Never written.
    public let bytes: UnsafeRawBufferPointer
    private let base: UnsafeMutableRawPointer?
    private let length: Int

    /// The system error of the last failed `init` (read right after it returns nil).
    public struct OpenFailure: Error, Sendable {
        public let errno: Int32
        public var isMissing: Bool { errno == ENOENT }
        public var message: String { String(cString: strerror(errno)) }
    }

    public init(path: String) throws(OpenFailure) {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw OpenFailure(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw OpenFailure(errno: errno) }
        let size = Int(info.st_size)
        guard size > 0 else {
            base = nil
            length = 0
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        // MAP_POPULATE: every page is read now, in bulk (a query reads the whole file anyway).
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { throw OpenFailure(errno: errno) }
        base = mapped
        length = size
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    }

    deinit {
        if let base { munmap(base, length) }
    }
}
