import Foundation
import TextToolkit

/// The text a JSON document carries when it holds no article record (`JSONRecords`): a Jupyter
/// notebook's longest Markdown cell (its code cells and their outputs are the analyst's, not the
/// article's), or else the document's longest string value (a chat export's message, Teams'
/// `value[].body.content`, Telegram's `text` cut into strings and entities, joined), a section's heading over the headline dropped, its markup (`<p>`, `<br>`, `<div>`) turned into lines and its
/// references decoded; inline markup alone (Skype's `<b raw_pre="*">`, `&lt;`) goes too, its lines kept.
///
/// A Textract response is read as its page's lines (`TextractBlocks`), a layout model's as its
/// paragraphs by their roles (`LayoutParagraphs`), Unstructured's elements by their types (`LayoutParagraphs.elements`). A task's custom fields
/// (`FieldRecords.customFields`: Asana's `[{"name": "Outlet", "display_value": "Le Figaro"}]`) that
/// name the publication, its day or its writers come first (under a colleague's lead-in,
/// `LayoutReader.leadInEnd`), as labelled lines (`Publication: …`).
///
/// Contract: `plain` returns nil unless the text opens with `{` or `[`, is at most 4 MiB, holds
/// at most 50,000 `{`, `[` and `,` together (Foundation's objects for 4 MiB of `{},` took 447 MiB,
/// and a value of any kind is one object; a notebook or a channel's export holds a few thousand)
/// and parses as JSON (`JSONMending`'s reading: a lone surrogate escape, a number beyond a Double, a nesting past
/// 500 levels mended) (or as JSON Lines: one object a line, read as one list), and the chosen text is 200
/// bytes at least; its paragraphs come out separated by a blank line (a text already holding
/// blank lines keeps its lines as they are, trimmed, without blank lines at its ends). Pure.
enum JSONTexts {
    /// `known`: the value `parsed(text)` already gave (the text is not parsed again), or nil.
    static func plain(_ text: String, parsed known: Any? = nil) -> String? {
        guard let value = known ?? parsed(text) ?? (isBounded(text) ? lines(of: text) : nil) else { return nil }
        // A wiki's page, a notes app's note: their text alone (the page's name, the note's title are the tool's).
        if let kept = KeptPages.text(value) { return kept }
        // A Notion page `NotionPages` refused (a meeting's notes): none of its strings is an article's text.
        if NotionPages.isPage(value) { return nil }
        // A web service's document `ServiceDocuments` found no article in (a Firestore comment, a Prismic event page).
        if ServiceDocuments.isServiceShape(value) { return nil }
        // A scanned page as Amazon Textract read it: its lines, in print order.
        if let page = TextractBlocks.plain(value) ?? LayoutParagraphs.plain(value) ?? LayoutParagraphs.elements(value)?.text { return page }
        var chosen = ""
        if let cells = (value as? [String: Any])?["cells"] as? [[String: Any]] {
            for cell in cells where cell["cell_type"] as? String == "markdown" {
                let source = cellSource(cell["source"])
                if source.utf8.count > chosen.utf8.count { chosen = source }
            }
        } else {
            longest(in: value, depth: 0, into: &chosen)
        }
        guard chosen.utf8.count >= 200 else { return nil }
        chosen = withoutSectionHeading(chosen)
        // A task's custom fields naming the publication, its day or writers: labelled lines above the text.
        let labelled = FieldRecords.customFields(in: value).compactMap { field, value -> String? in
            guard let text = (value as? String).map({ LineBytes.trimmed($0) }), !text.isEmpty, !LineBytes.contains(text, 0x0A)
            else { return nil }
            switch field {
            case .source: return "Publication: " + text
            case .date: return "Date: " + text
            case .authors: return "Author: " + text
            default: return nil
            }
        }
        if !labelled.isEmpty {
            // Under a colleague's lead-in (`Pasted below, for the review:`), which stays first.
            var lines = plainText(chosen).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let at = LayoutReader.leadInEnd(lines)
            lines.insert(contentsOf: labelled + [""], at: at)
            return lines.joined(separator: "\n")
        }
        return plainText(chosen)
    }

    /// The text parsed as one JSON value within `plain`'s bounds (opening with `{` or `[`, 4 MiB, 50,000 `{`, `[`
    /// and `,`); nil otherwise.
    static func parsed(_ text: String) -> Any? {
        guard isBounded(text) else { return nil }
        return JSONMending.value(text.utf8)
    }

    private static func isBounded(_ text: String) -> Bool {
        let lead = LineBytes.leadingByte(text)
        return (lead == 0x7B || lead == 0x5B) && text.utf8.count <= 4 << 20 && values(in: text) <= 50_000
    }

    /// The chosen string's lines: markup made lines, paragraphs a blank line apart.
    private static func plainText(_ chosen: String) -> String {
        var chosen = chosen
        let marked = XMLRecords.holdsMarkup(chosen)
        // Skype's `<b raw_pre="*" raw_post="*">HEADLINE &lt;CHEM&gt;</b>`: inline tags go, references are decoded, lines stay.
        if !marked, LineBytes.contains(chosen, anyOf: inlineMarks) { chosen = XMLRecords.lines(fromMarkup: chosen) }
        // A text whose paragraphs are already apart (a blank line between them) keeps its lines
        // together within them (a note, the headline and its source line over the text).
        if !marked, LineBytes.contains(chosen, bytes: "\n\n") {
            var kept = chosen.split(separator: "\n", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
            while kept.last?.isEmpty == true { kept.removeLast() }
            // The first filled line found once (removing blank lines from the front one by one moved the rest each time).
            return kept[(kept.firstIndex { !$0.isEmpty } ?? kept.endIndex)...].joined(separator: "\n")
        }
        let lines = (marked ? XMLRecords.lines(fromMarkup: chosen) : chosen)
            .split(separator: "\n", omittingEmptySubsequences: true).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        return lines.joined(separator: "\n\n")
    }

    /// An inline tag's end or an escaped character: a rich-text message's markup (Skype's `RichText`).
    private static let inlineMarks = NeedleSet(
        ["</b>", "</i>", "</a>", "</u>", "</s>", "</em>", "</strong>", "</span>", "&lt;", "&gt;", "&amp;", "&quot;", "&apos;"],
        ignoringCase: false)

    /// A JSON Lines file (a chat's bulk export, Mattermost's: one object a line) as one list of
    /// its values; nil unless every line that is not blank holds an object (`{` … `}`) and they
    /// parse as JSON.
    private static func lines(of text: String) -> Any? {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard lines.count >= 2, lines.allSatisfy({ $0.utf8.first == 0x7B && $0.utf8.last == 0x7D }) else { return nil }
        return JSONMending.value(("[" + lines.joined(separator: ",") + "]").utf8)
    }

    /// How many `{`, `[` and `,` the text holds, those inside strings too: a bound on the values
    /// a parse makes, not a parse.
    private static func values(in text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte == 0x7B || byte == 0x5B || byte == 0x2C { count += 1 }
        return count
    }

    /// The Markdown without a first heading that a deeper one follows (`## Clip under review` over
    /// `### Title`: the analyst's section, then the article's headline).
    /// The first two lines that are not blank are found walking the lines from the top, each cut at its `\n`
    /// Character as `split(separator: "\n")` cuts (a 4 MiB string was split into all its lines by Characters and
    /// each tested: 0.1 s); the text from the second's start is what joining the lines from it gives.
    static func withoutSectionHeading(_ markdown: String) -> String {
        var filled: [Substring] = []
        var start = markdown.startIndex
        while filled.count < 2 {
            let end = lineFeed(in: markdown, from: start)
            let line = markdown[start..<end]
            if !line.allSatisfy(\.isWhitespace) { filled.append(line) }
            guard end < markdown.endIndex else { break }
            start = markdown.index(after: end)
        }
        guard filled.count == 2, let first = headingLevel(filled[0]), let second = headingLevel(filled[1]), second > first else {
            return markdown
        }
        return String(markdown[filled[1].startIndex...])
    }

    /// `text[start...].firstIndex(of: "\n") ?? text.endIndex` (`start` a Character's start), found on the bytes: a
    /// `\n` Character is a LF byte that no CR byte precedes (CR LF is one Character, and a LF is never joined to
    /// anything else).
    static func lineFeed(in text: String, from start: String.Index) -> String.Index {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            var from = utf8.distance(from: utf8.startIndex, to: start)
            while let at = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: from) {
                if at == 0 || bytes[at - 1] != 0x0D { return at }
                from = at + 1
            }
            return nil
        }
        guard let found else { return text[start...].firstIndex(of: "\n") ?? text.endIndex }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) } ?? text.endIndex
    }

    /// The level of an ATX heading (`## Title` → 2), or nil.
    private static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).first == " " ? hashes : nil
    }

    /// A notebook cell's `source`: a string, or its lines as an array of strings.
    private static func cellSource(_ source: Any?) -> String {
        if let text = source as? String { return text }
        return (source as? [Any])?.compactMap { $0 as? String }.joined() ?? ""
    }

    /// The longest string value in `value` (at most 64 levels deep).
    private static func longest(in value: Any, depth: Int, into best: inout String) {
        guard depth < 64 else { return }
        if let text = value as? String {
            if text.utf8.count > best.utf8.count { best = text }
        } else if let object = value as? [String: Any] {
            for item in object.values { longest(in: item, depth: depth + 1, into: &best) }
        } else if let array = value as? [Any] {
            if let joined = richText(array), joined.utf8.count > best.utf8.count {
                best = joined
                return
            }
            for item in array { longest(in: item, depth: depth + 1, into: &best) }
        }
    }

    /// A message's text as a chat export cuts it into pieces (Telegram's `text`: strings and
    /// `{"type": "bold", "text": "…"}` entities in turn), joined; nil for any other array (one
    /// that holds no string or no entity, as a list of tags or of paragraphs, or anything but
    /// strings and such entities).
    private static func richText(_ array: [Any]) -> String? {
        var joined = ""
        var strings = 0
        var entities = 0
        for item in array {
            if let piece = item as? String {
                joined += piece
                strings += 1
            } else if let entity = item as? [String: Any], entity["type"] is String, let piece = entity["text"] as? String {
                joined += piece
                entities += 1
            } else {
                return nil
            }
        }
        return strings > 0 && entities > 0 ? joined : nil
    }
}
