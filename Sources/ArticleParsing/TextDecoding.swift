import Foundation
import TextToolkit

/// Turns raw file bytes into normalised text.
///
/// Contract: a UTF-16 LE/BE byte-order mark selects UTF-16; otherwise the bytes are read as UTF-8
/// (with or without BOM) and, if that is not valid UTF-8, as Windows-1252 (a superset of the
/// printable Latin-1 range, so Latin-1 files decode too); UTF-8 that an old system garbled by
/// reading it as Windows-1252 is written back as meant (`repairedMojibake`). The result is NFC-normalised (with
/// `TextFolding.nfc`'s bounds for hostile text: no run of more than 30 non-starters, no grapheme
/// cluster of more than 32 scalars), every CRLF and lone CR becomes LF, and any byte-order mark
/// is removed. Returns nil only for UTF-16
/// with a BOM whose code units are invalid (unpaired surrogates); the caller rejects those.
enum TextDecoding {
    /// Which decoder produced the text (useful in tests and diagnostics).
    enum Encoding: Equatable { case utf8, utf16LE, utf16BE, windows1252 }

    static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        let raw: String
        let encoding: Encoding
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else { return nil }
            raw = text
            encoding = littleEndian ? .utf16LE : .utf16BE
        } else if let text = String(validating: bytes, as: UTF8.self) {
            raw = repairedMojibake(text) ?? text
            encoding = .utf8
        } else {
            raw = decodeWindows1252(bytes)
            encoding = .windows1252
        }
        return (normalise(raw), encoding)
    }

    /// NFC, LF line endings, no byte-order marks.
    static func normalise(_ text: String) -> String {
        // Works on the UTF-8 bytes: CR is the byte 0x0D and U+FEFF the bytes EF BB BF, which
        // occur in valid UTF-8 only as those characters, so the byte rewrite equals the scalar one.
        var hasCROrBOM = false
        // Whether a scalar that `TextFolding.isStableUnderNFC` does not hold for came before the
        // first CR or BOM (in the whole text, without one): only scalars whose lead byte is 0xCC
        // or above are decoded and asked (every scalar below U+0300 is stable).
        var hasUnstable = false
        // Whether 32 non-ASCII scalars stand in a row somewhere before the first CR or BOM: only
        // then can a grapheme cluster be longer than `TextFolding.nfc` allows.
        var nonASCIIRun = 0
        var mayHoldLongCluster = false
        var copy: [UInt8] = []
        let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                // Printable ASCII is neither CR nor part of a BOM: skipped a word at a time.
                let printable = UTF8Scalars.endOfPrintableASCII(bytes, from: index)
                if printable != index { nonASCIIRun = 0 }
                index = printable
                guard index < count else { break }
                let byte = bytes[index]
                if byte < 0x80 {
                    nonASCIIRun = 0
                } else if byte >= 0xC0 {
                    nonASCIIRun += 1
                    if nonASCIIRun >= 32 { mayHoldLongCluster = true }
                }
                if byte == 0x0D || byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                    hasCROrBOM = true
                    break
                }
                if byte >= 0xCC, !hasUnstable {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                    hasUnstable = !TextFolding.isStableUnderNFC(scalar.value)
                    index += length
                    continue
                }
                index += 1
            }
            guard hasCROrBOM else { return }
            copy.reserveCapacity(count)
            copy.append(contentsOf: bytes[0..<index])
            while index < count {
                let byte = bytes[index]
                if byte == 0x0D {
                    copy.append(0x0A)
                    index += index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                } else if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                    index += 3
                } else {
                    copy.append(byte)
                    index += 1
                }
            }
        }
        guard contiguous != nil else { return scalarNormalise(text) }
        // Every scalar stable under NFC: what `TextFolding.nfc` gives is the text as it is, but
        // for its bound on grapheme clusters (a million skin-tone modifiers after one letter).
        guard hasCROrBOM else {
            return hasUnstable ? TextFolding.nfc(text) : mayHoldLongCluster ? TextFolding.boundedClusters(text) : text
        }
        let result = String(decoding: copy, as: UTF8.self)
        return UTF8Scalars.allBytes(of: result, below: 0xCC) ? result : TextFolding.nfc(result)
    }

    /// The same rewrite scalar by scalar (texts whose UTF-8 is not contiguous).
    private static func scalarNormalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                scalars.append("\n")
                previousWasCR = true
                continue
            case "\n" where previousWasCR:
                break
            case "\u{FEFF}":
                break
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        return TextFolding.nfc(String(scalars))
    }

    /// Windows-1252: bytes 0x80–0x9F map to typographic characters, the rest to Latin-1.
    /// The five undefined bytes map to the C1 control of the same value.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        // UTF-8 written directly: ASCII as is, every other byte through its scalar.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                utf8.append(contentsOf: (Unicode.Scalar(value) ?? Unicode.Scalar(byte)).utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
