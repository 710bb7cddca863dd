import Testing

@testable import ArticleEnrichment

/// `ASCIIRuns`' word-at-a-time scans answer as byte-by-byte reading does, at every offset,
/// on texts with digits, every byte value near the tested ranges, and non-ASCII text.
@Suite struct ByteScanTests {
    static let texts: [[UInt8]] = {
        var texts: [[UInt8]] = ["", "abc", "0", "ab/:c9", "12 000 $", "Coût : 820 millions $ en 2023", "été ̀x", "\u{300}", "ab\u{2F}\u{3A}cd\u{2F}efgh"]
            .map { Array($0.utf8) }
        texts += (0...255).map { byte in Array(repeating: 0x61, count: byte % 11) + [UInt8(byte)] + Array(repeating: 0x62, count: 9) }
        var generator = SystemRandomNumberGenerator()
        texts += (0..<300).map { _ in (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        return texts
    }()

    @Test func firstDigitIsTheFirstASCIIDigit() {
        for text in Self.texts {
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let expected = (start..<bytes.count).first { (0x30...0x39).contains(bytes[$0]) }
                    #expect(ASCIIRuns.firstDigit(in: bytes, from: start) == expected, "\(text) from \(start)")
                }
            }
        }
    }

    @Test func allBelowCombiningReadsEveryByte() {
        for text in Self.texts {
            text.withUnsafeBufferPointer { bytes in
                #expect(ASCIIRuns.allBelowCombining(bytes) == bytes.allSatisfy { $0 < 0xCC }, "\(text)")
            }
        }
    }
}

/// `ASCIIRuns.end` stops where byte-by-byte reading stops, at every offset and for every byte.
@Suite struct ASCIIRunsTests {
    @Test(arguments: [false, true])
    func endIsTheFirstOtherByte(_ digits: Bool) {
        var texts = ByteScanTests.texts
        texts += ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@[`{/:", "Le Rwanda poursuit l’été 2026"].map { Array($0.utf8) }
        for text in texts {
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    var expected = start
                    while expected < bytes.count,
                        (0x41...0x5A).contains(bytes[expected]) || (0x61...0x7A).contains(bytes[expected])
                            || (digits && (0x30...0x39).contains(bytes[expected]))
                    { expected += 1 }
                    #expect(ASCIIRuns.end(in: bytes, from: start, digits: digits) == expected, "\(text) from \(start)")
                }
            }
        }
    }
}
