import TextToolkit

/// The header block of a raw e-mail saved as text (`.eml`): `Return-Path:`, `Received:`,
/// `From:`, `Date:`, `Subject:`, `MIME-Version:` … up to the first blank line.
///
/// Contract: `unfolded` joins each header's continuation lines (lines opening with a space or a
/// tab, RFC 5322's folding) to the header above, with one space (a transport header's are
/// dropped: they state nothing), when the file opens with a
/// mail header (`isMailHeader`) and its first block holds a transport header (`Received:`,
/// `Message-ID:`, `X-…:`); every other line, and every other file, is returned unchanged.
/// The count of lines may shrink. Pure; never fails.
package enum MailHeaders {
    private static let openings: Set<String> = [
        "return-path", "received", "delivered-to", "from", "date", "message-id", "mime-version", "subject",
        "to", "reply-to", "sender", "dkim-signature", "authentication-results", "arc-seal", "x-mailer",
        "x-original-to", "x-received", "content-type", "path", "newsgroups", "xref", "nntp-posting-host",
        "nntp-posting-date",
    ]

    /// Whether `line` is a header of a raw e-mail's first block (`Received: from …`).
    package static func isMailHeader(_ line: String) -> Bool {
        guard let colon = LineBytes.index(of: 0x3A, within: 40, in: line), colon > line.utf8.startIndex else { return false }
        let name = line[..<colon]
        guard name.utf8.allSatisfy({ ASCII.isLetter($0) || $0 == 0x2D || $0 &- 0x30 < 10 }) else { return false }
        let folded = name.lowercased()
        return openings.contains(folded) || folded.hasPrefix("x-")
    }

    /// `Received:`, `Return-Path:`, `Message-ID:`, `MIME-Version:`, `X-…:`: what only a mail
    /// server or client writes.
    private static func isTransportHeader(_ line: String) -> Bool {
        guard isMailHeader(line), let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon].lowercased()
        return !["from", "date", "subject", "to", "reply-to", "sender"].contains(name)
    }

    package static func unfolded(_ raw: [String]) -> [String] {
        // A saved e-mail has transport headers (`Received:`, `Message-ID:`, …), not only the
        // `From:` / `Date:` / `Subject:` a forwarded message or a labelled clipping shows.
        guard let first = raw.first, isMailHeader(first), raw.count > 1 else { return raw }
        let block = raw.prefix(while: { !LineBytes.trimmed($0).isEmpty })
        guard block.contains(where: { $0.utf8.first == 0x20 || $0.utf8.first == 0x09 }),
            block.contains(where: isTransportHeader)
        else { return raw }
        var lines: [String] = []
        lines.reserveCapacity(raw.count)
        var inHeader = true
        for line in raw {
            if inHeader, LineBytes.trimmed(line).isEmpty { inHeader = false }
            if inHeader, let lead = line.utf8.first, lead == 0x20 || lead == 0x09, let last = lines.last {
                // A transport header states nothing: its first line is enough to know it.
                if !isTransportHeader(last) { lines[lines.count - 1] += " " + LineBytes.trimmed(line) }
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// A raw e-mail's or news post's header block (opening the file, holding a transport header)
    /// read for what it says of the article: its `Date:` is when the message was sent (written
    /// `Sent:`, worth less than a date the article states), and a news post's `From:` (a block
    /// with `Newsgroups:`) is its poster, no author of the article (written `Poster:`, a label
    /// stating nothing). Every other file is
    /// returned unchanged. Pure.
    package static func relabelled(_ raw: [String]) -> [String] {
        guard let first = raw.first, isMailHeader(first) else { return raw }
        let end = raw.firstIndex(where: { LineBytes.trimmed($0).isEmpty }) ?? raw.count
        guard raw[..<end].contains(where: isTransportHeader) else { return raw }
        let post = raw[..<end].contains { $0.utf8.count > 11 && $0.prefix(11).lowercased() == "newsgroups:" }
        var lines: [String] = []
        lines.reserveCapacity(raw.count)
        for (index, line) in raw.enumerated() {
            let name = index < end ? line.prefix(5).lowercased() : ""
            if name == "date:" {
                lines.append("Sent:" + line.dropFirst(5))
            } else if post, name == "from:" {
                lines.append("Poster:" + line.dropFirst(5))
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// The lines without a signature: from the last line `-- ` (the signature delimiter of
    /// mail and news, its trailing space included) among the last 12 lines, when at most 8
    /// lines follow it. Pure.
    package static func withoutSignature(_ raw: [String]) -> [String] {
        guard let delimiter = raw.suffix(12).lastIndex(where: { $0 == "-- " }), raw.count - delimiter <= 9,
            raw[..<delimiter].contains(where: { !LineBytes.trimmed($0).isEmpty })
        else { return raw }
        return Array(raw[..<delimiter])
    }

    /// A header block with each folded continuation line (opening with a space or a tab) joined
    /// to the line above with one space, transport headers' too (`MailBodies` decodes encoded
    /// words that may be split over two lines). Pure.
    package static func joinedFolds(_ block: some Sequence<String>) -> [String] {
        var lines: [String] = []
        for line in block {
            if let lead = line.utf8.first, lead == 0x20 || lead == 0x09, !lines.isEmpty {
                lines[lines.count - 1] += " " + LineBytes.trimmed(line)
            } else {
                lines.append(line)
            }
        }
        return lines
    }
}
