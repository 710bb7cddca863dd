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
/// `multipart/form-data` body with a boundary, and that field holds three lines at least. Pure.
enum HTTPRequests {
    static func posted(_ text: String) -> String? {
        // The request line first: `POST ` or `PUT `, then ` HTTP/1.x` ending the line.
        guard text.utf8.starts(with: "POST /".utf8) || text.utf8.starts(with: "PUT /".utf8),
            let lineEnd = text.utf8.prefix(2_048).firstIndex(of: 0x0A),
            LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.1")
                || LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.0"),
            LineBytes.contains(text, bytes: "multipart/form-data")
        else { return nil }
        let lines = LineBytes.lines(text).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard let blank = lines.prefix(60).firstIndex(where: { $0.isEmpty }),
            let type = lines[1..<blank].first(where: { TextFolding.fold($0).hasPrefix("content-type: multipart/form-data") }),
            let marker = type.range(of: "boundary=")
        else { return nil }
        let boundary = String(type[marker.upperBound...]).trimmingQuotes
        guard !boundary.isEmpty else { return nil }
        let delimiter = "--" + boundary
        // Each part: `--boundary`, its headers (`Content-Disposition: form-data; name="text"`), a blank line, its value.
        // A webhook's form holds a score of fields: past 200, the rest of the request is none of a mail's.
        var fields: [(name: String, value: [String])] = []
        var index = blank + 1
        while index < lines.count, fields.count < 200 {
            guard LineBytes.hasPrefix(lines[index], delimiter) else {
                index += 1
                continue
            }
            if lines[index] == delimiter + "--" { break }
            var name: String?
            index += 1
            while index < lines.count, !lines[index].isEmpty {
                if Self.isDisposition(lines[index]), let start = lines[index].range(of: "name=\"") {
                    name = String(lines[index][start.upperBound...].prefix { $0 != "\"" })
                }
                index += 1
            }
            let start = index + 1
            var end = start
            while end < lines.count, !LineBytes.hasPrefix(lines[end], delimiter) { end += 1 }
            if let name, start <= end { fields.append((name, Array(lines[start..<end]))) }
            index = end
        }
        let plain = fields.first { plainFields.contains($0.name) }
            ?? fields.filter { RecordKeys.field($0.name) == .text }.max { $0.value.count < $1.value.count }
        guard let value = plain?.value, value.filter({ !LineBytes.trimmed($0).isEmpty }).count >= 3 else { return nil }
        return value.joined(separator: "\n")
    }

    /// A part's `Content-Disposition:` header (ASCII case aside), judged on its first bytes.
    private static func isDisposition(_ line: String) -> Bool {
        let head = line.utf8.prefix(20)
        return head.count == 20 && head.elementsEqual("content-disposition:".utf8) { $0 == $1 || $0 &- 0x41 < 26 && $0 | 0x20 == $1 }
    }

    /// The form fields holding a mail's plain text: SendGrid's, Mailgun's, Postmark's.
    private static let plainFields: Set<String> = ["text", "body-plain", "stripped-text", "TextBody"]
}

extension String {
    /// The string without one pair of double quotes around it (`"xYzZY"` → `xYzZY`), trimmed.
    fileprivate var trimmingQuotes: String {
        let trimmed = LineBytes.trimmed(self)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
