import Testing

@testable import ArticleParsing

/// Reading text out of the parsed tree (`HTMLDocument.text(of:limit:)`).
@Suite struct HTMLDocumentTests {
    /// A limit bounds the bytes copied, cut on a character boundary, however large the node.
    @Test func textStopsAtTheLimitOnACharacterBoundary() {
        let huge = String(repeating: "é", count: 100_000)
        let document = HTMLDocument(bytes: Array("<html><body><h1>\(huge)</h1></body></html>".utf8))
        guard let heading = (0..<document.count).first(where: { document.tag($0) == .h1 }) else {
            Issue.record("no h1")
            return
        }
        let text = document.text(of: heading, limit: 101)
        #expect(text.utf8.count == 100)
        #expect(text == String(repeating: "é", count: 50))
        #expect(document.text(of: heading).utf8.count == 200_000)
    }
}
