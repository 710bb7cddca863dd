import TextLayouts

/// Decides whether decoded text is plain text, Markdown with front matter, or HTML.
///
/// Contract: content decides. HTML when the text (after leading whitespace and comments) starts
/// with `<!doctype html` or contains `<html` in its first 4 KiB; Markdown when it opens with a
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
        let trimmedHead = head.drop { $0.isWhitespace }
        if trimmedHead.hasPrefix("<!doctype html") || head.contains("<html") { return (.html, nil) }
        if let front = FrontMatter.split(text) { return (.markdown, front) }
        return (byExtension(text, head: head, fileName: fileName), nil)
    }

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
