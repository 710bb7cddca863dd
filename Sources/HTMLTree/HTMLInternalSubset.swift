import TextToolkit

/// Hides a DOCTYPE's internal subset from libxml2's HTML parser.
///
/// libxml2 ends `<!DOCTYPE html [ <!ENTITY x "…"> <!ELEMENT …> ]>` at the first `>`, so the rest
/// of the subset (`<!ELEMENT p ANY> ]>`) became text of the page, and of its body (issue 11).
/// HTML has no internal subset and browsers show none of it: its bytes, from `[` to the matching
/// `]`, are replaced with spaces (offsets and line numbers are kept).
///
/// Contract: only a `<!DOCTYPE` within the first 4 KiB (any letter case) is looked at; the subset
/// ends at the first `]` outside quotes and comments followed by optional whitespace and `>`.
/// Without a DOCTYPE, an internal subset or its end, the bytes are returned unchanged. Linear in
/// the subset's length; pure.
package enum HTMLInternalSubset {
    private static let doctype = Array("<!doctype".utf8)

    package static func blanked(_ bytes: [UInt8]) -> [UInt8] {
        guard let start = ByteSearch.firstIndexIgnoringCase(of: doctype, in: bytes.prefix(4096)),
            let (open, close) = subset(in: bytes, from: start + doctype.count)
        else { return bytes }
        var result = bytes
        for index in open...close where result[index] != 0x0A { result[index] = 0x20 }
        return result
    }

    /// The `[` and its `]` after the DOCTYPE keyword, or nil when the DOCTYPE has no subset.
    private static func subset(in bytes: [UInt8], from index: Int) -> (Int, Int)? {
        var i = index
        var quote: UInt8?
        // The DOCTYPE's name and identifiers: up to `[` (a subset) or `>` (none).
        while i < bytes.count {
            let byte = bytes[i]
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if byte == UInt8(ascii: "[") {
                break
            }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let open = i
        i += 1
        quote = nil
        var inComment = false
        while i < bytes.count {
            let byte = bytes[i]
            if inComment {
                if byte == UInt8(ascii: "-"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "-"),
                    bytes[i + 2] == UInt8(ascii: ">")
                {
                    inComment = false
                    i += 2
                }
            } else if let q = quote {
                if byte == q { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: "<"), ByteSearch.matchesIgnoringCase(Array("<!--".utf8), in: bytes[...], at: i) {
                inComment = true
                i += 3
            } else if byte == UInt8(ascii: "]") {
                var next = i + 1
                while next < bytes.count, bytes[next] == 0x20 || (0x09...0x0D).contains(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: ">") { return (open, i) }
            }
            i += 1
        }
        return nil
    }
}
