import Foundation

/// Small, pure string helpers shared by the parser's recognisers, and the parser's one folding
/// rule for text.
///
/// Contract: folding lowercases and removes combining diacritics (`Février` → `fevrier`), so
/// tables can be written without accents; ASCII scalars fold by `ASCII.lowercased` (the byte
/// readers' rule), other scalars by Unicode lowercasing and canonical decomposition. It never
/// fails and never changes non-letters.
public enum TextFolding {
    /// Lowercased, with combining marks removed (works on NFC or NFD input).
    ///
    /// Words made only of Latin scalars (below U+0250), combining diacritics and general
    /// punctuation (U+2010…U+205E, which folds to itself) fold scalar by scalar through a table
    /// built once with the general method below, so they need no Foundation normalisation; other
    /// words take the general method.
    @inlinable
    public static func fold(_ word: some StringProtocol) -> String {
        let utf8 = word.utf8
        // Contiguous UTF-8 (native strings and their slices): the ASCII test and the lowering
        // read the bytes through a pointer, not the view's indices.
        let contiguous: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 { return latinFold(of: bytes) }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in 0..<bytes.count { buffer[index] = ASCII.lowercased(bytes[index]) }
                return bytes.count
            }
        }
        if let contiguous {
            return contiguous ?? fold(scalars: word.unicodeScalars)
        }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (index, byte) in utf8.enumerated() { buffer[index] = ASCII.lowercased(byte) }
                return utf8.count
            }
        }
        return fold(scalars: word.unicodeScalars)
    }

    /// `fold` of a word given as its UTF-8 (valid, whole scalars: a piece of a `String`'s
    /// bytes), for a reader walking a text's bytes: the same `String` as `fold` of that piece,
    /// without a `Substring` made to fold it.
    public static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        for byte in bytes where byte >= 0x80 {
            return latinFold(of: bytes) ?? fold(scalars: String(decoding: bytes, as: UTF8.self).unicodeScalars)
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count { buffer[index] = ASCII.lowercased(bytes[index]) }
            return bytes.count
        }
    }

    /// `fold` of a word given as Unicode scalars (a word being collected need not become a
    /// `String` first).
    @inlinable
    public static func fold(scalars: some Collection<Unicode.Scalar>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count + 4)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                utf8.append(ASCII.lowercased(UInt8(value)))
            } else if value < 0x250 {
                appendLatinFold(of: value, to: &utf8)
            } else if value >= 0x300, value <= 0x36F {
                continue
            } else if value >= 0x2010, value <= 0x205E {
                // Dashes, quotes, bullets: no case, no canonical decomposition, folded as they are
                // (a file of a million `—` lines asked Foundation a million times).
                utf8.append(0xE0 | UInt8(value >> 12))
                utf8.append(0x80 | UInt8((value >> 6) & 0x3F))
                utf8.append(0x80 | UInt8(value & 0x3F))
            } else {
                return slowFold(String(String.UnicodeScalarView(scalars)))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// `fold(scalars:)` of a word given as its (valid) UTF-8, read from the bytes, for the words
    /// that method folds scalar by scalar without Foundation: every scalar below U+0250, a
    /// combining diacritic (U+0300…U+036F, dropped) or general punctuation (U+2010…U+205E,
    /// kept). Nil for any other word, and for one of more than 4,096 bytes (the fold is spelt in
    /// a temporary buffer with room for the longest, 3.5 bytes a byte): the caller then takes
    /// `fold(scalars:)`. The same bytes as that method, without its count of the scalars and its
    /// array; a fold of up to 15 bytes becomes a small `String`, allocating nothing (issue 10,
    /// text parsing speed).
    @usableFromInline
    static func latinFold(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 4096 else { return nil }
        let table = packedLatinFolds
        // A Latin scalar of two bytes folds to at most seven (`packedLatinFolds`); every other
        // kept scalar to as many bytes as it has.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 4) { buffer -> String? in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    buffer[count] = ASCII.lowercased(byte)
                    count += 1
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                let value = scalar.value
                index += length
                if value < 0x250 {
                    var packed = table[Int(value) - 0x80]
                    for _ in 0..<Int(packed >> 56) {
                        buffer[count] = UInt8(truncatingIfNeeded: packed)
                        packed >>= 8
                        count += 1
                    }
                } else if value >= 0x300, value <= 0x36F {
                    continue
                } else if value >= 0x2010, value <= 0x205E {
                    buffer[count] = 0xE0 | UInt8(value >> 12)
                    buffer[count + 1] = 0x80 | UInt8((value >> 6) & 0x3F)
                    buffer[count + 2] = 0x80 | UInt8(value & 0x3F)
                    count += 3
                } else {
                    return nil
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The UTF-8 of `slowFold` of each scalar U+0080…U+024F on its own.
    @usableFromInline static let latinFolds: [[UInt8]] = (0x80..<0x250).map { value in
        Array(slowFold(String(Unicode.Scalar(UInt32(value))!)).utf8)
    }

    /// `latinFolds`, each in one integer: its bytes from the low end, its count in the top
    /// byte (none is longer than seven), so that appending one costs no array.
    @usableFromInline static let packedLatinFolds: [UInt64] = latinFolds.map { bytes in
        precondition(bytes.count < 8, "a Latin fold longer than seven bytes")
        return bytes.enumerated().reduce(UInt64(bytes.count) << 56) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }

    /// Appends `latinFolds` of `value` (U+0080…U+024F) to `utf8`.
    @inlinable @inline(__always)
    static func appendLatinFold(of value: UInt32, to utf8: inout [UInt8]) {
        var packed = packedLatinFolds[Int(value) - 0x80]
        for _ in 0..<Int(packed >> 56) {
            utf8.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    /// The general method: lowercase, decompose canonically, drop U+0300…U+036F.
    ///
    /// Foundation's decomposition takes time quadratic in the length of what it is given (a
    /// word of 4 MiB of Greek `ά` took a minute), so a text longer than `nfcPiece` bytes is
    /// folded in pieces of about that length, each cut just before a starter (a scalar of
    /// canonical combining class 0): decomposition never reorders across a starter, so each
    /// piece decomposes alone as it does in the whole (a Greek capital sigma ending a piece
    /// may lowercase as a final `ς`).
    @usableFromInline static func slowFold(_ word: String) -> String {
        if word.utf8.count > nfcPiece {
            let bytes = Array(word.utf8)
            var result = ""
            result.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                let cut = starterCut(bytes, from: start)
                result += foldPiece(String(decoding: bytes[start..<cut], as: UTF8.self))
                start = cut
            }
            return result
        }
        return foldPiece(word)
    }

    /// `slowFold` of a text of any length, in one piece.
    private static func foldPiece(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        let decomposed = word.lowercased().decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Whether a scalar can be left as it is by NFC whatever surrounds it (NFC_Quick_Check=Yes
    /// and canonical combining class 0): everything below U+0300 and a few common blocks above it
    /// (Cyrillic letters, Latin Extended Additional, general punctuation with the line and
    /// paragraph separators and the bidirectional controls U+2028…U+202F, currency signs, CJK
    /// ideographs, Hangul syllables, fullwidth forms, emoji). A text made only of such scalars is
    /// already NFC; a `false` only means "ask the full normaliser".
    @inlinable @inline(__always)
    public static func isStableUnderNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x205E,
             0x20A0...0x20C0, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// The text in NFC; texts already NFC (see `isStableUnderNFC`) are returned as they are.
    ///
    /// Foundation's normalisation takes time quadratic in the length of what it is given (10 MiB
    /// of `e` + U+0301 ran for more than 14 minutes), so a long text is normalised in pieces of
    /// about `nfcPiece` bytes, each cut just before a scalar `isStableUnderNFC` accepts (ASCII,
    /// Latin, Cyrillic, CJK, …): each is a starter that is never the second element of a
    /// canonical composition, so nothing composes or reorders across such a cut and the result is
    /// the whole text's NFC. Only a stretch of 16 pieces' length without one such scalar (a
    /// hostile run of Hangul jamo, say) is cut every piece, on a scalar boundary: a composition
    /// across such a cut is then not made.
    ///
    /// Non-starters (scalars of a canonical combining class other than 0) beyond the 30th in a
    /// row are dropped (Unicode's stream-safe format, UAX #15, bounds such runs at 30 too). No
    /// real text has longer runs; a hostile one (a line of 100,000 combining marks: one
    /// `Character`) made every comparison of that `Character` reorder the whole run, and the
    /// reading of a 200 KB file take more than a minute. The file itself is archived unchanged.
    ///
    /// Every grapheme cluster of the result is also cut to its first `clusterLimit` scalars: a
    /// hostile file can make one `Character` of millions of scalars (an emoji chained by
    /// U+200D, a run of Hangul jamo or of variation selectors), and `String`'s comparisons of
    /// such a `Character` made a 10 MiB file's reading take minutes.
    package static func nfc(_ text: String) -> String {
        if allStableUnderNFC(text) { return boundedClusters(text) }
        return boundedClusters(composed(text))
    }

    /// The most scalars a grapheme cluster of `nfc`'s result holds.
    static let clusterLimit = 32

    /// `text` with each grapheme cluster cut to its first `clusterLimit` scalars. Only a text
    /// holding `clusterLimit` non-ASCII scalars in a row can have a longer cluster (an ASCII
    /// scalar other than CR ends a cluster or starts one, and a cluster has no more than one
    /// ASCII scalar but CR LF): others are returned as they are, without a walk of their clusters.
    package static func boundedClusters(_ text: String) -> String {
        let mayHoldLong = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var run = 0
            for byte in bytes {
                if byte < 0x80 {
                    run = 0
                } else if byte >= 0xC0 {
                    run += 1
                    if run >= clusterLimit { return true }
                }
            }
            return false
        } ?? true
        guard mayHoldLong, text.contains(where: { $0.unicodeScalars.count > clusterLimit }) else { return text }
        var result = String.UnicodeScalarView()
        for character in text {
            result.append(contentsOf: character.unicodeScalars.prefix(clusterLimit))
        }
        return String(result)
    }

    /// NFC in pieces, without long runs of non-starters (see `nfc`).
    private static func composed(_ text: String) -> String {
        let bytes = withoutLongMarkRuns(Array(text.utf8))
        guard bytes.count > nfcPiece else {
            return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
        }
        var result = ""
        result.reserveCapacity(bytes.count)
        var start = 0
        var barren = 0
        while start < bytes.count {
            let cut = nfcCut(bytes, from: start, barrenUpTo: &barren)
            result += String(decoding: bytes[start..<cut], as: UTF8.self).precomposedStringWithCanonicalMapping
            start = cut
        }
        return result
    }

    /// `bytes` (valid UTF-8) without the non-starters beyond the 30th in a row (see `nfc`); the
    /// same bytes when there is no such run.
    static func withoutLongMarkRuns(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8]?
        var run = 0
        var index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                let start = index
                // Every scalar below U+0300 (lead bytes below 0xCC) is a starter.
                if buffer[index] < 0xCC {
                    run = 0
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalars.decode(buffer, at: index)
                    index += length
                    run = scalar.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
                }
                if run > 30 {
                    if result == nil { result = Array(buffer[0..<start]) }
                } else if result != nil {
                    result!.append(contentsOf: buffer[start..<index])
                }
            }
        }
        return result ?? bytes
    }

    /// The length of one piece `nfc` normalises at a time.
    static let nfcPiece = 8192

    /// Where the piece that starts at `start` (a scalar boundary) ends (see `nfc`).
    /// `barrenUpTo`: the bytes before it hold no such scalar past the previous cut's search
    /// (each stretch is searched once, not once per piece cut in it); updated.
    static func nfcCut(_ bytes: [UInt8], from start: Int) -> Int {
        var barren = 0
        return nfcCut(bytes, from: start, barrenUpTo: &barren)
    }

    static func nfcCut(_ bytes: [UInt8], from start: Int, barrenUpTo barren: inout Int) -> Int {
        guard bytes.count - start > nfcPiece else { return bytes.count }
        let limit = min(bytes.count, start + 16 * nfcPiece)
        var index = max(start + nfcPiece, barren)
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        while index < limit {
            if bytes[index] < 0x80 { return index }
            let (scalar, length) = bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: index) }
            if isStableUnderNFC(scalar.value) { return index }
            index += length
        }
        if index >= bytes.count { return bytes.count }
        barren = index
        index = start + nfcPiece
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    /// Where the piece of `slowFold` that starts at `start` (a scalar boundary) ends: before
    /// the first starter after `nfcPiece` bytes (any scalar boundary past a run of 30
    /// non-starters), or at the end.
    static func starterCut(_ bytes: [UInt8], from start: Int) -> Int {
        guard bytes.count - start > nfcPiece else { return bytes.count }
        var index = start + nfcPiece
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        var marks = 0
        while index < bytes.count {
            let (scalar, length) = bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: index) }
            if scalar.properties.canonicalCombiningClass == .notReordered || marks == 30 { return index }
            marks += 1
            index += length
        }
        return bytes.count
    }

    /// Whether `isStableUnderNFC` holds for every scalar of the text, read from its UTF-8: a
    /// byte below 0xCC is ASCII, a continuation byte or the lead of a scalar below U+0300 (all
    /// stable), so only scalars whose lead byte is 0xCC or above are decoded and asked.
    static func allStableUnderNFC(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0xCC {
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                if !isStableUnderNFC(scalar.value) { return false }
                index += length
            }
            return true
        }
        return answer ?? text.unicodeScalars.allSatisfy { isStableUnderNFC($0.value) }
    }

    /// `text.count <= limit` without counting a long text's characters: a text has at most as
    /// many characters as UTF-8 bytes (or scalars), and otherwise only the first `limit + 1` are
    /// walked. While the bytes are below 0xCC and not CR, each scalar is a Character of its own
    /// (only CR LF and marks from U+0300 join scalars below U+0300), so they are counted from
    /// the UTF-8; any other text is walked by Characters.
    @inlinable @inline(__always)
    public static func hasAtMost(_ text: some StringProtocol, _ limit: Int) -> Bool {
        let utf8 = text.utf8
        if utf8.count <= limit { return true }
        let counted: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var scalars = 0
            for byte in bytes {
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte & 0xC0 != 0x80 {
                    scalars += 1
                    if scalars > limit { return false }
                }
            }
            return true
        }
        if let counted, let answer = counted { return answer }
        return text.dropFirst(limit).isEmpty
    }

    /// The text with leading and trailing whitespace (including no-break spaces) removed.
    @inlinable
    public static func trimmed(_ text: some StringProtocol) -> String {
        let characters = Substring(text)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = characters.lastIndex(where: { !$0.isWhitespace })!
        return String(characters[start...end])
    }

    /// Whether a character can be part of a word: a letter or a digit in any script.
    @inlinable
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Apostrophes that join elided words (`l’Innovation`, `don't`).
    @inlinable
    public static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}
