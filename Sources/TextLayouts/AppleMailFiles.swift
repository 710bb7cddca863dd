/// A message as Apple Mail stores it (`.emlx`): a first line holding the message's length in bytes
/// alone, the message (headers, a blank line, the body), then Apple's property list about it
/// (`<?xml …?>`, `<plist>` with `date-received`, `flags`): neither the count nor the list is the
/// message's.
///
/// Contract: `message` returns the text between the first line and the property list (or the end)
/// when the first line is one to nine digits (spaces around them allowed) and the next one opens
/// with a header's name and a colon (`Return-Path:`); nil for any other text. The list is cut at
/// the last `<?xml` that a `<plist` follows. Pure; linear.
enum AppleMailFiles {
    static func message(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, first &- 0x30 < 10 || first == 0x20, let newline = utf8.prefix(24).firstIndex(of: 0x0A) else {
            return nil
        }
        let count = utf8[..<newline].filter { $0 != 0x20 && $0 != 0x0D }
        guard (1...9).contains(count.count), count.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        let start = utf8.index(after: newline)
        // A header's name: letters and dashes, then a colon, within its first 40 bytes.
        let name = utf8[start...].prefix(40).prefix { ($0 | 0x20) &- 0x61 < 26 || $0 == 0x2D }
        guard !name.isEmpty, utf8[start...].dropFirst(name.count).first == 0x3A else { return nil }
        var end = utf8.endIndex
        if let list = lastRange(of: Array("<plist".utf8), in: utf8[start...]),
            let declaration = lastRange(of: Array("<?xml".utf8), in: utf8[start..<list])
        {
            end = declaration
        }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// Where the last occurrence of `needle` starts in `bytes` (searched from the end), or nil.
    private static func lastRange(of needle: [UInt8], in bytes: Substring.UTF8View) -> String.Index? {
        var index = bytes.endIndex
        while index > bytes.startIndex {
            index = bytes.index(before: index)
            guard bytes[index] == needle[0] else { continue }
            if bytes[index...].starts(with: needle) { return index }
        }
        return nil
    }
}
