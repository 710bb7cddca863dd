import TextToolkit

/// A raw e-mail saved as text (`.eml`) whose text travels encoded: a body part in
/// quoted-printable (`=C3=A9`, `=` at a line's end joining it to the next) or base64, and
/// header values as MIME encoded words (`=?utf-8?q?Gr=C3=A8ve?=`, `=?UTF-8?B?…?=`).
///
/// Contract: `decoded` returns the text as the mail client shows it when the file opens with a
/// mail header (`MailHeaders.isMailHeader`), or a mailbox's `From …@… date` separator line (left
/// out) then one. When the mail is one plain-text part in quoted-printable or base64, or its
/// multipart body (nested 4 levels at most) holds a `text/plain` part, found by the MIME walk
/// `PlainTextMail` and `WebArchive` share (`MIMEParts`): the header block (encoded words decoded,
/// in UTF-8 or Latin-1, in header lines of 8 KiB at most), a blank line, and the first such part's
/// text decoded (its charset UTF-8 unless it says Latin-1 / ISO-8859-1 / Windows-1252; a part in
/// 8 or 7 bits as the file's text stands, whatever its charset says); the other parts (HTML,
/// attachments) and the MIME boundaries are left out. Lines end with LF. Any other mail whose
/// header holds encoded words, or a delivery report (`multipart/report`, whose returned message
/// the text reader reads): the header block decoded, above the body as it stands.
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
            MailHeaders.isMailHeader(String(decoding: text.utf8.prefix(while: { $0 != 0x0A }).prefix(80), as: UTF8.self))
        else { return text }
        let bytes = Array(text.utf8)
        guard let (headerLines, bodyStart) = headerBlock(bytes) else { return text }
        // Folded header lines joined first: a word may be encoded over two lines.
        let header = MailHeaders.joinedFolds(headerLines)
        // A header line of more than 8 KiB is no mail client's, nor are header lines past the first 64 KiB holding
        // encoded words: left as they are (a header of a thousand lines of `=?` each was decoded whole, 17 times slower).
        // The subject, the sender and the day are decoded whatever came before them (nine long `X-` lines used the
        // budget up and left the subject encoded, the title).
        // Past the budget each read field is decoded once, its first line only (a header repeating `Subject:` ten
        // thousand times was decoded whole: 10 MiB, 5 s).
        var budget = 64 << 10
        var decodedPastBudget: Set<String> = []
        let shown = header.map { line in
            guard line.utf8.count <= 8192, LineBytes.contains(line, bytes: "=?") else { return line }
            if budget <= 0 {
                guard let field = readField(line), decodedPastBudget.insert(field).inserted else { return line }
            }
            budget -= line.utf8.count
            return EncodedWords.decoded(line)
        }
        let head = (shown + [""]).joined(separator: "\n") + "\n"
        guard let part = plainPart(fields(header), in: bodyStart..<bytes.count, lines: MIMEParts.Lines(bytes: bytes)) else {
            // A mail whose body needs no decoding (one part in 8 bits, or HTML only) still shows its subject decoded.
            return shown == header ? text : head + String(decoding: bytes[bodyStart...], as: UTF8.self)
        }
        let body = withLineFeeds(bytes[part.body])
        // A part in 8 or 7 bits is the file's own text, its charset already read with the file's: as it is (its
        // UTF-8 read once more as Latin-1 made `relevé` `relevÃ©`).
        if part.asWritten { return head + String(decoding: body, as: UTF8.self) }
        let decoded = part.base64 ? Base64.decoded(bytes: body) : QuotedPrintable.decoded(bytes: body)
        return head + (part.latin1 ? Latin1.string(decoded) : String(decoding: decoded, as: UTF8.self))
    }

    /// The field's name (lowercased) when a header line is one whose value the reader shows: the subject, the sender, the
    /// day; nil for any other line.
    private static func readField(_ line: String) -> String? {
        guard let colon = line.utf8.firstIndex(of: 0x3A), line.utf8.distance(from: line.utf8.startIndex, to: colon) <= 8 else { return nil }
        let name = String(line[..<colon]).lowercased()
        return ["subject", "from", "date", "sender"].contains(name) ? name : nil
    }

    /// The mail's header lines (line ends dropped) up to its first blank line, and the offset of
    /// the body after that line; nil when no blank line ends the header or its first line is no header.
    private static func headerBlock(_ bytes: [UInt8]) -> ([String], Int)? {
        var lines: [String] = []
        var start = 0
        while start < bytes.count {
            let next = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            var end = next
            if end > start, bytes[end - 1] == 0x0A { end -= 1 }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if end == start { return lines.first.map(MailHeaders.isMailHeader) == true ? (lines, next) : nil }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = next
        }
        return nil
    }

    /// Header lines (folds joined) as MIME fields; a line with no colon is none.
    private static func fields(_ header: [String]) -> [MIMEParts.Field] {
        header.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return MIMEParts.Field(name: line[..<colon].lowercased(), value: String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }))
        }
    }

    /// Bytes with each CR that ends a line dropped (CR LF → LF).
    private static func withLineFeeds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index == bytes.endIndex || bytes[index] == 0x0A { continue }
            out.append(byte)
        }
        return out
    }

    /// Where the text a mail client shows stands, and how it is written.
    private struct Part {
        var body: Range<Int>
        var base64: Bool
        /// In 7 or 8 bits within a multipart mail: the file's own text.
        var asWritten: Bool
        var latin1: Bool
    }

    /// The mail's first `text/plain` part (a part without a `Content-Type` is one, RFC 2045), looked
    /// for in nested multipart parts too (4 levels at most; `MIMEParts.Lines.forEachLeaf`, the walk
    /// `PlainTextMail` and `WebArchive` read mails with): in quoted-printable, base64, or 7 or 8 bits;
    /// or, in a mail of one part, the whole body when it is plain text in quoted-printable or base64.
    private static func plainPart(_ header: [MIMEParts.Field], in range: Range<Int>, lines: MIMEParts.Lines) -> Part? {
        let type = header.first { $0.name == "content-type" }?.value.lowercased() ?? ""
        // A delivery report (a bounce) returns the message it could not deliver below its notice: read whole.
        if type.hasPrefix("multipart/report") { return nil }
        guard type.hasPrefix("multipart/") else {
            let encoding = header.first { $0.name == "content-transfer-encoding" }?.value.lowercased() ?? ""
            let base64 = encoding.hasPrefix("base64")
            guard type.isEmpty || type.contains("text/plain"), base64 || encoding.hasPrefix("quoted-printable") else { return nil }
            return Part(body: range, base64: base64, asWritten: false, latin1: isLatin1(type))
        }
        var found: Part?
        lines.forEachLeaf(of: header, in: range, descends: { type, depth in depth <= 4 && type.hasPrefix("multipart/") }) { leaf in
            let encoding = leaf.transferEncoding
            let base64 = encoding.hasPrefix("base64")
            let quoted = encoding.hasPrefix("quoted-printable")
            guard leaf.type.hasPrefix("text/plain"), base64 || quoted || encoding.isEmpty || ["8bit", "7bit", "binary"].contains(where: encoding.hasPrefix)
            else { return true }
            found = Part(body: leaf.body, base64: base64, asWritten: !base64 && !quoted, latin1: isLatin1(leaf.type))
            return false
        }
        return found
    }

    /// Whether a `Content-Type` value names a Latin-1 charset (or Windows-1252, ISO-8859-15).
    private static func isLatin1(_ type: String) -> Bool {
        ["iso-8859-1", "latin1", "latin-1", "windows-1252", "iso-8859-15"].contains { type.contains($0) }
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
