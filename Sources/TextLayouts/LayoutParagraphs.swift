/// A scanned page read by a layout model that gives each paragraph a role (Azure AI Document
/// Intelligence's `prebuilt-layout`: `analyzeResult.paragraphs`, each with its `content` and, where
/// the model gives one, a `role`: `title`, `sectionHeading`, `pageHeader`, `pageFooter`,
/// `pageNumber`, `footnote`): the page's running head (the publication, its day) first, then the
/// title, then the other paragraphs in order, a blank line between them; the section's heading,
/// the page's number and footer and the footnotes are the page's, not the article's, and go.
///
/// Contract: `plain` is nil unless the value is an object whose `analyzeResult` holds a
/// `paragraphs` list (50,000 read at most) with a `title` paragraph; paragraphs without text are
/// skipped. Pure.
enum LayoutParagraphs {
    static func plain(_ value: Any) -> String? {
        guard let result = (value as? [String: Any])?["analyzeResult"] as? [String: Any],
            let paragraphs = result["paragraphs"] as? [Any]
        else { return nil }
        var heads: [String] = []
        var title: String?
        var rest: [String] = []
        for case let paragraph as [String: Any] in paragraphs.prefix(50_000) {
            guard let content = (paragraph["content"] as? String).map({ LineBytes.trimmed($0) }), !content.isEmpty else { continue }
            switch paragraph["role"] as? String {
            case "title"?: if title == nil { title = content } else { rest.append(content) }
            case "pageHeader"?: if title == nil { heads.append(content) }
            case "sectionHeading"?, "pageFooter"?, "pageNumber"?, "footnote"?: continue
            default: rest.append(content)
            }
        }
        guard let title else { return nil }
        return (heads + [title] + rest).joined(separator: "\n\n")
    }
}
