import Testing

@testable import ArticleParsing

/// The byte-level helpers behind the parser's fast paths, and that they keep the slow paths'
/// answers.
@Suite struct FastPathTests {
    @Test func byteKeyTableFindsWhatWasInsertedAcrossGrowth() {
        var table = ByteKeyTable(capacity: 1)
        let words = (0..<500).map { Array("word\($0)".utf8) }
        for (index, word) in words.enumerated() {
            word.withUnsafeBufferPointer { table.insert($0, id: Int32(index)) }
        }
        for (index, word) in words.enumerated() {
            #expect(word.withUnsafeBufferPointer { table.id(of: $0) } == Int32(index))
        }
        #expect(Array("word500".utf8).withUnsafeBufferPointer { table.id(of: $0) } == nil)
        #expect(Array("".utf8).withUnsafeBufferPointer { table.id(of: $0) } == nil)
        Array("word7".utf8).withUnsafeBufferPointer { table.insert($0, id: 70) }
        #expect(Array("word7".utf8).withUnsafeBufferPointer { table.id(of: $0) } == 70)
    }

    @Test func utf8ScalarsDecodeEveryLength() {
        let text = "a\u{E9}\u{2019}\u{1F600}z"
        let bytes = Array(text.utf8)
        var decoded: [Unicode.Scalar] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let (scalar, length) = UTF8Scalars.decode(buffer, at: index)
                decoded.append(scalar)
                index += length
            }
        }
        #expect(decoded == Array(text.unicodeScalars))
    }

    @Test func truncatedUTF8DecodesAsReplacement() {
        let bytes: [UInt8] = [0x61, 0xE2, 0x80]
        let result = bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: 1) }
        #expect(result.scalar == "\u{FFFD}" && result.length == 1)
    }

    /// Canonically equivalent spellings (KELVIN SIGN) still count as one word, whichever
    /// comes first, although ASCII words are looked up by their bytes.
    @Test(arguments: [["Kelvin.", "\u{212A}elvin."], ["\u{212A}elvin.", "Kelvin."]])
    func keywordsMergeCanonicallyEquivalentWords(_ body: [String]) {
        let keywords = KeywordExtractor(language: "en").keywords(title: "Temperatures", body: body)
        #expect(keywords.count == 1)
        #expect(keywords.first.map { $0 == "Kelvin" } == true)
    }
}
