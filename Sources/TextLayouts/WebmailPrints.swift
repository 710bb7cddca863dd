import TextToolkit

/// A webmail conversation printed from its print view and copied as text: the browser's print
/// header (`2/28/87, 10:10<TAB>Gmail - Fwd: Title`), the service's line with the reader's
/// address, the subject again, `1 message`, the sender with the sending day apart by a tab
/// (`Jane Doe <jane@…><TAB>Sat, Feb 28, 1987 at 6:40 PM`), `To:`, the message, and at the foot
/// the print view's address and page count (`https://mail.…<TAB>1/1`).
///
/// Contract: `relabelled` returns the lines as a mail's (`Subject:` with the print header's
/// subject, `From:`, `Date:`, then the lines from `To:` on, the foot's address line left out)
/// when the first non-empty line holds a tab followed by a webmail's name and ` - `, and a
/// sender's line (an address, a tab) follows within ten lines; every other text unchanged. The
/// print's day is the printing's, never the article's. Pure.
enum WebmailPrints {
    static func relabelled(_ lines: [String]) -> [String] {
        // A tab's byte first: most first lines have none, and a Character scan of a long one is dear.
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), LineBytes.contains(lines[first], 0x09),
            let tab = lines[first].firstIndex(of: "\t")
        else { return lines }
        let title = lines[first][lines[first].index(after: tab)...]
        guard let service = services.first(where: { title.hasPrefix($0 + " - ") }) else { return lines }
        let subject = LineBytes.trimmed(title.dropFirst(service.count + 3))
        guard let sender = lines[(first + 1)...].prefix(10).firstIndex(where: { $0.contains("@") && $0.contains(">\t") }),
            let split = lines[sender].firstIndex(of: "\t")
        else { return lines }
        var out = ["Subject: \(subject)", "From: \(LineBytes.trimmed(lines[sender][..<split]))",
                   "Date: \(LineBytes.trimmed(lines[sender][lines[sender].index(after: split)...]))"]
        out += lines[(sender + 1)...].filter { !(isAddressLine($0)) }
        return out
    }

    /// `https://mail.google.com/…<TAB>1/1`: the print view's foot.
    private static func isAddressLine(_ line: String) -> Bool {
        line.hasPrefix("http") && line.contains("\t")
    }

    private static let services = ["Gmail", "Outlook", "Yahoo Mail", "Proton Mail", "Mail", "Posteo", "GMX", "WEB.DE", "Orange Mail"]
}
