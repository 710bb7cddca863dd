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
/// Failure: `init` throws `OpenFailure` with the `errno` of why (ENOENT: the file is gone); an empty
/// file maps to an empty buffer. `bytes` is always followed by `padding` readable zero bytes.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid until `self` is released. Never written.
    public let bytes: UnsafeRawBufferPointer
    /// How many zero bytes follow `bytes` (readable: what simdjson needs past its input).
    public static let padding = 64
    private let base: UnsafeMutableRawPointer
    private let length: Int

    /// The system error of the last failed `init` (read right after it returns nil).
    public struct OpenFailure: Error, Sendable {
        public let errno: Int32
        public var isMissing: Bool { errno == ENOENT }
        public var message: String { String(cString: strerror(errno)) }
    }

    /// Maps the file at `path`; with `populate`, every page is read now, in bulk (for a file
    /// read whole); without, only the pages touched are read, when touched.
    public init(path: String, populate: Bool = true) throws(OpenFailure) {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw OpenFailure(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw OpenFailure(errno: errno) }
        let size = Int(info.st_size)
        // Reserve room for the file and the padding (anonymous zero pages), then map the file
        // over the start of it: the bytes past the end of the file read as zeros.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let reserved = (size + Self.padding + page - 1) / page * page
        guard let region = mmap(nil, reserved, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), region != MAP_FAILED else {
            throw OpenFailure(errno: errno)
        }
        if size > 0 {
            let mapped = mmap(region, size, PROT_READ, MAP_PRIVATE | MAP_FIXED | (populate ? MAP_POPULATE : 0), fd, 0)
            guard mapped == region else {
                let failure = errno
                munmap(region, reserved)
                throw OpenFailure(errno: failure)
            }
        }
        base = region
        length = reserved
        bytes = UnsafeRawBufferPointer(start: region, count: size)
    }

    deinit {
        munmap(base, length)
    }
}
