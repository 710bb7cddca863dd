import ArticleIndex
import Glibc

/// The `body` of a record file `articles/<id>.json`, as the raw JSON bytes of its array, checked
/// to be what PostgreSQL's `jsonb` accepts: an array of strings, valid UTF-8, no raw control
/// character, only JSON's escapes, no `\u0000` (which `jsonb` refuses).
///
/// Contract: `read(path:)` returns nil when the file is missing, unreadable, not a JSON object
/// with such a `body`: the caller copies the article without its body and says so (a record
/// that the database would refuse must never fail a batch, which would be retried forever).
/// Nothing is decoded: the bytes are sent as they are.
enum RecordBody {
    /// The file's bytes and the range of its `body` array in them, or nil.
    static func read(path: String) -> (bytes: [UInt8], body: Range<Int>)? {
        guard let bytes = readFile(path) else { return nil }
        guard let body = find(in: bytes) else { return nil }
        return (bytes, body)
    }

    /// The range of `body` in `bytes` when it passes the checks above.
    static func find(in bytes: [UInt8]) -> Range<Int>? {
        bytes.withUnsafeBytes { raw -> Range<Int>? in
            var json = RawJSON(raw)
            var found: Range<Int>?
            do {
                try json.objectPrefix { (json, key) throws(RawJSON.RawJSONError) -> Bool in
                    guard found == nil, Self.isBody(raw, key) else {
                        try json.skipValue()
                        return true
                    }
                    _ = json.peek()
                    let start = json.position
                    var clean = true
                    try json.array { (json) throws(RawJSON.RawJSONError) in
                        let text = try json.stringRange()
                        if clean { clean = Self.isStorable(raw, text) }
                    }
                    if clean { found = start..<json.position }
                    return false
                }
            } catch {
                return nil
            }
            return found
        }
    }

    private static func isBody(_ bytes: UnsafeRawBufferPointer, _ key: Range<Int>) -> Bool {
        key.count == 4 && bytes[key.lowerBound] == UInt8(ascii: "b") && bytes[key.lowerBound + 1] == UInt8(ascii: "o")
            && bytes[key.lowerBound + 2] == UInt8(ascii: "d") && bytes[key.lowerBound + 3] == UInt8(ascii: "y")
    }

    /// Whether a string's raw contents (between its quotes) are valid UTF-8 with JSON's escapes
    /// only, no raw control character and no `\u0000`. Eight bytes at a time where a word has
    /// no control byte and no backslash (most of a body), byte by byte around those that have.
    static func isStorable(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = range.lowerBound
        var seen: UInt64 = 0  // every byte looked at, or-ed: its high bits say "not ASCII"
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
                // Exact tests for "some byte is below 0x20" and "some byte is zero" (a backslash).
                let special = (((word &- ones &* 0x20) & ~word) | ((backslashes &- ones) & ~backslashes)) & highs
                if special == 0 {
                    seen |= word
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x20 { return false }
            seen |= UInt64(byte)
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < range.upperBound else { return false }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                    continue
                case UInt8(ascii: "u"):
                    guard index + 6 <= range.upperBound else { return false }
                    var value = 0
                    for digit in bytes[(index + 2)..<(index + 6)] {
                        guard let nibble = hexValue(digit) else { return false }
                        value = value << 4 | nibble
                    }
                    if value == 0 { return false }
                    index += 6
                    continue
                default:
                    return false
                }
            }
            index += 1
        }
        if seen & highs == 0 { return true }
        return String(validating: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self) != nil
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// The whole file, or nil (missing, unreadable, over 64 MiB).
    private static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 0, info.st_size <= 64 << 20 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            filled += got
        }
        return bytes
    }
}
