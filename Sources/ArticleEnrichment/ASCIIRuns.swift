import TextToolkit

/// Byte scans that read eight bytes at a time (each lane of a 64-bit word tested on its own: no
/// carry or borrow crosses lanes): where a run of ASCII letters ends (the word readers of
/// `CountryNames` and `KeywordExtractor`), where lower-case ASCII text ends (`CountryNames`'
/// search for capitalised words), the first ASCII digit and whether every byte is below
/// 0xCC (`AmountFinder`). Pure; never fails.
enum ASCIIRuns {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The first offset at or after `start` whose byte is not an ASCII letter (nor, with
    /// `digits`, an ASCII digit); `bytes.count` if there is none.
    @inline(__always)
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, digits: Bool) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                var member = lanes(word | ones &* 0x20, above: 0x60, below: 0x7B)
                if digits { member |= lanes(word, above: 0x2F, below: 0x3A) }
                let other = ~member & highs
                if other != 0 { return index &+ other.trailingZeroBitCount / 8 }
                index &+= 8
            }
        }
        while index < bytes.count, ASCII.isLetter(bytes[index]) || (digits && ASCII.isDigit(bytes[index])) { index &+= 1 }
        return index
    }

    /// The first offset at or after `start` whose byte is an ASCII upper-case letter or 0x80 or
    /// above; `bytes.count` if there is none. Every byte skipped is ASCII and not upper-case.
    @inline(__always)
    static func endOfLowercaseASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let stops = (word & highs) | lanes(word, above: 0x40, below: 0x5B)
                if stops != 0 { return index &+ stops.trailingZeroBitCount / 8 }
                index &+= 8
            }
        }
        while index < bytes.count, bytes[index] < 0x80, !ASCII.isUppercase(bytes[index]) { index &+= 1 }
        return index
    }

    /// The offset of the first ASCII digit at or after `start`, or nil.
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Each lane is tested on its own (no borrow crosses lanes): the lowest is the digit.
                let digits = lanes(word, above: 0x2F, below: 0x3A)
                if digits != 0 { return index &+ digits.trailingZeroBitCount / 8 }
                index &+= 8
            }
        }
        while index < bytes.count {
            if ASCII.isDigit(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Whether every byte is below 0xCC (every scalar below U+0300: `TextPieces.readsByScalars`
    /// holds for contiguous text).
    static func allBelowCombining(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A lane of 0x80 or above whose low seven bits are 0x4C or above.
                if ((word & (ones &* 0x7F)) &+ ones &* (127 - 0x4B)) & word & highs != 0 { return false }
                index &+= 8
            }
        }
        while index < bytes.count {
            if bytes[index] >= 0xCC { return false }
            index += 1
        }
        return true
    }

    /// The high bit of each lane whose byte is below 0x80 and strictly between `low` and
    /// `high` (both at most 0x7F); little-endian: lane 0 is the first byte.
    @inline(__always)
    private static func lanes(_ word: UInt64, above low: UInt64, below high: UInt64) -> UInt64 {
        let seven = word & (ones &* 0x7F)
        return ((ones &* (127 &+ high)) &- seven) & ~word & (seven &+ ones &* (127 &- low)) & highs
    }
}
