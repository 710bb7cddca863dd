import TextToolkit

/// A mail a webhook posted as an HTTP request, saved as the request (SendGrid's Inbound Parse,
/// Mailgun's routes): the request line (`POST /hooks/inbound HTTP/1.1`), its headers, then a
/// `multipart/form-data` body whose fields are the mail's parts (`headers`, `text`, `subject`,
/// `from`, `envelope`, `charsets`, `SPF`; Mailgun's `body-plain`, `stripped-text`).
///
/// The request, the mail's headers, its subject (a colleague's `Fwd: Headline` or note), its
/// sender and its day are the carrier's, never the article's: only the mail's text is read.
/// Contract: `posted(_:)` returns the value of the form's plain-text field (`text`, `body-plain`,
/// `stripped-text`, `TextBody`; else the longest field `RecordKeys` names a text), its line ends
/// made `\n`; nil unless the text opens with a `POST` or `PUT` request line, its headers name a
/// `multipart/form-data` body with a boundary, and that field holds three lines at least. Past
/// the form's first 200 named fields only a plain-text field is still looked for. A part whose
/// headers run to the end of the text holds no value. Pure.
enum HTTPRequests {
    static func posted(_ text: String) -> String? {
        // The request line first: `POST ` or `PUT `, then ` HTTP/1.x` ending the line.
        guard text.utf8.starts(with: "POST /".utf8) || text.utf8.starts(with: "PUT /".utf8),
            let lineEnd = text.utf8.prefix(2_048).firstIndex(of: 0x0A),
            LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.1")
                || LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.0"),
            LineBytes.contains(text, bytes: "multipart/form-data")
        else { return nil }
        // The lines are walked on the bytes, one at a time: the request is not cut into all its lines (10 MiB of blank
        // lines were ten million Strings, twice: 160 MiB more than the text's own reading).
        var text = text
        return text.withUTF8 { Form(bytes: $0).plainText() }
    }

    /// The request's UTF-8 read line by line: a line runs from its start to its LF (or the end), one CR before that dropped
    /// (the lines `LineBytes.lines` cuts, each without a last `\r`). A line is named by the offset of its first byte; the
    /// text's last line starts after its last LF (at the end, empty, when the text ends with one); `past` is after it.
    private struct Form {
        let bytes: UnsafeBufferPointer<UInt8>
        var past: Int { bytes.count + 1 }

        /// The end of the line starting at `start` (its LF's offset, or the text's end) and where its content ends.
        func line(at start: Int) -> (end: Int, content: Int) {
            let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
            return (end, end > start && bytes[end - 1] == 0x0D ? end - 1 : end)
        }

        func next(after end: Int) -> Int { end < bytes.count ? end + 1 : past }

        func string(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        func plainText() -> String? {
            // The request's headers: up to the first blank line among the first 60 lines.
            var start = 0
            var number = 0
            var type: String?
            var body: Int?
            while number < 60, start < past {
                let (end, content) = line(at: start)
                if content == start {
                    body = next(after: end)
                    break
                }
                if number > 0, type == nil {
                    let header = string(start, content)
                    if TextFolding.fold(header).hasPrefix("content-type: multipart/form-data") { type = header }
                }
                number += 1
                start = next(after: end)
            }
            guard var index = body, let type, let marker = type.range(of: "boundary=") else { return nil }
            let boundary = String(type[marker.upperBound...]).trimmingQuotes
            guard !boundary.isEmpty else { return nil }
            let delimiter = Delimiter("--" + boundary)
            // Each part: `--boundary`, its headers (`Content-Disposition: form-data; name="text"`), a blank line, its value.
            // A webhook's form holds a score of fields: past 200, only a plain-text field is still looked for (a request
            // of 300 fields had its text read as the article, `POST /hooks/inbound HTTP/1.1` the title).
            var fields: [Field] = []
            var plain: Field?
            while index < past, plain == nil || fields.count < 200 {
                var (end, content) = line(at: index)
                guard delimiter.opens(self, index, content) else {
                    index = next(after: end)
                    continue
                }
                if delimiter.closes(self, index, content) { break }
                var name: String?
                index = next(after: end)
                while index < past {
                    (end, content) = line(at: index)
                    if content == index { break }
                    if isDisposition(index, content), let named = HTTPRequests.name(in: self.string(index, content)) { name = named }
                    index = next(after: end)
                }
                // The value: from the line after the blank one to the next line opening with the delimiter.
                guard index < past else { break }
                let start = next(after: end)
                var stop = start
                var count = 0
                while stop < past {
                    let (lineEnd, lineContent) = line(at: stop)
                    if delimiter.opens(self, stop, lineContent) { break }
                    count += 1
                    stop = next(after: lineEnd)
                }
                if let name, fields.count < 200 || HTTPRequests.plainFields.contains(name) {
                    let field = Field(name: name, start: start, stop: stop, lines: count)
                    if plain == nil, HTTPRequests.plainFields.contains(name) { plain = field }
                    if fields.count < 200 { fields.append(field) }
                }
                index = stop
            }
            guard let chosen = plain ?? fields.filter({ RecordKeys.field($0.name) == .text }).max(by: { $0.lines < $1.lines }) else {
                return nil
            }
            // The value's lines, each without its CR, joined by `\n`: three of them at least holding more than spaces.
            var value: [UInt8] = []
            var filled = 0
            var at = chosen.start
            while at < chosen.stop {
                let (end, content) = line(at: at)
                if at > chosen.start { value.append(0x0A) }
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<content]))
                if filled < 3, !LineBytes.trimmed(string(at, content)).isEmpty { filled += 1 }
                at = next(after: end)
            }
            guard filled >= 3 else { return nil }
            return String(decoding: value, as: UTF8.self)
        }

        /// A part's `Content-Disposition:` header (ASCII case aside), judged on its first bytes.
        func isDisposition(_ start: Int, _ end: Int) -> Bool {
            let wanted = Array("content-disposition:".utf8)
            guard end - start >= wanted.count else { return false }
            for (offset, byte) in wanted.enumerated() {
                let have = bytes[start + offset]
                guard have == byte || have &- 0x41 < 26 && have | 0x20 == byte else { return false }
            }
            return true
        }
    }

    /// A form's field: its name, its value's lines (from the offset of the first to that of the line after the last), how many.
    private struct Field {
        let name: String
        let start: Int
        let stop: Int
        let lines: Int
    }

    /// `--boundary`, as `LineBytes.hasPrefix` and `==` compare a line with it (and with its closing `--boundary--`): on the
    /// bytes where they decide it, else on the line made a String.
    private struct Delimiter {
        let text: String
        let closing: String
        let utf8: [UInt8]
        /// ASCII without `;`, `` ` `` and `K`: no other scalar is canonically equivalent to any of its scalars.
        let plain: Bool

        init(_ text: String) {
            self.text = text
            closing = text + "--"
            utf8 = Array(text.utf8)
            plain = utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B }
        }

        /// Whether the line opens with the delimiter: a line whose bytes do not open with the delimiter's does not (for a
        /// plain one: `LineBytes.hasPrefix`), any other line is asked as a String.
        func opens(_ form: Form, _ start: Int, _ end: Int) -> Bool {
            if plain {
                guard end - start >= utf8.count else { return false }
                for offset in 0..<utf8.count where form.bytes[start + offset] != utf8[offset] { return false }
            }
            return LineBytes.hasPrefix(form.string(start, end), text)
        }

        func closes(_ form: Form, _ start: Int, _ end: Int) -> Bool {
            guard plain else { return form.string(start, end) == closing }
            return end - start == utf8.count + 2 && form.bytes[end - 2] == 0x2D && form.bytes[end - 1] == 0x2D
        }
    }

    /// The field's name in a part's `Content-Disposition:` header (`name="text"`), or nil.
    fileprivate static func name(in header: String) -> String? {
        guard let start = header.range(of: "name=\"") else { return nil }
        return String(header[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The form fields holding a mail's plain text: SendGrid's, Mailgun's, Postmark's.
    fileprivate static let plainFields: Set<String> = ["text", "body-plain", "stripped-text", "TextBody"]
}

extension String {
    /// The string without one pair of double quotes around it (`"xYzZY"` → `xYzZY`), trimmed.
    fileprivate var trimmingQuotes: String {
        let trimmed = LineBytes.trimmed(self)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
