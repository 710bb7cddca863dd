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

    /// Whether every UTF-8 byte of the text is below `bound` (below 0xCC: every scalar is below
    /// U+0300); false also when the text's UTF-8 is not contiguous.
    @inlinable
    public static func allBytes(of text: String, below bound: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= bound } } ?? false
    }
}
