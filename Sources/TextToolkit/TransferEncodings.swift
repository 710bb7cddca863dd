/// The two content transfer encodings of MIME (RFC 2045) that carry text: quoted-printable and
/// base64. Used by the mail readers (a raw `.eml` saved as text) and the web-archive reader
/// (a page saved as MHTML). Pure; never fail: what is not valid in the encoding is kept or
/// skipped as each decoder's contract says.

/// RFC 2045 quoted-printable: `=XX` is a byte, `=` ending a line (LF or CR LF) joins it to the
/// next; a `=` followed by anything else is kept as it is.
public enum QuotedPrintable {
    public static func decoded(_ text: String) -> [UInt8] {
        decoded(bytes: Array(text.utf8))
    }

    public static func decoded(bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x3D else {
                out.append(byte)
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
            } else if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                index += 3
            } else if index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else if index + 1 == bytes.count {
                index += 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// The value of one hexadecimal digit (either case), nil for any other byte.
    public static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }
}

/// RFC 4648 base64, whitespace and anything outside the alphabet skipped.
public enum Base64 {
    public static func decoded(_ text: String) -> [UInt8] {
        decoded(bytes: text.utf8)
    }

    public static func decoded(bytes: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case 0x2B: value = 62
            case 0x2F: value = 63
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}
