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
/// (each written as it stood, one space before each) and the same ending (`>` or ` />`), when
/// that is shorter. Otherwise nil: libxml2 reads the tag as it is. Pure.
enum HTMLStartTag {
    /// Tags longer than this are left to libxml2 (a bound on a scan that gives up); `output`
    /// must hold this many bytes.
    static let maximumLength = 1 << 16

    /// - Returns: the original tag's length and the rewritten tag's, written at the start of
    ///   `output`; nil as the contract says.
    static func compact(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> (tag: Int, written: Int)? {
        let count = min(bytes.count, maximumLength, output.count)
        guard count > 2, let base = bytes.baseAddress, let out = output.baseAddress, base[0] == 0x3C, isLetter(base[1])
        else { return nil }
        var index = 1
        while index < count, isNameByte(base[index]) { index += 1 }
        guard index - 1 < 64 else { return nil }
        let isLink = index == 5 && base[1] | 0x20 == 0x6C && base[2] | 0x20 == 0x69 && base[3] | 0x20 == 0x6E
            && base[4] | 0x20 == 0x6B
        out.update(from: base, count: index)
        var written = index
        var dropped = false
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
                index = cursor
            }
            if keeps(base + start, nameEnd - start, isLink: isLink) {
                out[written] = 0x20
                (out + written + 1).update(from: base + start, count: index - start)
                written += 1 + index - start
            } else {
                dropped = true
            }
        }
        let length = index + 1
        return dropped && written < length ? (length, written) : nil
    }

    /// Whether the builder keeps the attribute of this name (`HTMLAttribute`, any letter case;
    /// `href` only on `<link>`). Name bytes folded by `| 0x20` match a kept name's only when
    /// they are its letters in either case (`-`, `:` and digits stay; `_` becomes 0x7F).
    private static func keeps(_ name: UnsafePointer<UInt8>, _ length: Int, isLink: Bool) -> Bool {
        func equals(_ word: StaticString) -> Bool {
            let bytes = word.utf8Start
            for offset in 0..<length where name[offset] | 0x20 != bytes[offset] { return false }
            return true
        }
        switch length {
        case 2: return equals("id")
        case 3: return equals("rel")
        case 4: return equals("name") || equals("lang") || equals("type") || equals("role") || (isLink && equals("href"))
        case 5: return equals("class") || equals("title")
        case 7: return equals("content") || equals("charset") || equals("pubdate")
        case 8: return equals("property") || equals("itemprop") || equals("itemtype") || equals("datetime") || equals("xml:lang")
        case 9: return equals("itemscope")
        case 10: return equals("http-equiv") || equals("data-utime")
        default: return false
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

    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
