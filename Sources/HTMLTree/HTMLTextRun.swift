/// A run of page text found the way libxml2 2.9.14's HTML parser reads text between tags
/// (`htmlParseCharData`), so that `HTMLTreeBuilder` can take it in one copy instead of
/// libxml2's loop of one decoded character at a time.
///
/// What libxml2 does: text ends at the first `<`, `&` or NUL, or at the end of the input; a
/// character XML does not allow is dropped; malformed UTF-8 makes it re-read the rest of the
/// page as Latin-1.
///
/// Contract: `length(in:)` gets libxml2's unread bytes from where its content loop is about to
/// read text, and returns the length of the text when libxml2 is certain to read exactly those
/// bytes, unchanged, as text: it is not empty, it ends at a `<` or `&` inside `bytes`, and it
/// holds only characters XML allows (no C0 control but tab, LF and CR; no U+FFFE, U+FFFF) as
/// valid UTF-8. Otherwise nil, and libxml2 reads the text itself. Pure; reads only `bytes`.
enum HTMLTextRun {
    static func length(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            if index + 8 <= count, isPlain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            if byte == 0x3C || byte == 0x26 { return index > 0 ? index : nil }
            guard let length = HTMLRawText.allowedCharacterLength(bytes, at: index) else { return nil }
            index += length
        }
        return nil
    }

    /// Whether none of eight bytes is `<`, `&`, below 0x20 or above 0x7F (`HTMLRawText`'s word
    /// test, plus a zero byte of `word ^ "&&&&&&&&"`).
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let ampersands = word ^ (ones &* 0x26)
        return HTMLRawText.isPlain(word) && (ampersands &- ones) & ~ampersands & (ones &* 0x80) == 0
    }
}
