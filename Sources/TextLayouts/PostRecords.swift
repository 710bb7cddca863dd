import TextToolkit

/// A post or a note carrying an article, as `FieldRecords` meets it in a JSON record: a link
/// aggregator's post (Lemmy's API: `post_view.post` with `name`, `url`, `body`, beside its
/// `creator_id` and `community_id`; the `creator` and the `community` objects around it), whose
/// `name` may open with the publication in brackets (`[Le Figaro] Headline`), whose Markdown
/// `body` quotes the article (`> **Headline**`) and whose own moments (`published`) are the
/// posting's; a notes app's note titled by its own first line (Nextcloud Notes' `title` and
/// `content`), the article under a Markdown heading below it.
///
/// Contract: `surroundings` are the keys of the objects around a post (the poster, the community,
/// its moderators), never the article. `isPost` holds for an object with a string `name` and
/// both ids. `bracketedSource` splits `[Publication] Headline` (a name of at most 60 bytes with a
/// letter, not a tag such as `[OC]` or `[Video]`; a headline after it); nil for any other title.
/// `unquoted` drops the `>` (and one space) opening each line of the text's quotes, the lines
/// within the first 64 KiB looked at; a text without a quoted line is returned as it is. `headedArticle`
/// is the first ATX heading (`## Headline`) among the 12 lines after a text's first line when that
/// line is `noteTitle`, with the text from that heading on; nil otherwise. Pure.
enum PostRecords {
    static let surroundings: Set<String> = ["creator", "community", "moderators"]

    static func isPost(_ object: [String: Any]) -> Bool {
        object["name"] is String && object["creator_id"] != nil && object["community_id"] != nil
    }

    static func bracketedSource(_ title: String) -> (title: String, source: String)? {
        guard title.utf8.first == 0x5B, let close = title.utf8.prefix(62).firstIndex(of: 0x5D) else { return nil }
        let name = LineBytes.trimmed(title[title.index(after: title.startIndex)..<close])
        let headline = LineBytes.trimmed(title[title.index(after: close)...])
        guard !name.isEmpty, !headline.isEmpty, name.contains(where: \.isLetter), !tags.contains(TextFolding.fold(name)),
            !LineBytes.words(name).allSatisfy({ ExportLines.isSectionWord(TextFolding.fold($0)) })
        else { return nil }
        return (headline, name)
    }

    /// A post's tags in brackets, none a publication.
    private static let tags: Set<String> = [
        "oc", "video", "audio", "pdf", "paywall", "paywalled", "update", "updated", "archive", "archived", "meta", "discussion",
        "question", "long read", "longread", "photo", "photos", "satire", "opinion", "analysis", "news", "breaking", "en",
        "fr", "de", "es", "it", "pt", "eng",
    ]

    static func unquoted(_ text: String) -> String {
        guard text.utf8.first == 0x3E || LineBytes.contains(text, bytes: "\n>") else { return text }
        // Past 64 KiB, the rest is kept as it is, cut after a line feed (never inside a character).
        let limit = 64 << 10
        let cut = text.utf8.count <= limit ? text.endIndex
            : text.utf8[..<text.utf8.index(text.utf8.startIndex, offsetBy: limit)].lastIndex(of: 0x0A) ?? text.startIndex
        let head = text[..<cut]
        let tail = text[cut...]
        let lines = head.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard line.utf8.first == 0x3E else { return line }
            let rest = line.dropFirst()
            return rest.first == " " ? rest.dropFirst() : rest
        }
        return lines.joined(separator: "\n") + tail
    }

    static func headedArticle(_ text: String, noteTitle: String) -> (title: String, rest: String)? {
        guard !noteTitle.isEmpty, LineBytes.contains(text, bytes: "#") else { return nil }
        let trimmed = text.drop { $0 == "\n" || $0 == " " || $0 == "\r" }
        let lines = trimmed.split(separator: "\n", maxSplits: 13, omittingEmptySubsequences: false)
        guard lines.count > 2, LineBytes.trimmed(lines[0]) == noteTitle else { return nil }
        for index in 1..<min(lines.count, 13) {
            let line = LineBytes.trimmed(lines[index])
            let hashes = line.utf8.prefix { $0 == 0x23 }.count
            guard (1...6).contains(hashes), line.utf8.dropFirst(hashes).first == 0x20 else { continue }
            let heading = LayoutReader.headingText(line)
            guard !heading.isEmpty else { return nil }
            return (heading, String(trimmed[lines[index].startIndex...]))
        }
        return nil
    }
}
