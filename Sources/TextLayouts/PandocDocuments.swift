import DateReading
import TextToolkit

/// A document as `pandoc -t json` writes it (`{"pandoc-api-version": […], "meta": {…},
/// "blocks": […]}`): the metadata's values as text (`MetaInlines` and `MetaString` a string,
/// `MetaList` a list, `MetaMap` an object, `MetaBlocks` its text) read as a record's fields
/// (`title`, `author`, `date`, `publication`, …, a bare `date` trusted: it is the document's),
/// the blocks as the text: a paragraph per `Para`, `Plain`, `Header` (but a first one, a section's
/// or the title's own), `CodeBlock`, the blocks inside a `BlockQuote`, `Div` or list item; inlines
/// joined as Pandoc renders them (`Str`, `Space`, `SoftBreak`, the inlines inside emphasis, links,
/// quotes and spans).
///
/// Contract: `record` reads an object holding `pandoc-api-version`, a `meta` object and a
/// `blocks` list; at most 100,000 nodes are read, 32 levels deep. The record's fields are
/// `FieldRecords`' reading of the metadata. Nil for any other value, and for a document without
/// a title or text. Pure.
enum PandocDocuments {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let document = value as? [String: Any], document["pandoc-api-version"] != nil,
            let meta = document["meta"] as? [String: Any], let blocks = document["blocks"] as? [Any]
        else { return nil }
        var reader = NodeReader()
        var properties: [String: Any] = [:]
        for (key, entry) in meta { properties[key] = reader.metaValue(entry, depth: 0) }
        var paragraphs: [String] = []
        for (index, block) in blocks.enumerated() {
            if index == 0, (block as? [String: Any])?["t"] as? String == "Header" { continue }
            reader.append(block, to: &paragraphs, depth: 0)
        }
        let text = LineBytes.trimmed(rest).isEmpty ? paragraphs.joined(separator: "\n\n") : rest
        guard !text.isEmpty, properties["title"] is String else { return nil }
        return FieldRecords.record(in: properties, rest: text, bareDate: true, isArticle: true, dates: dates)
    }

    /// Reads nodes within the bounds of the contract (`count` nodes so far).
    private struct NodeReader {
        var count = 0

        /// A metadata value as text, a list or an object; nil for anything else.
        mutating func metaValue(_ value: Any, depth: Int) -> Any? {
            guard depth < 32, count < 100_000, let node = value as? [String: Any], let kind = node["t"] as? String else { return nil }
            count += 1
            switch kind {
            case "MetaInlines": return inlines(node["c"], depth: depth + 1)
            case "MetaString": return node["c"] as? String
            case "MetaBool": return nil
            case "MetaList": return ((node["c"] as? [Any]) ?? []).compactMap { metaValue($0, depth: depth + 1) }
            case "MetaMap":
                var object: [String: Any] = [:]
                for (key, entry) in (node["c"] as? [String: Any]) ?? [:] { object[key] = metaValue(entry, depth: depth + 1) }
                return object
            case "MetaBlocks":
                var paragraphs: [String] = []
                for block in (node["c"] as? [Any]) ?? [] { append(block, to: &paragraphs, depth: depth + 1) }
                return paragraphs.joined(separator: "\n\n")
            default: return nil
            }
        }

        /// A block's paragraphs, appended.
        mutating func append(_ block: Any, to paragraphs: inout [String], depth: Int) {
            guard depth < 32, count < 100_000, let node = block as? [String: Any], let kind = node["t"] as? String else { return }
            count += 1
            let content = node["c"]
            switch kind {
            case "Para", "Plain":
                let line = inlines(content, depth: depth + 1)
                if !line.isEmpty { paragraphs.append(line) }
            case "Header":
                let line = inlines((content as? [Any])?.last, depth: depth + 1)
                if !line.isEmpty { paragraphs.append(line) }
            case "CodeBlock":
                if let code = (content as? [Any])?.last as? String, !LineBytes.trimmed(code).isEmpty { paragraphs.append(LineBytes.trimmed(code)) }
            case "BlockQuote":
                for inner in (content as? [Any]) ?? [] { append(inner, to: &paragraphs, depth: depth + 1) }
            case "Div":
                for inner in ((content as? [Any])?.last as? [Any]) ?? [] { append(inner, to: &paragraphs, depth: depth + 1) }
            case "BulletList", "OrderedList":
                let items = (kind == "OrderedList" ? (content as? [Any])?.last : content) as? [Any] ?? []
                for case let item as [Any] in items {
                    for inner in item { append(inner, to: &paragraphs, depth: depth + 1) }
                }
            default: break
            }
        }

        /// Inlines as Pandoc renders them as plain text, trimmed.
        mutating func inlines(_ value: Any?, depth: Int) -> String {
            var text = ""
            collect(value, into: &text, depth: depth)
            return LineBytes.trimmed(text)
        }

        private mutating func collect(_ value: Any?, into text: inout String, depth: Int) {
            guard depth < 32, let list = value as? [Any] else { return }
            for case let node as [String: Any] in list {
                guard count < 100_000, let kind = node["t"] as? String else { return }
                count += 1
                let content = node["c"]
                switch kind {
                case "Str": text += (content as? String) ?? ""
                case "Space", "SoftBreak": text += " "
                case "LineBreak": text += "\n"
                case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
                    collect(content, into: &text, depth: depth + 1)
                case "Span", "Link", "Quoted", "Cite":
                    let parts = content as? [Any]
                    let quoted = kind == "Quoted" ? ((parts?.first as? [String: Any])?["t"] as? String == "SingleQuote" ? "'" : "\"") : ""
                    text += quoted
                    // Each holds its inlines second: after the attributes, the quote's kind or the citations.
                    collect((parts?.count ?? 0) > 1 ? parts?[1] : nil, into: &text, depth: depth + 1)
                    text += quoted
                case "Code": text += ((content as? [Any])?.last as? String) ?? ""
                default: break
                }
            }
        }
    }
}
