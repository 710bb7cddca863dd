/// The bytes and byte sequences `LayoutReader.read` asks of a whole text before it consults a
/// rule that needs them (`GridTables` a `+-`, `WikiPages` a `{{`, …), all found in one pass
/// over the text's UTF-8 instead of one search each (issue 10, text parsing speed).
///
/// Contract: `TextSigns(of: text)` holds a sign exactly when `LineBytes.contains(text, byte)`,
/// or `LineBytes.contains(text, bytes: needle)`, is true for the sign's byte or needle (noted
/// beside each); the bytes are compared exactly, as those do. Pure; linear in the text's size.
struct TextSigns: OptionSet {
    let rawValue: UInt32

    /// CR, 0x0D.
    static let carriageReturn = TextSigns(rawValue: 1 << 0)
    /// Form feed, 0x0C.
    static let formFeed = TextSigns(rawValue: 1 << 1)
    /// `@`.
    static let at = TextSigns(rawValue: 1 << 2)
    /// `[`.
    static let bracket = TextSigns(rawValue: 1 << 3)
    /// `:`.
    static let colon = TextSigns(rawValue: 1 << 4)
    /// `{`.
    static let brace = TextSigns(rawValue: 1 << 5)
    /// `)`.
    static let closingParenthesis = TextSigns(rawValue: 1 << 6)
    /// Two spaces, `  `.
    static let doubleSpace = TextSigns(rawValue: 1 << 7)
    /// `+-`.
    static let gridCorner = TextSigns(rawValue: 1 << 8)
    /// `[1]`.
    static let firstLink = TextSigns(rawValue: 1 << 9)
    /// `  : `.
    static let paddedColon = TextSigns(rawValue: 1 << 10)
    /// `u/`.
    static let userHandle = TextSigns(rawValue: 1 << 11)
    /// `:PROPERTIES:`.
    static let propertiesDrawer = TextSigns(rawValue: 1 << 12)
    /// `{{`.
    static let doubleBrace = TextSigns(rawValue: 1 << 13)
    /// `cite`.
    static let cite = TextSigns(rawValue: 1 << 14)
    /// `\n-- `, a signature's delimiter line under a line break.
    static let signatureDelimiter = TextSigns(rawValue: 1 << 15)
    /// `-[ RECORD `: a record's header in psql's expanded display.
    static let psqlRecord = TextSigns(rawValue: 1 << 16)

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The signs of `text` (see the type's contract).
    init(of text: String) {
        self = text.utf8.withContiguousStorageIfAvailable(Self.scan) ?? Self.searched(text)
    }

    /// The anchors, the bytes each sign is found from (see `mark`): a sign's byte, a needle's
    /// first byte, `/` for `u/`.
    private static let anchors: [Bool] = (0...255).map { byte in
        [0x0D, 0x0C, 0x40, 0x29, 0x5B, 0x3A, 0x7B, 0x2B, 0x2F, 0x20, 0x63, 0x0A].contains(byte)
    }

    /// One pass: each anchor byte is marked (a table look-up per byte tells it). The bytes
    /// around an anchor are read from the text itself, so every needle is found where it starts.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> TextSigns {
        var found: UInt32 = 0
        anchors.withUnsafeBufferPointer { anchors in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard anchors[Int(byte)] else { continue }
                // The common anchors, a space, a `c` and a LF, are marked only before a space, an
                // `i` and a `-`.
                if byte == 0x20 || byte == 0x63 || byte == 0x0A {
                    let wanted: UInt8 = byte == 0x20 ? 0x20 : byte == 0x63 ? 0x69 : 0x2D
                    guard index &+ 1 < bytes.count, bytes[index &+ 1] == wanted else { continue }
                }
                found |= mark(bytes, at: index)
            }
        }
        return TextSigns(rawValue: found)
    }

    /// The signs found from the byte at `index`: none unless it is an anchor.
    @inline(__always)
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        /// Whether the byte `offset` places after the anchor is `byte`.
        func next(_ offset: Int, is byte: UInt8) -> Bool {
            index &+ offset < bytes.count && bytes[index &+ offset] == byte
        }
        func holds(_ needle: StaticString, after offset: Int) -> Bool {
            needle.withUTF8Buffer { wanted in
                offset &+ wanted.count < bytes.count && wanted.indices.allSatisfy { bytes[offset &+ 1 &+ $0] == wanted[$0] }
            }
        }
        switch bytes[index] {
        case 0x0D: return carriageReturn.rawValue
        case 0x0C: return formFeed.rawValue
        case 0x40: return at.rawValue
        case 0x29: return closingParenthesis.rawValue
        case 0x5B:
            return bracket.rawValue | (next(1, is: 0x31) && next(2, is: 0x5D) ? firstLink.rawValue : 0)
                | (index > 0 && bytes[index &- 1] == 0x2D && holds(" RECORD ", after: index) ? psqlRecord.rawValue : 0)
        case 0x3A: return colon.rawValue | (holds("PROPERTIES:", after: index) ? propertiesDrawer.rawValue : 0)
        case 0x7B: return brace.rawValue | (next(1, is: 0x7B) ? doubleBrace.rawValue : 0)
        case 0x2B: return next(1, is: 0x2D) ? gridCorner.rawValue : 0
        case 0x2F: return index > 0 && bytes[index &- 1] == 0x75 ? userHandle.rawValue : 0
        case 0x20:
            guard next(1, is: 0x20) else { return 0 }
            return doubleSpace.rawValue | (next(2, is: 0x3A) && next(3, is: 0x20) ? paddedColon.rawValue : 0)
        case 0x63: return next(1, is: 0x69) && next(2, is: 0x74) && next(3, is: 0x65) ? cite.rawValue : 0
        case 0x0A: return next(1, is: 0x2D) && next(2, is: 0x2D) && next(3, is: 0x20) ? signatureDelimiter.rawValue : 0
        default: return 0
        }
    }

    /// The signs searched one by one, for a text whose UTF-8 is not contiguous.
    private static func searched(_ text: String) -> TextSigns {
        let bytes: [(TextSigns, UInt8)] = [
            (.carriageReturn, 0x0D), (.formFeed, 0x0C), (.at, 0x40), (.bracket, 0x5B), (.colon, 0x3A), (.brace, 0x7B),
            (.closingParenthesis, 0x29),
        ]
        let needles: [(TextSigns, String)] = [
            (.doubleSpace, "  "), (.gridCorner, "+-"), (.firstLink, "[1]"), (.paddedColon, "  : "), (.userHandle, "u/"),
            (.propertiesDrawer, ":PROPERTIES:"), (.doubleBrace, "{{"), (.cite, "cite"), (.signatureDelimiter, "\n-- "),
            (.psqlRecord, "-[ RECORD "),
        ]
        var signs: TextSigns = []
        for (sign, byte) in bytes where LineBytes.contains(text, byte) { signs.insert(sign) }
        for (sign, needle) in needles where LineBytes.contains(text, bytes: needle) { signs.insert(sign) }
        return signs
    }
}
