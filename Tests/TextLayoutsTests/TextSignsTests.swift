import Testing

@testable import TextLayouts

/// `TextSigns`' one pass finds exactly what a search for each byte and needle finds.
@Suite struct TextSignsTests {
    static let bytes: [(TextSigns, UInt8)] = [
        (.carriageReturn, 0x0D), (.formFeed, 0x0C), (.at, 0x40), (.bracket, 0x5B), (.colon, 0x3A), (.brace, 0x7B),
        (.closingParenthesis, 0x29),
    ]
    static let needles: [(TextSigns, String)] = [
        (.doubleSpace, "  "), (.gridCorner, "+-"), (.firstLink, "[1]"), (.paddedColon, "  : "), (.userHandle, "u/"),
        (.propertiesDrawer, ":PROPERTIES:"), (.doubleBrace, "{{"), (.cite, "cite"),
        (.signatureDelimiter, "\n-- "), (.psqlRecord, "-[ RECORD "),
    ]

    /// The signs a search for each byte and needle finds.
    static func searched(_ text: String) -> TextSigns {
        var signs: TextSigns = []
        for (sign, byte) in bytes where LineBytes.contains(text, byte) { signs.insert(sign) }
        for (sign, needle) in needles where LineBytes.contains(text, bytes: needle) { signs.insert(sign) }
        return signs
    }

    @Test(arguments: [
        "", " ", "  ", "cite", "cit", "ite", "[1]", "[1", "1]", "{{", "{", "+-", "-+", "u/", "/u", ":PROPERTIES:",
        ":PROPERTIES", "PROPERTIES:", "IES:", ":PROPERT:IES:", "x  : y", " : ", "\r\n", "\u{0C}", "@", ")",
        "To cite this article: Jane Doe", "é  cité", "Headline    : Title", "* Title\n:PROPERTIES:\n:END:",
        "\0cite", "\0\0\0:", "ci\0te", "\n-- ", "\n--", "-- ", "Text\n-- \nName", "\n- - ", "\n\n-- x",
    ])
    func oneTextMatchesTheSearches(text: String) {
        #expect(TextSigns(of: text) == Self.searched(text))
    }

    /// Texts drawn from pieces of the needles and a few other bytes, so that needles overlap,
    /// run into each other, stand at both ends and are cut short (a fixed xorshift: the same
    /// texts every run).
    @Test func drawnTextsMatchTheSearches() {
        let pieces = [
            " ", "  ", ": ", ":", "[", "]", "1", "{", "+", "-", "u", "/", "ci", "te", "c", "ite", ":PROPERT", "IES:", "\r",
            "\u{0C}", "@", ")", "é", "\n", "x", "--", "\n-",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func draw(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var disagreements = 0
        var signsSeen: TextSigns = []
        for _ in 0..<20_000 {
            let text = (0..<draw(16)).map { _ in pieces[draw(pieces.count)] }.joined()
            let signs = TextSigns(of: text)
            signsSeen.formUnion(signs)
            if signs != Self.searched(text) { disagreements += 1 }
        }
        #expect(disagreements == 0)
        // Every sign was found somewhere: each kind of match was tried.
        #expect(signsSeen.rawValue == (1 << 16) - 1)
    }
}
