/// A newsletter's plain-text part as a mailing service generates it (Mailchimp): each heading is
/// `** Text` over a rule of dashes, the first one naming the sender (`** Reuters | Morning
/// Briefing`), the next the article (`** Title`).
///
/// Contract: `labelled` finds, among the first 30 lines, two headings or more (a line opening
/// with `** `, no other `*`, right above a rule of 20 dashes or more); the first becomes
/// `Publication: Reuters` (its text before ` | `; the line goes when that is a site's bare
/// address), every heading loses its `** ` and the rules under them go. Any other lines are
/// returned unchanged, but the service's footer under the last rule of 20 `=` or more below
/// the last heading (copyright, postal address, preference links), which goes. Pure.
enum MailingServiceText {
    static func labelled(_ lines: [String]) -> [String] {
        guard lines.prefix(30).contains(where: { $0.utf8.first == 0x2A && $0.hasPrefix("** ") }) else { return lines }
        let headings = lines.indices.prefix(30).filter { index in
            index + 1 < lines.count && isHeading(lines[index]) && isRule(lines[index + 1], of: 0x2D)
        }
        guard headings.count >= 2 else { return lines }
        var out = lines
        // The service's footer under a rule of `=` below the last heading (copyright, postal
        // address, preference links); cut after the headings are rewritten, from the end.
        let footer = lines.indices.last(where: { $0 > headings[headings.count - 1] && isRule(lines[$0], of: 0x3D) })
        if let footer { out.removeSubrange(footer...) }
        for index in headings.reversed() {
            var text = LineBytes.trimmed(lines[index].dropFirst(3))
            if index == headings[0] {
                if let bar = text.range(of: " | ") { text = LineBytes.trimmed(text[..<bar.lowerBound]) }
                out.replaceSubrange(index...index + 1, with: LayoutReader.isBareHost(text) ? [] : ["Publication: " + text])
            } else {
                // A blank line under it, as the rule kept the heading apart from the text.
                out.replaceSubrange(index...index + 1, with: [text, ""])
            }
        }
        return out
    }

    private static func isHeading(_ line: String) -> Bool {
        line.hasPrefix("** ") && !line.dropFirst(3).contains("*") && !LineBytes.trimmed(line.dropFirst(3)).isEmpty
    }

    /// A rule (`Paragraphs.isRule`) of 20 `mark` bytes or more (`-`, `=`).
    private static func isRule(_ line: String, of mark: UInt8) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        return trimmed.utf8.count >= 20 && trimmed.utf8.first == mark && Paragraphs.isRule(trimmed)
    }
}
