import TextToolkit

/// Marks a page's typesetting puts in a text that a reader never sees: the soft hyphen
/// (U+00AD, where a narrow screen may break a long word), the zero-width space (U+200B) and the
/// word joiner (U+2060). A clipping copied from such a page carries them inside its words
/// (`INV\u{AD}ESTMENT`); what the desk reads, and expects in the title, is the word without them.
///
/// Contract: `removed` returns `text` without those three scalars, and `text` itself (no copy)
/// when it holds none. Every other scalar, the no-break spaces included, is kept. Pure.
enum InvisibleMarks {
    static func removed(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(mayHold) ?? true else { return text }
        var kept = String.UnicodeScalarView()
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !invisible.contains(scalar.value) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// Whether the UTF-8 holds one of the marks: U+00AD is C2 AD, U+200B and U+2060 are
    /// E2 80 8B and E2 81 A0. One pass, eight bytes at a time: a word without a C2 or E2 byte
    /// holds no mark's first byte and is skipped (a mark starting in it is found from its lead).
    private static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            if index &+ 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & ByteWords.highs == 0 || !ByteWords.has(word, 0xC2) && !ByteWords.has(word, 0xE2) {
                    index &+= 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xAD { return true }
            if byte == 0xE2, index + 2 < count,
                bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B || bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static let invisible: Set<UInt32> = [0xAD, 0x200B, 0x2060]
}
