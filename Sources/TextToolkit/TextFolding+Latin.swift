extension TextFolding {
    /// `fold` of a word given as valid UTF-8, appended to `folded` as UTF-8, for the words
    /// `fold(scalars:)` folds scalar by scalar: every scalar below U+0250 or a combining
    /// diacritic (U+0300…U+036F). Returns false, with `folded` as it was, for any other word
    /// (the caller then takes `fold`). Never fails.
    public static func appendLatinFold(of utf8: UnsafeBufferPointer<UInt8>, to folded: inout [UInt8]) -> Bool {
        let count = folded.count
        var index = 0
        while index < utf8.count {
            // An ASCII byte is a scalar of its own: lowered without decoding.
            if utf8[index] < 0x80 {
                folded.append(ASCII.lowercased(utf8[index]))
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(utf8, at: index)
            let value = scalar.value
            index += length
            if value < 0x80 {
                folded.append(ASCII.lowercased(UInt8(value)))
            } else if value < 0x250 {
                appendLatinFold(of: value, to: &folded)
            } else if value < 0x300 || value > 0x36F {
                folded.removeSubrange(count...)
                return false
            }
        }
        return true
    }
}
