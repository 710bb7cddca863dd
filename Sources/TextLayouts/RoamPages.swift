import DateReading
import TextToolkit

/// A Roam Research page as its JSON export holds it (`[{"title": …, "children": [{"string":
/// "Source:: [[Reuters]]", "uid": …}, {"string": "Text", "children": [{"string": …}]}]}]`):
/// the page's title, its attribute blocks (`key:: value`, read as `PropertyLines` reads an
/// outliner's properties: `[[page]]` links are their names) and its other blocks, depth first.
///
/// Contract: `record` reads a list whose first item is an object with a `title` string and a
/// list of `children` blocks, each an object with a `string`; at most 10,000 blocks, 32 levels
/// deep. The record's fields are `FieldRecords`' reading of the title and the attributes (a bare
/// `date` trusted); its text the other blocks, one paragraph each (`rest` when it holds any).
/// Nil for any other value, and for a page without text. Pure.
enum RoamPages {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let page = (value as? [Any])?.first as? [String: Any], let title = page["title"] as? String,
            let blocks = page["children"] as? [Any], (blocks.first as? [String: Any])?["string"] is String
        else { return nil }
        var properties: [String: Any] = ["title": title]
        var paragraphs: [String] = []
        var count = 0
        func visit(_ blocks: [Any], depth: Int) {
            guard depth < 32 else { return }
            for case let block as [String: Any] in blocks {
                guard count < 10_000 else { return }
                count += 1
                let line = LineBytes.trimmed((block["string"] as? String) ?? "")
                if let property = PropertyLines.property(line) {
                    properties[property.key] = properties[property.key] ?? PropertyLines.value(property.value)
                } else if !line.isEmpty {
                    paragraphs.append(line)
                }
                if let children = block["children"] as? [Any] { visit(children, depth: depth + 1) }
            }
        }
        visit(blocks, depth: 0)
        let text = LineBytes.trimmed(rest).isEmpty ? paragraphs.joined(separator: "\n\n") : rest
        guard !text.isEmpty else { return nil }
        return FieldRecords.record(in: properties, rest: text, bareDate: true, isArticle: true, dates: dates)
    }
}
