import Foundation
import TextToolkit

/// A store's or a service's record as a terminal printed it, the command copied above it: a
/// MongoDB document as `mongosh` prints it (`press> db.clippings.findOne(…)`, then Node's
/// notation: bare keys, strings in `'`, `"` or backticks, `ObjectId('…')`, `ISODate('…')`,
/// `null`), a Redis hash read with `redis-cli HGETALL` (numbered quoted lines with its `\xNN`
/// escapes, or `--raw`: a field's name a line, its value under it), and the JSON answers of
/// commands (`$ aws dynamodb get-item …`, `$ kcat … -J`, `$ curl …`) each under its command line.
/// The JSON shapes (a DynamoDB item's typed values, a Kafka message's payload, an ntfy message,
/// a Feedbin entry with its subscription) are read by `ServiceDocuments` when the JSON stands alone.
///
/// Contract: `mongoDocument` reads the first document under a first line holding `> db.` (a
/// list's first one for `find()`), 8 levels, 200 keys an object, 10,000 items a list; a
/// constructor's value is its first argument (`ObjectId('…')` → its hex, `ISODate('…')` → the
/// moment), `null` and `undefined` left out; a string printed in parts (`'…' +` over lines) is
/// joined, and `util.inspect`'s notes of what it left out (`'…'... 9000 more characters`, `... 5
/// more items`) are skipped, never read as values. `redisHash` reads the fields under a first line
/// holding `HGETALL` up to the next prompt (quoted lines' escapes undone: `\xNN` bytes, `\n`,
/// `\t`, `\"`; `--raw`'s value lines joined by LF until the next line that is a field's name:
/// lowercase ASCII letters, digits, `_`, `-`, `.`, `:`), 5,000 lines, 200 fields. `answers`
/// returns the JSON values under a first `$ ` command line (command lines, kcat's `% ` notices
/// and blank lines between them), 20 values, 4 MiB, each parsed as `JSONMending` does (a lone
/// surrogate escape, a number beyond a Double, a nesting past 500 levels do not refuse it). Each
/// is nil when the text is no such print.
/// Which fields are the article's is `FieldRecords`' reading (`clipped_by`, `clippedBy.at`,
/// `clipped_at` never). Pure; linear in the text's size.
enum ConsoleRecords {
    /// The text's first line (LF or CR LF ended), 300 bytes at most: what the cheap signs are asked of.
    static func firstLine(_ text: String) -> String {
        String(decoding: text.utf8.prefix(300).prefix { $0 != 0x0A }, as: UTF8.self)
    }

    // MARK: mongosh

    static func isMongoPrint(_ first: String) -> Bool {
        LineBytes.contains(first, bytes: "> db.")
    }

    static func mongoDocument(_ text: String) -> [String: Any]? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        var parser = ShellValues(bytes: bytes, index: newline + 1)
        parser.skipSpace()
        guard let value = parser.value(depth: 0) else { return nil }
        if let object = value as? [String: Any] { return object }
        return (value as? [Any])?.first as? [String: Any]
    }

    /// Node's notation as `util.inspect` (mongosh) prints it, read into plain values.
    private struct ShellValues {
        let bytes: [UInt8]
        var index: Int

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        /// A value: an object, a list, a string, a number, a word (`true`, `null`), a constructor's call. `NSNull` for none.
        mutating func value(depth: Int) -> Any? {
            guard depth < 8, index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x7B: return object(depth: depth)
            case 0x5B: return list(depth: depth)
            case 0x27, 0x22, 0x60: return concatenation()
            default:
                let word = identifier()
                guard !word.isEmpty else { return nil }
                skipSpace()
                if index < bytes.count, bytes[index] == 0x28 {
                    // `ObjectId('…')`, `ISODate('…')`, `Long('5')`: the first argument.
                    index += 1
                    skipSpace()
                    let argument: Any? = index < bytes.count && bytes[index] != 0x29 ? value(depth: depth + 1) : NSNull()
                    var open = 1
                    while index < bytes.count, open > 0 {
                        if bytes[index] == 0x28 { open += 1 } else if bytes[index] == 0x29 { open -= 1 }
                        index += 1
                    }
                    return argument
                }
                switch word {
                case "null", "undefined": return NSNull()
                case "true": return true
                case "false": return false
                default: return Int(word).map { $0 as Any } ?? Double(word).map { $0 as Any } ?? word
                }
            }
        }

        /// A string, its parts joined when Node printed it over lines (`'…' +` then `'…'`), what `util.inspect` left out
        /// of a long one after it (`'…'... 90000 more characters`) skipped: the string as printed.
        mutating func concatenation() -> String? {
            guard var joined = string() else { return nil }
            while true {
                skipElision()
                let mark = index
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x2B else {
                    index = mark
                    return joined
                }
                index += 1
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x27 || bytes[index] == 0x22 || bytes[index] == 0x60, let next = string() else {
                    return nil
                }
                joined += next
            }
        }

        /// `util.inspect`'s note of what it left out (`... 5 more items` in a list, `... 90000 more characters` after a
        /// string), skipped: three dots, a count, `more` and a word. The index is left as it was when none follows.
        mutating func skipElision() {
            let mark = index
            skipSpace()
            guard index + 3 <= bytes.count, bytes[index] == 0x2E, bytes[index + 1] == 0x2E, bytes[index + 2] == 0x2E else {
                index = mark
                return
            }
            var at = index + 3
            while at < bytes.count, bytes[at] == 0x20 { at += 1 }
            let digits = at
            while at < bytes.count, bytes[at] &- 0x30 < 10 || bytes[at] == 0x2C { at += 1 }
            guard at > digits, at < bytes.count, bytes[at] == 0x20 else {
                index = mark
                return
            }
            at += 1
            guard at + 5 <= bytes.count, bytes[at..<(at + 5)].elementsEqual("more ".utf8) else {
                index = mark
                return
            }
            at += 5
            while at < bytes.count, ASCII.isLetter(bytes[at]) { at += 1 }
            index = at
        }

        mutating func identifier() -> String {
            let start = index
            while index < bytes.count, ASCII.isLetter(bytes[index]) || bytes[index] &- 0x30 < 10 || bytes[index] == 0x5F
                || bytes[index] == 0x24 || bytes[index] == 0x2E || bytes[index] == 0x2D || bytes[index] == 0x2B
            {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() -> String? {
            let quote = bytes[index]
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == quote { return String(decoding: out, as: UTF8.self) }
                guard byte == 0x5C, index < bytes.count else {
                    out.append(byte)
                    continue
                }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x75 where index + 4 <= bytes.count:
                    guard let code = hexUnit(at: index) else {
                        out.append(escaped)
                        break
                    }
                    index += 4
                    var scalar = Unicode.Scalar(code)
                    // A pair of surrogate escapes (`\ud83d\ude00`) is one scalar; a lone one U+FFFD.
                    if (0xD800..<0xDC00).contains(code), index + 6 <= bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75,
                        let low = hexUnit(at: index + 2), (0xDC00..<0xE000).contains(low)
                    {
                        scalar = Unicode.Scalar(0x10000 + (code - 0xD800) << 10 + (low - 0xDC00))
                        index += 6
                    }
                    out.append(contentsOf: Array(String(Character(scalar ?? "\u{FFFD}")).utf8))
                default: out.append(escaped)
                }
            }
            return nil
        }

        /// The UTF-16 unit of the four hex digits at `at`; nil when there are not four.
        func hexUnit(at start: Int) -> UInt32? {
            guard start + 4 <= bytes.count else { return nil }
            var unit: UInt32 = 0
            for byte in bytes[start..<(start + 4)] {
                guard let digit = QuotedPrintable.hex(byte) else { return nil }
                unit = unit << 4 | UInt32(digit)
            }
            return unit
        }

        mutating func object(depth: Int) -> [String: Any]? {
            index += 1
            var object: [String: Any] = [:]
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x7D {
                    index += 1
                    return object
                }
                let key: String
                if bytes[index] == 0x27 || bytes[index] == 0x22 || bytes[index] == 0x60 {
                    guard let quoted = string() else { return nil }
                    key = quoted
                } else {
                    key = identifier()
                }
                skipSpace()
                guard !key.isEmpty, index < bytes.count, bytes[index] == 0x3A else { return nil }
                index += 1
                skipSpace()
                guard let item = value(depth: depth + 1) else { return nil }
                if !(item is NSNull), object.count < 200 { object[key] = item }
                skipSpace()
                if index < bytes.count, bytes[index] == 0x2C { index += 1 }
            }
        }

        mutating func list(depth: Int) -> [Any]? {
            index += 1
            var items: [Any] = []
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x5D {
                    index += 1
                    return items
                }
                // `... 5 more items`: what the print left out of a long list.
                let before = index
                skipElision()
                if index != before { continue }
                guard let item = value(depth: depth + 1) else { return nil }
                if !(item is NSNull), items.count < 10_000 { items.append(item) }
                skipSpace()
                if index < bytes.count, bytes[index] == 0x2C { index += 1 }
            }
        }
    }

    // MARK: redis-cli

    /// Whether the text is a command's answer `consoleRecord` reads but none of whose answers holds an article (a
    /// GitHub issue quoting none, a Gotify notice, a Signal receipt, SPARQL's ASK answer), or calibre's `ebook-meta`
    /// without the book's text: no article, and no lines to read as one.
    static func holdsNoArticle(_ text: String) -> Bool {
        if DeskAnswers.isEbookMeta(firstLine(text)) { return true }
        guard let answers = answers(text) else { return false }
        return answers.contains(where: DeskAnswers.isShape)
    }

    static func isRedisHash(_ first: String) -> Bool {
        LineBytes.contains(first, bytes: "HGETALL ") || LineBytes.contains(first, bytes: "hgetall ")
    }

    static func redisHash(_ text: String) -> [String: Any]? {
        let lines = PsqlRecords.firstLines(of: text, count: 5_001).dropFirst()
        var values: [String] = []
        var quoted = false
        // A quoted print: ` 1) "headline"`.
        for line in lines {
            guard let value = numberedValue(line) else { break }
            quoted = true
            values.append(value)
        }
        var fields: [String: Any] = [:]
        if quoted {
            guard values.count >= 2 else { return nil }
            for pair in stride(from: 0, to: values.count - 1, by: 2) where fields.count < 200 {
                let value = LineBytes.trimmed(values[pair + 1])
                if fields[values[pair]] == nil, !value.isEmpty { fields[values[pair]] = value }
            }
        } else {
            // `--raw`: a field's name a line, its value's lines under it.
            var key: String?
            var value: [Substring] = []
            func flush() {
                guard let key, fields[key] == nil, fields.count < 200 else { return }
                let joined = value.joined(separator: "\n")
                if !LineBytes.trimmed(joined).isEmpty { fields[key] = LineBytes.trimmed(joined) }
            }
            for line in lines {
                if isPrompt(line) { break }
                if key == nil || !value.isEmpty && isFieldName(line) {
                    flush()
                    guard isFieldName(line) else { return nil }
                    key = String(line)
                    value = []
                } else {
                    value.append(line)
                }
            }
            flush()
        }
        return fields.count >= 2 ? fields : nil
    }

    /// A prompt closing the print (`127.0.0.1:6379> `, `$ `).
    private static func isPrompt(_ line: Substring) -> Bool {
        if line.utf8.first == 0x24 { return line.utf8.count == 1 || line.utf8.dropFirst().first == 0x20 }
        // `127.0.0.1:6379> `, `cache:6379> `: a host and port before `> `.
        let host = line.utf8.prefix(64).prefix { ASCII.isLetter($0) || $0 &- 0x30 < 10 || $0 == 0x2E || $0 == 0x3A || $0 == 0x2D || $0 == 0x5F }
        guard !host.isEmpty, host.count < line.utf8.count, line.utf8[host.endIndex] == 0x3E else { return false }
        let after = line.utf8.index(after: host.endIndex)
        return after == line.utf8.endIndex || line.utf8[after] == 0x20
    }

    private static func isFieldName(_ line: Substring) -> Bool {
        guard let first = line.utf8.first, first &- 0x61 < 26 || first == 0x5F, line.utf8.count <= 64 else { return false }
        return line.utf8.allSatisfy { $0 &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E || $0 == 0x3A }
    }

    /// ` 1) "…"` → the value with redis-cli's escapes undone; nil for any other line.
    private static func numberedValue(_ line: Substring) -> String? {
        let utf8 = Array(line.utf8)
        var index = 0
        while index < utf8.count, utf8[index] == 0x20 { index += 1 }
        let digits = index
        while index < utf8.count, utf8[index] &- 0x30 < 10 { index += 1 }
        guard index > digits, index + 3 < utf8.count, utf8[index] == 0x29, utf8[index + 1] == 0x20, utf8[index + 2] == 0x22, utf8.last == 0x22
        else { return nil }
        var out: [UInt8] = []
        var at = index + 3
        let end = utf8.count - 1
        while at < end {
            let byte = utf8[at]
            at += 1
            guard byte == 0x5C, at < end else {
                out.append(byte)
                continue
            }
            let escaped = utf8[at]
            at += 1
            switch escaped {
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x78 where at + 2 <= end:
                if let high = QuotedPrintable.hex(utf8[at]), let low = QuotedPrintable.hex(utf8[at + 1]) {
                    out.append(high << 4 | low)
                    at += 2
                } else {
                    out.append(escaped)
                }
            default: out.append(escaped)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: JSON answers under their commands

    /// The JSON values under a `$ ` command line, each opening a line (command lines, `% ` notices, blank lines between).
    static func answers(_ text: String) -> [Any]? {
        // The line under the command opens an answer, a command or a notice (a pdftotext session's text does not).
        guard text.utf8.first == 0x24, let newline = text.utf8.prefix(4096).firstIndex(of: 0x0A),
            let next = text.utf8[text.utf8.index(after: newline)...].first, [0x7B, 0x5B, 0x24, 0x25, 0x0A, 0x0D].contains(next)
        else { return nil }
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard var index = bytes.firstIndex(of: 0x0A) else { return nil }
        var values: [Any] = []
        while index < bytes.count, values.count < 20 {
            let lineStart = index + 1
            guard lineStart < bytes.count else { break }
            switch bytes[lineStart] {
            case 0x7B, 0x5B:
                guard let end = JSONRecords.valueEnd(bytes, from: lineStart),
                    let value = JSONMending.value(bytes[lineStart..<end])
                else { return values.isEmpty ? nil : values }
                values.append(value)
                index = bytes[end...].firstIndex(of: 0x0A) ?? bytes.count
            case 0x24, 0x25, 0x0A, 0x0D:
                index = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            default:
                return values.isEmpty ? nil : values
            }
        }
        return values.isEmpty ? nil : values
    }

    /// The answers as one value for `ServiceDocuments`: an ntfy poll's message event, a Feedbin entry with its
    /// subscription's title as its `feed_title`; else the first answer of a known shape. Nil when none is.
    static func known(_ answers: [Any]) -> Any? {
        // A desk tool's answer (`DeskAnswers`: gh's issue, Gotify's, Shaarli's, Redmine's, signal-cli's, Baserow's, SPARQL's).
        if let answer = answers.first(where: DeskAnswers.mayCarry) ?? answers.first(where: DeskAnswers.isShape) { return answer }
        let objects = answers.compactMap { $0 as? [String: Any] }
        if let message = objects.first(where: ServiceDocuments.isNtfyMessage) { return message }
        if var entry = objects.first(where: ServiceDocuments.isFeedbinEntry) {
            let feed = entry["feed_id"].map { "\($0)" }
            let subscriptions = answers.compactMap { $0 as? [Any] }.flatMap { $0.prefix(5_000) }.compactMap { $0 as? [String: Any] }
                + objects.filter { $0["feed_url"] != nil }
            if let subscription = subscriptions.first(where: { $0["feed_id"].map { "\($0)" } == feed && $0["title"] is String }) {
                entry["feed_title"] = subscription["title"]
            }
            return entry
        }
        return answers.first { ServiceDocuments.isKnownConsoleShape($0) }
    }
}
