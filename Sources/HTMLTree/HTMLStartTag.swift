import Glibc

/// A start tag rewritten without the attributes `HTMLDocument` does not keep, so that libxml2
/// never reads their values: on the eval pages its reading of attribute values, one decoded
/// character at a time, was about 38 % of its time, and most of those bytes were `style`,
/// `src`, `srcset`, SVG paths, `data-*` and the `href` of links.
///
/// What libxml2 2.9.14 does with a start tag (`htmlParseStartTag`): after `<` and the name
/// (ASCII letters, digits, `:`, `-`, `_`, `.`; folded to lower case) it skips blanks (space,
/// tab, LF, CR) and reads attributes until `>` or `/>`: a name as above, blanks, and when `=`
/// follows, blanks and a value: quoted by `"` or `'` up to the same quote, else up to a blank
/// or `>`. Each attribute is parsed on its own, so leaving one out changes none of the others.
///
/// Contract: `compact(_:into:)` gets libxml2's unread bytes from a `<` followed by an ASCII
/// letter, and only when the whole tag follows that plain grammar (names shorter than 64 bytes,
/// starting with a letter, `_` or `:`; unquoted values not empty; every byte a character XML
/// allows as valid UTF-8, no NUL, no C0 control but tab, LF and CR) and it ends inside `bytes`,
/// returns the tag's length and puts in `output` the same tag with only the kept attributes
/// (one space before each; a later one of the same name, which libxml2 drops, left out) and the
/// same ending (`>` or ` />`), when that is shorter. Otherwise nil: libxml2 reads the tag as it
/// is. With `values` (also on `<meta>`: libxml2's charset check of its values is off, as the
/// page is parsed as UTF-8 with HTML_PARSE_IGNORE_ENC), a kept attribute whose
/// value holds no `&` is written by its name alone, and `values` gets, per attribute written,
/// the range of its value in `bytes` (quotes left out), or nil when libxml2 reads the value
/// (written as it stood, or none). Pure.
enum HTMLStartTag {
    /// Tags longer than this are left to libxml2 (a bound on a scan that gives up); `output`
    /// must hold this many bytes.
    static let maximumLength = 1 << 16

    /// - Returns: the original tag's length and the rewritten tag's, written at the start of
    ///   `output`; nil as the contract says.
    static func compact(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
        values: UnsafeMutablePointer<[Range<Int>?]>? = nil
    ) -> (tag: Int, written: Int)? {
        let count = min(bytes.count, maximumLength, output.count)
        guard count > 2, let base = bytes.baseAddress, let out = output.baseAddress, base[0] == 0x3C, isLetter(base[1])
        else { return nil }
        var index = 1
        while index < count, isNameByte(base[index]) { index += 1 }
        guard index - 1 < 64 else { return nil }
        let isLink = index == 5 && base[1] | 0x20 == 0x6C && base[2] | 0x20 == 0x69 && base[3] | 0x20 == 0x6E
            && base[4] | 0x20 == 0x6B
        let strips = values != nil
        values?.pointee.removeAll(keepingCapacity: true)
        out.update(from: base, count: index)
        var written = index
        var dropped = false
        // The kept names written so far (`keptBit`), to leave out repeats.
        var writtenNames: UInt32 = 0
        while true {
            while index < count, isBlank(base[index]) { index += 1 }
            guard index < count else { return nil }
            let byte = base[index]
            if byte == 0x3E {
                out[written] = 0x3E
                written += 1
                break
            }
            if byte == 0x2F {
                guard index + 1 < count, base[index + 1] == 0x3E else { return nil }
                (out[written], out[written + 1], out[written + 2]) = (0x20, 0x2F, 0x3E)
                written += 3
                index += 1
                break
            }
            guard isLetter(byte) || byte == 0x5F || byte == 0x3A else { return nil }
            let start = index
            while index < count, isNameByte(base[index]) { index += 1 }
            let nameEnd = index
            guard nameEnd - start < 64 else { return nil }
            var cursor = index
            var value: Range<Int>?
            while cursor < count, isBlank(base[cursor]) { cursor += 1 }
            if cursor < count, base[cursor] == 0x3D {
                cursor += 1
                while cursor < count, isBlank(base[cursor]) { cursor += 1 }
                guard cursor < count else { return nil }
                let quote = base[cursor]
                let valueStart: Int
                if quote == 0x22 || quote == 0x27 {
                    valueStart = cursor + 1
                    guard let close = memchr(base + valueStart, Int32(quote), count - valueStart) else { return nil }
                    cursor = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                } else {
                    valueStart = cursor
                    while cursor < count, !isBlank(base[cursor]), base[cursor] != 0x3E { cursor += 1 }
                    guard cursor > valueStart, cursor < count else { return nil }
                }
                guard allowed(base, valueStart..<cursor) else { return nil }
                value = valueStart..<(quote == 0x22 || quote == 0x27 ? cursor - 1 : cursor)
                index = cursor
            }
            let bit = keptBit(base + start, nameEnd - start, isLink: isLink)
            if bit != 0, writtenNames & bit == 0 {
                writtenNames |= bit
                let stripped = strips && value.map { memchr(base + $0.lowerBound, 0x26, $0.count) == nil } ?? false
                let end = stripped ? nameEnd : index
                out[written] = 0x20
                (out + written + 1).update(from: base + start, count: end - start)
                written += 1 + end - start
                values?.pointee.append(stripped ? value : nil)
                if stripped { dropped = true }
            } else {
                dropped = true
            }
        }
        let length = index + 1
        return dropped && written < length ? (length, written) : nil
    }

    /// A bit of its own for each attribute the builder keeps (`HTMLAttribute`, any letter case;
    /// `href` only on `<link>`), 0 for any other name. Name bytes folded by `| 0x20` match a
    /// kept name's only when they are its letters in either case (`-`, `:` and digits stay;
    /// `_` becomes 0x7F), so two names with the same bit are the same name to libxml2.
    private static func keptBit(_ name: UnsafePointer<UInt8>, _ length: Int, isLink: Bool) -> UInt32 {
        func equals(_ word: StaticString) -> Bool {
            let bytes = word.utf8Start
            for offset in 0..<length where name[offset] | 0x20 != bytes[offset] { return false }
            return true
        }
        switch length {
        case 2: return equals("id") ? 1 : 0
        case 3: return equals("rel") ? 1 << 1 : 0
        case 4:
            if equals("name") { return 1 << 2 }
            if equals("lang") { return 1 << 3 }
            if equals("type") { return 1 << 4 }
            if equals("role") { return 1 << 5 }
            return isLink && equals("href") ? 1 << 6 : 0
        case 5: return equals("class") ? 1 << 7 : equals("title") ? 1 << 8 : 0
        case 7: return equals("content") ? 1 << 9 : equals("charset") ? 1 << 10 : equals("pubdate") ? 1 << 11 : 0
        case 8:
            if equals("property") { return 1 << 12 }
            if equals("itemprop") { return 1 << 13 }
            if equals("itemtype") { return 1 << 14 }
            if equals("datetime") { return 1 << 15 }
            return equals("xml:lang") ? 1 << 16 : 0
        case 9: return equals("itemscope") ? 1 << 17 : 0
        case 10: return equals("http-equiv") ? 1 << 18 : equals("data-utime") ? 1 << 19 : 0
        default: return 0
        }
    }

    /// Whether every byte of the range is one libxml2 reads as itself, as `HTMLRawText` checks;
    /// eight printable ASCII bytes at a time while it can.
    private static func allowed(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let raw = UnsafeRawPointer(base)
        let tops: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // No top bit set, and no borrow out of `byte - 0x20` (no byte below 0x20).
                if (word | ((word &- ones &* 0x20) & ~word)) & tops == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte >= 0x80 {
                let rest = UnsafeBufferPointer(start: base + index, count: range.upperBound - index)
                guard let length = HTMLRawText.allowedScalarLength(rest, at: 0) else { return false }
                index += length
                continue
            }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
            index += 1
        }
        return true
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
