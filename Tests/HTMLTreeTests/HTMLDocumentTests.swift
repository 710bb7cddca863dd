import Testing

@testable import HTMLTree

/// The parsed tree and what reads it (`HTMLDocument.text(of:limit:)`, `collapsed`), the name
/// cache of its builder (`PointerCache`) and the DOCTYPE blanking before the parse.
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

    /// Collapsed text is NFC whether or not the fast path applies, and invalid bytes are repaired.
    @Test func collapsedTextIsNFC() {
        #expect(HTMLDocument.collapsed(Array("  a \u{A0} b\n\tc ".utf8)[...]) == "a b c")
        #expect(HTMLDocument.collapsed(Array("Cafe\u{301}".utf8)[...]).unicodeScalars.count == 4)
        #expect(HTMLDocument.collapsed([0x41, 0xC3, 0x20, 0x42][...]) == "A\u{FFFD} B")
        #expect(HTMLDocument.collapsed(Array("Zürich".utf8)[...]) == "Zürich")
    }

    /// The cache answers like a dictionary of the same stores, or nil (evicted): never a wrong value.
    @Test func pointerCacheNeverAnswersWrong() throws {
        var cache = PointerCache<Int?>()
        var plain: [UnsafeRawPointer: Int?] = [:]
        var hits = 0
        for step in 0..<20_000 {
            let address = UInt.random(in: 1...4096) * 16
            let key = try #require(UnsafeRawPointer(bitPattern: address))
            if let cached = cache.value(for: key) {
                #expect(cached == plain[key])
                hits += 1
            } else {
                let value: Int? = step % 7 == 0 ? nil : Int(address / 16)
                cache.store(value, for: key)
                plain[key] = value
            }
        }
        #expect(hits > 0)
        #expect(cache.value(for: try #require(UnsafeRawPointer(bitPattern: 8))) == nil)
    }

    /// Bytes without a DOCTYPE internal subset, or with one that never ends, are left as they are.
    @Test func bytesWithoutAnInternalSubsetAreUnchanged() {
        for page in ["<!DOCTYPE html><p>a ] > b</p>", "<p>[x]</p>", "<!doctype html public \"[\">", "<!DOCTYPE html [ unterminated"] {
            #expect(HTMLInternalSubset.blanked(Array(page.utf8)) == Array(page.utf8))
        }
    }
}
