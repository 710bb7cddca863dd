
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
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0xC3 {
                    let next = bytes[index + 1]
                    if next == 0x83 || next == 0x82 { return true }
                    if next == 0xA2, index + 4 < bytes.count, bytes[index + 2] == 0xE2, bytes[index + 3] == 0x82,
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
