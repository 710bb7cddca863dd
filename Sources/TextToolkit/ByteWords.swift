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

    /// The high bit of each byte of `word` that is an ASCII digit (0x30…0x39), exactly: the low
    /// seven bits plus 0x50 reach 0x80 from 0x30 up, plus 0x46 from 0x3A up (no sum leaves its
    /// byte), and bytes from 0x80 are masked out.
    @inlinable @inline(__always)
    public static func digits(_ word: UInt64) -> UInt64 {
        let low = word & ~highs
        return (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ~word & highs
    }

    /// The high bit of each byte of `word` that equals `byte`, exactly (every lane, not only
    /// the lowest: the low seven bits plus 0x7F carry into the high bit only from a nonzero
    /// byte, and no sum leaves its byte).
    @inlinable @inline(__always)
    public static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let probe = word ^ (ones &* UInt64(byte))
        let lows = ~highs
        return ~(((probe & lows) &+ lows) | probe) & highs
    }

    /// Whether `bytes` hold `length` (1…8) ASCII digits in a row. Read eight bytes at a time,
    /// windows `9 - length` bytes apart and a last one ending at the end (overlapping), so that
    /// every run of `length` bytes lies whole in some window. Pure; never fails.
    @inlinable
    public static func hasDigitRun(_ bytes: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        precondition((1...8).contains(length), "a run of 1 to 8 digits")
        guard let base = UnsafeRawPointer(bytes.baseAddress), bytes.count >= 8 else {
            var run = 0
            for byte in bytes {
                run = byte &- 0x30 < 10 ? run &+ 1 : 0
                if run == length { return true }
            }
            return false
        }
        @inline(__always) func holds(at offset: Int) -> Bool {
            let lanes = digits(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            var run = lanes
            var shift = 1
            while shift < length {
                run &= lanes >> (8 &* UInt64(shift))
                shift &+= 1
            }
            return run != 0
        }
        let step = 9 &- length
        var offset = 0
        while offset &+ 8 <= bytes.count {
            if holds(at: offset) { return true }
            offset &+= step
        }
        return holds(at: bytes.count &- 8)
    }

    /// How many bytes of `word` are not UTF-8 continuation bytes (10xxxxxx): the scalars that
    /// start in it.
    @inlinable @inline(__always)
    public static func scalarStarts(_ word: UInt64) -> Int {
        let continuation = (word & ~(word << 1) & highs) >> 7
        return 8 &- Int(truncatingIfNeeded: (continuation &* ones) >> 56)
    }
}
