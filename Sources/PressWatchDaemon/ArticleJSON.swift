import ArticleParsing

/// The JSON line `presswatch parse` prints for a file, written by hand.
///
/// Contract: the output is byte for byte what `JSONEncoder` gives with
/// `[.withoutEscapingSlashes, .sortedKeys]` for the same record (`ParseReport`'s Encodable
/// records): keys in sorted order, nil optionals left out, strings escaped as JSONEncoder escapes
/// them (`"` and `\` with a backslash; `\b \t \n \f \r`; other control characters as `\u00xx`
/// with lowercase hex; `/`, DEL, U+2028 and every other non-ASCII character as is), integers in
/// decimal, doubles as their `description` without a trailing `.0`.
///
/// Failure: JSONEncoder refuses a non-finite double; so does this encoder (it returns nil) and
/// the caller falls back to its error line. Tests compare it with JSONEncoder.
enum ArticleJSON {
    /// `{"amounts":…,"authors":…,…,"file":…,…}` for a parsed article, or nil when an amount's
    /// value is not finite.
    static func line(file: String, article: Article) -> String? {
        var out = Writer()
        out.bytes.reserveCapacity(article.body.reduce(1024) { $0 + $1.utf8.count + 8 })
        out.raw("{\"amounts\":[")
        for (index, amount) in article.amounts.enumerated() {
            guard amount.value.isFinite else { return nil }
            out.raw(index == 0 ? "{\"currency\":" : ",{\"currency\":")
            out.string(amount.currency)
            out.raw(",\"text\":")
            out.string(amount.text)
            out.raw(",\"value\":")
            out.double(amount.value)
            out.raw("}")
        }
        out.raw("],\"authors\":")
        out.strings(article.authors)
        out.raw(",\"body\":")
        out.strings(article.body)
        out.field("file", file)
        out.field("format", article.format.rawValue)
        out.field("id", article.id)
        out.raw(",\"keywords\":")
        out.strings(article.keywords)
        out.field("language", article.language)
        out.field("lede", article.lede)
        out.raw(",\"places\":[")
        for (index, place) in article.places.enumerated() {
            out.raw(index == 0 ? "{\"code\":" : ",{\"code\":")
            out.string(place.code)
            out.raw(",\"mentions\":\(place.mentions),\"name\":")
            out.string(place.name)
            out.raw("}")
        }
        out.raw("]")
        out.field("published", article.published)
        out.raw(",\"readingMinutes\":\(article.readingMinutes)")
        out.field("site", article.site)
        out.field("source", article.source)
        out.field("summary", article.summary)
        out.field("title", article.title)
        out.raw(",\"wordCount\":\(article.wordCount)}")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `{"error":…,"file":…}`.
    static func line(file: String, error: String) -> String {
        var out = Writer()
        out.raw("{\"error\":")
        out.string(error)
        out.field("file", file)
        out.raw("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A UTF-8 buffer with JSONEncoder's spelling of each value.
    private struct Writer {
        var bytes: [UInt8] = []

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// `,"name":value`, or nothing when the value is nil.
        mutating func field(_ name: String, _ value: String?) {
            guard let value else { return }
            raw(",\"")
            raw(name)
            raw("\":")
            string(value)
        }

        mutating func strings(_ values: [String]) {
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                string(value)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        /// `description` without a trailing `.0` (`820000000`, `12.5`, `1e+16`), as JSONEncoder.
        mutating func double(_ value: Double) {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            raw(text)
        }

        /// The string quoted; unescaped runs are copied whole.
        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var runStart = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = index + 1
                    escape(byte)
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
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
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
    }
}
