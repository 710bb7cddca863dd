import Testing

@testable import ArticleParsing

/// The byte-level helpers behind the parser's fast paths, and that they keep the slow paths'
/// answers.
@Suite struct FastPathTests {
    @Test func windows1252DecodesEveryByteAsItsScalar() {
        let bytes = (0...255).map { UInt8($0) }
        let decoded = Array(TextDecoding.decodeWindows1252(bytes).unicodeScalars)
        #expect(decoded.count == 256)
        #expect(decoded[0x41] == "A" && decoded[0x80] == "\u{20AC}" && decoded[0x92] == "\u{2019}")
        #expect(decoded[0xE9] == "\u{E9}" && decoded[0xFF] == "\u{FF}")
    }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 100])
    func nulBytesAreFoundAtAnyOffset(_ offset: Int) {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 101)
        #expect(BinarySniffing.verdict(for: bytes) == nil)
        bytes[offset] = 0
        #expect(BinarySniffing.verdict(for: bytes) == "contains NUL bytes")
    }

    @Test(arguments: ["", "abc", "déjà vu, 12 €", "\u{1}\u{2}x", "a\u{85}b\u{9F}", "\t\n\r"])
    func controlsAreCountedAsOnScalars(text: String) {
        let controls = text.unicodeScalars.filter { (0...0x1F).contains($0.value) && !(0x09...0x0D).contains($0.value)
            || (0x7F...0x9F).contains($0.value) }.count
        let expected = text.unicodeScalars.count > 0 && controls * 20 > text.unicodeScalars.count
        #expect((BinarySniffing.controlCharacterVerdict(for: text) != nil) == expected)
    }
}
