import TextToolkit

extension TextDecoding {
    /// The text a system that read UTF-8 as Windows-1252 and saved it again as UTF-8 garbled
    /// (`MÃ¤rz`, `Ã©tÃ©`, `â€“`, `â€™`), written back as it was meant (`März`, `été`, `–`, `’`);
    /// nil when `text` is not such a text.
    ///
    /// Contract: tried only when the text holds one of the marks such a misreading leaves (`Ã`,
    /// `Â` or `â€`, found in one pass over the bytes); then every scalar is turned back into
    /// the Windows-1252 byte it was read from (the five bytes that code page leaves undefined as
    /// the C1 controls Latin-1 reads them as), and the bytes must be valid UTF-8 that differs
    /// from the text: a text with any character Windows-1252 lacks, or whose bytes are not UTF-8
    /// (a real `Ã` before an ASCII letter), is left alone. Pure.
    static func repairedMojibake(_ text: String) -> String? {
        guard holdsMark(text) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 || (0xA0...0xFF).contains(value) || [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(value) {
                bytes.append(UInt8(value))
            } else if let high = windows1252High.firstIndex(of: value) {
                bytes.append(UInt8(0x80 + high))
            } else {
                return nil
            }
        }
        guard bytes.count < text.utf8.count, let repaired = String(validating: bytes, as: UTF8.self) else { return nil }
        return repaired
    }

    /// Whether `text` holds `Ã` (C3 83), `Â` (C3 82) or `â€` (C3 A2 E2 82 AC; `â` alone is French).
    private static func holdsMark(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
            let count = bytes.count
            var index = 0
            while index + 1 < count {
                // Eight places at a time (nine bytes read): none where a C3 stands before 82,
                // 83 or A2, skipped at once (at once too: eight ASCII bytes, most of a text); else
                // the first such place, tested exactly below. French text has many C3 (`é`),
                // few followed by those three.
                if index &+ 9 <= count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if word & ByteWords.highs == 0 {
                        index &+= 8
                        continue
                    }
                    let lead = ByteWords.lanes(word, equalTo: 0xC3)
                    let next = base.loadUnaligned(fromByteOffset: index &+ 1, as: UInt64.self)
                    // 82 and 83 differ in the lowest bit only: both read as 83 with it set.
                    let flags = lead & (ByteWords.lanes(next | ByteWords.ones, equalTo: 0x83) | ByteWords.lanes(next, equalTo: 0xA2))
                    if flags == 0 {
                        index &+= 8
                        continue
                    }
                    index &+= flags.trailingZeroBitCount &>> 3
                }
                if bytes[index] == 0xC3 {
                    let next = bytes[index + 1]
                    if next == 0x83 || next == 0x82 { return true }
                    if next == 0xA2, index + 4 < count, bytes[index + 2] == 0xE2, bytes[index + 3] == 0x82,
                        bytes[index + 4] == 0xAC
                    {
                        return true
                    }
                }
                index += 1
            }
            return false
        } ?? true
    }
}
