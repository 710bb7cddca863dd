import DateReading
import HTMLTree
import TextToolkit

/// An article saved as XML: a feed's entry (Atom `<entry>`, RSS `<item>`), a notes app's export
/// (Evernote's `.enex` `<note>`), an agency's NITF file (`<nitf>`), an outliner's OPML document
/// (the `outline` with the longest `_note`, of 200 bytes at least: its `text` the title, the note the
/// text; nil when no note is that long), trafilatura's output (`<doc>`: the title, authors (`A; B`),
/// date and site name in its attributes, the text in `<main>`), an EndNote library's XML export
/// (`EndNoteRecords`), a MODS record (`MODSRecords`), a PRISM Aggregator Message (`PRISMMessages`).
///
/// Contract: `read` takes a text opening with `<` (past white space and a BOM), of at most
/// `XMLElements.maximumBytes`, that libxml2 reads as well-formed XML (`XMLElements`: no tag of more than
/// `XMLElements.maximumAttributes` attributes), and returns the article's fields and its text, or nil when
/// the document names no title or holds no text. The article is the first `entry` or `item`
/// when there is one (the feed's own `title` is then the source, `Publication – Section` read as
/// `FeedNames` reads a feed's name; never when the entry is the root), else the root. Under it, never entering a note's own
/// attributes (`note-attributes`: who clipped it and with what):
/// - title: the first `hl1`, `headline` or `title` (an escaped `type="html"` title decoded);
/// - authors: each `author`'s `name` or text, `creator`s, or a `byline` read as a byline
///   (NITF's `By <person>A</person>`);
/// - date: `published`, `pubDate`, `date.issue`'s `norm`, `issued`, `datePublished`,
///   `firstCreated`, `story.date` (never `updated`, `created`, `modified` or an export's day);
/// - source: `distributor`, `doc.copyright`'s `holder`, an item's `source`;
/// - text: the first of `body.content`, `content`, `encoded` (`content:encoded`),
///   `description`, `summary`: its paragraphs (block children: `<p>`, an xhtml `<div>`; inline
///   ones stay in their paragraph) or its text; markup in it (an
///   `.enex` note's ENML, a `type="html"` content: text opening with a tag) turned into lines at
///   block tags, references decoded; a `type="text"` content as it is.
/// Pure.
enum XMLRecords {
    /// The same fields as a JSON record's.
    typealias Record = JSONRecords.Record

    private static let skipped: Set<String> = ["note-attributes"]

    static func read(_ text: String, dates: DateRecognizer) -> Record? {
        root(of: text).flatMap { read($0, dates: dates) }
    }

    /// The document's root element as `XMLElements` reads it, for `read` and `plain` (libxml2
    /// reads a document once for both); nil when the text does not open with `<`, is longer than
    /// `XMLElements.maximumBytes` or is no well-formed XML.
    static func root(of text: String) -> XMLElement? {
        guard LineBytes.leadingByte(text) == 0x3C, text.utf8.count <= XMLElements.maximumBytes else { return nil }
        return XMLElements.parse(Array(text.utf8))
    }

    /// `read` of a document already parsed (`root(of:)`).
    static func read(_ root: XMLElement, dates: DateRecognizer) -> Record? {
        // An outliner's OPML export: the node whose note holds the text (the head's title, owner and day are the outline's).
        if root.name == "opml" {
            guard let node = noted(root), let title = node.attributes["text"].map({ LineBytes.trimmed($0) }), !title.isEmpty,
                let note = node.attributes["_note"]
            else { return nil }
            return Record(title: title, rest: note)
        }
        // trafilatura's XML output (`<doc sitename="…" title="…" author="A; B" date="…">` over `<main>`): the root's attributes.
        if root.name == "doc", let title = root.attributes["title"].map({ LineBytes.trimmed($0) }), !title.isEmpty,
            let main = root.first("main")
        {
            let rest = blocks(of: main).joined(separator: "\n\n")
            guard !rest.isEmpty else { return nil }
            var record = Record(title: title, rest: rest)
            record.authors = (root.attributes["author"] ?? "").split(separator: ";").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
            record.date = root.attributes["date"].flatMap { dates.firstDate(in: $0)?.date }
            record.source = root.attributes["sitename"].map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
            return record
        }
        // An EndNote library's export (`<xml><records><record>`): read by its own tags.
        if root.name == "xml", let record = EndNoteRecords.read(root, dates: dates) { return record }
        // A MODS record (`<modsCollection><mods>`): read by its own tags (the host item names the publication).
        if root.name == "modscollection" || root.name == "mods" { return MODSRecords.read(root, dates: dates) }
        // A PRISM Aggregator Message (`<pam:message>`): read by its Dublin Core and PRISM elements.
        if root.name == "message", let record = PRISMMessages.read(root, dates: dates) { return record }
        let item = root.first("entry") ?? root.first("item")
        let article = item ?? root
        guard let titleElement = ["hl1", "headline", "title"].lazy.compactMap({ article.first($0, skipping: skipped) }).first
        else { return nil }
        var title = LineBytes.trimmed(titleElement.allText)
        if titleElement.attributes["type"] == "html" { title = LineBytes.trimmed(decodeEntities(title)) }
        guard !title.isEmpty, let rest = body(of: article), !LineBytes.trimmed(rest).isEmpty else { return nil }
        var record = Record(title: title, rest: rest)
        record.authors = authors(of: article, dates: dates)
        for name in ["published", "pubdate", "date.issue", "issued", "datepublished", "firstcreated", "story.date"] {
            guard let element = article.first(name, skipping: skipped) else { continue }
            let value = element.attributes["norm"].map(isoStamp) ?? element.allText
            if let date = dates.firstDate(in: value)?.date {
                record.date = date
                break
            }
        }
        let holder = article.first("doc.copyright", skipping: skipped)?.attributes["holder"]
        let named = [article.first("distributor", skipping: skipped)?.allText, holder,
                     item.flatMap { $0.children.first { $0.name == "source" }?.allText }]
        record.source = named.compactMap { $0.map { LineBytes.trimmed($0) } }.first { !$0.isEmpty }
        // A feed's title names the publication (not an entry's own title, when the entry is the root).
        if record.source == nil, item != nil, root.name != "entry", root.name != "item",
            let feed = root.children.first(where: { $0.name == "title" })
            ?? root.first("channel")?.children.first(where: { $0.name == "title" })
        {
            record.source = FeedNames.publication(LineBytes.trimmed(feed.allText))
        }
        return record
    }

    /// Any other XML document's text (a text-to-speech script's `<speak>`, a translation job's
    /// XLIFF file, a flat OpenDocument file's `.fodt` body, its `office:meta`, styles and settings
    /// skipped): each element holding text of its own, in document order, as a paragraph (its
    /// text and its descendants', white space runs made one space), elements without text of their
    /// own read through, a `header`'s paragraphs (notes on the file) moved to the foot; attributes,
    /// comments and empty elements say nothing. Nil when the text is
    /// no well-formed XML (or longer than `XMLElements.maximumBytes`), or when fewer than two
    /// paragraphs, 200 bytes of text or fewer than two paragraphs of prose (eight words at least,
    /// ending with `.`, `!` or `?`) come out, or when every text is a keyed entry (`<string
    /// name="…">`: an app's resources).
    static func plain(_ text: String) -> String? {
        root(of: text).flatMap { plain($0) }
    }

    /// `plain` of a document already parsed (`root(of:)`).
    static func plain(_ root: XMLElement) -> String? {
        var paragraphs: [String] = []
        // A `header`'s notes describe the file (an XLIFF job's `Article, published in X.`): read at the foot.
        var notes: [String] = []
        // Every text a keyed entry (`<string name="…">`, `<entry key="…">`): an app's resources, no document.
        var keyed = true
        // An OpenDocument file's own parts, the root's children (`office:meta`: its title, creator and days; its
        // styles and settings), are no text.
        var stack = root.name == "document"
            ? root.children.filter { !openDocumentParts.contains($0.name) }.reversed().map { ($0, false) } : [(root, false)]
        while let (element, inHeader) = stack.popLast() {
            if element.text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) {
                keyed = keyed && (element.attributes["name"] != nil || element.attributes["key"] != nil)
                let words = element.allText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                if inHeader { notes.append(words.joined(separator: " ")) } else { paragraphs.append(words.joined(separator: " ")) }
            } else {
                let header = inHeader || element.name == "header"
                stack.append(contentsOf: element.children.reversed().map { ($0, header) })
            }
        }
        paragraphs += notes
        // Prose: two sentences of eight words at least (an app's strings file holds short labels).
        let sentences = paragraphs.filter { paragraph in
            paragraph.utf8.last.map { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F } == true && LineBytes.spaceSeparatedCount(paragraph) >= 8
        }
        guard !keyed, paragraphs.count >= 2, paragraphs.reduce(0, { $0 + $1.utf8.count }) >= 200, sentences.count >= 2 else { return nil }
        return paragraphs.joined(separator: "\n\n")
    }

    private static let openDocumentParts: Set<String> = ["meta", "automatic-styles", "styles", "font-face-decls", "settings", "scripts"]

    /// The `outline` at or under `element` with the longest `_note` (of 200 bytes at least).
    private static func noted(_ element: XMLElement) -> XMLElement? {
        var best: XMLElement?
        var stack = [element]
        while let next = stack.popLast() {
            if next.name == "outline", let note = next.attributes["_note"], note.utf8.count >= 200,
                note.utf8.count > best?.attributes["_note"]?.utf8.count ?? 0
            {
                best = next
            }
            stack.append(contentsOf: next.children)
        }
        return best
    }

    /// `20260303T094200+0100` → `2026-03-03` (a compact ISO stamp's day); any other value as it is.
    private static func isoStamp(_ value: String) -> String {
        let digits = value.utf8.prefix(8)
        guard digits.count == 8, digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return value }
        let day = String(decoding: digits, as: UTF8.self)
        return "\(day.prefix(4))-\(day.dropFirst(4).prefix(2))-\(day.suffix(2))"
    }

    private static func authors(of article: XMLElement, dates: DateRecognizer) -> [String] {
        let authors = article.all("author", skipping: skipped).map { LineBytes.trimmed(($0.first("name") ?? $0).allText) }
            + article.all("creator", skipping: skipped).map { LineBytes.trimmed($0.allText) }
        let named = authors.filter { !$0.isEmpty && !$0.contains("@") }
        if !named.isEmpty { return named }
        guard let byline = article.first("byline", skipping: skipped) else { return [] }
        let line = LineBytes.trimmed(byline.allText)
        return Bylines.read(line, dates: dates, keepsAgencies: false)?.authors ?? Bylines.names(line) ?? []
    }

    /// The article's text as lines: a text element's paragraphs, or its text with any markup in
    /// it turned into lines.
    private static func body(of article: XMLElement) -> String? {
        guard let element = ["body.content", "content", "encoded", "description", "summary"].lazy
            .compactMap({ article.first($0, skipping: skipped) }).first
        else { return nil }
        if element.children.contains(where: { blockTags.contains($0.name) }) { return blocks(of: element).joined(separator: "\n\n") }
        if !element.children.isEmpty { return element.allText }
        // Markup in the text: an escaped HTML content, or an `.enex` note's ENML in CDATA.
        let type = element.attributes["type"] ?? ""
        let opensWithTag = LineBytes.leadingByte(element.text) == 0x3C
        return type == "html" || type == "xhtml" || opensWithTag ? lines(fromMarkup: element.text) : element.text
    }

    /// The paragraphs of an element holding block elements (`<p>`, an xhtml content's `<div>`):
    /// each block's text, block children read in turn, an inline child's text a paragraph of its
    /// own (text standing bare between blocks is dropped).
    static func blocks(of element: XMLElement) -> [String] {
        guard element.children.contains(where: { blockTags.contains($0.name) }) else {
            let text = LineBytes.trimmed(element.allText)
            return text.isEmpty ? [] : [text]
        }
        return element.children.flatMap { child in
            blockTags.contains(child.name) ? blocks(of: child) : [LineBytes.trimmed(child.allText)].filter { !$0.isEmpty }
        }
    }

    /// Whether a text holds HTML's paragraphs or line breaks (`</p>`, `<br`, `</div>`, `</li>`,
    /// `</h…`), which `lines(fromMarkup:)` turns into lines.
    static func holdsMarkup(_ text: String) -> Bool {
        LineBytes.contains(text, anyOf: paragraphMarks)
    }

    private static let paragraphMarks = NeedleSet(["</p>", "<br", "</div>", "</li>", "</h"], ignoringCase: false)

    /// HTML's paragraphs: its line breaks in the source are white space (joined by one space),
    /// its block tags end the lines (`lines(fromMarkup:)`), trimmed, without empty ones, a blank
    /// line between them.
    static func paragraphs(fromMarkup text: String) -> String {
        let flowing = String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
        return lines(fromMarkup: flowing).split(separator: "\n").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// Markup as lines: a block tag (`div`, `p`, `br`, `li`, headings…) ends a line, any other
    /// tag, a declaration and a processing instruction go, references are decoded.
    static func lines(fromMarkup text: String) -> String {
        guard LineBytes.contains(text, 0x3C) else { return decodeEntities(text) }
        var output: [UInt8] = []
        var bytes = text.utf8[...]
        while let open = bytes.firstIndex(of: 0x3C) {
            output += bytes[..<open]
            guard let close = bytes[open...].firstIndex(of: 0x3E) else {
                bytes = bytes[open...]
                break
            }
            let name = bytes[bytes.index(after: open)..<close].drop { $0 == 0x2F }.prefix { ASCII.isLetter($0) || $0 &- 0x30 < 10 }
            if blockTags.contains(String(decoding: name, as: UTF8.self).lowercased()) { output.append(0x0A) }
            bytes = bytes[bytes.index(after: close)...]
        }
        output += bytes
        return decodeEntities(String(decoding: output, as: UTF8.self))
    }

    private static let blockTags: Set<String> = [
        "div", "p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "hr",
        "en-note", "section", "article", "header", "footer",
    ]
}
