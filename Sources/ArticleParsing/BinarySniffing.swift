import TextToolkit

/// Recognises files that are not text, so they are rejected with a reason a person understands.
///
/// Contract: `verdict(for:)` looks only at raw bytes and returns the name of what the bytes look
/// like (a known file signature, "contains NUL bytes", ...) or nil when they may be text.
/// `controlCharacterVerdict(for:)` runs after decoding and flags text that is mostly control
/// characters. Neither throws; the caller turns a verdict into an `ArticleParseError`.
enum BinarySniffing {
    /// Well-known signatures, checked at offset 0.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("RIFF".utf8), "RIFF media file"),
        // Before the UTF-16 check: FF FE opens UTF-16 LE too, and UTF-32 read as UTF-16 was
        // rejected as "mostly control characters" (stop 28).
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 text"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 text"),
    ]

    /// A description of the binary content, or nil if the bytes may be text.
    /// Files starting with a UTF-16 byte-order mark are left to the decoder (they contain NULs).
    static func verdict(for bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return signature.name
        }
        if TextDecoding.hasUTF16ByteOrderMark(bytes) { return nil }
        guard containsNUL(bytes) else { return nil }
        if looksLikeUTF16WithoutBOM(bytes) {
            return "UTF-16 text without a byte-order mark"
        }
        return "contains NUL bytes"
    }

    /// A description when more than 5% of the decoded characters are control characters
    /// (other than tab, line feed, carriage return, form feed and vertical tab), else nil.
    static func controlCharacterVerdict(for text: String) -> String? {
        controls(in: text).verdict
    }

    /// `controlCharacterVerdict(for:)`, and whether the text holds no control scalar but LF
    /// (no C0 control other than U+000A, no DEL, no C1 control): then no piece of a line of it
    /// holds one (`ArticleFields.clean(_:controlFree:)`).
    static func controls(in text: String) -> (verdict: String?, onlyLineFeeds: Bool) {
        // Counted on the UTF-8: a scalar starts at every byte that is not 10xxxxxx; C0 controls
        // and DEL are single bytes, C1 controls are C2 80…C2 9F.
        var text = text
        let (total, controls, others) = text.withUTF8 { bytes in
            var total = 0
            var controls = 0
            // Control scalars other than LF, the whitespace ones (TAB, VT, FF, CR) included.
            var others = 0
            var index = 0
            while index < bytes.count {
                // A run of printable ASCII: one scalar per byte, no control.
                let run = UTF8Scalars.endOfPrintableASCII(bytes, from: index)
                total += run - index
                index = run
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 { total += 1 }
                if byte < 0x20 ? !(0x09...0x0D).contains(byte) : byte == 0x7F
                    || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]))
                {
                    controls += 1
                    others += 1
                } else if byte < 0x20 && byte != 0x0A {
                    others += 1
                }
                index += 1
            }
            return (total, controls, others)
        }
        guard total > 0, controls * 20 > total else { return (nil, others == 0) }
        return ("mostly control characters", others == 0)
    }

    /// `bytes.contains(0)`, by libc's vectorised `memchr`.
    private static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0, in: $0, from: 0) != nil }
    }

    /// True when NULs sit at almost every even or every odd offset, as in ASCII-range UTF-16.
    private static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(1024)
        guard sample.count >= 8 else { return false }
        var evenNULs = 0
        var oddNULs = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        let half = sample.count / 2
        return max(evenNULs, oddNULs) * 10 >= half * 8 && min(evenNULs, oddNULs) * 10 <= half
    }
}
