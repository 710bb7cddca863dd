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
                let digits = bytes.indices.reduce(UInt64(0)) { $0 | ((0x30...0x39).contains(bytes[$1]) ? 0x80 << (8 * UInt64($1)) : 0) }
                #expect(ByteWords.digits(word) == digits)
                for wanted: UInt8 in [0x00, 0x20, 0x83, 0xC3] {
                    let lanes = bytes.indices.reduce(UInt64(0)) { $0 | (bytes[$1] == wanted ? 0x80 << (8 * UInt64($1)) : 0) }
                    #expect(ByteWords.lanes(word, equalTo: wanted) == lanes)
                }
            }
        }
    }

    /// The longest run of ASCII digits, byte by byte.
    static func longestDigitRun(_ bytes: [UInt8]) -> Int {
        var (run, longest) = (0, 0)
        for byte in bytes {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    @Test func digitRunsAreFoundWhereverTheyStand() {
        // Every length of text to 40 bytes, a run of every length at every offset, among
        // letters, non-ASCII bytes and digit neighbours (`/`, `:`), and random texts.
        var generator = SystemRandomNumberGenerator()
        for count in 0...40 {
            for runLength in 0...min(count, 9) {
                for start in 0...(count - runLength) {
                    var bytes = (0..<count).map { [0x41, 0x2F, 0x3A, 0xC3, 0xA9, 0x20][($0 * 7 + count) % 6] as UInt8 }
                    for index in start..<(start + runLength) { bytes[index] = 0x30 + UInt8(index % 10) }
                    let longest = Self.longestDigitRun(bytes)
                    for length in 1...8 {
                        let found = bytes.withUnsafeBufferPointer { ByteWords.hasDigitRun($0, length: length) }
                        #expect(found == (longest >= length), "\(bytes) length \(length)")
                    }
                }
            }
            for _ in 0..<50 {
                let bytes = (0..<count).map { _ in [0x30, 0x35, 0x39, 0x2F, 0x3A, 0x61, 0xB9][Int.random(in: 0..<7, using: &generator)] as UInt8 }
                let longest = Self.longestDigitRun(bytes)
                for length in 1...8 {
                    let found = bytes.withUnsafeBufferPointer { ByteWords.hasDigitRun($0, length: length) }
                    #expect(found == (longest >= length), "\(bytes) length \(length)")
                }
            }
        }
    }
}
