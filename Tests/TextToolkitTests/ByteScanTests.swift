import Testing

@testable import TextToolkit

/// The word-at-a-time scans against their byte-by-byte and scalar-by-scalar definitions.
@Suite struct ByteScanTests {
    static let texts = [
        "", "abc", "plain ASCII text that runs past eight bytes", "tab\there", "line\nbreak", "del\u{7F}x",
        "12345678~", "exactly8", "caf\u{E9} au lait", "e\u{301}", "\u{1F600} emoji", "\u{85}next line",
        String(repeating: "x", count: 64) + "\u{1F}", "~~~~~~~~~~~~~~~~\u{80}",
    ]

    @Test(arguments: texts)
    func endOfPrintableASCIIStopsAtTheFirstOtherByte(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                let expected = bytes[start...].firstIndex { !(0x20...0x7E).contains($0) } ?? bytes.count
                #expect(UTF8Scalars.endOfPrintableASCII(buffer, from: start) == expected)
            }
        }
    }

    @Test(arguments: texts + ["\u{2019}", "\u{301}", "\u{FB01}", "Ω", "\u{212B}", "한국어", "\u{1100}\u{1161}"])
    func allStableUnderNFCIsTheScalarWalk(text: String) {
        #expect(TextFolding.allStableUnderNFC(text) == text.unicodeScalars.allSatisfy { TextFolding.isStableUnderNFC($0.value) })
    }
}
