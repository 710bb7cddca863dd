import TextToolkit

/// Necessary conditions read from a line's UTF-8 bytes, so that the clipping recognisers
/// (`ClippingLabels`, `SourceLines`, `Bylines`, `CreditLines`, `WireAgencies`) can turn down a
/// line of body prose without folding, lowercasing or walking its Characters (issue 10, text
/// parsing speed).
///
/// Contract: each test answers `false` only when the recogniser it guards would certainly find
/// nothing; `true` means "ask the recogniser". The reasoning, for a line whose first UTF-8 byte
/// is ASCII: that byte is the first scalar of the first Character, and folding or lowercasing
/// turns it into its ASCII lowercase (combining marks after it stay out of an ASCII prefix), so
/// a line whose prefix must fold to a word starting with one of `letters` must open with one of
/// them. A line whose first byte is not ASCII is always passed on (Kelvin sign, accented
/// capitals, …). A `:` or `(` Character holds the byte 0x3A or 0x28 (no other scalar is
/// canonically equivalent to either), so a line without the byte has no such Character. Pure.
package enum LineBytes {
    /// Whether the line's UTF-8 holds `byte`.
    @inline(__always)
    package static func contains(_ line: some StringProtocol, _ byte: UInt8) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? line.utf8.contains(byte)
    }

    /// `contains` for a `String`, by libc's `memchr`: a concrete overload, because a generic
    /// `package` function is neither inlined nor specialised in another module (the façade's
    /// whole-text checks called the unspecialised one).
    package static func contains(_ line: String, _ byte: UInt8) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(of: byte, in: $0, from: 0) != nil }
            ?? line.utf8.contains(byte)
    }

    /// Whether the line's first Character can fold (or lowercase) to one of `letters` (ASCII
    /// lowercase letters) or be one of `marks` (ASCII bytes compared as they are). An empty line
    /// cannot; a line opening with a non-ASCII byte always can.
    @inline(__always)
    package static func mayOpen(_ line: some StringProtocol, letters: StaticString, marks: StaticString = "") -> Bool {
        guard let first = line.utf8.first else { return false }
        if first >= 0x80 { return true }
        let lowered = ASCII.lowercased(first)
        return has(letters, lowered) || has(marks, first)
    }

    /// `mayOpen` for a recogniser that trims its line first: a line opening with whitespace
    /// (ASCII or not) is passed on; an ASCII first byte that is not whitespace opens the trimmed
    /// line too (a Character starting with a non-whitespace scalar is not trimmed).
    @inline(__always)
    package static func mayOpenTrimmed(_ line: some StringProtocol, letters: StaticString, marks: StaticString = "") -> Bool {
        guard let first = line.utf8.first else { return false }
        if first == 0x20 || first &- 0x09 < 5 { return true }
        return mayOpen(line, letters: letters, marks: marks)
    }

    @inline(__always)
    private static func has(_ set: StaticString, _ byte: UInt8) -> Bool {
        set.withUTF8Buffer { $0.contains(byte) }
    }
}

extension LineBytes {
    /// Whether four ASCII digits in a row stand in `text` (a year's).
    static func holdsYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte &- 0x30 < 10 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Whether `text` ends with a hyphen after a letter (`govern-`, a word broken at a line's end),
    /// on its last two bytes (a Character walk back would count a run of flags before it each
    /// time): an ASCII letter, or a byte of a multi-byte scalar, before the `-`.
    static func endsHyphenated(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.last == 0x2D, let before = bytes.dropLast().last else { return false }
        return ASCII.isLetter(before) || before >= 0x80
    }

    /// `TextFolding.trimmed(line)`, without the copy when the line's first and last bytes are ASCII
    /// and not whitespace: then its first Character starts with, and its last Character ends
    /// with, a scalar that is not whitespace, and neither Character can start with a whitespace
    /// scalar (only a Prepend scalar, never whitespace, joins the Character of an ASCII one after
    /// it), so trimming removes nothing.
    /// Any other line is trimmed from its bytes when they decide (`trimmed(_: Substring)`).
    package static func trimmed(_ line: String) -> String {
        isTrimmed(line) ? line : trimmed(line[...])
    }

    /// The first byte of `text` past ASCII white space (space, tab, LF, CR) and a BOM's bytes, or
    /// nil: what a record's or a document's opening (`{`, `<`, `\`) is judged by.
    package static func leadingByte(_ text: String) -> UInt8? {
        text.utf8.first { byte in
            !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB || byte == 0xBF)
        }
    }

    /// Whether `trimmed(line)` is the line itself by the test above (or the line is empty).
    /// Its two bytes read through the contiguous UTF-8's pointer (the view's `first` and `last`
    /// are calls, some 24 instructions each: the reader asks it of every line of every text).
    @inline(__always)
    package static func isTrimmed(_ line: String) -> Bool {
        func answer(_ first: UInt8?, _ last: UInt8?) -> Bool {
            guard let first, let last else { return true }
            return first < 0x80 && last < 0x80 && !isASCIIWhitespace(first) && !isASCIIWhitespace(last)
        }
        return line.utf8.withContiguousStorageIfAvailable { answer($0.first, $0.last) } ?? answer(line.utf8.first, line.utf8.last)
    }

    /// `TextFolding.trimmed(text)` of a piece of a line, cut from its bytes when they decide:
    /// ASCII whitespace is dropped from both ends, and when the first and the last byte left are
    /// ASCII (not whitespace) that is the answer (a whitespace byte is a Character of its own, or
    /// the LF of a CR LF, since the byte after it is ASCII too; the Characters holding the bytes
    /// left start with a scalar that is no whitespace, as `trimmed(_: String)` explains). Any
    /// other text is trimmed by `TextFolding`.
    package static func trimmed(_ text: Substring) -> String {
        let cut = text.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int)? in
            var start = 0
            var end = bytes.count
            while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
            while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            guard start == end || bytes[start] < 0x80 && bytes[end - 1] < 0x80 else { return nil }
            return (start, end)
        }
        guard let cut, let (start, end) = cut else { return TextFolding.trimmed(text) }
        if start == end { return "" }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return String(text[lower..<utf8.index(lower, offsetBy: end - start)])
    }

    /// Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII White_Space.
    @inline(__always)
    package static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }

    /// The text cut at every LF byte into Strings (empty lines kept): what splitting its UTF-8 at
    /// 0x0A and decoding each piece gives. The LFs are found by `memchr`; each piece is copied
    /// as a slice of the text (both ends are scalar boundaries: a LF is one byte, one scalar),
    /// so its UTF-8 is not validated again.
    package static func lines(_ text: String) -> [String] {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let cut = utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [String] = []
            // Room for every line, counted first: no regrowth, which held the old and the new
            // array at once (10 MiB of blank lines: 10 million lines, 200 MiB at the copy).
            lines.reserveCapacity(lineFeeds(in: bytes) + 1)
            var start = 0
            while let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start) {
                // An empty line without slicing (a run of blank lines is the hostile case).
                lines.append(end == start ? "" : String(text[index(start)..<index(end)]))
                start = end + 1
            }
            lines.append(String(text[index(start)...]))
            return lines
        }
        return cut ?? utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// How many LF bytes `bytes` hold, counted eight at a time (`zeroLanes` marks each LF lane
    /// exactly; the marks, one bit a lane, summed into the top byte by a multiply: the target
    /// has no POPCNT, and `nonzeroBitCount` is some twenty instructions without it).
    private static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        let feeds = ByteWords.ones &* 0x0A
        var count = 0
        var index = 0
        while index &+ 8 <= bytes.count {
            let lanes = zeroLanes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ feeds) >> 7
            count &+= Int(truncatingIfNeeded: (lanes &* ByteWords.ones) >> 56)
            index &+= 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0A { count &+= 1 }
            index &+= 1
        }
        return count
    }
}

extension LineBytes {
    /// Whether the line can open with one of `openings` (lowercase ASCII) once folded or
    /// lowercased: compared byte by byte while the line's bytes are ASCII (an ASCII scalar folds
    /// and lowercases to its ASCII lowercase, one scalar for one, and a Character of the prefix
    /// is one scalar); a prefix is passed on as soon as the line has a non-ASCII byte where the
    /// prefix still runs. An ASCII line shorter than every prefix cannot open with one.
    package static func mayStart(_ line: some StringProtocol, withAnyOf openings: LineOpenings) -> Bool {
        let utf8 = line.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            // The line's first byte lowercased, when ASCII: a prefix opening with another byte
            // is turned down without its comparison loop (`opens` stops there too), and all of
            // them at once when none opens with it.
            let first = bytes.first.flatMap { $0 < 0x80 ? ASCII.lowercased($0) : nil }
            if let first, !openings.mayOpen(first) { return false }
            for prefix in openings.prefixes {
                // Read through the literal's own pointer (no closure per prefix) when it has one.
                guard prefix.hasPointerRepresentation else {
                    if prefix.withUTF8Buffer({ opens(bytes, with: $0) }) != false { return true }
                    continue
                }
                if let first, prefix.utf8CodeUnitCount > 0, prefix.utf8Start.pointee != first { continue }
                if opens(bytes, with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)) != false {
                    return true
                }
            }
            return false
        } ?? true
    }

    /// Whether `bytes` open with `wanted` (lowercase ASCII) compared ASCII case-folded: false on
    /// a mismatch or a line too short, nil ("may") at a non-ASCII byte where `wanted` still runs.
    @inline(__always)
    private static func opens(_ bytes: UnsafeBufferPointer<UInt8>, with wanted: UnsafeBufferPointer<UInt8>) -> Bool? {
        for offset in 0..<wanted.count {
            guard offset < bytes.count else { return false }
            let byte = bytes[offset]
            if byte >= 0x80 { return nil }
            if ASCII.lowercased(byte) != wanted[offset] { return false }
        }
        return true
    }

    /// `mayStart` for a recogniser that trims its line first: a line opening with ASCII
    /// whitespace is passed on (a non-ASCII first byte is passed on by `mayStart`).
    package static func mayStartTrimmed(_ line: some StringProtocol, withAnyOf openings: LineOpenings) -> Bool {
        guard let first = line.utf8.first else { return false }
        return isASCIIWhitespace(first) || mayStart(line, withAnyOf: openings)
    }
}

extension LineBytes {
    /// Whether the ASCII `byte`, as a Character of its own, may stand among the first `limit`
    /// Characters of `text`. `false` when the UTF-8 has no such byte, or when every byte before
    /// the first one is below 0xCC and not CR (then each scalar there is a Character of its
    /// own, as `TextFolding.hasAtMost` explains) and `limit` or more scalars come before it: an
    /// ASCII byte is always the first scalar of a Character, so no Character equal to that
    /// byte's comes earlier. `true` means "look".
    package static func mayHoldCharacter(_ byte: UInt8, within limit: Int, of text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var scalars = 0
            for current in bytes {
                if current == byte { return scalars < limit }
                if current >= 0xCC || current == 0x0D { return true }
                if current & 0xC0 != 0x80 { scalars += 1 }
            }
            return false
        } ?? true
    }

    /// The index in `line.utf8` of the first `byte` among its first `limit` bytes, or nil: found on
    /// the contiguous bytes (the generic `prefix(_:).firstIndex(of:)` on a UTF-8 view costs tens
    /// of instructions a byte), else by that generic search. Pure.
    package static func index(of byte: UInt8, within limit: Int, in line: String) -> String.Index? {
        let offset = line.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = 0
            let end = min(bytes.count, limit)
            while index < end {
                if bytes[index] == byte { return index }
                index += 1
            }
            return nil
        }
        guard let offset else { return line.utf8.prefix(limit).firstIndex(of: byte) }
        return offset.map { line.utf8.index(line.utf8.startIndex, offsetBy: $0) }
    }

    /// `text.lastIndex(of: character)`, found walking the text forward: String's step back over a
    /// regional indicator (half a flag) counts the whole run of them before it, so a backward walk
    /// over a line of a hundred thousand flags is quadratic (64 KiB: 3 to 7 s). Pure.
    /// An ASCII `character` other than CR and LF is first looked for on the bytes (`lastApart`): its last byte
    /// between ASCII bytes is the last such Character (a 10 MiB line's Characters took 0.4 s).
    package static func lastIndex(of character: Character, in text: String) -> String.Index? {
        if let byte = character.asciiValue, !contains(text, byte) { return nil }
        if let byte = character.asciiValue, byte != 0x0A, byte != 0x0D {
            switch lastApart([byte], in: text) {
            case .absent: return nil
            case .found(let range): return range.lowerBound
            case .unsure: break
            }
        }
        var found: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == character { found = index }
            text.formIndex(after: &index)
        }
        return found
    }

    /// `text.ranges(of: needle).last` for an ASCII `needle` of two bytes or more that overlaps
    /// no copy of itself (` (`, ` http`): found on the bytes when every byte is below 0xCC and
    /// none is CR (each scalar a Character of its own, and a Character equal to an ASCII one is
    /// that byte, so the Characters match where the bytes do; no copy overlaps another, so the
    /// last is the last byte match), else by `ranges(of:)`. Pure.
    package static func lastRange(of needle: StaticString, in text: String) -> Range<String.Index>? {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> (decided: Bool, found: Range<Int>?) in
            for byte in bytes where byte >= 0xCC || byte == 0x0D { return (false, nil) }
            return (true, needle.withUTF8Buffer { lastRange(of: Array($0), in: bytes) })
        }
        guard let read, read.decided else { return text.ranges(of: needle.description).last }
        guard let found = read.found else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return lower..<utf8.index(lower, offsetBy: found.count)
    }

    /// Where `firstApart` and `lastApart` found their needle: nowhere in the bytes, at a place that stands
    /// apart, or at a place they cannot judge on the bytes (then the caller asks the Characters).
    package enum ByteMatch: Equatable {
        case absent
        case found(Range<String.Index>)
        case unsure
    }

    /// The first place of `needle`'s bytes in `text` when it stands apart: the byte before it and the byte after
    /// it ASCII (or the text's edge), so that no scalar outside it joins its first or last Character (no ASCII
    /// scalar is Prepend, Extend or a SpacingMark). `needle` opens and ends with an ASCII byte other than CR and
    /// LF and each of its scalars is a Character of its own (` — `, ` [`, `(`), and no scalar sequence other than
    /// its own is canonically equivalent to it; so every place where its Characters (or Foundation's search)
    /// match is a place of its bytes, and a place of its bytes that stands apart is such a match: the first of
    /// the bytes' places, when it stands apart, is the Characters' first (`.found`). `.absent` when the bytes do
    /// not occur (nor then do the Characters), `.unsure` when the first place does not stand apart (or the UTF-8
    /// is not contiguous). Pure.
    package static func firstApart(_ needle: [UInt8], in text: some StringProtocol) -> ByteMatch {
        apart(needle, in: text) { needle, bytes in firstRange(of: needle, in: bytes) }
    }

    /// `firstApart` for the last place of `needle`'s bytes (a needle that overlaps no copy of itself).
    package static func lastApart(_ needle: [UInt8], in text: some StringProtocol) -> ByteMatch {
        apart(needle, in: text) { needle, bytes in lastRange(of: needle, in: bytes) }
    }

    private static func apart(
        _ needle: [UInt8], in text: some StringProtocol, _ search: ([UInt8], UnsafeBufferPointer<UInt8>) -> Range<Int>?
    ) -> ByteMatch {
        let found: Range<Int>?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>?? in
            guard let range = search(needle, bytes) else { return .some(nil) }
            let before = range.lowerBound == 0 || bytes[range.lowerBound - 1] < 0x80
            let after = range.upperBound == bytes.count || bytes[range.upperBound] < 0x80
            return before && after ? .some(range) : nil
        } ?? nil
        guard let found else { return .unsure }
        guard let range = found else { return .absent }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return .found(lower..<utf8.index(lower, offsetBy: range.count))
    }

    /// Whether `text.split(separator: " ").count` is at most `limit`, counted on the UTF-8 while every byte is
    /// below 0xCC (as `spaceSeparatedCount`), otherwise on the Characters; either way it stops once past
    /// `limit` (a 10 MiB line of words is not split into an array). Pure.
    package static func hasAtMostWords(_ text: Substring, _ limit: Int) -> Bool {
        let counted: Int?? = text.utf8.withContiguousStorageIfAvailable { spaceSeparatedCount($0, stoppingPast: limit) }
        if let counted, let words = counted { return words <= limit }
        var words = 0
        var inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    /// `text.split(separator: separator)` (an ASCII byte other than CR and LF, as a Character) when it holds at
    /// most `limit` pieces, else nil, found without making more than `limit + 1` of them: on the UTF-8 while every
    /// byte is below 0xCC (as `words`: each scalar a Character of its own, so the byte is the Character and no
    /// other Character equals it), otherwise on the Characters. Pure.
    package static func pieces(_ text: Substring, separator: UInt8, atMost limit: Int) -> [Substring]? {
        let cut: [Substring]??? = text.utf8.withContiguousStorageIfAvailable { bytes -> [Substring]?? in
            if !bytes.contains(separator) { return .some(text.isEmpty ? [] : [text]) }
            if bytes.contains(where: { $0 >= 0xCC }) { return nil }
            var pieces: [Substring] = []
            var start = 0
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == separator {
                if offset > start {
                    if pieces.count == limit { return .some(nil) }
                    pieces.append(piece(of: text, start, offset))
                }
                start = offset + 1
            }
            return .some(pieces)
        }
        if let cut, let read = cut { return read }
        let wanted = Character(Unicode.Scalar(separator))
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            if text[index] == wanted {
                if start < index {
                    if pieces.count == limit { return nil }
                    pieces.append(text[start..<index])
                }
                text.formIndex(after: &index)
                start = index
            } else {
                text.formIndex(after: &index)
            }
        }
        if start < text.endIndex {
            if pieces.count == limit { return nil }
            pieces.append(text[start...])
        }
        return pieces
    }

    /// The first place of `needle` (not empty) in `bytes`, compared exactly, or nil
    /// (`firstStart`'s search).
    package static func firstRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty else { return nil }
        return needle.withUnsafeBufferPointer { wanted in firstStart(of: wanted, in: bytes).map { $0..<($0 + wanted.count) } }
    }

    /// The last place of `needle` (not empty) in `bytes`, compared exactly, or nil.
    package static func lastRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[start] == needle[0] {
            if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return start..<(start + needle.count) }
        }
        return nil
    }
}

extension LineBytes {
    /// Whether the UTF-8 of `text` holds the UTF-8 of `needle` somewhere (byte for byte).
    package static func contains(_ text: String, bytes needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { wanted in
            guard !wanted.isEmpty else { return true }
            return text.utf8.withContiguousStorageIfAvailable { firstStart(of: wanted, in: $0) != nil } ?? true
        }
    }

    /// Whether the UTF-8 of `text` holds any of `needles` (compared as `NeedleSet` compares):
    /// one pass over the text for the whole list, where `contains(_:bytes:)` per needle reads it
    /// once per needle (a recogniser's gate of ten or thirty stems, asked of every line).
    package static func contains(_ text: String, anyOf needles: NeedleSet) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { needles.occurs(in: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { needles.occurs(in: $0) }
    }

    /// Where `wanted` (not empty) first stands in `bytes`, compared byte for byte, or nil.
    private static func firstStart(of wanted: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = wanted.first, bytes.count >= wanted.count, let base = UnsafeRawPointer(bytes.baseAddress) else {
            return nil
        }
        let last = bytes.count - wanted.count
        var start = 0
        let firsts = ByteWords.ones &* UInt64(first)
        // A needle of two bytes or more: its second byte, tested after each first one
        // (a space is common, two in a row are not).
        let seconds = ByteWords.ones &* UInt64(wanted.count > 1 ? wanted[1] : 0)
        let pairs = wanted.count > 1
        while start <= last {
            // Eight places at a time: none where the needle's first byte (and its second
            // after it) stands, skipped at once; else the first such place (each lane
            // tested exactly). Nine bytes are read for the pairs.
            if start &+ 9 <= bytes.count {
                var flags = Self.zeroLanes(base.loadUnaligned(fromByteOffset: start, as: UInt64.self) ^ firsts)
                if pairs { flags &= Self.zeroLanes(base.loadUnaligned(fromByteOffset: start &+ 1, as: UInt64.self) ^ seconds) }
                if flags == 0 {
                    start &+= 8
                    continue
                }
                start &+= flags.trailingZeroBitCount >> 3
                if start > last { break }
            }
            if bytes[start] == first {
                var offset = 1
                while offset < wanted.count, bytes[start + offset] == wanted[offset] { offset += 1 }
                if offset == wanted.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// The high bit of each byte of `word` that is zero, exactly (no borrow crosses bytes).
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 {
        let low = ~ByteWords.highs
        return ~(((word & low) &+ low) | word) & ByteWords.highs
    }

    /// `text.split(separator: " ").count` (runs of Characters other than a space), counted on
    /// the UTF-8 while every byte is below 0xCC (each scalar a Character of its own, and CR LF,
    /// one Character, two bytes that are not spaces either way); otherwise by splitting.
    package static func spaceSeparatedCount(_ text: String) -> Int {
        let counted: Int?? = text.utf8.withContiguousStorageIfAvailable { spaceSeparatedCount($0, stoppingPast: nil) }
        if let counted, let words = counted { return words }
        return text.split(separator: " ").count
    }

    /// The words `spaceSeparatedCount` counts on the bytes, stopping at `limit + 1` when a limit is given; nil when a
    /// byte is 0xCC or above (the Characters must be counted then).
    private static func spaceSeparatedCount(_ bytes: UnsafeBufferPointer<UInt8>, stoppingPast limit: Int?) -> Int? {
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte >= 0xCC { return nil }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if let limit, words > limit { return words }
            }
        }
        return words
    }

    /// `text.split(separator: " ")`, cut at the space bytes while every byte is below 0xCC (as
    /// `spaceSeparatedCount` explains: each scalar is then a Character of its own, so a space
    /// byte is a Character equal to " " and no other Character is; each piece ends on scalar
    /// boundaries); otherwise, or when the UTF-8 is not contiguous, by splitting the Characters.
    package static func words(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        let cut: [Substring]?? = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            // First the bytes are checked and the words counted, so that the array is made once.
            var count = 0
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte >= 0xCC { return nil }
                if previous == 0x20, byte != 0x20 { count += 1 }
                previous = byte
            }
            guard count > 0 else { return [] }
            var words: [Substring] = []
            words.reserveCapacity(count)
            var start = -1
            for offset in 0..<bytes.count {
                if bytes[offset] == 0x20 {
                    if start >= 0 { words.append(piece(of: text, start, offset)) }
                    start = -1
                } else if start < 0 {
                    start = offset
                }
            }
            if start >= 0 { words.append(piece(of: text, start, bytes.count)) }
            return words
        }
        if let cut, let words = cut { return words }
        return text.split(separator: " ")
    }

    /// `words` of a whole `String`.
    package static func words(_ text: String) -> [Substring] {
        words(text[...])
    }

    /// The bytes `start..<end` of `text` (scalar boundaries) as a Substring.
    @inline(__always)
    private static func piece(of text: Substring, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return text[lower..<utf8.index(lower, offsetBy: end - start)]
    }
}

extension LineBytes {
    /// `text.contains(where: \.isNumber)` read from the UTF-8 where it can be: true when an ASCII
    /// digit byte starts a Character (it opens the text or follows an ASCII byte: no ASCII
    /// scalar is Prepend, and a digit extends no Character before it; a Character's `isNumber`
    /// asks its first scalar); false when every byte is ASCII and none is a digit (each ASCII
    /// scalar a Character of its own but CR LF, neither a number); nil otherwise ("ask").
    package static func holdsNumber(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var allASCII = true
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    allASCII = false
                } else if ASCII.isDigit(byte), index == 0 || bytes[index - 1] < 0x80 {
                    return true
                }
            }
            return allASCII ? false : nil
        } ?? nil
    }

    /// Whether the UTF-8 of `text` holds an ASCII digit: a date or a time needs one. Pure.
    package static func hasDigit(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { ByteWords.hasDigitRun($0, length: 1) }
            ?? text.utf8.contains { $0 &- 0x30 < 10 }
    }
}

extension LineBytes {
    /// The byte of the text's last Character when its UTF-8 shows that Character to be one ASCII
    /// scalar: an ASCII last byte after an ASCII byte other than CR (or alone). Only CR, and
    /// Prepend scalars, which are not ASCII, join the scalar after them, and an ASCII scalar
    /// extends nothing; such a Character equals only Characters of that one scalar but for `;`,
    /// `` ` `` and `K`, which U+037E, U+1FEF and U+212A are canonically equivalent to. Nil
    /// otherwise (an empty text too): then ask the Characters. Pure.
    package static func lastLoneASCII(_ text: some StringProtocol) -> UInt8? {
        let read: UInt8?? = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt8? in
            guard let byte = bytes.last, byte < 0x80 else { return nil }
            let before = bytes.count > 1 ? bytes[bytes.count - 2] : 0
            return before < 0x80 && before != 0x0D ? byte : nil
        }
        return read ?? nil
    }

    /// `text.contains(Character(Unicode.Scalar(byte)))` for an ASCII `byte` other than CR, LF,
    /// `;`, `` ` `` and `K` (no other scalar is canonically equivalent to it): false when the
    /// UTF-8 lacks the byte; true when it has it and every byte is below 0xCC (each scalar is then
    /// a Character of its own, as `words` explains, so the byte is a Character equal to it);
    /// otherwise asked of the Characters. Pure.
    package static func holdsCharacter(_ text: some StringProtocol, _ byte: UInt8) -> Bool {
        let read: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard ByteSearch.firstIndex(of: byte, in: bytes, from: 0) != nil else { return false }
            return bytes.contains(where: { $0 >= 0xCC }) ? nil : true
        }
        if let read, let answer = read { return answer }
        return text.contains(Character(Unicode.Scalar(byte)))
    }

    /// `text.hasPrefix(prefix)` read from the bytes when `prefix` is ASCII without CR, `;`, `` ` ``
    /// and `K` (no other scalar is canonically equivalent to any of its scalars, so the text's
    /// first Characters equal the prefix's only when they are its bytes): false when the text's
    /// UTF-8 does not open with the prefix's; true when it does and the byte after them, if any,
    /// is below 0xCC (no scalar below U+0300 extends the Character before it, and only CR joins
    /// the scalar after it). Otherwise, or for any other prefix, the standard library's
    /// `hasPrefix` (Characters compared when the text is not ASCII). Pure.
    package static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var prefix = prefix
        let read: Bool? = prefix.withUTF8 { wanted -> Bool? in
            for byte in wanted where byte >= 0x80 || byte == 0x0D || byte == 0x3B || byte == 0x60 || byte == 0x4B {
                return nil
            }
            let known: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard bytes.count >= wanted.count else { return false }
                for index in 0..<wanted.count where bytes[index] != wanted[index] { return false }
                return wanted.count == bytes.count || bytes[wanted.count] < 0xCC ? true : nil
            }
            return known ?? nil
        }
        if let read { return read }
        return text.hasPrefix(prefix)
    }
}
