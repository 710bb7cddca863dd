/// A calendar invitation saved as text (an `.ics` file: `BEGIN:VCALENDAR`, … `BEGIN:VEVENT`):
/// the article is in the event's `DESCRIPTION`, where whoever sent the invitation pasted it; the
/// event's `SUMMARY` is the meeting's title, its organiser and times the meeting's.
///
/// Contract: `description` takes a text whose first line is `BEGIN:VCALENDAR` and returns the
/// first non-empty `DESCRIPTION` value of its events, unfolded (RFC 5545: a line break followed by a space or a
/// tab continues the line) and unescaped (`\n` a line break, `\,` `\;` `\\` the character),
/// without the organiser's note above the article (one line ending a sentence or with a colon,
/// alone above a blank line).
/// Nil for any other text, and when no event has a description. Linear. Pure.
enum CalendarInvites {
    static func description(_ text: String) -> String? {
        guard LineBytes.leadingByte(text) == 0x42 else { return nil }
        let lines = LineBytes.lines(text).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }),
            LineBytes.trimmed(lines[first]).uppercased() == "BEGIN:VCALENDAR"
        else { return nil }
        // Unfolded content lines.
        var unfolded: [String] = []
        for line in lines[first...] {
            if let lead = line.utf8.first, lead == 0x20 || lead == 0x09, !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += line.dropFirst()
            } else {
                unfolded.append(line)
            }
        }
        var inEvent = false
        for line in unfolded {
            let upper = line.uppercased()
            if upper.hasPrefix("BEGIN:VEVENT") { inEvent = true }
            if upper.hasPrefix("END:VEVENT") { inEvent = false }
            guard inEvent, upper.hasPrefix("DESCRIPTION"), let colon = line.firstIndex(of: ":") else { continue }
            // `DESCRIPTION;LANGUAGE=en-US:…`: the name, then parameters, then the value after the first colon.
            let name = line[..<colon].split(separator: ";").first.map(String.init)?.uppercased()
            guard name == "DESCRIPTION" else { continue }
            let value = withoutNote(unescaped(line[line.index(after: colon)...]))
            if !LineBytes.trimmed(value).isEmpty { return value }
        }
        return nil
    }

    /// The description without the organiser's note above the pasted article: a first line
    /// ending a sentence (`Let's go through this piece before the briefing.`) alone above a blank
    /// line, when more than a line follows.
    private static func withoutNote(_ value: String) -> String {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }), first + 2 < lines.count,
            LineBytes.trimmed(lines[first + 1]).isEmpty, LayoutReader.endsLikeSentence(LineBytes.trimmed(lines[first]))
                || LineBytes.trimmed(lines[first]).hasSuffix(":"),
            lines[(first + 2)...].filter({ !LineBytes.trimmed($0).isEmpty }).count > 1
        else { return value }
        return lines[(first + 2)...].joined(separator: "\n")
    }

    /// `\n` and `\N` a line break; `\,`, `\;`, `\\` the character.
    private static func unescaped(_ value: Substring) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
