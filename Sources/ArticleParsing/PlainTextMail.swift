import HTMLTree
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
/// `multipart/mixed` body with a boundary; the first text part under it (looking one level
/// into a nested `multipart/alternative`) is `text/plain`, declares its
/// `Content-Transfer-Encoding` (what `MailBodies` decodes by) and holds a letter; and it is
/// the HTML part's twin: four words in a row the HTML part shows among its first 40 (after
/// `<body`, each tag a space, character references decoded, both parts decoded from
/// quoted-printable or base64; a hidden preview line may come first) stand in a row in the
/// plain text (a byte order mark before it skipped), which holds at least two thirds as many
/// words as the HTML shows (of its first 2,000). A plain part that only says the message is in HTML (`Please view it in an
/// HTML-capable mail client`), or a teaser of the headline and a line, is no twin: the HTML
/// reader reads that mail. A
/// `multipart/related` message is a saved page (`WebArchive`), a mail whose first text part is
/// HTML stays the HTML reader's, and every other file is false. Pure; linear in the file's size.
enum PlainTextMail {
    static func leadsWithPlainText(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard start < bytes.count, ASCII.isLetter(bytes[start]) else { return false }
        let firstLine = bytes[start...].prefix { $0 != 0x0A }.prefix(80)
        guard MailHeaders.isMailHeader(String(decoding: firstLine, as: UTF8.self)) else { return false }
        let lines = MIMEParts.Lines(bytes: bytes)
        guard let (header, bodyStart) = lines.headerBlock(from: start, limit: 65_536) else { return false }
        var parts = TextParts()
        walk(header, in: bodyStart..<bytes.count, lines: lines, into: &parts)
        guard let plain = parts.plain, parts.plainFirst else { return false }
        guard let html = parts.html else { return true }
        let shownWords = words(visibleText(html), limit: 2_000)
        let plainWords = words(plain.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(plain.dropFirst(3)) : plain, limit: 16_384)
        // A teaser (the headline and a line, `read on in HTML`) is no twin: the HTML holds what it leaves out.
        guard plainWords.count * 3 >= shownWords.count * 2 else { return false }
        guard shownWords.count >= 4 else { return shownWords.count < 2 || containsRun(shownWords, in: plainWords) }
        // Four words in a row the HTML shows among its first 40 (a newsletter's hidden preview line comes first in the
        // HTML, never in the plain part) stand in the plain text.
        let plainRuns = Set(plainWords.indices.dropLast(3).map { Array(plainWords[$0..<$0 + 4].joined(separator: [0x20])) })
        return (0...min(36, shownWords.count - 4)).contains { plainRuns.contains(Array(shownWords[$0..<$0 + 4].joined(separator: [0x20]))) }
    }

    /// The first plain and HTML parts of a mail, decoded, and whether the plain one came first.
    private struct TextParts {
        var plain: [UInt8]?
        var html: [UInt8]?
        var plainFirst = false
    }

    /// Walks the multipart body `header` declares within `range` (one nested `multipart/alternative`
    /// level), noting its first plain part (with a transfer encoding and a letter) and its first HTML part.
    private static func walk(_ header: [MIMEParts.Field], in range: Range<Int>, lines: MIMEParts.Lines, into parts: inout TextParts) {
        lines.forEachLeaf(of: header, in: range, descends: { type, depth in
            depth <= 1 && (type.hasPrefix("multipart/alternative") || depth == 0 && type.hasPrefix("multipart/mixed"))
        }) { leaf in
            let body = lines.bytes[leaf.body]
            if leaf.type.hasPrefix("text/html") {
                parts.html = decoded(body, leaf.transferEncoding)
            } else if leaf.type.hasPrefix("text/plain"), parts.plain == nil,
                leaf.header.contains(where: { $0.name == "content-transfer-encoding" }), body.contains(where: ASCII.isLetter) {
                parts.plain = decoded(body, leaf.transferEncoding)
                parts.plainFirst = parts.html == nil
            }
            // Once the HTML part is seen, nothing later decides.
            return parts.html == nil
        }
    }

    /// A part's body decoded from its transfer encoding (quoted-printable, base64; else as it is).
    private static func decoded(_ body: ArraySlice<UInt8>, _ encoding: String) -> [UInt8] {
        let raw = Array(body.prefix(1 << 20))
        return encoding.hasPrefix("quoted-printable") ? QuotedPrintable.decoded(bytes: raw)
            : encoding.hasPrefix("base64") ? Base64.decoded(bytes: raw) : raw
    }

    /// The text an HTML part shows, roughly (its first 64 KiB): from its `<body` (its head's style
    /// sheet shows nothing), each tag a space (`rise</p><p>By` is two words), each character
    /// reference its character (`W&uuml;rzburg`, `L&#8217;&Eacute;tat`; one that is none a space).
    private static func visibleText(_ html: [UInt8]) -> [UInt8] {
        var index = ByteSearch.firstIndexIgnoringCase(of: Array("<body".utf8), in: html) ?? 0
        var text: [UInt8] = []
        while index < html.count, text.count < 1 << 16 {
            switch html[index] {
            case 0x3C: index = html[index...].firstIndex(of: 0x3E) ?? html.count; text.append(0x20)
            case 0x26:
                if let end = html[index...].prefix(12).firstIndex(of: 0x3B) {
                    let reference = String(decoding: html[index...end], as: UTF8.self)
                    let character = decodeEntities(reference)
                    text += character == reference ? [0x20] : Array(character.utf8)
                    index = end
                } else {
                    text.append(0x20)
                }
            default: text.append(html[index])
            }
            index += 1
        }
        return text
    }

    /// The first `limit` words of `text` (runs of letters, digits and non-ASCII bytes), ASCII
    /// lowercased.
    private static func words(_ text: [UInt8], limit: Int) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in text {
            if ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte >= 0x80 {
                word.append(ASCII.lowercased(byte))
            } else if !word.isEmpty {
                words.append(word)
                word = []
                if words.count == limit { return words }
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Whether `run` stands, word after word, in `words`.
    private static func containsRun(_ run: [[UInt8]], in words: [[UInt8]]) -> Bool {
        guard words.count >= run.count else { return false }
        return (0...(words.count - run.count)).contains { start in run.indices.allSatisfy { words[start + $0] == run[$0] } }
    }
}
