/// A wire message saved raw with its transmission envelope (IPTC 7901, ANPA 1312): SYN and SOH,
/// the service's header and keyword lines, STX, the message (headline, byline, text), ETX, then the
/// transmission's time and EOT. The envelope's lines name the service's codes and when the copy
/// went out, nothing of the article's.
///
/// Contract: `message` returns the text between STX and ETX (or the end) when SOH stands among the
/// first 8 bytes and STX within the first 2 KiB after it; nil for any other text (the text is
/// then read as it is). Pure; linear in the bytes it looks at.
enum WireEnvelopes {
    static func message(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, first == 0x16 || first == 0x01,
            let soh = utf8.prefix(8).firstIndex(of: 0x01),
            let stx = utf8[soh...].prefix(2048).firstIndex(of: 0x02)
        else { return nil }
        let start = utf8.index(after: stx)
        let end = utf8[start...].firstIndex(of: 0x03) ?? utf8.endIndex
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
