import TextLayouts
import TextToolkit

/// A raw e-mail (`.eml`, an Outlook message `msgconvert` turned into one) whose body is
/// `multipart/alternative` (or `multipart/mixed` holding one): the plain text of the message
/// and its HTML twin. The HTML twin's `<html>` would make the file look like a page to
/// `HTMLCharset.looksLikeHTML`, and the HTML reader would then read the mail's headers as the
/// page's text and its forwarding note as its title; the text reader reads such a mail by its
/// headers and its plain part (`MailBodies`), as a mail client shows it.
///
/// Contract: `leadsWithPlainText` is true when the bytes open (after a UTF-8 BOM) with a mail
/// header line (`MailHeaders.isMailHeader`: `Received:`, `From:`, `Subject:`, `X-…:`) whose
/// header block, within its first 64 KiB, declares a `multipart/alternative` or
/// `multipart/mixed` body with a boundary, and the first text part under it (looking one level
/// into a nested `multipart/alternative`) is `text/plain`, declares its
/// `Content-Transfer-Encoding` (what `MailBodies` decodes by) and holds a letter. A
/// `multipart/related` message is a saved page (`WebArchive`), a mail whose first text part is
/// HTML stays the HTML reader's, and every other file is false. Pure; linear in the file's size.
enum PlainTextMail {
    static func leadsWithPlainText(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard start < bytes.count, ASCII.isLetter(bytes[start]) else { return false }
        let firstLine = bytes[start...].prefix { $0 != 0x0A }.prefix(80)
        guard MailHeaders.isMailHeader(String(decoding: firstLine, as: UTF8.self)) else { return false }
        let lines = WebArchive.Lines(bytes: bytes)
        guard let (header, bodyStart) = lines.headerBlock(from: start, limit: 65_536) else { return false }
        return firstTextPartIsPlain(header, from: bodyStart, lines: lines, depth: 0) == true
    }

    /// Whether the first text part of the multipart body `header` declares is plain text with a
    /// letter (and a transfer encoding); nil when the body is no multipart or holds no text part.
    private static func firstTextPartIsPlain(_ header: [WebArchive.Field], from offset: Int, lines: WebArchive.Lines, depth: Int) -> Bool? {
        guard let declared = header.first(where: { $0.name == "content-type" })?.value,
            case let type = declared.lowercased(),
            type.hasPrefix("multipart/alternative") || (depth == 0 && type.hasPrefix("multipart/mixed")),
            let boundary = WebArchive.parameter("boundary", in: declared), !boundary.isEmpty
        else { return nil }
        let bytes = lines.bytes
        let delimiter = Array(("--" + boundary).utf8)
        var position = offset
        while let open = lines.nextDelimiter(delimiter, from: position) {
            let afterDelimiter = lines.endOfLine(open)
            guard afterDelimiter < bytes.count, !bytes[(open + delimiter.count)...].starts(with: [0x2D, 0x2D]),
                let (partHeader, partBody) = lines.headerBlock(from: afterDelimiter, limit: 16_384)
            else { return nil }
            let end = lines.nextDelimiter(delimiter, from: partBody) ?? bytes.count
            let partType = partHeader.first(where: { $0.name == "content-type" })?.value.lowercased() ?? "text/plain"
            if partType.hasPrefix("multipart/") {
                if let nested = firstTextPartIsPlain(partHeader, from: partBody, lines: lines, depth: depth + 1) { return nested }
            } else if partType.hasPrefix("text/") {
                guard partType.hasPrefix("text/plain"), partHeader.contains(where: { $0.name == "content-transfer-encoding" }) else { return false }
                return bytes[partBody..<end].contains(where: ASCII.isLetter)
            }
            position = end
        }
        return nil
    }
}
