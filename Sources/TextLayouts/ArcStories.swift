import DateReading
import HTMLTree
import TextToolkit

/// An Arc XP story as its ANS JSON (what a CMS's content API answers): `type` `story`,
/// `headlines.basic` the headline (`meta_title`'s `Headline | Publication` is the tab's),
/// `credits.by` the writers (objects' `name`), `display_date` or `first_publish_date` the
/// publication (`publish_date` and `last_updated_date` are a later save), `source.name` or
/// `distributor.name` the publication, and `content_elements` the text (each `text` or `header`
/// element a paragraph of HTML).
///
/// Contract: `record` reads an object typed `story` holding `headlines.basic` (not empty) and a
/// list of `content_elements`; the text is `rest` when it holds any, else the elements'
/// paragraphs (tags dropped, references decoded, a blank line between them; nil when none holds
/// any). Nil for any other value. Pure.
enum ArcStories {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let story = value as? [String: Any], story["type"] as? String == "story",
            let headline = (story["headlines"] as? [String: Any])?["basic"] as? String,
            case let title = LineBytes.trimmed(decodeEntities(headline)), !title.isEmpty,
            let elements = story["content_elements"] as? [Any]
        else { return nil }
        var record = JSONRecords.Record(title: title, rest: rest)
        if LineBytes.trimmed(rest).isEmpty {
            let paragraphs = elements.prefix(2_000).compactMap { element -> String? in
                guard let object = element as? [String: Any], let type = object["type"] as? String, type == "text" || type == "header",
                    let content = object["content"] as? String
                else { return nil }
                let text = LineBytes.trimmed(XMLRecords.paragraphs(fromMarkup: content))
                return text.isEmpty ? nil : text
            }
            guard !paragraphs.isEmpty else { return nil }
            record.rest = paragraphs.joined(separator: "\n\n")
        }
        record.authors = ((story["credits"] as? [String: Any])?["by"]).map(FieldRecords.people) ?? []
        record.source = FieldRecords.name(story["source"]) ?? FieldRecords.name(story["distributor"])
        for key in ["display_date", "first_publish_date"] {
            if let stamp = story[key] as? String, let date = dates.firstDate(in: stamp) {
                record.date = date.date
                break
            }
        }
        return record
    }
}
