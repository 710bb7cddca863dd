import TextToolkit

/// Byte scans of a paragraph's UTF-8 for `AmountFinder`, eight bytes at a time (each lane of a
/// 64-bit word is tested on its own: no carry or borrow crosses lanes). Pure; never fails.
extension AmountToken {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first ASCII digit at or after `start`, or nil.
    package static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A lane below 0x80 whose low seven bits are above 0x2F and below 0x3A.
                let low = word & (ones &* 0x7F)
                if ((ones &* (127 + 0x3A)) &- low) & ~word & (low &+ ones &* (127 - 0x2F)) & highs != 0 { break }
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
    package static func allBelowCombining(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
