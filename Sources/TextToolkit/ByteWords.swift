/// Tests on eight UTF-8 bytes read at once as a little-endian `UInt64` (one load, no branch per
/// byte), for scans that skip the words where nothing they look for can be.
///
/// Contract: each answer is exact for the word as a whole (the classic "has a zero byte" bit
/// tricks: a borrow only starts at a byte that matches, so a false positive never makes the
/// answer true). Pure; never fails. `public` and `@inlinable` like `ASCII`: these run once per
/// eight bytes in other modules.
public enum ByteWords {
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    public static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` equals `byte`.
    @inlinable @inline(__always)
    public static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let probe = word ^ (ones &* UInt64(byte))
        return (probe &- ones) & ~probe & highs != 0
    }

    /// Whether a byte of `word` is below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func hasByte(_ word: UInt64, below bound: UInt8) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `bound` or above (`bound` from 0x80 up).
    @inlinable @inline(__always)
    public static func hasByte(_ word: UInt64, atLeast bound: UInt8) -> Bool {
        // The low seven bits plus (0x80 - low seven bits of bound) carry into the high bit
        // exactly when they reach the bound's; no sum leaves its byte (at most 0x7F + 0x80).
        let low = word & ~highs
        return (low &+ ones &* UInt64(0x80 &- (bound & 0x7F))) & word & highs != 0
    }

    /// How many bytes of `word` are not UTF-8 continuation bytes (10xxxxxx): the scalars that
    /// start in it.
    @inlinable @inline(__always)
    public static func scalarStarts(_ word: UInt64) -> Int {
        let continuation = (word & ~(word << 1) & highs) >> 7
        return 8 &- Int(truncatingIfNeeded: (continuation &* ones) >> 56)
    }
}
