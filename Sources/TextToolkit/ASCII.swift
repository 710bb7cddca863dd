/// The parser's one case-folding rule for bytes, and the ASCII classes the byte readers test.
///
/// Contract: `lowercased` maps `A`…`Z` (0x41…0x5A) to `a`…`z` and leaves every other byte as it
/// is (non-letters and the bytes of multi-byte UTF-8 sequences are never changed), so comparing
/// `lowercased(byte)` with a lowercase needle byte is "equal ignoring ASCII case". `TextFolding`
/// folds ASCII scalars by this same rule. Pure; never fails.
///
/// `public`, not `package`, like every `@inlinable` helper of this module: Swift 6.3 does not
/// inline (or specialise) a `package` function in another module even when it is `@inlinable`
/// (checked on the release binary: `scripts/check_inlining.sh`), and these run once per byte.
public enum ASCII {
    /// `A`…`Z` → `a`…`z`; any other byte unchanged.
    @inlinable @inline(__always)
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// `A`…`Z`.
    @inlinable @inline(__always)
    public static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// `A`…`Z` or `a`…`z`.
    @inlinable @inline(__always)
    public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// `0`…`9`.
    @inlinable @inline(__always)
    public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
