import Testing

@testable import HTMLTree

/// `HTMLCrowdedTags` flags the pages whose tags would keep libxml2's duplicate-attribute check
/// busy (sizes checked, not times) and leaves ordinary pages, and crowded-looking text, alone.
@Suite struct HTMLCrowdedTagsTests {
    static func page(_ body: String) -> [UInt8] {
        Array("<html><head><title>T</title></head><body><p>Text.</p>\(body)</body></html>".utf8)
    }

    @Test func aTagOfFortyThousandNamesIsFlaggedAtItsOffset() throws {
        let tag = "<p " + (0..<40_000).map { "a\($0)=1" }.joined(separator: " ") + ">x</p>"
        let bytes = Self.page(tag)
        let found = try #require(HTMLCrowdedTags.first(in: bytes))
        #expect(found.names == 40_000)
        #expect(Array(bytes[found.offset..<found.offset + 5]) == Array("<p a0".utf8))
    }

    @Test func quotedValuesUnquotedValuesAndBareNamesAllCount() throws {
        let names = (0..<30_000).map { ["b\($0)=\"v > w\"", "c\($0)='x'", "d\($0)", "e\($0)=y"][$0 % 4] }
        let found = try #require(HTMLCrowdedTags.first(in: Self.page("<div " + names.joined(separator: "\n") + ">")))
        #expect(found.names == 30_000)
    }

    @Test func ordinaryPagesAndManySmallTagsPass() {
        let wide = "<div " + (0..<1_000).map { "data-k\($0)=\"v\"" }.joined(separator: " ") + ">x</div>"
        #expect(HTMLCrowdedTags.first(in: Self.page(String(repeating: wide, count: 50))) == nil)
        #expect(HTMLCrowdedTags.first(in: Self.page(String(repeating: "<p class=\"a b\" id=x>word</p>", count: 100_000))) == nil)
        // libxml2 keeps one of a repeated name: a million of them cost it nothing.
        #expect(HTMLCrowdedTags.first(in: Self.page("<p " + String(repeating: "b=1 c ", count: 1_000_000) + ">")) == nil)
        #expect(HTMLCrowdedTags.first(in: Self.page(String(repeating: "<a b='", count: 1_000_000))) == nil)
        // An unclosed quote ends the scan: nothing after it is counted.
        #expect(HTMLCrowdedTags.first(in: Self.page("<p a=\"" + String(repeating: "<p x y z ", count: 50_000))) == nil)
    }
}
