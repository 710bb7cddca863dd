/// A document with numbered lines (a parliament's annex, a court's copy, a line-numbered PDF
/// turned to text): `   5  contract prices for crude oil …` every fifth line, the others indented
/// to the same column. The numbers are no part of the text.
///
/// Contract: `withoutNumbers(_:)` finds lines that open with at most six spaces, a number of one
/// to four digits and two spaces or more before text; when three or more such lines stand among
/// the first 200, their numbers increasing, it returns the lines with those numbers turned to
/// spaces (the text keeps its column); otherwise the lines unchanged. Pure; reads each line's first bytes.
enum LineNumbers {
    static func withoutNumbers(_ lines: [String]) -> [String] {
        var numbered: [(index: Int, textStart: Int)] = []
        var last = -1
        for (index, line) in lines.enumerated().prefix(200) {
            guard let (number, textStart) = numberedStart(line) else { continue }
            guard number > last else { return lines }
            last = number
            numbered.append((index, textStart))
        }
        guard numbered.count >= 3 else { return lines }
        var out = lines
        for (index, textStart) in numbered {
            // Spaces where the number stood: the line keeps the column of the lines around it.
            out[index] = String(repeating: " ", count: textStart) + String(decoding: Array(lines[index].utf8)[textStart...], as: UTF8.self)
        }
        return out
    }

    /// The line's number and the offset of its text, when it opens as a numbered line.
    private static func numberedStart(_ line: String) -> (Int, Int)? {
        var offset = 0
        var number = 0
        var digits = 0
        for byte in line.utf8.prefix(16) {
            if digits == 0, byte == 0x20, offset < 6 {
                offset += 1
            } else if byte &- 0x30 < 10, digits < 4 {
                number = number * 10 + Int(byte - 0x30)
                digits += 1
                offset += 1
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        let bytes = line.utf8.dropFirst(offset)
        let spaces = bytes.prefix { $0 == 0x20 }.count
        guard spaces >= 2, bytes.count > spaces else { return nil }
        return (number, offset + spaces)
    }
}
