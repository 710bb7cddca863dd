import Testing

@testable import HTMLExtraction

/// Stop 28: JSON-LD past `HTMLJSONLD.maxBytes` in all is not decoded (Foundation's objects took
/// 835 MiB for a 10 MiB block); the blocks before it still are.
@Suite struct HTMLJSONLDBoundTests {
    static func article(_ headline: String, padding: Int = 0) -> String {
        let related = String(repeating: #"{"@type":"Thing","name":"x"},"#, count: padding) + "{}"
        return #"{"@type":"NewsArticle","headline":"\#(headline)","mentions":[\#(related)]}"#
    }

    @Test func blocksWithinTheBoundAreRead() {
        let big = Self.article("Big", padding: HTMLJSONLD.maxBytes / 40)
        #expect(big.utf8.count < HTMLJSONLD.maxBytes)
        #expect(HTMLJSONLD(blocks: [big]).headline == "Big")
    }

    @Test func aBlockPastTheBoundAndTheBlocksAfterItAreNotRead() {
        let huge = Self.article("Huge", padding: HTMLJSONLD.maxBytes / 25)
        #expect(huge.utf8.count > HTMLJSONLD.maxBytes)
        #expect(HTMLJSONLD(blocks: [huge]).headline == nil)
        #expect(HTMLJSONLD(blocks: [Self.article("First"), huge]).headline == "First")
        #expect(HTMLJSONLD(blocks: [huge, Self.article("Late")]).headline == nil)
    }
}
