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
            // Bytes before this index are read one at a time (a word was found not to qualify).
            var slowUntil = 0
            while index < count {
                if index >= slowUntil, !pendingJoiner, index &+ 8 <= count {
                    if let starts = wordStarts(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), after: inWord) {
                        words &+= starts.count
                        inWord = starts.endsInWord
                        index &+= 8
                        continue
                    }
                    slowUntil = index &+ 8
                }
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
                    let (scalar, length, kind) = nonASCII(bytes, at: index)
                    index &+= length
                    if kind == .extends { continue }
                    value = scalar.value
                    isWordScalar = kind == .word
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

    /// Eight bytes read at once when no joiner can be pending after them and each is ASCII or
    /// part of a Latin-1 letter (U+00C0…U+00FF but `×` and `÷`: a C3 lead and its continuation
    /// byte, both in the word): how many words start among them (a letter or digit after a byte
    /// that is none, or after the run before them when `inWord` is false) and whether the last
    /// byte is in a word. Nil for any other word (`'`, `-`, another lead byte, a pair cut by the
    /// word's edge): the caller reads it byte by byte.
    @inline(__always)
    private static func wordStarts(_ word: UInt64, after inWord: Bool) -> (count: Int, endsInWord: Bool)? {
        let ones = ByteWords.ones
        let highs = ByteWords.highs
        guard !ByteWords.has(word, 0x27), !ByteWords.has(word, 0x2D) else { return nil }
        let high = word & highs
        if high != 0 {
            // Only C3 leads (valid UTF-8 has no C0, C1) and continuation bytes other than 97, B7;
            // no continuation first (its lead is in the word before) and no C3 last.
            guard !ByteWords.hasByte(word, atLeast: 0xC4), !ByteWords.has(word, 0xC2),
                !ByteWords.has(word, 0x97), !ByteWords.has(word, 0xB7),
                word & 0xC0 != 0x80, word >> 56 != 0xC3
            else { return nil }
        }
        // ASCII bytes are below 0x80, so adding up to 0x5F carries into no other byte: the high
        // bit of each sum says "at least", its absence "below". Bytes from 0x80 are masked out
        // first and counted as letters.
        let ascii = word & ~highs
        let folded = ascii | (ones &* 0x20)
        let letters = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05) & highs & ~high  // 0x61…0x7A
        let digits = (ascii &+ ones &* 0x50) & ~(ascii &+ ones &* 0x46) & highs & ~high  // 0x30…0x39
        let inWords = letters | digits | high
        let before = inWords << 8 | (inWord ? 0x80 : 0)
        // One high bit per start: summed by a multiply (`nonzeroBitCount` is some twenty
        // instructions without POPCNT, which the baseline x86-64 target lacks).
        let starts = (inWords & ~before) >> 7
        return (Int(truncatingIfNeeded: (starts &* ones) >> 56), inWords >> 63 != 0)
    }

    private enum Kind { case word, extends, other }

    /// The scalar starting at `index` (its lead byte 0x80 or above), its length, and whether it
    /// extends the character before it or is a letter or number. Out of line: the property
    /// look-ups it may make cost the caller's loop a long prologue per paragraph when inlined.
    @inline(never)
    private static func nonASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int, Kind) {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        if extendsCharacter(scalar) { return (scalar, length, .extends) }
        return (scalar, length, isLetterOrNumber(scalar) ? .word : .other)
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
