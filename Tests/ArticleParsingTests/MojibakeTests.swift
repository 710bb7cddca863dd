import Testing

@testable import ArticleParsing

/// UTF-8 that an old system read as Windows-1252 and saved again (`MÃ¤rz`) is written back as
/// meant; real text holding the same letters is left alone.
@Suite struct MojibakeTests {
    @Test func garbledUTF8IsWrittenBack() throws {
        let garbled = "MÃ¤rz, Ã©tÃ© â€“ itâ€™s â€žgutâ€œ"
        #expect(TextDecoding.repairedMojibake(garbled) == "März, été – it’s „gut“")
        let decoded = try #require(TextDecoding.decode(Array(garbled.utf8)))
        #expect(decoded.text == "März, été – it’s „gut“")
        #expect(decoded.encoding == .utf8)
    }

    /// The marks are looked for eight bytes at a time: each is found at every offset.
    @Test func marksAreFoundAtEveryOffset() {
        for (mark, meant) in [("Ã©", "é"), ("Ã¨", "è"), ("Â«", "«"), ("â€™", "’")] {
            for offset in 0..<20 {
                let padding = String(repeating: "a", count: offset)
                #expect(TextDecoding.repairedMojibake(padding + mark + "t") == padding + meant + "t", "\(mark) at \(offset)")
            }
        }
    }

    @Test func realTextIsLeftAlone() {
        #expect(TextDecoding.repairedMojibake("SÃO PAULO, Ã bientôt") == nil)
        #expect(TextDecoding.repairedMojibake("Â vous — 5 € März") == nil)
        #expect(TextDecoding.repairedMojibake("plain ascii text") == nil)
        #expect(TextDecoding.repairedMojibake("MÃ¤rz 東京") == nil)
    }
}
