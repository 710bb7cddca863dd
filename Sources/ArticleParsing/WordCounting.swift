import TextToolkit

/// Counts the words of an article body.
///
/// Contract: a word is a maximal run of letters and digits (any script); an apostrophe or a
/// hyphen *between* two such characters joins them into one word, so `l’Innovation`, `d’une`,
/// `Au-delà` and `ex-Twitter` each count once, and `820` counts as a word while `$` does not.
/// This matches what word processors report (the seed's body gives 307 against 308
/// whitespace-separated tokens). Pure; never fails.
///
/// Works on Unicode scalars: a character is classified by its first scalar (as `Character`
/// does), and scalars that extend the character before them (combining marks, joiners,
/// variation selectors) leave the state as it is.
enum WordCounting {
    static func count(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + count($1) }
    }

    static func count(_ text: String) -> Int {
        // The scalars read from the UTF-8 (`UTF8Scalars`), decoding only non-ASCII ones; a run
        // of ASCII letters and digits is skipped in an inner loop (one branch a byte).
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let count = bytes.count
            var words = 0
            var inWord = false
            var pendingJoiner = false
            var index = 0
            while index < count {
                let byte = base[index]
                let value: UInt32
                let isWordScalar: Bool
                if byte < 0x80 {
                    if isWordByte(byte) {
                        if !inWord { words &+= 1 }
                        inWord = true
                        pendingJoiner = false
                        index &+= 1
                        while index < count, isWordByte(base[index]) { index &+= 1 }
                        continue
                    }
                    value = UInt32(byte)
                    index &+= 1
                    isWordScalar = false
                } else {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                    index &+= length
                    if extendsCharacter(scalar) { continue }
                    value = scalar.value
                    isWordScalar = isLetterOrNumber(scalar)
                }
                if isWordScalar {
                    if !inWord { words &+= 1 }
                    inWord = true
                    pendingJoiner = false
                } else if inWord && !pendingJoiner && (value == 0x27 || value == 0x2019 || value == 0x2BC || value == 0x2D) {
                    pendingJoiner = true
                } else {
                    inWord = false
                    pendingJoiner = false
                }
            }
            return words
        }
    }

    /// An ASCII letter or digit.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || ASCII.isLetter(byte)
    }

    /// Alphabetic or numeric; below U+0250 and in `TextPieces.isPunctuationBlock` without the
    /// property tables (`TextPieces.isLetter`, plus `²`, `³`, `¹`, `¼`, `½`, `¾`).
    @inline(__always)
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x250 || TextPieces.isPunctuationBlock(value) {
            return TextPieces.isLetter(scalar) || value == 0xB2 || value == 0xB3 || value == 0xB9 || (0xBC...0xBE).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A scalar that joins the character before it rather than starting one.
    @inline(__always)
    private static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
            || (0xE0020...0xE007F).contains(value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
