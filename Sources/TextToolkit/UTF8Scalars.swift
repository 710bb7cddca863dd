/// Reading Unicode scalars straight from a `String`'s UTF-8, for loops that are mostly ASCII
/// and want to look at bytes, decoding only where a byte is 0x80 or above.
///
/// Contract: the bytes must be valid UTF-8 (they come from a Swift `String`); for anything
/// else the result is U+FFFD of length 1, never a crash.
public enum UTF8Scalars {
    /// The scalar that starts at `index` and its length in bytes (1…4).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The index of the first byte at or after `index` that is not printable ASCII (0x20…0x7E),
    /// or `bytes.count` when there is none: read eight bytes at a time (a word whose bytes all
    /// have the top bit clear, none below 0x20 and none equal to 0x7F is skipped whole), then
    /// byte by byte. For scans that only stop at controls or non-ASCII scalars.
    @inlinable
    public static func endOfPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let belowSpace = (word &- ones &* 0x20) & ~word & highs
                let delete = word ^ (ones &* 0x7F)
                let isDelete = (delete &- ones) & ~delete & highs
                // The lowest flagged byte is exact (a borrow only flags bytes above a flagged one):
                // it is the answer, found without reading the word again byte by byte.
                let stops = (word & highs) | belowSpace | isDelete
                if stops != 0 { return index &+ stops.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < bytes.count, bytes[index] &- 0x20 < 0x5F { index &+= 1 }
        return index
    }

    /// Whether every UTF-8 byte of the text is below `bound` (below 0xCC: every scalar is below
    /// U+0300); false also when the text's UTF-8 is not contiguous.
    @inlinable
    public static func allBytes(of text: String, below bound: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= bound } } ?? false
    }
}
