import TextToolkit

/// A CMS's rich text as its API returns it, parsed from JSON: Contentful's document (`{"nodeType":
/// "document", "content": [{"nodeType": "paragraph", "content": [{"nodeType": "text", "value":
/// …}]}]}`), a ProseMirror or Tiptap document (`{"type": "doc", "content": [{"type": "paragraph",
/// "content": [{"type": "text", "text": …}]}]}`), Sanity's Portable Text (`[{"_type": "block",
/// "children": [{"_type": "span", "text": …}]}]`).
///
/// Contract: `text(of:)` gives the document's blocks (a paragraph, a heading, a list's item, a
/// quote: a node whose children are text and inline nodes, such as a link) in order, each the
/// text of its inline nodes joined, a blank line between them; nil for any other value, and for
/// a document without text. At most 64 levels and 100,000 nodes are read (a value parsed from
/// 256 KiB of JSON holds fewer). Pure; never fails.
enum RichTextDocuments {
    static func text(of value: Any) -> String? {
        guard isDocument(value) else { return nil }
        var reader = Reader()
        reader.blocks(of: value, depth: 0)
        let text = reader.paragraphs.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    /// A document's root: Contentful's `document` node, ProseMirror's `doc`, Portable Text's list of blocks.
    private static func isDocument(_ value: Any) -> Bool {
        if let node = value as? [String: Any] {
            guard node["content"] is [Any] else { return false }
            return node["nodeType"] as? String == "document" || node["type"] as? String == "doc"
        }
        guard let first = (value as? [Any])?.first as? [String: Any] else { return false }
        return first["_type"] as? String == "block" && first["children"] is [Any]
    }

    /// Inline nodes that hold text (links, mentions), by their type; a text node is one too.
    private static let inlineTypes: Set<String> = [
        "hyperlink", "entry-hyperlink", "asset-hyperlink", "resource-hyperlink", "embedded-entry-inline", "link",
        "mention", "span", "hardBreak", "hard_break",
    ]

    private struct Reader {
        var paragraphs: [String] = []
        var nodes = 0

        /// A node's text when it is a text node (`value`, `text`), else nil.
        private func ownText(_ node: [String: Any]) -> String? {
            let type = (node["nodeType"] ?? node["type"] ?? node["_type"]) as? String
            if type == "text" { return (node["value"] ?? node["text"]) as? String }
            if type == "span" { return node["text"] as? String }
            if type == "hardBreak" || type == "hard_break" { return " " }
            return nil
        }

        /// A node's children (`content`, Portable Text's `children`), or none.
        private func children(_ node: [String: Any]) -> [Any] {
            (node["content"] as? [Any]) ?? (node["children"] as? [Any]) ?? []
        }

        private func isInline(_ node: [String: Any]) -> Bool {
            if ownText(node) != nil { return true }
            let type = (node["nodeType"] ?? node["type"] ?? node["_type"]) as? String
            return type.map { RichTextDocuments.inlineTypes.contains($0) } ?? false
        }

        /// Appends the blocks under `value`: a node whose children are all inline is one paragraph.
        mutating func blocks(of value: Any, depth: Int) {
            guard depth < 64, nodes < 100_000 else { return }
            nodes += 1
            if let list = value as? [Any] {
                for item in list { blocks(of: item, depth: depth + 1) }
                return
            }
            guard let node = value as? [String: Any] else { return }
            let children = children(node)
            guard !children.isEmpty else { return }
            if children.allSatisfy({ ($0 as? [String: Any]).map(isInline) ?? false }) {
                var paragraph = ""
                inlineText(of: node, into: &paragraph, depth: depth)
                paragraphs.append(paragraph)
                return
            }
            for child in children { blocks(of: child, depth: depth + 1) }
        }

        /// The text of a node's inline descendants, in order.
        mutating func inlineText(of node: [String: Any], into paragraph: inout String, depth: Int) {
            guard depth < 64, nodes < 100_000 else { return }
            nodes += 1
            if let text = ownText(node) {
                paragraph += text
                return
            }
            for case let child as [String: Any] in children(node) { inlineText(of: child, into: &paragraph, depth: depth + 1) }
        }
    }
}
