/// A scanned page read by a layout model that gives each paragraph a role (Azure AI Document
/// Intelligence's `prebuilt-layout`: `analyzeResult.paragraphs`, each with its `content` and, where
/// the model gives one, a `role`: `title`, `sectionHeading`, `pageHeader`, `pageFooter`,
/// `pageNumber`, `footnote`): the page's running head (the publication, its day) first, then the
/// title, then the other paragraphs in order, a blank line between them; the section's heading,
/// the page's number and footer and the footnotes are the page's, not the article's, and go.
///
/// Contract: `plain` is nil unless the value is an object whose `analyzeResult` holds a
/// `paragraphs` list (50,000 read at most) with a `title` paragraph; paragraphs without text are
/// skipped.
///
/// Unstructured's elements of a page (`partition_pdf`'s JSON: a list of `{"type": "Title", "element_id": …,
/// "text": …, "metadata": {"parent_id": …, "page_number": …}}`) are read the same way (`elements`): the page's
/// `Header`s first, then the headline (the `Title` the most elements name as their `parent_id`, else the first
/// `Title`), then the other elements in order, with the headline and the publication a header names beside its
/// section (`Le Figaro – Économie`, `FeedNames.publication`) or alone (a masthead); a `Title` above the headline that no element names (a section's
/// heading), the `Footer`, `PageNumber`, `PageBreak` and `Image` elements go. Nil unless the value is a list whose
/// first item has a `type`, an `element_id` and a `text` and some element is a `Title`; 50,000 elements at most. Pure.
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

    static func elements(_ value: Any) -> (title: String, source: String?, text: String)? {
        guard let list = value as? [Any], let first = list.first as? [String: Any], first["type"] is String,
            first["element_id"] is String, first["text"] is String
        else { return nil }
        var items: [(type: String, id: String, text: String)] = []
        var children: [String: Int] = [:]
        for case let element as [String: Any] in list.prefix(50_000) {
            guard let type = element["type"] as? String, let text = (element["text"] as? String).map({ LineBytes.trimmed($0) }),
                !text.isEmpty
            else { continue }
            if let parent = (element["metadata"] as? [String: Any])?["parent_id"] as? String { children[parent, default: 0] += 1 }
            items.append((type, element["element_id"] as? String ?? "", text))
        }
        let titles = items.indices.filter { items[$0].type == "Title" }
        guard let firstTitle = titles.first else { return nil }
        let headline = titles.max { (children[items[$0].id] ?? 0, $1) < (children[items[$1].id] ?? 0, $0) } ?? firstTitle
        var heads: [String] = []
        var rest: [String] = []
        for (index, item) in items.enumerated() {
            switch item.type {
            case "Header": if index < headline { heads.append(item.text) } else { continue }
            case "Footer", "PageNumber", "PageBreak", "Image": continue
            case "Title" where index < headline && children[item.id] == nil: continue
            default: if index != headline { rest.append(item.text) }
            }
        }
        // The print's header naming the publication and its section (`Le Figaro – Économie`), or a masthead alone.
        let source = heads.lazy.compactMap { head -> String? in
            guard let name = FeedNames.publication(head) else { return nil }
            return name != head || ClippingFacts.isMasthead(head) ? name : nil
        }.first
        return (items[headline].text, source, (heads + [items[headline].text] + rest).joined(separator: "\n\n"))
    }
}
