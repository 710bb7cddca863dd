/// The content of a `<script>` or `<style>` element, found the way libxml2 2.9's HTML parser
/// finds it (`htmlParseScript` in recovery mode), so that `HTMLTreeBuilder` can take it in one
/// copy instead of libxml2's loop of one decoded character at a time. On the eval pages 31 % of
/// the bytes are script or style contents, and that loop was about a sixth of libxml2's time.
///
/// What libxml2 does: the content ends at the first `</` followed by the element's name in any
/// letter case (`</script`, `</SCRIPT`, also `</scripts`); every character before it is kept,
/// except those XML does not allow (dropped), and a NUL ends it early; malformed UTF-8 makes
/// libxml2 re-read the rest of the page as Latin-1. Before it reads the content, its content
/// loop first looks for an end tag (`</`) or a start tag (`<` + letter, `_`, `:`) there.
///
/// Contract: `contentLength(in:name:)` gets the bytes after the start tag's `>` up to the end of
/// what libxml2 has decoded so far, and returns the content's length only when libxml2 is certain
/// to read exactly those bytes, unchanged, as the content: the content is not empty, does not
/// start with `<` + `/`, a letter, `_` or `:`, holds only characters XML allows (no C0 control
/// but tab, LF and CR; no U+FFFE, U+FFFF) as valid UTF-8, and its end `</name` lies wholly inside
/// `bytes`. Otherwise nil, and libxml2 reads the content itself. Pure; reads only `bytes`.
enum HTMLRawText {
    /// - Parameters:
    ///   - bytes: from just after the start tag's `>`.
    ///   - name: the element's name as libxml2 holds it (lower case ASCII, `script` or `style`).
    static func contentLength(in bytes: UnsafeBufferPointer<UInt8>, name: [UInt8]) -> Int? {
        guard let first = bytes.first else { return nil }
        if first == 0x3C, bytes.count > 1, startsTag(bytes[1]) { return nil }
        var index = 0
        let count = bytes.count
        var plainUntil = 0
        while index < count {
            // Eight bytes at a time while none needs a look (most of a script); when one does,
            // those eight go one by one.
            if index >= plainUntil {
                if index + 8 <= count, isPlain(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                plainUntil = index + 8
            }
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let length = allowedScalarLength(bytes, at: index) else { return nil }
                index += length
                continue
            }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return nil }
            if byte == 0x3C, index + 1 < count, bytes[index + 1] == 0x2F {
                // libxml2 compares the name with the bytes after `</`; decide only when all are here.
                guard index + 2 + name.count <= count else { return nil }
                if endsContent(bytes, at: index + 2, name: name) { return index > 0 ? index : nil }
            }
            index += 1
        }
        return nil
    }

    /// Whether none of eight bytes is `stop` (`<` unless told), below 0x20 or above 0x7F
    /// (word-at-a-time tests: a byte's top bit, a borrow out of `byte - 0x20`, a zero byte of
    /// `word ^ "<<<<<<<<"`).
    @inline(__always)
    static func isPlain(_ word: UInt64, stop: UInt8 = 0x3C) -> Bool {
        let tops: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let stops = word ^ (ones &* UInt64(stop))
        let controls = (word &- ones &* 0x20) & ~word & tops
        let stopped = (stops &- ones) & ~stops & tops
        return (word & tops) | controls | stopped == 0
    }

    /// The length of the character at `index` when libxml2 reads it as itself: an ASCII byte
    /// other than a C0 control (tab, LF and CR are fine), or `allowedScalarLength`; else nil.
    @inline(__always)
    static func allowedCharacterLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte >= 0x80 { return allowedScalarLength(bytes, at: index) }
        return byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D ? nil : 1
    }

    /// A byte after `<` that makes libxml2's content loop read a tag instead of the content.
    private static func startsTag(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return byte == 0x2F || byte == 0x5F || byte == 0x3A || (folded >= 0x61 && folded <= 0x7A)
    }

    /// Whether `name` follows at `start`, ASCII letter case ignored (libxml2's `xmlStrncasecmp`).
    private static func endsContent(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, name: [UInt8]) -> Bool {
        for offset in 0..<name.count {
            let byte = bytes[start + offset]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != name[offset] { return false }
        }
        return true
    }

    /// The length of the valid UTF-8 sequence at `index` when it encodes a character XML allows
    /// (U+0080…U+D7FF, U+E000…U+FFFD, U+10000…U+10FFFF); nil for anything else, or a sequence
    /// cut by the end of `bytes`.
    static func allowedScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, scalar) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 2: return length
        case 3: return scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar) && scalar < 0xFFFE ? length : nil
        default: return scalar >= 0x1_0000 && scalar <= 0x10_FFFF ? length : nil
        }
    }
}
