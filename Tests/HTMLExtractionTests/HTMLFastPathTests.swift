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
}
