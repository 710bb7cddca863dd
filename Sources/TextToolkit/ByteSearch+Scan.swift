#if canImport(Glibc)
import Glibc
#endif

/// Whole-page byte scans for the HTML readers, through libc's vectorised `memchr`.
///
/// Contract: the same answers as the obvious loops over the bytes (`firstIndex(of:)`), only
/// faster on long pages. Pure; never fails.
extension ByteSearch {
    /// The first index at or after `from` that holds `byte`; nil when there is none (or `from`
    /// is at or past the end).
    package static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from >= 0, from < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
