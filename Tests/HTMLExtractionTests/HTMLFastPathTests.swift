import Testing

@testable import HTMLExtraction

/// The extraction's byte-level fast paths give the answers of the slower code they stand in for.
@Suite struct HTMLFastPathTests {
    /// An ASCII class value is judged on its bytes by the token rule of the String path.
    @Test(arguments: [
        ("story-byline", true), ("post AUTHOR", true), ("c-author-name x", true), ("card__author", true),
        ("authors", true), ("fn n", true), ("author-link", true), ("authorbox", false), ("byline-wrap", false),
        ("fnord", false), ("", false), ("  \t\n", false), ("main content", false),
    ])
    func bylineClassTokens(_ value: String, _ expected: Bool) {
        #expect(HTMLMetadata.namesByline(Array(value.utf8)[...]) == expected)
    }

    /// A value with non-ASCII bytes is left to the String path.
    @Test func nonASCIIClassValueIsNotJudgedOnBytes() {
        #expect(HTMLMetadata.namesByline(Array("auteur-é".utf8)[...]) == nil)
    }

    /// The main text's character count, eight bytes at a time, counts what the byte rule counts
    /// (bytes above 0x20 that are not UTF-8 continuation bytes), at every length and offset.
    @Test func visibleCountMatchesTheByteRule() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<length + 3).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let slice = bytes[3...]
            let expected = slice.filter { $0 > 0x20 && ($0 < 0x80 || $0 >= 0xC0) }.count
            #expect(HTMLMainText.visibleCount(slice) == Int32(expected))
        }
        #expect(HTMLMainText.visibleCount(Array("  Zürich, été \u{A0}!\n".utf8)[...]) == 12)
    }
}
