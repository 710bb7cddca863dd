import TextLayouts

/// Decides whether decoded text is plain text, Markdown with front matter, or HTML.
///
/// Contract: content decides. HTML when the text (after leading whitespace and comments) starts
/// with `<!doctype html` or contains `<html` in its first 4 KiB, or is a fragment of a page
/// (`isFragment`: a CMS's source view, an HTML mail part saved as text); Markdown when it opens with a
/// `---` line, a closing `---` (or `...`) line follows within 64 KiB, and at least one line in
/// between is `key: value`. The file extension only breaks ties: `.md`/`.markdown` with a heading
/// line gives Markdown, `.html`/`.htm` with common tags gives HTML. Everything else is text.
/// Pure; never fails.
enum FormatDetection {
    static func detect(_ text: String, fileName: String?) -> Article.Format {
        detectWithFrontMatter(text, fileName: fileName).format
    }

    /// `detect`, plus the front matter it read when that is what made the text Markdown (so
    /// that the Markdown reader need not parse the YAML again); nil otherwise.
    static func detectWithFrontMatter(_ text: String, fileName: String?) -> (format: Article.Format, front: FrontMatter.Parsed?) {
        // Without a `<` nothing below can say HTML (lowercasing never makes one), so a text
        // without one skips lowercasing its head.
        guard LineBytes.contains(text, UInt8(ascii: "<")) else {
            if let front = FrontMatter.split(text) { return (.markdown, front) }
            return (isMarkdownByName(text, fileName: fileName) ? .markdown : .text, nil)
        }
        let head = String(text.prefix(4096)).lowercased()
        let trimmedHead = Self.trimmed(head)
        if trimmedHead.hasPrefix("<!doctype html") || head.contains("<html") { return (.html, nil) }
        if let front = FrontMatter.split(text) { return (.markdown, front) }
        if isFragment(trimmedHead) { return (.html, nil) }
        return (byExtension(text, head: head, fileName: fileName), nil)
    }

    /// The lowercased first 4 KiB of `text`, from its first non-blank character: what `isFragment` reads.
    static func trimmedHead(_ text: String) -> Substring {
        trimmed(String(text.prefix(4096)).lowercased())
    }

    private static func trimmed(_ head: String) -> Substring { head.drop { $0.isWhitespace } }

    /// A page's fragment without its `<html>`: the lowercased head, from its first non-blank
    /// character, opens with one of the block elements an article is made of (`<p>`, `<div`,
    /// `<h1`, `<article`, …) and closes at least two of them (`</p>`, `</div>`, `</h2>`, …).
    /// A clipping that merely quotes a tag, or an XML record, does not start so. The parser
    /// reads a fragment as text when the HTML reader finds no article in it (`ArticleParser`).
    static func isFragment(_ trimmedHead: Substring) -> Bool {
        guard trimmedHead.first == "<",
            fragmentOpenings.contains(where: { opening in
                trimmedHead.hasPrefix(opening) && trimmedHead.dropFirst(opening.count).first.map { $0 == ">" || $0 == " " } == true
            })
        else { return false }
        var closed = 0
        for closing in fragmentClosings {
            closed += trimmedHead.ranges(of: closing).count
            if closed >= 2 { return true }
        }
        return false
    }

    private static let fragmentOpenings = [
        "<p", "<div", "<h1", "<h2", "<h3", "<h4", "<article", "<section", "<main", "<header", "<body", "<head",
        "<title", "<meta", "<table", "<figure", "<blockquote", "<ul", "<ol",
    ]
    private static let fragmentClosings = [
        "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</article>", "</section>", "</li>", "</blockquote>",
        "</title>", "</header>",
    ]

    /// The tie-break by file extension of a text that contains a `<` (its lowercased `head`).
    private static func byExtension(_ text: String, head: String, fileName: String?) -> Article.Format {
        let fileExtension = fileName.flatMap { name in
            name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() }
        }
        switch fileExtension {
        case "md", "markdown":
            let hasHeading = text.split(separator: "\n").prefix(40).contains { $0.hasPrefix("#") }
            return hasHeading ? .markdown : .text
        case "html", "htm", "xhtml":
            let tags = ["<body", "<p>", "<p ", "<div", "<h1", "<article", "<title"]
            return tags.contains(where: head.contains) ? .html : .text
        default:
            return .text
        }
    }

    /// A `.md`/`.markdown` file with a `#` heading line among its first 40 lines.
    private static func isMarkdownByName(_ text: String, fileName: String?) -> Bool {
        guard let name = fileName, let dot = name.lastIndex(of: ".") else { return false }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": return text.split(separator: "\n").prefix(40).contains { $0.hasPrefix("#") }
        default: return false
        }
    }
}
