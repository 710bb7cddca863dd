import Testing

@testable import HTMLTree

/// Stop 41's superlinear hostile shapes in libxml2's parsers, turned down before parsing: outputs
/// only, never times (`Tests/bench/hostile_text.py` and `hostile_pages.py` measure).
@Suite struct HostileShapesS41Tests {
    // MARK: - 4. XMLElements: at most 1,024 attributes in a tag

    private static func feed(attributes: Int) -> [UInt8] {
        Array(("<?xml version=\"1.0\"?><feed><entry><title>T</title><content "
            + (0..<attributes).map { "a\($0)=\"1\"" }.joined(separator: " ") + ">text of it</content></entry></feed>").utf8)
    }

    @Test func anXMLTagOfMoreThan1024AttributesIsRefused() throws {
        let root = try #require(XMLElements.parse(Self.feed(attributes: 1_024)))
        #expect(root.first("content")?.attributes.count == 1_024)
        #expect(root.first("content")?.text == "text of it")
        #expect(XMLElements.parse(Self.feed(attributes: 1_025)) == nil)
        #expect(XMLElements.parse(Self.feed(attributes: 20_000)) == nil)
    }

    @Test func signsInValuesTextCommentsAndCDATAAreNoAttributes() throws {
        let many = String(repeating: "a=b ", count: 1_100)
        let text = "<?xml version=\"1.0\"?><!-- <x \(many)> --><doc title=\"\(many)\" note='\(many)'><![CDATA[<x \(many)>]]>"
            + "<p>\(many)</p><?pi <x \(many)> ?></doc>"
        let root = try #require(XMLElements.parse(Array(text.utf8)))
        #expect(root.attributes.count == 2)
        #expect(root.first("p")?.text == many)
    }

    // MARK: - 5. HTMLCrowdedTags: a repeated name's bytes count

    private static func page(_ body: String) -> [UInt8] {
        Array("<html><head><title>T</title></head><body><p>Text.</p>\(body)</body></html>".utf8)
    }

    @Test func twoThousandNamesThenTheLastRepeatedAreFlagged() throws {
        let names = (0..<2_000).map { "a\(10_000 + $0)=1" }.joined(separator: " ")
        let bytes = Self.page("<p " + names + String(repeating: " a11999=1", count: 400_000) + ">x</p>")
        let found = try #require(HTMLCrowdedTags.first(in: bytes))
        #expect(found.names == 2_000)
        #expect(Array(bytes[found.offset..<found.offset + 8]) == Array("<p a1000".utf8))
    }

    @Test func aFewNamesRepeatedStillPass() {
        let names = (0..<256).map { "a\(10_000 + $0)=1" }.joined(separator: " ")
        #expect(HTMLCrowdedTags.first(in: Self.page("<p " + names + String(repeating: " a10255=1", count: 100_000) + ">x</p>")) == nil)
        #expect(HTMLCrowdedTags.first(in: Self.page("<p " + String(repeating: "b=1 c ", count: 1_000_000) + ">")) == nil)
    }
}
