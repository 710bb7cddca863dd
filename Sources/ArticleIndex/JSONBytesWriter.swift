/// JSON written straight into a byte buffer, spelled byte for byte as Foundation's `JSONEncoder`
/// spells it with `[.sortedKeys, .withoutEscapingSlashes]`, plus `.prettyPrinted` when `pretty`
/// (two spaces per level, `"key" : value`, an empty array or object as `[`, two line feeds and
/// the indented `]`). The caller writes keys in sorted order; the writer adds the separators,
/// line breaks and indentation.
///
/// Spelling: strings quoted with `"` and `\` escaped by a backslash, `\b \t \n \f \r`, other
/// control characters as `\u00xx` (lowercase hex), and `/`, DEL, U+2028 and every other
/// character as is; integers in decimal; doubles as their `description` without a trailing
/// `.0`. Used where JSONEncoder's cost shows (the records and shards of every batch, the lines
/// of `presswatch parse`); tests compare both byte for byte.
///
/// Failure: `double` refuses a non-finite value (JSONEncoder throws on it): it returns false and
/// writes nothing, and the caller reports the value as not encodable.
package struct JSONBytesWriter {
    package private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// True until the innermost open container has an element.
    private var empty = true

    package init(pretty: Bool = false, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Structure

    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `name` of the object being written (`name` needs no escaping).
    package mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if pretty {
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts the next element of the array being written.
    package mutating func element() { separate() }

    // MARK: - Values

    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (most of every text).
                if index + 8 <= utf8.count,
                    !Self.needsEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
                runStart = index
                escape(byte)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The string, or `null`.
    package mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// `int` of an `Int`: a concrete overload, because a generic `package` function is not
    /// specialised in another module (`presswatch parse` wrote two per line through it).
    package mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    package mutating func int(_ value: some BinaryInteger) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// `description` without a trailing `.0` (`820000000`, `12.5`, `1e+16`). False, and nothing
    /// written, for a value that is not finite.
    @discardableResult
    package mutating func double(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    package mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    /// `[value, …]` of strings.
    package mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// Bytes already spelled as JSON, as they are.
    package mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    // MARK: - Internals

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(0x0A) }
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(bracket)
        empty = false
    }

    private mutating func separate() {
        if !empty {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(0x0A) }
        }
        empty = false
        if pretty { indent() }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// True when one of the eight bytes of `word` is below 0x20, `"` or `\` (exact as a
    /// whole, though not byte by byte: the caller then looks at each byte).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // The three tests' flags or-ed into one word, tested once (no branch per test).
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x }
        let quote = word ^ (0x22 &* ones)
        let backslash = word ^ (0x5C &* ones)
        return ((word &- 0x20 &* ones) & ~word | zeroBytes(quote) | zeroBytes(backslash)) & highs != 0
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: StaticString = "0123456789abcdef"
            let digits = hex.utf8Start
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }
    }
}
