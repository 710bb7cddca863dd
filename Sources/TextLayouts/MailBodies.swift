import TextToolkit

/// A raw e-mail saved as text (`.eml`) whose text travels encoded: a body part in
/// quoted-printable (`=C3=A9`, `=` at a line's end joining it to the next) or base64, and
/// header values as MIME encoded words (`=?utf-8?q?Gr=C3=A8ve?=`, `=?UTF-8?B?…?=`).
///
/// Contract: `decoded` returns the text as the mail client shows it when the file opens with a
/// mail header (`MailHeaders.isMailHeader`), or a mailbox's `From …@… date` separator line (left
/// out) then one, and a `Content-Transfer-Encoding:` of
/// quoted-printable or base64 names its first `text/plain` part (or the whole body): the
/// header block (encoded words decoded, in UTF-8 or Latin-1, in header lines of 8 KiB at most), a blank line, and that part's
/// text decoded (its charset UTF-8 unless it says Latin-1 / ISO-8859-1 / Windows-1252; a multipart mail's
/// plain part in 8 or 7 bits as the file's text stands, whatever its charset says); the
/// other parts (HTML, attachments) and the MIME boundaries are left out. Lines end with LF.
/// Every other file is returned unchanged. An encoding error keeps the bytes as they are
/// (invalid UTF-8 becomes U+FFFD). Pure; linear in the text's size.
enum MailBodies {
    static func decoded(_ text: String) -> String {
        // A mailbox file's separator (`From jane@example.org Sat Feb 28 15:34:00 1987`) above the
        // headers is no part of the mail.
        if LineBytes.hasPrefix(text, "From "), let end = text.utf8.firstIndex(of: 0x0A) {
            let separator = String(text[..<end])
            let rest = String(text[text.utf8.index(after: end)...])
            if !MailHeaders.isMailHeader(separator), LineBytes.contains(separator, 0x40), rest.utf8.first.map(ASCII.isLetter) == true {
                let decoded = decodedMail(rest)
                if decoded != rest { return decoded }
            }
        }
        return decodedMail(text)
    }

    /// `decoded` of a text opening with its first header.
    private static func decodedMail(_ text: String) -> String {
        // The first line, a mail header, is read before the whole text is searched.
        guard let first = text.utf8.first, ASCII.isLetter(first),
            MailHeaders.isMailHeader(String(decoding: text.utf8.prefix(while: { $0 != 0x0A }).prefix(80), as: UTF8.self)),
            LineBytes.contains(text, bytes: "ransfer-Encoding:")
            || LineBytes.contains(text, bytes: "ransfer-encoding:") || LineBytes.contains(text, bytes: "RANSFER-ENCODING:")
        else { return text }
        // Split on the bytes: CR LF is one Character, which a split on "\n" would not cut.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        guard MailHeaders.isMailHeader(lines[0]), let part = textPart(lines) else { return text }
        // Folded header lines joined first: a word may be encoded over two lines. A header of
        // more than 8 KiB is no mail client's: left as it is.
        let header = MailHeaders.joinedFolds(lines[..<part.headerEnd]).map { line in
            line.utf8.count <= 8192 && LineBytes.contains(line, bytes: "=?") ? EncodedWords.decoded(line) : line
        }
        let body = lines[part.body].joined(separator: "\n")
        // A part in 8 or 7 bits is the file's own text, its charset already read with the file's: as it is (its
        // UTF-8 read once more as Latin-1 made `relevé` `relevÃ©`).
        if part.plain { return (header + [""]).joined(separator: "\n") + "\n" + body }
        let bytes = part.base64 ? Base64.decoded(body) : QuotedPrintable.decoded(body)
        return (header + [""]).joined(separator: "\n") + "\n" + (part.latin1 ? Latin1.string(bytes) : String(decoding: bytes, as: UTF8.self))
    }

    /// Where the first text/plain part encoded in quoted-printable or base64 stands.
    private struct Part {
        var headerEnd: Int
        var body: Range<Int>
        var base64: Bool
        var latin1: Bool
        var plain = false
    }

    private static func textPart(_ lines: [String]) -> Part? {
        guard let headerEnd = lines.firstIndex(where: \.isEmpty) else { return nil }
        var boundaries: [String] = []
        var contentType = ""
        var index = 0
        while index < min(lines.count, 400) {
            let lower = lines[index].lowercased()
            if let range = lower.firstRange(of: "boundary=") {
                // The value as written (a boundary's case counts), at the same offset as in `lower`.
                let offset = lower.utf8.distance(from: lower.startIndex, to: range.upperBound)
                let value = lines[index].utf8.dropFirst(offset).drop { $0 == 0x22 }.prefix { $0 != 0x22 && $0 != 0x3B && $0 != 0x20 }
                if !value.isEmpty { boundaries.append("--" + String(decoding: value, as: UTF8.self)) }
            }
            if lower.hasPrefix("content-type:") { contentType = lower }
            if lower.hasPrefix("--") { contentType = "" }
            if lower.hasPrefix("content-transfer-encoding:"), contentType.isEmpty || contentType.contains("text/plain") {
                let encoding = lower.dropFirst("content-transfer-encoding:".count).drop { $0 == " " }
                let base64 = encoding.hasPrefix("base64")
                // A multipart mail's plain part in 8 or 7 bits (an Outlook message `msgconvert` made an `.eml`): the
                // part as it is, its HTML alternative left out.
                let plain = !boundaries.isEmpty && contentType.contains("text/plain")
                    && ["8bit", "7bit", "binary"].contains { encoding.hasPrefix($0) }
                guard base64 || encoding.hasPrefix("quoted-printable") || plain else { index += 1; continue }
                guard let blank = lines[index...].firstIndex(where: \.isEmpty) else { return nil }
                let end = lines[(blank + 1)...].firstIndex { line in boundaries.contains { line.hasPrefix($0) } } ?? lines.count
                let latin1 = ["iso-8859-1", "latin1", "latin-1", "windows-1252", "iso-8859-15"].contains { contentType.contains($0) }
                return Part(headerEnd: headerEnd, body: (blank + 1)..<end, base64: base64, latin1: latin1, plain: plain)
            }
            index += 1
        }
        return nil
    }
}

/// Latin-1 bytes as a String (each byte the scalar of the same number).
enum Latin1 {
    static func string(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

/// RFC 2047 encoded words in a header line (`=?utf-8?q?Gr=C3=A8ve_au_port?=`); the space
/// between two encoded words is dropped. A word in another charset, or malformed, stays as it is.
enum EncodedWords {
    static func decoded(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        var lastWasEncoded = false
        while let open = rest.firstRange(of: "=?") {
            let before = rest[..<open.lowerBound]
            guard let word = decodedWord(rest[open.lowerBound...]) else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && before.allSatisfy(\.isWhitespace)) { out += before }
            out += word.text
            rest = word.rest
            lastWasEncoded = true
        }
        return out + rest
    }

    private static func decodedWord(_ text: Substring) -> (text: String, rest: Substring)? {
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), parts[0].count <= 20 else { return nil }
        let charset = parts[0].lowercased()
        let latin1 = ["iso-8859-1", "iso-8859-15", "windows-1252", "latin1"].contains(charset)
        guard charset == "utf-8" || charset == "us-ascii" || latin1 else { return nil }
        let bytes: [UInt8]
        switch parts[1].lowercased() {
        case "q": bytes = QuotedPrintable.decoded(String(parts[2].map { $0 == "_" ? " " : $0 }))
        case "b": bytes = Base64.decoded(String(parts[2]))
        default: return nil
        }
        let decoded = latin1 ? Latin1.string(bytes) : String(decoding: bytes, as: UTF8.self)
        return (decoded, parts[3].dropFirst())
    }
}
