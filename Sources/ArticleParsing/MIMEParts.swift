import TextToolkit

/// A MIME message's structure read on its bytes (RFC 2045, 2046): header blocks, the
/// parameters of a header's value, and the delimiter lines between a multipart body's parts.
/// What `WebArchive` (a page saved as MHTML) and `PlainTextMail` (a mail with a plain part and
/// its HTML twin) read their files with. Pure; each call linear in what it reads.
enum MIMEParts {
    /// The value of `name` (lowercase) among a header value's `; name=value` parameters, quotes
    /// removed; nil when absent.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.drop { $0 == " " || $0 == "\t" }
            guard let equals = pair.firstIndex(of: "="), pair[..<equals].lowercased() == name else { continue }
            let raw = pair[pair.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
            let unquoted = raw.hasPrefix("\"") ? raw.dropFirst().prefix { $0 != "\"" } : raw.prefix { $0 != " " && $0 != "\t" }
            return String(unquoted)
        }
        return nil
    }

    /// A header field: its name lowercased, its value as written with folds joined (a boundary's
    /// case counts).
    struct Field {
        var name: String
        var value: String
    }

    /// The file's lines as byte offsets.
    struct Lines {
        let bytes: [UInt8]

        /// The offset just past the LF ending the line at `offset` (the file's end when none).
        func endOfLine(_ offset: Int) -> Int {
            bytes[offset...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        }

        /// `offset` moved back over the line end (LF or CR LF) that precedes a delimiter line.
        func trimmedEnd(_ offset: Int, after floor: Int) -> Int {
            var end = offset
            if end > floor, bytes[end - 1] == 0x0A { end -= 1 }
            if end > floor, bytes[end - 1] == 0x0D { end -= 1 }
            return end
        }

        /// The first delimiter line at or after `offset` (a line start): `delimiter`, then `--` (the
        /// closing one) or nothing, then only spaces or tabs up to the line's end (RFC 2046). A line
        /// that merely starts with the delimiter's text (`------MultipartBoundary--abcx`) is body.
        func nextDelimiter(_ delimiter: [UInt8], from offset: Int, before limit: Int) -> Int? {
            var line = offset
            while line < limit {
                if bytes[line...].starts(with: delimiter), isDelimiterEnd(from: line + delimiter.count) { return line }
                line = endOfLine(line)
            }
            return nil
        }

        /// What follows a delimiter's text on its line is `--` or nothing, then spaces, tabs, CR.
        private func isDelimiterEnd(from start: Int) -> Bool {
            var index = start
            if bytes[index...].starts(with: [0x2D, 0x2D]) { index += 2 }
            while index < bytes.count, bytes[index] != 0x0A {
                guard bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D else { return false }
                index += 1
            }
            return true
        }

        /// The header block opening at `offset`: its fields and the offset of the body after its
        /// blank line; nil when no blank line comes within `limit` bytes or a line in it is no
        /// header (`Name: value`) nor a fold (a line starting with a space or a tab).
        func headerBlock(from offset: Int, limit: Int) -> ([Field], Int)? {
            var fields: [Field] = []
            var line = offset
            while line < bytes.count, line - offset < limit {
                let next = endOfLine(line)
                var end = next
                if end > line, bytes[end - 1] == 0x0A { end -= 1 }
                if end > line, bytes[end - 1] == 0x0D { end -= 1 }
                if end == line { return (fields, next) }
                let text = bytes[line..<end]
                if text.first == 0x20 || text.first == 0x09 {
                    guard !fields.isEmpty else { return nil }
                    // A value that starts on the fold (`Content-Type:` alone on its line) gets no space before it.
                    let folded = String(decoding: text.drop { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
                    fields[fields.count - 1].value += fields[fields.count - 1].value.isEmpty ? folded : " " + folded
                } else {
                    guard let colon = text.firstIndex(of: 0x3A), colon > line,
                        text[..<colon].allSatisfy({ ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x2D })
                    else { return nil }
                    let name = String(decoding: text[..<colon].map(ASCII.lowercased), as: UTF8.self)
                    let value = String(decoding: text[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
                    fields.append(Field(name: name, value: value))
                }
                line = next
            }
            return nil
        }
    }
}
