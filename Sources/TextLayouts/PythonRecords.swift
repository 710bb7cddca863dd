import DateReading
import Foundation
import TextToolkit

/// An article-extraction library's result printed by Python (a notebook cell's output: the
/// pretty-printed dict of `title`, `authors`, `publish_date`, `meta_site_name`, `text`…), read
/// as `JSONRecords` reads a JSON record.
///
/// Contract: `read` looks for a line opening with `{'` or `{"` among the first 30 lines, parses the
/// Python literal there (`PythonLiteral`: dicts, lists, tuples, strings in either quote with
/// their escapes, adjacent strings joined as Python joins them, numbers, `None`, `True`,
/// `False`; `datetime.datetime(2026, 3, 3, …)` and `datetime.date(…)` as their day
/// `2026-03-03`, any other call as nothing) and returns `JSONRecords.record(in:)`'s record of it
/// with the text after it; nil when there is no such literal or no article in it. Pure.
enum PythonRecords {
    static func read(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let start = literalStart(text) else { return nil }
        var parser = PythonLiteral(bytes: Array(text.utf8[start...].prefix(1 << 20)))
        guard let value = parser.value(depth: 0) else { return nil }
        // The text after the literal, from the whole text (the literal is read from its first MiB).
        let rest = String(text.utf8[text.utf8.index(start, offsetBy: parser.index)...]) ?? ""
        return JSONRecords.record(in: value, rest: rest, dates: dates)
    }

    /// Where the first of the text's first 30 lines opening with `{'` or `{"` starts, or nil. Each line is cut at its
    /// `\n` Character found on the bytes (`JSONTexts.lineFeed`): a text of one 4 MiB line was walked Character by
    /// Character to its end by `split(separator:maxSplits:)` (0.1 s).
    static func literalStart(_ text: String) -> String.Index? {
        var line = text.startIndex
        for _ in 0..<30 {
            let end = JSONTexts.lineFeed(in: text, from: line)
            if text[line..<end].hasPrefix("{'") || text[line..<end].hasPrefix("{\"") { return line }
            guard end < text.endIndex else { return nil }
            line = text.index(after: end)
        }
        return nil
    }
}

/// A recursive-descent reader of Python's literal syntax (`PythonRecords`' contract), at most 32
/// levels deep; nil on anything it cannot read.
struct PythonLiteral {
    let bytes: [UInt8]
    private(set) var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func value(depth: Int) -> Any? {
        skipSpace()
        guard depth < 32, index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x7B: return dictionary(depth: depth)
        case 0x5B: return sequence(close: 0x5D, depth: depth)
        case 0x28:
            guard let items = sequence(close: 0x29, depth: depth) as? [Any] else { return nil }
            return items.count == 1 && !lastWasTuple ? items[0] : items
        case 0x27, 0x22: return strings()
        case 0x2D, 0x30...0x39: return number()
        default: return name(depth: depth)
        }
    }

    /// Whether the last sequence read ended with a comma (`(a,)` is a tuple, `(a)` a group).
    private var lastWasTuple = false

    private mutating func dictionary(depth: Int) -> Any? {
        index += 1
        var object: [String: Any] = [:]
        while true {
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x7D {
                index += 1
                return object
            }
            guard let key = value(depth: depth + 1) else { return nil }
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { return nil }
            index += 1
            guard let item = value(depth: depth + 1) else { return nil }
            if let key = key as? String { object[key] = item }
            skipSpace()
            if index < bytes.count, bytes[index] == 0x2C { index += 1 }
        }
    }

    private mutating func sequence(close: UInt8, depth: Int) -> Any? {
        index += 1
        var items: [Any] = []
        var trailingComma = false
        while true {
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == close {
                index += 1
                lastWasTuple = trailingComma || items.count > 1
                return items
            }
            guard let item = value(depth: depth + 1) else { return nil }
            items.append(item)
            skipSpace()
            trailingComma = index < bytes.count && bytes[index] == 0x2C
            if trailingComma { index += 1 }
        }
    }

    /// One string literal or several adjacent ones, joined.
    private mutating func strings() -> Any? {
        var text: [UInt8] = []
        repeat {
            let quote = bytes[index]
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == 0x5C, index + 1 < bytes.count {
                    index += 1
                    text += escaped()
                } else {
                    text.append(bytes[index])
                    index += 1
                }
            }
            guard index < bytes.count else { return nil }
            index += 1
            skipSpace()
        } while index < bytes.count && (bytes[index] == 0x27 || bytes[index] == 0x22)
        return String(decoding: text, as: UTF8.self)
    }

    /// The character an escape after `\` stands for (`\n`, `\'`, `\xe9`, `\u00e9`), as UTF-8.
    private mutating func escaped() -> [UInt8] {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = byte == UInt8(ascii: "x") ? 2 : byte == UInt8(ascii: "u") ? 4 : 8
            guard index + length <= bytes.count,
                let value = UInt32(String(decoding: bytes[index..<(index + length)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return [0x5C, byte] }
            index += length
            return Array(String(Character(scalar)).utf8)
        default: return [byte]
        }
    }

    private mutating func number() -> Any? {
        let start = index
        index += 1
        while index < bytes.count, bytes[index] &- 0x30 < 10 || bytes[index] == 0x2E || bytes[index] == 0x5F { index += 1 }
        return Double(String(decoding: bytes[start..<index], as: UTF8.self).replacingOccurrences(of: "_", with: ""))
    }

    /// `None`, `True`, `False`, or a call: `datetime.datetime(2026, 3, 3, …)` as `2026-03-03`.
    private mutating func name(depth: Int) -> Any? {
        let start = index
        while index < bytes.count, ASCII.isLetter(bytes[index]) || bytes[index] &- 0x30 < 10 || bytes[index] == 0x2E
            || bytes[index] == 0x5F
        {
            index += 1
        }
        guard index > start else { return nil }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        switch name {
        case "None": return NSNull()
        case "True": return true
        case "False": return false
        default: break
        }
        guard index < bytes.count, bytes[index] == 0x28 else { return NSNull() }
        // A call: its positional numbers, keyword arguments read and dropped.
        index += 1
        var numbers: [Double] = []
        while true {
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x29 {
                index += 1
                break
            }
            let save = index
            var keyword = false
            while index < bytes.count, ASCII.isLetter(bytes[index]) || bytes[index] == 0x5F { index += 1 }
            if index > save, index < bytes.count, bytes[index] == 0x3D {
                index += 1
                keyword = true
            } else {
                index = save
            }
            guard let argument = value(depth: depth + 1) else { return nil }
            if !keyword, let number = argument as? Double { numbers.append(number) }
            skipSpace()
            if index < bytes.count, bytes[index] == 0x2C { index += 1 }
        }
        guard name.hasSuffix("datetime") || name.hasSuffix("date"), numbers.count >= 3,
            let year = Int(exactly: numbers[0]), let month = Int(exactly: numbers[1]), let day = Int(exactly: numbers[2]),
            (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return NSNull() }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] &- 0x09 < 5 { index += 1 }
    }
}
