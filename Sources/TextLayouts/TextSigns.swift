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

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The signs of `text` (see the type's contract).
    init(of text: String) {
        self = text.utf8.withContiguousStorageIfAvailable(Self.scan) ?? Self.searched(text)
    }

    /// The bytes on which a sign may be complete: the sign's byte, or a needle's last byte.
    private static let triggers: [Bool] = (0...255).map { byte in
        [0x0D, 0x0C, 0x40, 0x5B, 0x3A, 0x7B, 0x29, 0x20, 0x2D, 0x5D, 0x2F, 0x65].contains(byte)
    }

    /// One pass: the last four bytes are kept in `window` (the latest lowest), and on a trigger
    /// byte the needles ending with it are compared with the window (a needle holds no NUL, so
    /// the window's zero bytes before the text's start match none). `:PROPERTIES:`, longer
    /// than the window, is compared with the bytes before it when the window ends `IES:`.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> TextSigns {
        var found: UInt32 = 0
        var window: UInt32 = 0
        triggers.withUnsafeBufferPointer { triggers in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                window = window << 8 | UInt32(byte)
                guard triggers[Int(byte)] else { continue }
                switch byte {
                case 0x0D: found |= carriageReturn.rawValue
                case 0x0C: found |= formFeed.rawValue
                case 0x40: found |= at.rawValue
                case 0x5B: found |= bracket.rawValue
                case 0x29: found |= closingParenthesis.rawValue
                case 0x3A:
                    found |= colon.rawValue
                    if window == 0x4945_533A, index >= 11, matches(bytes, at: index - 11, ":PROPERT") { found |= propertiesDrawer.rawValue }
                case 0x7B:
                    found |= brace.rawValue
                    if window & 0xFFFF == 0x7B7B { found |= doubleBrace.rawValue }
                case 0x20:
                    if window & 0xFFFF == 0x2020 { found |= doubleSpace.rawValue }
                    if window == 0x2020_3A20 { found |= paddedColon.rawValue }
                case 0x2D: if window & 0xFFFF == 0x2B2D { found |= gridCorner.rawValue }
                case 0x5D: if window & 0xFF_FFFF == 0x5B_315D { found |= firstLink.rawValue }
                case 0x2F: if window & 0xFFFF == 0x752F { found |= userHandle.rawValue }
                default: if window == 0x6369_7465 { found |= cite.rawValue }  // 0x65, `e`
                }
            }
        }
        return TextSigns(rawValue: found)
    }

    /// Whether `bytes` hold the ASCII `needle` from `start` on (`start + needle`'s length fits).
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { wanted in wanted.indices.allSatisfy { bytes[start + $0] == wanted[$0] } }
    }

    /// The signs searched one by one, for a text whose UTF-8 is not contiguous.
    private static func searched(_ text: String) -> TextSigns {
        let bytes: [(TextSigns, UInt8)] = [
            (.carriageReturn, 0x0D), (.formFeed, 0x0C), (.at, 0x40), (.bracket, 0x5B), (.colon, 0x3A), (.brace, 0x7B),
            (.closingParenthesis, 0x29),
        ]
        let needles: [(TextSigns, String)] = [
            (.doubleSpace, "  "), (.gridCorner, "+-"), (.firstLink, "[1]"), (.paddedColon, "  : "), (.userHandle, "u/"),
            (.propertiesDrawer, ":PROPERTIES:"), (.doubleBrace, "{{"), (.cite, "cite"),
        ]
        var signs: TextSigns = []
        for (sign, byte) in bytes where LineBytes.contains(text, byte) { signs.insert(sign) }
        for (sign, needle) in needles where LineBytes.contains(text, bytes: needle) { signs.insert(sign) }
        return signs
    }
}
