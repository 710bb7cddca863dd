#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal, validating JSON reader over bytes that skips what it is not asked for.
///
/// Why: decoding 100,000 index entries with `JSONDecoder` takes seconds; a reader that only
/// finds the byte range of each change's entry, and later decodes the two or three fields a
/// query needs, takes a fraction of that (docs/index-format.md: the shards are plain JSON, so
/// any formatting is accepted, not only presswatch's own).
///
/// Contract: every function reads from `position` and moves it past what it consumed; on input
/// that is not valid JSON it throws `RawJSONError` with the byte offset, never reads out of
/// bounds, and never traps. Strings are not checked for raw control characters or UTF-8 validity
/// (decoding repairs bad bytes with U+FFFD); an unknown escape decodes to the escaped character.
public struct RawJSON {
    public let bytes: UnsafeRawBufferPointer
    public var position: Int

    public init(_ bytes: UnsafeRawBufferPointer, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Not JSON at `offset`.
    public struct RawJSONError: Error, CustomStringConvertible, Sendable {
        public let offset: Int
        public let expected: String
        public var description: String { "invalid JSON at byte \(offset): expected \(expected)" }
    }

    func fail(_ expected: String) -> RawJSONError { RawJSONError(offset: position, expected: expected) }

    @inline(__always) mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// The next non-space byte, without consuming it (nil at the end).
    @inline(__always) public mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    @inline(__always) public mutating func expect(_ byte: UInt8, _ what: StaticString) throws(RawJSONError) {
        guard peek() == byte else { throw fail("\(what)") }
        position += 1
    }

    /// Consumes `null` if it is next.
    public mutating func takeNull() throws(RawJSONError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws(RawJSONError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("\(word)") }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] {
            throw fail("\(word)")
        }
        position += count
    }

    /// Iterates an object's members: `body` gets each key's raw range (without quotes, escapes
    /// left as they are) with `position` at the value, and must consume the value.
    public mutating func object(_ body: (inout RawJSON, Range<Int>) throws(RawJSONError) -> Void) throws(RawJSONError) {
        try objectPrefix { (reader, key) throws(RawJSONError) -> Bool in
            try body(&reader, key)
            return true
        }
    }

    /// Reads an object's members while `body` returns true: `body` gets each key's raw range
    /// with `position` at the value and must consume the value. When it returns false, reading
    /// stops there (`position` is inside the object): for a caller that has what it needs from
    /// bytes already validated.
    public mutating func objectPrefix(_ body: (inout RawJSON, Range<Int>) throws(RawJSONError) -> Bool) throws(RawJSONError) {
        try expect(UInt8(ascii: "{"), "an object")
        if peek() == UInt8(ascii: "}") { position += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw fail("a key") }
            let key = try stringRange()
            try expect(UInt8(ascii: ":"), "':'")
            _ = peek()
            guard try body(&self, key) else { return }
            guard let next = peek() else { throw fail("',' or '}'") }
            position += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { position -= 1; throw fail("',' or '}'") }
        }
    }

    /// Iterates an array's elements: `body` is called with `position` at each element and must
    /// consume it.
    public mutating func array(_ body: (inout RawJSON) throws(RawJSONError) -> Void) throws(RawJSONError) {
        try expect(UInt8(ascii: "["), "an array")
        if peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            _ = peek()
            try body(&self)
            guard let next = peek() else { throw fail("',' or ']'") }
            position += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { position -= 1; throw fail("',' or ']'") }
        }
    }

    /// Skips one value of any kind, validating it; returns its byte range.
    ///
    /// One loop over the bytes with an explicit stack (no recursion, no closure per member: this
    /// is most of the work of reading a shard), so any nesting depth is handled without
    /// growing the call stack.
    @discardableResult
    public mutating func skipValue() throws(RawJSONError) -> Range<Int> {
        var none = NoMembers()
        return try skipValue(recording: &none)
    }

    /// Skips one value like `skipValue()`, telling `members` where each member of the value
    /// (when it is an object) starts: its key's raw range and the offset of its value.
    @discardableResult
    public mutating func skipValue(recording members: inout some TopLevelMembers) throws(RawJSONError) -> Range<Int> {
        guard peek() != nil else { throw fail("a value") }
        let start = position
        var nesting = NestingStack()
        var state = SkipState.value
        while true {
            switch state {
            case .value:
                guard let byte = peek() else { throw fail("a value") }
                switch byte {
                case UInt8(ascii: "{"):
                    position += 1
                    nesting.push(object: true)
                    if peek() == UInt8(ascii: "}") { position += 1; nesting.pop(); state = .after } else { state = .key }
                case UInt8(ascii: "["):
                    position += 1
                    nesting.push(object: false)
                    if peek() == UInt8(ascii: "]") { position += 1; nesting.pop(); state = .after } else { state = .value }
                case UInt8(ascii: "\""): _ = try stringRange(); state = .after
                case UInt8(ascii: "t"): try literal("true"); state = .after
                case UInt8(ascii: "f"): try literal("false"); state = .after
                case UInt8(ascii: "n"): try literal("null"); state = .after
                default: _ = try integerOrNumber(); state = .after
                }
            case .key:
                guard peek() == UInt8(ascii: "\"") else { throw fail("a key") }
                let key = try stringRange()
                try expect(UInt8(ascii: ":"), "':'")
                if nesting.depth == 1 {
                    _ = peek()
                    members.member(key, valueAt: position, in: bytes)
                }
                state = .value
            case .after:
                guard let inObject = nesting.top else { return start..<position }
                guard let next = peek() else { throw fail(inObject ? "',' or '}'" : "',' or ']'") }
                if next == UInt8(ascii: ",") {
                    position += 1
                    state = inObject ? .key : .value
                } else if next == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    nesting.pop()
                } else {
                    throw fail(inObject ? "',' or '}'" : "',' or ']'")
                }
            }
        }
    }

    private enum SkipState { case value, key, after }

    private struct NoMembers: TopLevelMembers {
        @inline(__always) mutating func member(_ key: Range<Int>, valueAt offset: Int, in bytes: UnsafeRawBufferPointer) {}
    }

    /// Open containers, innermost last: the first 64 levels in a bit set, deeper ones in an array.
    private struct NestingStack {
        private var bits: UInt64 = 0
        private(set) var depth = 0
        private var deeper: [Bool] = []

        /// Whether the innermost open container is an object (nil: none is open).
        var top: Bool? {
            if depth == 0 { return nil }
            if depth > 64 { return deeper[deeper.count - 1] }
            return bits & (1 << UInt64(depth - 1)) != 0
        }

        mutating func push(object: Bool) {
            depth += 1
            if depth > 64 { deeper.append(object); return }
            let bit: UInt64 = 1 << UInt64(depth - 1)
            if object { bits |= bit } else { bits &= ~bit }
        }

        mutating func pop() {
            if depth > 64 { deeper.removeLast() }
            depth -= 1
        }
    }

    /// Consumes a string; returns the range of its contents (between the quotes, escapes raw).
    /// Finds the closing quote with memchr(3) (strings are most of an index's bytes).
    public mutating func stringRange() throws(RawJSONError) -> Range<Int> {
        try expect(UInt8(ascii: "\""), "a string")
        let start = position
        guard let base = bytes.baseAddress else { throw fail("the end of a string") }
        var from = position
        while from < bytes.count {
            guard let found = memchr(base + from, 0x22, bytes.count - from) else { break }
            let quote = base.distance(to: UnsafeRawPointer(found))
            var backslashes = 0
            while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                backslashes += 1
            }
            if backslashes % 2 == 0 {
                position = quote + 1
                return start..<quote
            }
            from = quote + 1
        }
        position = bytes.count
        throw fail("the end of a string")
    }

    /// Consumes a string and decodes it (escapes resolved).
    public mutating func string() throws(RawJSONError) -> String {
        let range = try stringRange()
        return try RawJSON.decodeString(bytes, range)
    }

    /// Consumes a string or `null`.
    public mutating func optionalString() throws(RawJSONError) -> String? {
        if try takeNull() { return nil }
        return try string()
    }

    /// Consumes an array of strings.
    public mutating func strings() throws(RawJSONError) -> [String] {
        var result: [String] = []
        try array { (json) throws(RawJSONError) in result.append(try json.string()) }
        return result
    }

    /// Consumes a number; returns it when it is an integer (nil for a fraction or exponent).
    public mutating func integerOrNumber() throws(RawJSONError) -> Int? {
        _ = peek()
        let start = position
        var value = 0, isInteger = true, negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        let digitsStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int(byte - 0x30))
                if o1 || o2 { isInteger = false } else { value = plus }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                isInteger = false
            } else {
                break
            }
            position += 1
        }
        guard position > digitsStart else { position = start; throw fail("a value") }
        return isInteger ? (negative ? -value : value) : nil
    }

    /// Consumes an integer (a fraction is an error).
    public mutating func integer() throws(RawJSONError) -> Int {
        guard let value = try integerOrNumber() else { throw fail("an integer") }
        return value
    }

    /// Whether the raw key at `range` is `name` (keys with escapes never match: presswatch's
    /// keys are plain ASCII).
    @inline(__always) public func key(_ range: Range<Int>, is name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        var index = 0
        for offset in range {
            if bytes[offset] != name.utf8Start[index] { return false }
            index += 1
        }
        return true
    }

    /// Decodes the contents of a string (as returned by `stringRange`).
    public static func decodeString(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(RawJSONError) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if !slice.contains(UInt8(ascii: "\\")) { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        func bad() -> RawJSONError { RawJSONError(offset: index, expected: "a valid escape") }
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < range.upperBound else {
                out.append(byte); index += 1; continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(bytes, index, range.upperBound) else { throw bad() }
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= range.upperBound,
                   bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                   let low = hex4(bytes, index + 2, range.upperBound), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: String(character).utf8)
            default: out.append(escape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> UInt32? {
        guard start + 4 <= end else { return nil }
        var value: UInt32 = 0
        for offset in start..<(start + 4) {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

/// Told of each member of an object that `RawJSON.skipValue(recording:)` skips.
public protocol TopLevelMembers {
    mutating func member(_ key: Range<Int>, valueAt offset: Int, in bytes: UnsafeRawBufferPointer)
}
