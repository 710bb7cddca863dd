import TextToolkit

/// A forum thread copied as text (Reddit and its like): the community (`r/europe`), the post's
/// header (`Posted by u/deskrat_33 · 2h`, `Publié par u/x · 18h`), the post's title (the
/// article's headline), the link's domain and the votes (`4822 upvotes · 282 comments`), then a
/// reply that pastes the article (`u/lettore_10 · 1h`, `Text for those who hit the paywall:`,
/// the text) and the reply's buttons (`Reply · Share`).
///
/// Contract: `cleaned` returns the lines unchanged unless a post header (a line naming a user
/// handle `u/name` and ending ` · ` and a relative time, `ExportLines.isRelativeTime`) is among
/// the first three non-empty lines and a title line follows it. Then it returns the title, a
/// blank line and the reply's text: the community, the header, the domain and votes lines under
/// the title, each reply's header and the one short line ending with `:` that introduces the
/// paste, and the buttons' lines (at most four words between ` · `, no digit) are dropped. The
/// posters are no authors: their handles never reach the text. Pure.
enum ForumThreads {
    static func cleaned(_ lines: [String]) -> [String] {
        let filled = lines.indices.filter { !LineBytes.trimmed(lines[$0]).isEmpty }
        guard let header = filled.prefix(3).first(where: { isPostHeader(LineBytes.trimmed(lines[$0])) }),
            let titleIndex = filled.first(where: { $0 > header }), !isPostHeader(LineBytes.trimmed(lines[titleIndex]))
        else { return lines }
        var result = [lines[titleIndex], ""]
        var index = titleIndex + 1
        // The link's domain and the votes, under the title.
        while index < lines.count, index <= titleIndex + 3 {
            let line = LineBytes.trimmed(lines[index])
            guard line.isEmpty || isDomain(line) || isCounts(line) else { break }
            index += 1
        }
        var afterHeader = false
        while index < lines.count {
            let line = LineBytes.trimmed(lines[index])
            defer { index += 1 }
            if isPostHeader(line) {
                afterHeader = true
                continue
            }
            if afterHeader, !line.isEmpty {
                afterHeader = false
                if line.hasSuffix(":"), LineBytes.words(line).count <= 15 { continue }
            }
            if isButtons(line) { continue }
            result.append(lines[index])
        }
        return result
    }

    /// `Posted by u/name · 2h`, `u/name · 1h`: a user handle, then ` · ` and a relative time.
    static func isPostHeader(_ line: String) -> Bool {
        guard line.utf8.count <= 120, LineBytes.contains(line, bytes: "u/"), let dot = line.lastIndex(of: "·") else { return false }
        let handle = line[..<dot].split(separator: " ").contains { $0.hasPrefix("u/") && $0.count > 2 }
        return handle && ExportLines.isRelativeTime(LineBytes.trimmed(line[line.index(after: dot)...]))
    }

    private static func isDomain(_ line: String) -> Bool {
        !line.contains(" ") && line.contains(".") && line.utf8.count <= 80
    }

    /// `4822 upvotes · 282 comments`: numbers between ` · `.
    private static func isCounts(_ line: String) -> Bool {
        let parts = line.split(separator: "·")
        return parts.count >= 2 && parts.allSatisfy { $0.contains(where: \.isNumber) && LineBytes.words($0).count <= 4 }
    }

    /// `Reply · Share`, `Répondre · Partager`: buttons, no digit.
    private static func isButtons(_ line: String) -> Bool {
        let parts = line.split(separator: "·")
        return parts.count >= 2 && !line.contains(where: \.isNumber) && parts.allSatisfy { LineBytes.words($0).count <= 3 }
    }
}
