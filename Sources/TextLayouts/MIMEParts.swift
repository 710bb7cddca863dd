import TextToolkit

/// A MIME message's structure read on its bytes (RFC 2045, 2046): header blocks, the
/// parameters of a header's value, the delimiter lines between a multipart body's parts, and
/// the walk over a multipart body's parts. What `MailBodies` (the plain part a mail client
/// shows), `PlainTextMail` (a mail with a plain part and its HTML twin) and `WebArchive` (a page
/// saved as MHTML) read their files with, so that all three find a mail's parts by one rule.
/// Pure; each call linear in what it reads.
package enum MIMEParts {
    /// The value of `name` (lowercase) among a header value's `; name=value` parameters, quotes
    /// removed; nil when absent.
    package static func parameter(_ name: String, in value: String) -> String? {
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
    package struct Field {
        package var name: String
        package var value: String

        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// One part of a multipart body that holds no parts itself: its header fields and its body's
    /// bytes (up to the line end before the next delimiter, or to the end of the enclosing body).
    package struct Leaf {
        package var header: [Field]
        package var body: Range<Int>
        /// How deep its multipart body stands (0: the message's own) and where among that body's parts (0: first).
        package var depth: Int
        package var index: Int

        /// The part's `Content-Type` lowercased; `text/plain` when it declares none (RFC 2045).
        package var type: String { header.first { $0.name == "content-type" }?.value.lowercased() ?? "text/plain" }

        /// The part's `Content-Transfer-Encoding` lowercased; empty when it declares none.
        package var transferEncoding: String {
            header.first { $0.name == "content-transfer-encoding" }?.value.lowercased() ?? ""
        }
    }

    /// The file's lines as byte offsets.
    package struct Lines {
        package let bytes: [UInt8]

        package init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The offset just past the LF ending the line at `offset` (the file's end when none).
        package func endOfLine(_ offset: Int) -> Int {
            bytes[offset...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        }

        /// `offset` moved back over the line end (LF or CR LF) that precedes a delimiter line.
        package func trimmedEnd(_ offset: Int, after floor: Int) -> Int {
            var end = offset
            if end > floor, bytes[end - 1] == 0x0A { end -= 1 }
            if end > floor, bytes[end - 1] == 0x0D { end -= 1 }
            return end
        }

        /// The first delimiter line at or after `offset` (a line start): `delimiter`, then `--` (the
        /// closing one) or nothing, then only spaces or tabs up to the line's end (RFC 2046). A line
        /// that merely starts with the delimiter's text (`------MultipartBoundary--abcx`) is body.
        package func nextDelimiter(_ delimiter: [UInt8], from offset: Int, before limit: Int) -> Int? {
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
        package func headerBlock(from offset: Int, limit: Int) -> ([Field], Int)? {
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

        /// Calls `visit` with each leaf part of the multipart body that `header` declares within
        /// `range`, in order, going into a nested multipart part when `descends(type, depth)`
        /// accepts its lowercased `Content-Type` (depth 0 is `header`'s own body, 1 a part of it).
        /// A part is read up to the next delimiter line of its own boundary; the walk of a body
        /// ends at its closing delimiter, at a part whose header block is broken or over 16 KiB,
        /// or when `visit` returns false. Returns false when `visit` stopped the walk.
        @discardableResult
        package func forEachLeaf(
            of header: [Field], in range: Range<Int>, depth: Int = 0, descends: (String, Int) -> Bool, _ visit: (Leaf) -> Bool
        ) -> Bool {
            guard let declared = header.first(where: { $0.name == "content-type" })?.value, descends(declared.lowercased(), depth),
                let boundary = MIMEParts.parameter("boundary", in: declared), !boundary.isEmpty
            else { return true }
            let delimiter = Array(("--" + boundary).utf8)
            var position = range.lowerBound
            var index = 0
            while let open = nextDelimiter(delimiter, from: position, before: range.upperBound) {
                let afterDelimiter = endOfLine(open)
                guard afterDelimiter < range.upperBound, !bytes[(open + delimiter.count)...].starts(with: [0x2D, 0x2D]),
                    let (partHeader, partBody) = headerBlock(from: afterDelimiter, limit: 16_384), partBody <= range.upperBound
                else { return true }
                let next = nextDelimiter(delimiter, from: partBody, before: range.upperBound)
                let end = next.map { trimmedEnd($0, after: partBody) } ?? range.upperBound
                let leaf = Leaf(header: partHeader, body: partBody..<end, depth: depth, index: index)
                index += 1
                if leaf.type.hasPrefix("multipart/") {
                    guard forEachLeaf(of: partHeader, in: partBody..<end, depth: depth + 1, descends: descends, visit) else { return false }
                } else if !visit(leaf) {
                    return false
                }
                position = next ?? range.upperBound
            }
            return true
        }
    }
}
