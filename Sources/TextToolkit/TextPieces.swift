/// How the parser's line tokenizers (`DateToken`, `AmountToken`) cut a text into pieces:
/// whitespace separates pieces and is dropped; a number starts at an ASCII digit and ends where
/// the caller says; a word is a run of letters; any other Character is a piece of its own.
///
/// Contract: `characters` reads the text by Characters (whitespace, letter and number as
/// Swift's Character properties say, which ask the first scalar). `Scalars` reads contiguous
/// UTF-8 scalar by scalar, decoding only non-ASCII bytes; on a text whose every scalar is a
/// Character of its own (`isWholeCharacter`; CR LF aside, both whitespace) it gives the same
/// pieces, at the UTF-8 offsets of the same positions. Pure; never fails.
///
/// `public @inlinable`, like the rest of this module's per-byte helpers (see `ASCII`).
public enum TextPieces {
    public enum Kind: Sendable { case number, word, other }

    /// Calls `visit` with each piece of `text` by Characters, in order. `numberEnd` is given
    /// the index of an ASCII digit that starts a number and returns the number's end (after it).
    @inlinable @inline(__always)
    public static func characters(
        _ text: String, numberEnd: (String.Index) -> String.Index,
        _ visit: (Kind, Range<String.Index>, Character) -> Void
    ) {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character.isASCII && character.isNumber {
                let end = numberEnd(index)
                visit(.number, index..<end, character)
                index = end
            } else if character.isLetter {
                let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
                visit(.word, index..<end, character)
                index = end
            } else {
                let end = text.index(after: index)
                visit(.other, index..<end, character)
                index = end
            }
        }
    }

    /// `characters` read from UTF-8 bytes scalar by scalar (see the contract), one piece per
    /// `next()`, with byte offsets. A number comes back as its first digit alone: the caller
    /// moves `offset` to the number's end. (A loop, not a function taking closures, and
    /// `@inline(__always)`: Swift 6.3 inlined neither `@inlinable` version into another module.)
    public struct Scalars {
        @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
        /// Where the next piece is looked for.
        public var offset = 0

        @inlinable
        public init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The next piece (whitespace skipped), `offset` moved past it; nil at the end.
        @inlinable @inline(__always)
        public mutating func next() -> (kind: Kind, range: Range<Int>, scalar: Unicode.Scalar)? {
            while offset < bytes.count {
                let start = offset
                let (scalar, length) = UTF8Scalars.decode(bytes, at: start)
                offset += length
                if TextPieces.isWhitespace(scalar) { continue }
                if ASCII.isDigit(bytes[start]) { return (.number, start..<offset, scalar) }
                guard TextPieces.isLetter(scalar) else { return (.other, start..<offset, scalar) }
                while offset < bytes.count {
                    let (next, nextLength) = UTF8Scalars.decode(bytes, at: offset)
                    guard TextPieces.isLetter(next) else { break }
                    offset += nextLength
                }
                return (.word, start..<offset, scalar)
            }
            return nil
        }
    }

    /// Whether `Scalars` may read `text` (see the contract): its UTF-8 is contiguous and every
    /// scalar is a Character of its own (no byte 0xCC or above: every scalar below U+0300).
    /// On the bytes: a byte below 0xCC is ASCII, a continuation byte or the lead of a scalar
    /// below U+0300 (a text of such bytes only is answered by one vectorised test); only the
    /// scalars led by the others (`’`, `€`) are decoded.
    @inlinable
    public static func readsByScalars(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            if !bytes.contains(where: { $0 >= 0xCC }) { return true }
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0xCC {
                    index &+= 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                guard isWholeCharacter(scalar.value) else { return false }
                index &+= length
            }
            return true
        } ?? false
    }

    /// A scalar that is always a `Character` of its own, so a text made of them can be read
    /// scalar by scalar with the same result as by Characters (CR LF aside, both whitespace).
    @inlinable @inline(__always)
    public static func isWholeCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2000...0x200B).contains(value) || (0x2010...0x20CF).contains(value)
    }

    /// Unicode White_Space (what `Character.isWhitespace` asks of its first scalar), answered
    /// without the property tables below U+1680 (the first White_Space scalar above U+00A0)
    /// and for the punctuation of `isPunctuationBlock`.
    @inlinable @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        if isPunctuationBlock(value) { return false }
        return scalar.properties.isWhitespace
    }

    /// U+2010…U+2027 and U+2030…U+205E (dashes, quotation marks, `…`, `‰`, primes): neither
    /// White_Space nor Alphabetic, common in news copy (`’`, `–`, `«`-like quotes).
    @inlinable @inline(__always)
    public static func isPunctuationBlock(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }

    /// Unicode Alphabetic (what `Character.isLetter` asks of its first scalar), with an ASCII
    /// fast path, and U+0080…U+024F answered without the property tables (`ª`, `µ`, `º`, and
    /// U+00C0…U+024F except `×` and `÷`), as is `isPunctuationBlock` (none).
    @inlinable @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ASCII.isLetter(UInt8(value)) }
        if value < 0x250 { return value >= 0xC0 ? value != 0xD7 && value != 0xF7 : value == 0xAA || value == 0xB5 || value == 0xBA }
        if isPunctuationBlock(value) { return false }
        return scalar.properties.isAlphabetic
    }
}
