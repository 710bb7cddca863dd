/// Pages whose start tags hold so many attributes that libxml2 cannot read them in bounded time.
///
/// libxml2 2.9.14's `htmlParseStartTag` checks each attribute name against every earlier one of
/// the tag (`xmlStrEqual`, a byte loop): a tag of n distinct names costs about n × (the bytes of
/// its names), and cannot be stopped. A 10 MiB page of one `<p a0=1 a1=1 …>` tag (a million
/// names) ran for more than 20 s (found by the stop-28 hostile inputs); 40,000 names took 2.3 s.
///
/// Contract: `first(in:)` scans the bytes once (linear; allocates only in a tag of more than
/// `plainNames` names) with the start-tag grammar `HTMLStartTag` describes, at every `<`
/// followed by an ASCII letter, also inside comments and scripts, so it counts at least the
/// names libxml2 compares: libxml2 keeps the first of a repeated name, so past a tag's first
/// `plainNames` names one already seen there is not counted again among the names (known by its
/// hash: a collision could leave a name out, at odds too small to matter), but its bytes are
/// (libxml2 compares it with every name kept before dropping it: 20,000 names then one of them
/// repeated over 1 MiB took 7.2 s); an unquoted value or a
/// stray byte ends at a blank or `>`. Per tag it adds `names × name bytes`; when the page's sum
/// passes `budget` (about a second of libxml2's comparisons), it answers the offset of the tag
/// that passed it and the tag's name count; otherwise nil. A tag whose quoted value never
/// closes ends the scan (libxml2 reads no further attribute of it either). Real pages use a
/// tiny part of the budget (a tag of a thousand attributes: under 1 % of it). Pure.
package enum HTMLCrowdedTags {
    package static let budget = 4_000_000_000

    package static func first(in bytes: [UInt8]) -> (offset: Int, names: Int)? {
        bytes.withUnsafeBufferPointer { first(in: $0) }
    }

    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, names: Int)? {
        let count = bytes.count
        var spent = 0
        var index = 0
        while index + 1 < count {
            guard bytes[index] == 0x3C, HTMLStartTag.isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count, HTMLStartTag.isNameByte(bytes[index]) { index += 1 }
            var names = 0
            var nameBytes = 0
            // Past the first `plainNames` names, a name already seen in the tag is not counted among the names.
            var seen = Set<Int>()
            tag: while index < count {
                let byte = bytes[index]
                if isBlank(byte) || byte == 0x2F {
                    index += 1
                } else if byte == 0x3E {
                    break tag
                } else if HTMLStartTag.isNameByte(byte) {
                    let nameStart = index
                    while index < count, HTMLStartTag.isNameByte(bytes[index]) { index += 1 }
                    if names < plainNames || seen.insert(hash(bytes, nameStart..<index)).inserted { names += 1 }
                    nameBytes += index - nameStart
                    while index < count, isBlank(bytes[index]) { index += 1 }
                    guard index < count, bytes[index] == 0x3D else { continue }
                    index += 1
                    while index < count, isBlank(bytes[index]) { index += 1 }
                    guard index < count else { break tag }
                    let quote = bytes[index]
                    if quote == 0x22 || quote == 0x27 {
                        index += 1
                        while index < count, bytes[index] != quote { index += 1 }
                        guard index < count else {
                            index = count
                            break tag
                        }
                        index += 1
                    } else {
                        while index < count, !isBlank(bytes[index]), bytes[index] != 0x3E { index += 1 }
                    }
                } else {
                    while index < count, !isBlank(bytes[index]), bytes[index] != 0x3E { index += 1 }
                }
            }
            spent += names * nameBytes
            if spent > budget { return (start, names) }
        }
        return nil
    }

    /// Names counted without the duplicate check (a real tag holds a few).
    static let plainNames = 256

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[range])))
        return hasher.finalize()
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
