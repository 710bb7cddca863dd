/// A maximal run of ASCII digits in a byte string: where it starts, ends, and its value
/// (clamped for runs too long to be part of a date).
struct DigitRun {
    var start: Int
    var end: Int
    var value: Int
    var length: Int { end - start }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The digit runs from `start` on, at most `limit` of them.
    static func all(in bytes: [UInt8], from start: Int = 0, limit: Int = .max) -> [DigitRun] {
        var runs: [DigitRun] = []
        var index = start
        while index < bytes.count, runs.count < limit {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            var value = 0
            while index < bytes.count, isDigit(bytes[index]) {
                if index - start < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                index += 1
            }
            runs.append(DigitRun(start: start, end: index, value: index - start > 9 ? -1 : value))
        }
        return runs
    }
}
