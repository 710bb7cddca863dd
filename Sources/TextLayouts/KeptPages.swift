import DateReading
import TextToolkit

/// A page or a note a tool keeps for the desk, the article pasted in its text: a Wiki.js page
/// read through its GraphQL API (`{"data": {"pages": {"single": {…}}}}`: `path`, `title` the
/// wiki's page name, `content` with its `contentType`, `authorName`/`creatorName` the colleague,
/// `createdAt`/`updatedAt` its saving), a note in Standard Notes' decrypted backup (`version`,
/// `items` holding a `Note` whose `content` has the note's own `title` and its `text`).
///
/// The tool's fields are the tool's: a page's name, a note's title, its users and its moments
/// are never the article's, so only the text is read (a page holding no article's head, the desk's own note, keeps its
/// name as its title: `# Name` over its Markdown; an article's head is a level-1 heading, a heading over an emphasised
/// facts line, or a fact line among the first five). Contract: `text(_:)` returns the page's
/// Markdown with the emphasis of the lines that open with it dropped (`*Le Figaro · 3 mars
/// 1987*`: the article's facts under its heading), its HTML as paragraphs, or the note's text
/// without the note-taker's closing signature (`— Hélène Roux`) under a colleague's lead-in;
/// nil for any other value, or when the text is empty. `isKept(_:)` tells the same shapes
/// without making the text. Pure.
enum KeptPages {
    static func isKept(_ value: Any) -> Bool { wikiPage(value) != nil || note(value) != nil }

    static func text(_ value: Any) -> String? {
        if let page = wikiPage(value), let content = page["content"] as? String, !LineBytes.trimmed(content).isEmpty {
            let html = (page["contentType"] as? String)?.lowercased() == "html" && XMLRecords.holdsMarkup(content)
            let text = html ? XMLRecords.paragraphs(fromMarkup: content) : RecordTexts.withoutEmphasis(content)
            // The desk's own page (a style note, no article pasted): its name is its title.
            // A name that is a path (`clips/2026-03-05 rail`) or a text opening with a bare headline over prose (an article
            // pasted with its source at its foot) keeps the text alone.
            guard let name = (page["title"] as? String).map({ LineBytes.trimmed($0) }), !name.isEmpty, !LineBytes.contains(name, 0x0A),
                !LineBytes.contains(name, 0x2F), html || !opensWithHeadingOverFacts(content), !holdsHead(text), !opensWithHeadline(text)
            else { return text }
            return (html ? "" : "# ") + name + "\n\n" + text
        }
        guard let text = note(value), !LineBytes.trimmed(text).isEmpty else { return nil }
        return unsigned(text)
    }

    /// Whether a page's text opens with a bare headline (150 characters at most, no Markdown heading's mark, no
    /// sentence's end) over a paragraph of prose (ending like a sentence, 120 bytes at least).
    private static func opensWithHeadline(_ text: String) -> Bool {
        let filled = LineBytes.lines(text).lazy.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.prefix(2)
        guard filled.count == 2, let first = filled.first, let second = filled.dropFirst().first else { return false }
        return first.first != "#" && TextFolding.hasAtMost(first, 150) && !LayoutReader.endsLikeSentence(first)
            && second.utf8.count >= 60 && LayoutReader.endsLikeSentence(second)
    }

    /// Whether a page's text opens with an article's head: a level-1 heading (`# Title`) or, among its first five
    /// non-empty lines, a short one whose facts name a writer, a day or a publication (`Le Monde · 5 mars 2026`).
    private static func holdsHead(_ text: String) -> Bool {
        let judge = ClippingFacts(dates: DateRecognizer(language: nil))
        var seen = 0
        for line in LineBytes.lines(text) {
            let line = LineBytes.trimmed(line)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("# ") { return true }
            if line.utf8.count <= 100, let facts = judge.facts(line), !facts.authors.isEmpty || facts.date != nil || facts.source != nil {
                return true
            }
            seen += 1
            if seen == 5 { return false }
        }
        return false
    }

    /// Whether Markdown opens with a heading (`## Title`) over an emphasised line (`*The Guardian · 5 March 2026*`):
    /// an article's headline over its facts as the desk pastes it.
    private static func opensWithHeadingOverFacts(_ content: String) -> Bool {
        let lines = Array(LineBytes.lines(content).lazy.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.prefix(2))
        guard lines.count == 2, lines[0].hasPrefix("#") else { return false }
        let facts = lines[1]
        return facts.utf8.count > 2 && (facts.hasPrefix("*") && facts.hasSuffix("*") || facts.hasPrefix("_") && facts.hasSuffix("_"))
    }

    /// A wiki page's object: at the top or under one-key objects (GraphQL's `data.pages.single`), with its `path`,
    /// its `content` and `contentType`, and a page's user or state (`authorName`, `creatorName`, `isPublished`).
    private static func wikiPage(_ value: Any) -> [String: Any]? {
        var object = value as? [String: Any]
        for _ in 0..<3 {
            guard let current = object, current.count == 1, let inner = current.values.first as? [String: Any] else { break }
            object = inner
        }
        guard let page = object, page["content"] is String, page["contentType"] is String, page["path"] is String,
            page["authorName"] != nil || page["creatorName"] != nil || page["isPublished"] != nil
        else { return nil }
        return page
    }

    /// The text of the first note in a notes app's backup (`version`, `items` with `content_type` `Note`).
    private static func note(_ value: Any) -> String? {
        guard let backup = value as? [String: Any], backup["version"] is String, let items = backup["items"] as? [Any] else { return nil }
        for case let item as [String: Any] in items.prefix(50) where item["content_type"] as? String == "Note" {
            if let text = (item["content"] as? [String: Any])?["text"] as? String { return text }
        }
        return nil
    }

    /// A note's text without its last line when that signs it (`— Name`, `-- Name`) under a colleague's lead-in
    /// (`For tomorrow's review:`): the note-taker, not a writer of the article.
    private static func unsigned(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard LayoutReader.leadInEnd(lines) > 0, let last = lines.last else { return text }
        for dash in ["— ", "– ", "-- "] where last.hasPrefix(dash) {
            let name = LineBytes.trimmed(String(last.dropFirst(dash.count)))
            guard let names = Bylines.names(name), names.count == 1, names[0] == name else { return text }
            lines.removeLast()
            return lines.joined(separator: "\n")
        }
        return text
    }
}
