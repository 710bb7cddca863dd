/// Substring search over bytes for the HTML readers' name lists: does any of a few short,
/// non-empty needles occur in an attribute value or a class token?
///
/// Contract: with `ignoringCase`, two bytes are equal when they are equal after `| 0x20` (ASCII
/// case folding, applied to both sides, as the callers always did); without it, bytes compare
/// exactly. The mask must come from `firstBytes` of the same needles and the same
/// `ignoringCase`; it only lets the scan skip positions no needle can start at, so it never
/// changes the answer. An empty needle never matches (callers that accept one say so first).
/// Pure; never fails.
enum ByteSearch {
    /// One bit per needle's first byte (bit `byte & 63`, after `| 0x20` when ignoring case).
    static func firstBytes(_ needles: [[UInt8]], ignoringCase: Bool) -> UInt64 {
        let fold: UInt8 = ignoringCase ? 0x20 : 0
        return needles.reduce(0) { mask, needle in
            needle.first.map { mask | 1 << UInt64(($0 | fold) & 63) } ?? mask
        }
    }

    /// Whether `needle` (lowercase ASCII) stands at `index` of `bytes`, in any letter case; false
    /// when it would run past the end.
    static func matchesIgnoringCase(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index >= bytes.startIndex, index + needle.count <= bytes.endIndex else { return false }
        for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] { return false }
        return true
    }

    /// The first index of `needle` (lowercase ASCII, not empty) in `bytes`, in any letter case.
    static func firstIndexIgnoringCase(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first else { return nil }
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index] | 0x20 == first, matchesIgnoringCase(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func containsAny(
        _ needles: [[UInt8]], in haystack: UnsafeBufferPointer<UInt8>, firstBytes mask: UInt64, ignoringCase: Bool
    ) -> Bool {
        let fold: UInt8 = ignoringCase ? 0x20 : 0
        for start in 0..<haystack.count {
            let first = haystack[start] | fold
            guard mask & 1 << UInt64(first & 63) != 0 else { continue }
            let room = haystack.count - start
            for needle in needles where !needle.isEmpty && needle.count <= room && needle[0] | fold == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] | fold == needle[offset] | fold { offset += 1 }
                if offset == needle.count { return true }
            }
        }
        return false
    }
}

/// A fixed list of non-empty needles indexed by first byte, for lists searched many times
/// (`HTMLBoilerplate`'s names): at each position of the haystack only the needles that start
/// with its byte are compared. Same matching rule as `ByteSearch` (exact bytes, or `| 0x20`
/// on both sides with `ignoringCase`); empty needles are dropped (they never match). Immutable.
struct NeedleSet: Sendable {
    private let ignoringCase: Bool
    /// All needles' bytes, grouped by bucket (first byte & 63).
    private let bytes: [UInt8]
    /// Needle `k` is `bytes[ends[k - 1]..<ends[k]]` (from 0 for the first).
    private let ends: [Int32]
    /// The needles of bucket `b` are `buckets[b]..<buckets[b + 1]`.
    private let buckets: [Int32]

    init(_ needles: [[UInt8]], ignoringCase: Bool) {
        self.ignoringCase = ignoringCase
        let fold: UInt8 = ignoringCase ? 0x20 : 0
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        var buckets: [Int32] = [0]
        for bucket in 0..<64 {
            for needle in needles where needle.first.map({ Int(($0 | fold) & 63) == bucket }) ?? false {
                bytes += needle
                ends.append(Int32(bytes.count))
            }
            buckets.append(Int32(ends.count))
        }
        (self.bytes, self.ends, self.buckets) = (bytes, ends, buckets)
    }

    func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let fold: UInt8 = ignoringCase ? 0x20 : 0
        return bytes.withUnsafeBufferPointer { bytes in
            for start in 0..<haystack.count {
                let first = Int((haystack[start] | fold) & 63)
                for needle in Int(buckets[first])..<Int(buckets[first + 1]) {
                    let from = needle == 0 ? 0 : Int(ends[needle - 1])
                    let count = Int(ends[needle]) - from
                    guard count <= haystack.count - start else { continue }
                    var offset = 0
                    while offset < count, haystack[start + offset] | fold == bytes[from + offset] | fold { offset += 1 }
                    if offset == count { return true }
                }
            }
            return false
        }
    }
}
