/// Byte-string matching for the parser's readers: one needle at one place, the first place of
/// one needle, and (`NeedleSet`) whether any of a fixed list of needles occurs.
///
/// Contract: "ignoring case" always means `ASCII.lowercased` of the haystack's byte equals the
/// needle's byte, and such needles are written in lowercase ASCII; without it bytes compare
/// exactly. An empty needle never matches. Pure; never fails.
public enum ByteSearch {
    /// Whether `needle` (lowercase ASCII) stands at `index` of `bytes`, in any letter case; false
    /// when it would run past either end.
    @inlinable
    public static func matchesIgnoringCase<Haystack: RandomAccessCollection<UInt8>>(
        _ needle: some RandomAccessCollection<UInt8>, in bytes: Haystack, at index: Int
    ) -> Bool where Haystack.Index == Int {
        guard !needle.isEmpty, index >= bytes.startIndex, index + needle.count <= bytes.endIndex else { return false }
        var position = index
        for wanted in needle {
            if ASCII.lowercased(bytes[position]) != wanted { return false }
            position += 1
        }
        return true
    }

    /// The first index of `needle` (lowercase ASCII, not empty) in `bytes`, in any letter case.
    @inlinable
    public static func firstIndexIgnoringCase<Haystack: RandomAccessCollection<UInt8>>(
        of needle: [UInt8], in bytes: Haystack
    ) -> Int? where Haystack.Index == Int {
        guard let first = needle.first else { return nil }
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if ASCII.lowercased(bytes[index]) == first, matchesIgnoringCase(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}

/// A fixed list of non-empty needles indexed by first byte, for lists searched many times: at
/// each position of the haystack only the needles that start with its byte are compared, and
/// only when some needle starts with its first two bytes (a bit set of byte pairs). Same
/// rule as `ByteSearch` (exact bytes, or `ASCII.lowercased` of the haystack's byte against
/// lowercase needles with `ignoringCase`); empty needles are dropped (they never match).
/// Immutable.
package struct NeedleSet: Sendable {
    private let ignoringCase: Bool
    /// All needles' bytes, grouped by bucket (first byte & 63).
    private let bytes: [UInt8]
    /// Needle `k` is `bytes[ends[k - 1]..<ends[k]]` (from 0 for the first).
    private let ends: [Int32]
    /// The needles of bucket `b` are `buckets[b]..<buckets[b + 1]`.
    private let buckets: [Int32]
    /// Per needle (as `ends`): its second byte, or 0x100 for a needle of one byte (any second):
    /// a bucket's needles are compared only where the haystack's next byte is theirs (one load
    /// each, where a bucket of ten needles starting with a space cost ten comparisons of the
    /// first byte, then the second, at every word's start).
    private let seconds: [UInt16]
    /// Bit `first << 8 | second` is set when a needle starts with those two bytes, or is the
    /// one byte `first` (then with any second): no needle starts where the pair's bit is clear.
    private let pairs: [UInt64]
    /// The byte every needle starts with, when they all start with one and match exactly: the
    /// search then jumps from one of those bytes to the next (memchr) instead of visiting each.
    private let soleFirst: UInt8?

    /// - Parameter ignoringCase: the needles are lowercase ASCII and match in any letter case.
    package init(_ needles: [[UInt8]], ignoringCase: Bool) {
        self.ignoringCase = ignoringCase
        let firsts = Set(needles.compactMap(\.first))
        soleFirst = !ignoringCase && firsts.count == 1 ? firsts.first : nil
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        var seconds: [UInt16] = []
        var buckets: [Int32] = [0]
        for bucket in 0..<64 {
            for needle in needles where needle.first.map({ Int($0 & 63) == bucket }) ?? false {
                bytes += needle
                ends.append(Int32(bytes.count))
                seconds.append(needle.count > 1 ? UInt16(needle[1]) : 0x100)
            }
            buckets.append(Int32(ends.count))
        }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles where !needle.isEmpty {
            let seconds = needle.count == 1 ? 0...255 : Int(needle[1])...Int(needle[1])
            for second in seconds {
                let pair = Int(needle[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        (self.bytes, self.ends, self.buckets, self.pairs, self.seconds) = (bytes, ends, buckets, pairs, seconds)
    }

    /// `NeedleSet(needles.map { Array($0.utf8) }, ignoringCase:)`.
    package init(_ needles: [String], ignoringCase: Bool) {
        self.init(needles.map { Array($0.utf8) }, ignoringCase: ignoringCase)
    }

    /// The words XPath's `contains(translate(@x, "D", "d"), 'date')` finds: case-sensitive,
    /// except that each word may name one upper-case letter that also matches where the word
    /// has its lower case (htmldate's expressions). Each such word becomes every spelling with
    /// that letter in either case, matched exactly.
    package init(translatedWords list: [(word: String, upper: Character?)]) {
        var spellings: [[UInt8]] = []
        for (word, upper) in list {
            var variants = [Array(word.utf8)]
            if let upper = upper?.asciiValue {
                let lower = ASCII.lowercased(upper)
                for index in variants[0].indices where variants[0][index] == lower {
                    variants += variants.map { variant in
                        var variant = variant
                        variant[index] = upper
                        return variant
                    }
                }
            }
            spellings += variants
        }
        self.init(spellings, ignoringCase: false)
    }

    /// Whether any needle occurs in `haystack`.
    package func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        if let soleFirst { return occurs(in: haystack, startingWith: soleFirst) }
        return ignoringCase ? occurs(in: haystack, ASCII.lowercased) : occurs(in: haystack) { $0 }
    }

    /// `occurs(in:)` when every needle starts with `first` (exact bytes): only the places of
    /// that byte are compared, and only where a needle starts with the byte after it too (a
    /// common first byte, a space, is followed by a needle's second byte far less often).
    private func occurs(in haystack: UnsafeBufferPointer<UInt8>, startingWith first: UInt8) -> Bool {
        let bucket = Int(first & 63)
        var from = 0
        while let start = ByteSearch.firstIndex(of: first, in: haystack, from: from) {
            from = start + 1
            if from < haystack.count {
                let pair = Int(first) << 8 | Int(haystack[from])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
            }
            for needle in Int(buckets[bucket])..<Int(buckets[bucket + 1]) {
                let needleStart = needle == 0 ? 0 : Int(ends[needle - 1])
                let count = Int(ends[needle]) - needleStart
                guard count <= haystack.count - start else { continue }
                if bytes[needleStart..<(needleStart + count)].elementsEqual(haystack[start..<(start + count)]) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether any needle occurs in `haystack`.
    package func occurs(in haystack: ArraySlice<UInt8>) -> Bool {
        haystack.withUnsafeBufferPointer { occurs(in: $0) }
    }

    @inline(__always)
    private func occurs(in haystack: UnsafeBufferPointer<UInt8>, _ fold: (UInt8) -> UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            pairs.withUnsafeBufferPointer { pairs in
                seconds.withUnsafeBufferPointer { seconds in
                    search(haystack, fold, bytes, pairs, seconds)
                }
            }
        }
    }

    @inline(__always)
    private func search(
        _ haystack: UnsafeBufferPointer<UInt8>, _ fold: (UInt8) -> UInt8, _ bytes: UnsafeBufferPointer<UInt8>,
        _ pairs: UnsafeBufferPointer<UInt64>, _ seconds: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard !haystack.isEmpty else { return false }
        var next = fold(haystack[0])  // each byte is folded once, as the second of its pair
        for start in 0..<haystack.count {
            let folded = next
            if start + 1 < haystack.count {
                next = fold(haystack[start + 1])
                let pair = Int(folded) << 8 | Int(next)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
            }
            let first = Int(folded & 63)
            for needle in Int(buckets[first])..<Int(buckets[first + 1]) {
                // (At the last byte `next` is that byte again: a needle of two bytes or more is
                // then turned down by its count below, whatever its second byte.)
                let second = seconds[needle]
                if second != UInt16(next) && second != 0x100 { continue }
                let from = needle == 0 ? 0 : Int(ends[needle - 1])
                let count = Int(ends[needle]) - from
                guard count <= haystack.count - start else { continue }
                var offset = 0
                while offset < count, fold(haystack[start + offset]) == bytes[from + offset] { offset += 1 }
                if offset == count { return true }
            }
        }
        return false
    }
}
