import TextToolkit

/// A brief whose headline runs into its text, a print page's short news: `BAYERISCHES
/// LANDESPORTAL – Diese Webseite verwendet…` under a column's heading (`BREVES`, `IN BRIEF`,
/// `KURZ NOTIERT`), the headline in capitals, perhaps wrapped over lines, then a dash.
///
/// Contract: `split(_:)` looks at the first paragraph of the first eight non-empty lines under a
/// column of briefs' heading (`BREVES`, `EN BREF`, `IN BRIEF`, `KURZ NOTIERT`, `IN BREVE`, alone
/// between blank lines) that opens with a run of capitals (eight letters or more, no lowercase letter, at most 300
/// characters, across at most four lines) ending with ` – ` or ` — ` before a capital, a digit or
/// a quote, a small letter within the next 40 characters (a headline in capitals with a dash
/// between its halves is none); every line above it is at most 80 characters long. It returns the lines with that
/// headline on a line of its own, a blank line, then the text, and without the column's heading; the lines
/// unchanged when there is no such brief. Pure.
enum RunInHeads {
    static func split(_ lines: [String]) -> [String] {
        var filled = 0
        var index = 0
        while index < lines.count, filled < 8 {
            defer { index += 1 }
            if lines[index].isEmpty { continue }
            filled += 1
            guard index == 0 || lines[index - 1].isEmpty else { continue }
            guard let first = lines[index].unicodeScalars.first, first.properties.isUppercase || first.properties.numericType != nil
            else {
                if !TextFolding.hasAtMost(lines[index], 80) { return lines }
                continue
            }
            // The column's heading right above (`BREVES`), alone between blank lines.
            guard index >= 2, lines[index - 1].isEmpty, isColumnHeading(lines[index - 2]), index == 2 || lines[index - 3].isEmpty
            else {
                if !TextFolding.hasAtMost(lines[index], 80) { return lines }
                continue
            }
            let end = lines[index...].prefix(4).firstIndex(where: { $0.isEmpty }) ?? min(lines.count, index + 4)
            let paragraph = lines[index..<end].joined(separator: "\n")
            if let (head, rest) = runIn(paragraph) {
                var result = Array(lines[..<index])
                result.removeSubrange((index - 2)..<index)
                let restLines = rest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                return result + [head, ""] + restLines + lines[end...]
            }
            if !TextFolding.hasAtMost(lines[index], 80) { return lines }
        }
        return lines
    }

    /// The headline in capitals that opens `paragraph` before a dash, its line breaks made
    /// spaces, and the text after the dash; nil otherwise.
    private static func runIn(_ paragraph: String) -> (String, String)? {
        let scalars = Array(paragraph.unicodeScalars.prefix(320))
        var letters = 0
        var index = 0
        while index + 2 < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isLowercase { return nil }
            if scalar.properties.isAlphabetic { letters += 1 }
            if (scalar == "–" || scalar == "—"), index > 0, scalars[index - 1] == " " || scalars[index - 1] == "\n",
                scalars[index + 1] == " ", letters >= 8
            {
                let next = scalars[index + 2]
                guard next.properties.isUppercase || next.properties.numericType != nil || "„“«\"‘".unicodeScalars.contains(next)
                else { return nil }
                // The text runs on in small letters (`KLIMASCHUTZ – WAS JETZT ZU TUN IST` is a headline's two halves).
                guard scalars[(index + 2)...].prefix(40).contains(where: { $0.properties.isLowercase }) else { return nil }
                var head = String(String.UnicodeScalarView(scalars[..<index]))
                head = LineBytes.trimmed(head.replacingOccurrences(of: "\n", with: " "))
                let restStart = paragraph.unicodeScalars.index(paragraph.unicodeScalars.startIndex, offsetBy: index + 2)
                return head.isEmpty ? nil : (head, String(paragraph.unicodeScalars[restStart...]))
            }
            index += 1
        }
        return nil
    }

    /// A column of briefs' heading (`BREVES`, `IN BREVE`, `KURZ NOTIERT`, `In brief`).
    private static func isColumnHeading(_ line: String) -> Bool {
        TextFolding.hasAtMost(line, 30) && columnHeadings.contains(TextFolding.fold(LineBytes.trimmed(line)))
    }

    /// Folded headings of a column of briefs.
    private static let columnHeadings: Set<String> = [
        "in brief", "briefs", "news in brief", "briefly", "en bref", "breves", "breves de presse", "kurz notiert",
        "in kurze", "kurz gemeldet", "kurzmeldungen", "meldungen", "in breve", "brevi", "notizie in breve", "en breve",
        "em breve", "noticias breves", "notas",
    ]
}
