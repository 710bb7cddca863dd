import Testing

import TextToolkit

/// `ByteWords`' eight-byte tests against the same questions asked byte by byte: every byte value
/// at every position, beside neighbours that sit on either side of each bound.
@Suite struct ByteWordsTests {
    static let neighbours: [UInt8] = [0x00, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0xBF, 0xC3, 0xCB, 0xCC, 0xFF]

    @Test(arguments: neighbours)
    func wordAnswersAreTheBytesAnswers(neighbour: UInt8) {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: neighbour, count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(ByteWords.has(word, 0x27) == bytes.contains(0x27))
                #expect(ByteWords.has(word, 0xC2) == bytes.contains(0xC2))
                #expect(ByteWords.hasByte(word, below: 0x20) == bytes.contains { $0 < 0x20 })
                #expect(ByteWords.hasByte(word, atLeast: 0xC4) == bytes.contains { $0 >= 0xC4 })
                #expect(ByteWords.hasByte(word, atLeast: 0xCC) == bytes.contains { $0 >= 0xCC })
                #expect(ByteWords.scalarStarts(word) == bytes.filter { $0 & 0xC0 != 0x80 }.count)
            }
        }
    }
}
