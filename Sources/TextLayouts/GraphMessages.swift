import TextToolkit

/// A mail as Microsoft Graph returns it (`GET /me/messages/{id}`: `subject`, `bodyPreview`,
/// `sentDateTime`, `from`, `toRecipients`, `body: {"contentType": "text", "content": …}`), or the
/// first of a list of them (`{"value": [message, …]}`): its body's text, the article a colleague
/// pasted into it with their note and signature. The mail's own subject (`Pour la revue de presse`),
/// moments and people are the colleague's, never the article's.
///
/// Contract: `body` takes a parsed value: an object (or the first object of its `value` list) with a
/// `body` object holding a `contentType` (`text` or `html`) and a string `content`, beside a
/// `sentDateTime`, a `receivedDateTime` or a `from` (a subject alone is no mail's), without an event's `start`, `end`
/// or `organizer`; the text with its CRLF made LF, an HTML body
/// made paragraphs (`XMLRecords.paragraphs(fromMarkup:)`). Nil for any other value, and for a body
/// without a letter or digit. Pure.
enum GraphMessages {
    static func body(_ value: Any) -> String? {
        guard var message = value as? [String: Any] else { return nil }
        if message["body"] == nil, let first = (message["value"] as? [Any])?.first as? [String: Any] { message = first }
        guard let body = message["body"] as? [String: Any], let type = (body["contentType"] as? String)?.lowercased(),
            let content = body["content"] as? String,
            ["sentDateTime", "receivedDateTime", "from"].contains(where: { message[$0] != nil }),
            // A calendar event (`start`, `end`, `organizer`) has a subject and a body too.
            !["start", "end", "organizer"].contains(where: { message[$0] != nil })
        else { return nil }
        let text: String
        switch type {
        case "html": text = XMLRecords.paragraphs(fromMarkup: content)
        case "text": text = content.utf8.contains(0x0D) ? withLineFeeds(content) : content
        default: return nil
        }
        return text.utf8.contains(where: { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 >= 0x80 }) ? text : nil
    }

    /// `content.replacing("\r\n", with: "\n")`, on the bytes: a CR byte before a LF byte goes. A CR LF pair is always
    /// one Character, the only one equal to `"\r\n"` (a 4 MiB body was searched Character by Character: 0.1 s).
    static func withLineFeeds(_ content: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(content.utf8.count)
        var carriageReturn = false
        for byte in content.utf8 {
            if carriageReturn, byte != 0x0A { bytes.append(0x0D) }
            carriageReturn = byte == 0x0D
            if !carriageReturn { bytes.append(byte) }
        }
        if carriageReturn { bytes.append(0x0D) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
