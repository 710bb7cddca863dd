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
    private var cache: [UInt32: [UInt8]] = [:]

    public init() {}

    /// Appends the folded form of `text` to `out` (which should end with a space).
    public mutating func append(_ text: String, to out: inout [UInt8]) {
        var pendingSpace = false
        func word(_ bytes: some Sequence<UInt8>, _ out: inout [UInt8]) {
            if pendingSpace, out.last != 0x20 { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
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
                continue
            }
            let folded: [UInt8]
            if value < 0x250 {
                folded = Self.latin[Int(value) - 0x80]
            } else if let known = cache[value] {
                folded = known
            } else {
                folded = Self.foldScalar(scalar)
                cache[value] = folded
            }
            if folded.isEmpty {
                // Combining marks vanish inside a word; other non-letters separate words.
                if !(0x300...0x36F).contains(value) { pendingSpace = true }
            } else {
                word(folded, &out)
            }
        }
        if out.last != 0x20 { out.append(0x20) }
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
