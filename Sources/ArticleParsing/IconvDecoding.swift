import Glibc

/// Converts bytes in a legacy charset to UTF-8 with glibc's iconv: the only file that calls it.
///
/// Contract: `utf8(_:from:)` returns the bytes as UTF-8, or nil when iconv does not know the
/// charset name (the caller then falls back to its own guess). A byte sequence that is invalid
/// in that charset becomes U+FFFD and conversion goes on after it (one byte skipped), as a
/// browser's decoder does; an incomplete sequence at the end becomes U+FFFD too. Every call opens
/// and closes its own conversion descriptor: no shared state, safe from any thread. Never fails
/// otherwise.
enum IconvDecoding {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func utf8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        guard !bytes.isEmpty else { return [] }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 64)
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                if output.count - written < 64 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                var outLeft = output.count - written
                let status = output.withUnsafeMutableBufferPointer { target -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                written = output.count - outLeft
                guard status == -1 else { continue }
                switch errno {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                case EILSEQ, EINVAL:
                    // Invalid (or, at the end, incomplete) sequence: one U+FFFD, skip one byte.
                    if output.count - written < 3 { output.append(contentsOf: repeatElement(0, count: 64)) }
                    output.replaceSubrange(written..<(written + 3), with: replacement)
                    written += 3
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    // Reset the shift state of stateful encodings (ISO-2022-JP) after the error.
                    iconv(descriptor, nil, nil, nil, nil)
                default:
                    inLeft = 0
                }
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
