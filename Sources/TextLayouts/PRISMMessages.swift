import DateReading
import HTMLTree
import TextToolkit

/// An article as a PRISM Aggregator Message carries it (`<pam:message><pam:article><head>` of
/// Dublin Core and PRISM elements, then the XHTML `<body>`), what press aggregators and
/// publishers' syndication feeds deliver: the title `dc:title`, the writers the `dc:creator`s,
/// the publication `prism:publicationName` (never `dc:publisher`, the publishing group, nor the
/// rights holder), the day `prism:coverDate`, else `prism:publicationDate` (never
/// `prism:modificationDate`), the text the body's blocks.
///
/// Contract: `read` takes the document's root (`message`, its namespace dropped) and returns its
/// first `article` holding a title and a body with text; nil for any other document. Pure.
enum PRISMMessages {
    static func read(_ root: XMLElement, dates: DateRecognizer) -> XMLRecords.Record? {
        guard root.name == "message", let article = root.first("article"), let head = article.children.first(where: { $0.name == "head" }),
            let title = head.children.first(where: { $0.name == "title" }).map({ LineBytes.trimmed($0.allText) }), !title.isEmpty,
            let body = article.children.first(where: { $0.name == "body" })
        else { return nil }
        let text = XMLRecords.blocks(of: body).joined(separator: "\n\n")
        guard !text.isEmpty else { return nil }
        var record = XMLRecords.Record(title: title, rest: text)
        record.authors = head.children.filter { $0.name == "creator" }.map { LineBytes.trimmed($0.allText) }.filter { !$0.isEmpty }
            .map(RISRecord.given(first:))
        record.source = head.children.first { $0.name == "publicationname" }.map { LineBytes.trimmed($0.allText) }.flatMap { $0.isEmpty ? nil : $0 }
        for name in ["coverdate", "publicationdate"] {
            guard let element = head.children.first(where: { $0.name == name }),
                let date = dates.firstDate(in: LineBytes.trimmed(element.allText))?.date
            else { continue }
            record.date = date
            break
        }
        return record
    }
}
