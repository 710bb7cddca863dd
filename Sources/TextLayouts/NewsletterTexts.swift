import Foundation
import TextToolkit

/// A publication's own newsletter as its plain-text part (Mailchimp's: `View this email in your
/// browser (https://….list-manage.com/mc/view?…)`, the newsletter's name and issue, section
/// labels in capitals, each item's headline after `** ` with a rule of dashes under the lead
/// item's, `Read more (https://…/track/click?…)`, a rule of `=` over the footer and its
/// `Copyright © 2026 Name, All rights reserved.`).
///
/// Contract: `read` answers only for lines of which one of the first five filled ones closes with
/// a link to a mailing service's copy of the mail (`list-manage.com/`, `mailchi.mp/`, `campaign-archive.com`)
/// and which hold an item's headline (`** ` and text) whose next filled line is a rule of at least
/// ten `-`: that headline, the lines under its rule up to the item's last (before a line that only
/// links on, the next `** ` item, a rule of `=`, or a capitals label followed by an item), and the
/// name the footer's copyright line gives (`Copyright © 2026 FAZ.NET, All rights reserved.` →
/// `FAZ.NET`), or none. Nil for anything else. Pure.
enum NewsletterTexts {
    static func read(_ lines: [String]) -> (title: String, text: String, source: String?)? {
        let filled = lines.indices.lazy.filter { !lines[$0].isEmpty }.prefix(5)
        guard filled.contains(where: { linksToMailingService(lines[$0]) }),
            let heading = lines.indices.first(where: { index in
                lines[index].hasPrefix("** ") && lines[(index + 1)...].first(where: { !$0.isEmpty }).map(isDashRule) == true
            })
        else { return nil }
        let title = LineBytes.trimmed(lines[heading].dropFirst(3))
        guard !title.isEmpty, let rule = lines[(heading + 1)...].firstIndex(where: { !$0.isEmpty }) else { return nil }
        var end = rule + 1
        while end < lines.count {
            let line = lines[end]
            if line.hasPrefix("** ") || line.hasPrefix("===") || isOnwardLink(line) { break }
            if isLabel(line), lines[(end + 1)...].first(where: { !$0.isEmpty })?.hasPrefix("** ") == true { break }
            end += 1
        }
        let text = lines[(rule + 1)..<end].joined(separator: "\n")
        return (title, text, lines.lazy.compactMap(copyrightName).last)
    }

    private static func linksToMailingService(_ line: String) -> Bool {
        // The link closes the line (`… (https://….list-manage.com/mc/view?…)`): most lines are turned down by their last byte.
        line.utf8.last == 0x29 && line.utf8.count <= 400 && LineBytes.contains(line, anyOf: mailingServices)
    }

    private static let mailingServices = NeedleSet(["list-manage.com/", "mailchi.mp/", "campaign-archive.com"], ignoringCase: false)

    private static func isDashRule(_ line: String) -> Bool {
        line.utf8.count >= 10 && line.utf8.allSatisfy { $0 == 0x2D }
    }

    /// `Read more (https://…)`, `Lire la suite (https://…)`: a few words, then a link in parentheses, alone.
    private static func isOnwardLink(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.range(of: " (http") else { return false }
        return LineBytes.words(String(line[..<open.lowerBound])).count <= 5
    }

    /// `AUSSI AUJOURD'HUI`, `ALSO TODAY`: a section's label in capitals.
    private static func isLabel(_ line: String) -> Bool {
        line.utf8.count <= 60 && line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// `Copyright © 2026 FAZ.NET, All rights reserved.`: the name between the year and the comma.
    private static func copyrightName(_ line: String) -> String? {
        guard line.hasPrefix("Copyright © "), line.utf8.count <= 200, let comma = line.range(of: ", ", options: .backwards) else { return nil }
        let words = line[line.index(line.startIndex, offsetBy: 12)..<comma.lowerBound].split(separator: " ")
        guard let year = words.first, year.count == 4, year.allSatisfy(\.isNumber), words.count >= 2 else { return nil }
        return words.dropFirst().joined(separator: " ")
    }
}
