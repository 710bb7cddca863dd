import ArticleIndex
import Foundation

/// Text reduced for case- and accent-insensitive word matching: lowercase, diacritics removed
/// (Foundation's `.caseInsensitive, .diacriticInsensitive, .widthInsensitive` folding, the rule
/// `StoryIdentity` uses), letters and digits kept, every run of anything else one space, with a
/// space at both ends: "Côte d’Ivoire" → " cote d ivoire ".
///
/// A phrase matches a text when its folded form occurs in the text's folded form; both start
/// and end on a word boundary, so "cote d'ivoire" finds "Côte d'Ivoire" but "rwand" does not
/// find "Rwanda".
public struct TextFolder {
    /// Folded UTF-8 of each scalar U+0080…U+024F, or empty for a separator.
    private static let latin: [[UInt8]] = (0x80..<0x250).map { foldScalar(Unicode.Scalar(UInt32($0))!) }
    /// Each ASCII byte folded: lowercase letters and digits, 0 for a separator.
    private static let ascii: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte + 0x20)
        default: return 0
        }
    }
    private var cache: [UInt32: [UInt8]] = [:]

    public init() {}

    /// Appends the folded form of `text` to `out` (which should end with a space).
    public mutating func append(_ text: String, to out: inout [UInt8]) {
        var pendingSpace = false
        for scalar in text.unicodeScalars { add(scalar.value, &pendingSpace, &out) }
        if out.last != 0x20 { out.append(0x20) }
    }

    /// The same as `append(decoded, to:)` for the raw contents of a JSON string (as
    /// `RawJSON.stringRange` gives them), folding the UTF-8 bytes directly: no String is made
    /// unless the string holds an escape. Bytes that are not UTF-8 separate words, as the
    /// U+FFFD that decoding would put there does.
    public mutating func append(json bytes: UnsafeRawBufferPointer, _ range: Range<Int>, to out: inout [UInt8]) throws(RawJSON.RawJSONError) {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if let base = slice.baseAddress, memchr(base, 0x5C, slice.count) != nil {
            append(try RawJSON.decodeString(bytes, range), to: &out)
            return
        }
        var pendingSpace = false
        var index = 0
        let count = slice.count
        out.reserveCapacity(out.count + count + 2)
        let ascii = Self.ascii
        while index < count {
            let lead = slice[index]
            if lead < 0x80 {
                // ASCII, inline (most of the bytes): the same rule as `add`.
                let folded = ascii[Int(lead)]
                if folded == 0 {
                    pendingSpace = true
                } else {
                    if pendingSpace, out.last != 0x20 { out.append(0x20) }
                    pendingSpace = false
                    out.append(folded)
                }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length {
                    let byte = slice[index + offset]
                    guard byte & 0xC0 == 0x80 else { valid = false; break }
                    value = value << 6 | UInt32(byte & 0x3F)
                }
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            if valid, value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) {
                add(value, &pendingSpace, &out)
                index += length
            } else {
                add(0xFFFD, &pendingSpace, &out)
                index += 1
            }
        }
        if out.last != 0x20 { out.append(0x20) }
    }

    /// Folds one scalar onto `out`: letters and digits lowercased without marks, anything else
    /// a pending word break.
    @inline(__always)
    private mutating func add(_ value: UInt32, _ pendingSpace: inout Bool, _ out: inout [UInt8]) {
        if value < 0x80 {
            let byte = UInt8(value)
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                if pendingSpace, out.last != 0x20 { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                if pendingSpace, out.last != 0x20 { out.append(0x20) }
                pendingSpace = false
                out.append(byte + 0x20)
            } else {
                pendingSpace = true
            }
            return
        }
        let folded: [UInt8]
        if value < 0x250 {
            folded = Self.latin[Int(value) - 0x80]
        } else if let known = cache[value] {
            folded = known
        } else {
            folded = Self.foldScalar(Unicode.Scalar(value) ?? "\u{FFFD}")
            cache[value] = folded
        }
        if folded.isEmpty {
            // Combining marks vanish inside a word; other non-letters separate words.
            if !(0x300...0x36F).contains(value) { pendingSpace = true }
        } else {
            if pendingSpace, out.last != 0x20 { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: folded)
        }
    }

    /// The folded form of each scalar in `range` (non-ASCII), empty for a separator: the table
    /// `TextPrefilter` hands to the byte-level prefilter, by the same rule as `append`.
    static func foldedScalars(_ range: Range<UInt32>) -> [[UInt8]] {
        range.map { value in
            value >= 0x80 && value < 0x250 ? latin[Int(value) - 0x80] : foldScalar(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
    }

    /// The folded form of one phrase, with its surrounding spaces (" cote d ivoire ").
    public mutating func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x20]
        append(text, to: &out)
        return out
    }

    private static func foldScalar(_ scalar: Unicode.Scalar) -> [UInt8] {
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return [] }
        let folded = String(Character(scalar))
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var bytes: [UInt8] = []
        for part in folded.unicodeScalars where part.properties.isAlphabetic || part.properties.numericType != nil {
            bytes.append(contentsOf: String(Character(part)).utf8)
        }
        return bytes
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in `self` (plain byte search; needles are short).
    func containsBytes(_ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0, n <= count else { return n == 0 }
        return withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = pin[0]
                var index = 0
                let last = hay.count - n
                while index <= last {
                    if hay[index] == first, memcmp(hay.baseAddress! + index, pin.baseAddress!, n) == 0 {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
