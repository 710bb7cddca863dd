import Testing

import TextToolkit

/// The toolkit's byte helpers (hash table, UTF-8 decoding and validation) against the standard
/// library's answers.
@Suite struct ByteHelperTests {
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

    /// Keys of every length from 0 to 24 (the hash and the comparison read eight bytes at a
    /// time and the last ones by overlapping loads), each beside keys of the same length that
    /// differ from it in one byte only, at every position.
    @Test func byteKeyTableTellsApartKeysThatDifferInOneByte() {
        var table = ByteKeyTable(capacity: 4)
        var keys: [[UInt8]] = []
        for length in 0...24 {
            let key = (0..<length).map { UInt8(0x61 + $0 % 26) }
            keys.append(key)
            for position in 0..<length {
                var other = key
                other[position] = 0x41
                keys.append(other)
            }
        }
        for (index, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.id(of: $0) } == nil)
            key.withUnsafeBufferPointer { table.insert($0, id: Int32(index)) }
        }
        for (index, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.id(of: $0) } == Int32(index))
            // A longer buffer's prefix is looked up by its own bytes only.
            let padded = key + [0x7A, 0x7A, 0x7A, 0x7A, 0x7A, 0x7A, 0x7A, 0x7A]
            #expect(padded.withUnsafeBufferPointer { table.id(of: UnsafeBufferPointer(rebasing: $0[..<key.count])) } == Int32(index))
        }
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

    /// Byte sequences around every boundary of table 3-7, plus seeded random ones.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var samples: [[UInt8]] = [[], [0x41], [0x80], [0xC1, 0x81], [0xC2, 0x80], [0xDF, 0xBF],
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x80], Array("plain ASCII text, longer than eight bytes".utf8) + [0xE2, 0x80, 0x99]]
        var generator = SplitMix(seed: 7)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 12)
            samples.append((0..<length).map { _ in
                let roll = generator.next()
                // Mostly ASCII and UTF-8-looking bytes, so valid sequences come up too.
                return roll % 3 == 0 ? UInt8(truncatingIfNeeded: roll >> 8) % 0x80
                    : roll % 3 == 1 ? 0x80 | UInt8(truncatingIfNeeded: roll >> 8) % 0x40
                    : UInt8(truncatingIfNeeded: roll >> 8)
            })
        }
        for sample in samples {
            #expect(UTF8Validation.isValid(sample) == (String(validating: sample, as: UTF8.self) != nil), "\(sample)")
        }
    }
}

/// A small seeded generator, so the random samples are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
