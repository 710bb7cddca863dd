import TextToolkit

/// A text message that came in parts, as a phone's backup exports it: each part under its own
/// headers (`From:`, `Date:`, `Type:`), opening with its number (`[1/5] …`, `[2/5] …`).
///
/// Contract: `joined(_:)` returns the parts' texts without their numbers, the rest of the file
/// (the headers: the messages' senders and arrival times, never the article's) left out: the
/// first part on lines of its own (an alert's label, `ALERT:` `ALARM:` `BREAKING:`, dropped; its
/// fields joined by ` — ` split onto lines, the headline first), a blank line, then the other
/// parts joined with spaces (a part is cut at a space), as one paragraph. Nil unless parts 1 to
/// n (n ≥ 2) all stand in order, each once, with the same n, each with a `From:`, `Date:` or
/// `Type:` header among the three lines above it. Pure.
enum MultipartTexts {
    static func joined(_ lines: [String]) -> [String]? {
        var parts: [Substring] = []
        var total = 0
        for (index, line) in lines.enumerated() where line.utf8.first == 0x5B {
            guard let (number, count, text) = numbered(line) else { continue }
            // Each part under its own headers (`From:`, `Date:`, `Type:`): numbered captions (`[1/3] …`) are no message.
            guard lines[max(0, index - 3)..<index].contains(where: { $0.hasPrefix("From:") || $0.hasPrefix("Date:") || $0.hasPrefix("Type:") })
            else { return nil }
            guard number == parts.count + 1, total == 0 || count == total else { return nil }
            total = count
            parts.append(text)
        }
        guard total >= 2, parts.count == total else { return nil }
        var head = Substring(LineBytes.trimmed(parts[0]))
        if let colon = head.prefix(12).firstIndex(of: ":"),
            alertLabels.contains(TextFolding.fold(LineBytes.trimmed(head[..<colon])))
        {
            head = head[head.index(after: colon)...].drop(while: { $0 == " " })
        }
        let fields = head.components(separatedBy: " — ").map { LineBytes.trimmed($0) }
        return fields + [""] + [parts.dropFirst().map { LineBytes.trimmed($0) }.joined(separator: " ")]
    }

    /// `[2/5] text`: the part's number, the number of parts and its text; nil for another line.
    private static func numbered(_ line: String) -> (Int, Int, Substring)? {
        guard let close = line.prefix(10).firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<close].split(separator: "/")
        guard inside.count == 2, let number = Int(inside[0]), let count = Int(inside[1]), number >= 1, number <= count else { return nil }
        return (number, count, line[line.index(after: close)...])
    }

    private static let alertLabels: Set<String> = [
        "alert", "alerte", "alarm", "alerta", "allerta", "breaking", "eilmeldung", "flash", "urgent", "urgente",
    ]
}
