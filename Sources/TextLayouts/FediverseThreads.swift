import TextToolkit

/// A Mastodon thread copied from its web page: each post under its author's display name and
/// `@user@instance` handle; a publication's post (its headline, a link and the link's card,
/// `Feb 27, 1987, 14:36 · Web`, `5 boosts · 98 favourites`) and a colleague's reply pasting the
/// article's text under a mention (`@reuters Text for the desk:`).
///
/// Contract: `read` returns nil unless the text holds two posts at least (and 500 at most) (a non-empty line right
/// above a handle line `@user@host.tld`, with a blank line or the top of the text above it),
/// the first post opens with a line that could be a title (no address in it), and a reply by
/// another account holds 300 bytes of text at least. Then: the title is the first post's first line, the source its display name
/// (`Reuters`), and the text is the longest reply's, without its mention line and the post's
/// footer (short lines with a digit before a ` · `, at its end). Pure.
enum FediverseThreads {
    struct Thread {
        var title: String
        var source: String
        /// The reply's text, its lines joined.
        var text: String
    }

    static func read(_ lines: [String]) -> Thread? {
        var posts: [Int] = []  // the handle lines
        for index in lines.indices.dropFirst() where isHandle(lines[index]) && !lines[index - 1].isEmpty {
            if index == 1 || lines[index - 2].isEmpty { posts.append(index) }
            // A copied thread is short: a file of a million posts is none.
            if posts.count > 500 { return nil }
        }
        guard posts.count >= 2 else { return nil }
        /// The lines of the `number`th post, up to the next post's display name.
        func content(_ number: Int) -> ArraySlice<String> {
            let next = number + 1 < posts.count ? posts[number + 1] - 1 : lines.count
            var slice = lines[(posts[number] + 1)..<next]
            while let last = slice.last, last.isEmpty || isFooter(last) { slice = slice.dropLast() }
            return slice
        }
        let opening = content(0)
        guard let first = opening.first(where: { !$0.isEmpty }), LayoutReader.isTitleLike(first), !ExportLines.isAddress(first),
            !LineBytes.contains(first, bytes: "://")
        else { return nil }
        var best: ArraySlice<String> = []
        var bestBytes = 0
        // Replies by another account: a thread its poster continues (`1/3`, `2/3`) is not one.
        for number in posts.indices.dropFirst() where lines[posts[number]] != lines[posts[0]] {
            var reply = content(number)
            while let lead = reply.first, lead.isEmpty || lead.utf8.first == 0x40 { reply = reply.dropFirst() }
            let bytes = reply.reduce(0) { $0 + $1.utf8.count }
            if bytes > bestBytes { (best, bestBytes) = (reply, bytes) }
        }
        guard bestBytes >= 300 else { return nil }
        return Thread(title: first, source: lines[posts[0] - 1], text: best.joined(separator: "\n"))
    }

    /// `@reuters@mastodon.social`: `@`, a user name, `@`, a host with a dot, nothing else.
    static func isHandle(_ line: String) -> Bool {
        let bytes = line.utf8
        guard bytes.first == 0x40, bytes.count <= 120 else { return false }
        let parts = bytes.dropFirst().split(separator: 0x40, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(0x2E), parts[1].last != 0x2E else { return false }
        return parts[0].allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x5F || $0 == 0x2E }
            && parts[1].allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// `Feb 27, 1987, 14:36 · Web`, `5 boosts · 98 favourites`: a short line with a digit before ` · `.
    private static func isFooter(_ line: String) -> Bool {
        guard TextFolding.hasAtMost(line, 80), let dot = line.range(of: " · ") else { return false }
        return line[..<dot.lowerBound].contains(where: \.isNumber)
    }
}
