import Foundation

/// JSON that the standard allows but Foundation's parser refuses, mended so that one odd value does not lose the
/// whole document (and with it the article: a file refused, `no line could be a title`): a lone UTF-16 surrogate
/// escape (`\ud800` with no low half after it, a low half alone: a tool that cut a string inside an emoji), a number
/// beyond a Double's range (`1e400`), a value nested deeper than Foundation's 512 levels.
///
/// Contract: `value(_:)` is `JSONSerialization.jsonObject(with:)`'s value when that parses; only when it fails, the
/// bytes are mended once and parsed again: a lone surrogate escape becomes `\ufffd` (U+FFFD, what a decoder shows for
/// it), a number whose Double is infinite becomes `null`, an object or array opening deeper than `depthLimit` levels
/// becomes `null` (the value as a whole, whatever it holds). Nil when the mended bytes do not parse either. A
/// document that already parses is never read twice or changed. Pure; linear in the bytes.
enum JSONMending {
    /// The depth past which a value is dropped (Foundation refuses a document nesting more than 512 levels).
    static let depthLimit = 500

    static func value(_ bytes: some Collection<UInt8>) -> Any? {
        let data = Data(bytes)
        if let value = try? JSONSerialization.jsonObject(with: data) { return value }
        guard let mended = mended(Array(bytes)) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(mended))
    }

    /// The bytes with lone surrogate escapes, infinite numbers and values nested too deep replaced; nil when nothing
    /// was replaced (the document fails for another reason).
    static func mended(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var depth = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x22:  // a string: copied, its lone surrogate escapes replaced
                out.append(byte)
                index += 1
                while index < count {
                    let inner = bytes[index]
                    if inner == 0x22 {
                        out.append(inner)
                        index += 1
                        break
                    }
                    guard inner == 0x5C, index + 1 < count else {
                        out.append(inner)
                        index += 1
                        continue
                    }
                    guard bytes[index + 1] == 0x75, let unit = hexUnit(bytes, at: index + 2) else {
                        out.append(inner)
                        out.append(bytes[index + 1])
                        index += 2
                        continue
                    }
                    if (0xD800..<0xDC00).contains(unit), index + 12 <= count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
                        let low = hexUnit(bytes, at: index + 8), (0xDC00..<0xE000).contains(low)
                    {
                        out.append(contentsOf: bytes[index..<(index + 12)])  // a pair, as it is
                        index += 12
                    } else if (0xD800..<0xE000).contains(unit) {
                        out.append(contentsOf: Array(#"\ufffd"#.utf8))
                        changed = true
                        index += 6
                    } else {
                        out.append(contentsOf: bytes[index..<(index + 6)])
                        index += 6
                    }
                }
            case 0x7B, 0x5B:
                if depth >= depthLimit {
                    // An unclosed value: the document cannot parse (and walking to its end again at each opening would
                    // be quadratic).
                    guard let end = JSONRecords.valueEnd(bytes, from: index) else { return nil }
                    out.append(contentsOf: Array("null".utf8))
                    changed = true
                    index = end
                } else {
                    depth += 1
                    out.append(byte)
                    index += 1
                }
            case 0x7D, 0x5D:
                depth -= 1
                out.append(byte)
                index += 1
            case 0x2D, 0x30...0x39:  // a number: kept unless its Double is infinite
                var end = index + 1
                while end < count, isNumberByte(bytes[end]) { end += 1 }
                if let number = Double(String(decoding: bytes[index..<end], as: UTF8.self)), number.isInfinite {
                    out.append(contentsOf: Array("null".utf8))
                    changed = true
                } else {
                    out.append(contentsOf: bytes[index..<end])
                }
                index = end
            default:
                out.append(byte)
                index += 1
            }
        }
        return changed ? out : nil
    }

    /// The UTF-16 unit of the four hex digits at `at`; nil when there are not four.
    private static func hexUnit(_ bytes: [UInt8], at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[start..<(start + 4)] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x65 || byte == 0x45 || byte == 0x2B || byte == 0x2D
    }
}
