import DateReading
import TextToolkit

/// A Notion database entry as its API returns it (`GET /v1/pages/{id}`: `{"object": "page",
/// "properties": {"Titre": {"type": "title", "title": [rich text]}, "Média": {"type": "select",
/// "select": {"name": "Reuters"}}, "Date de parution": {"type": "date", "date": {"start":
/// "1987-02-26"}}, …}}`), alone or saved beside its content (`GET /v1/blocks/{id}/children`: a
/// `list` whose `results` are blocks, `{"type": "paragraph", "paragraph": {"rich_text": […]}}`),
/// as `{"page": …, "blocks": …}`.
///
/// Contract: `record` reads a page object (the value, or its `page`) whose `object` is `page` and
/// whose `properties` is an object. Each property is read by its `type`: the `title` property is
/// the title whatever its name, `rich_text` its text (the rich text's `plain_text`, else its
/// `text.content`, joined), `select` its option's name, `multi_select` the names joined by `, `,
/// `date` its `start`; its name is read as a record's key (`RecordKeys`: `Auteurs`, `Date de
/// parution`, `Médium`). The workspace's users (`created_by`, `last_edited_by`, `people`: the
/// colleagues who keep the database), a workflow's `status`, and the page's own moments
/// (`created_time`, `last_edited_time`) are never the article's. The text is `rest` when it holds
/// any, else the blocks' text (the value's or its `blocks`' `results` list, or its `children`): one
/// paragraph per block with rich text (a paragraph, a heading, a quote, a list's item, a callout),
/// 10,000 blocks at most. Nil for any other value, for a page without title or text, and for one whose blocks are
/// only list items and to-dos (a meeting's page) unless a property names the publication, a writer or a link, or,
/// without to-dos and a meeting's properties (`status` or `people` typed, `Attendees`, `Statut`), two and at least
/// half of the items are sentences (eight words or more, a full stop). `isPage` tells a page object. Pure.
enum NotionPages {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let object = value as? [String: Any] else { return nil }
        let page = object["object"] as? String == "page" ? object : object["page"] as? [String: Any]
        guard let page, page["object"] as? String == "page", let properties = page["properties"] as? [String: Any] else { return nil }
        var fields: [String: Any] = [:]
        var title: String?
        for (name, property) in properties {
            guard let property = property as? [String: Any], let type = property["type"] as? String else { continue }
            switch type {
            case "title": title = plainText(property["title"])
            case "rich_text": if let text = plainText(property["rich_text"]), !text.isEmpty { fields[name] = text }
            case "select": if let option = (property["select"] as? [String: Any])?["name"] as? String { fields[name] = option }
            case "multi_select":
                let names = (property["multi_select"] as? [Any] ?? []).prefix(50).compactMap { ($0 as? [String: Any])?["name"] as? String }
                if !names.isEmpty { fields[name] = names.joined(separator: ", ") }
            case "date": if let start = (property["date"] as? [String: Any])?["start"] as? String { fields[name] = start }
            default: continue
            }
        }
        guard let title = title.map({ LineBytes.trimmed($0) }), !title.isEmpty else { return nil }
        fields["title"] = title
        let blocks = ((object["blocks"] as? [String: Any])?["results"] ?? object["blocks"] ?? object["results"] ?? object["children"]) as? [Any] ?? []
        var paragraphs: [String] = []
        var prose = false
        var toDos = false
        var items = 0
        var sentences = 0
        for case let block as [String: Any] in blocks.prefix(10_000) {
            guard let type = block["type"] as? String, let content = block[type] as? [String: Any],
                let text = plainText(content["rich_text"]).map({ LineBytes.trimmed($0) }), !text.isEmpty
            else { continue }
            paragraphs.append(text)
            if type == "to_do" {
                toDos = true
            } else if type.hasSuffix("list_item") {
                items += 1
                if isSentence(text) { sentences += 1 }
            } else {
                prose = true
            }
        }
        // A meeting's page (bulleted items, to-dos, a `Date`) is no article: prose, or a property naming the
        // publication, a writer or a link; or, on a page with no to-do and no meeting's property (a workflow's
        // status, attendees), list items of which two and at least half are sentences (an article clipped as bullets).
        let named = fields.keys.contains { [.source, .authors].contains(RecordKeys.field($0)) }
            || properties.values.contains { ($0 as? [String: Any])?["type"] as? String == "url" }
        let bulleted = sentences >= 2 && sentences * 2 >= items && !toDos && !properties.contains { name, property in
            ["status", "people"].contains((property as? [String: Any])?["type"] as? String ?? "")
                || meetingProperties.contains(TextFolding.fold(name))
        }
        guard prose || bulleted || named || !LineBytes.trimmed(rest).isEmpty else { return nil }
        let text = LineBytes.trimmed(rest).isEmpty ? paragraphs.joined(separator: "\n\n") : rest
        guard !text.isEmpty else { return nil }
        return FieldRecords.record(in: fields, rest: text, bareDate: true, isArticle: true, dates: dates)
    }

    /// Whether `value` is a Notion page object (`object` `page` with its `properties`), at the top or as its `page`:
    /// when `record` refuses one, its JSON holds no article's text either.
    static func isPage(_ value: Any) -> Bool {
        guard let object = value as? [String: Any] else { return false }
        let page = object["object"] as? String == "page" ? object : object["page"] as? [String: Any]
        return page?["object"] as? String == "page" && page?["properties"] is [String: Any]
    }

    /// A list item that is a sentence: eight words or more, ending with a full stop.
    private static func isSentence(_ text: String) -> Bool {
        text.utf8.last == 0x2E && LineBytes.spaceSeparatedCount(text) >= 8
    }

    /// Folded names of a meeting's properties.
    private static let meetingProperties: Set<String> = [
        "attendees", "participants", "teilnehmer", "teilnehmende", "participantes", "partecipanti", "statut", "status",
        "agenda", "ordre du jour", "tagesordnung",
    ]

    /// A rich text array's text: each piece's `plain_text` (else its `text.content`), joined; nil for any other value.
    private static func plainText(_ value: Any?) -> String? {
        guard let pieces = value as? [Any] else { return nil }
        var text = ""
        for case let piece as [String: Any] in pieces.prefix(10_000) {
            if let plain = piece["plain_text"] as? String {
                text += plain
            } else if let content = (piece["text"] as? [String: Any])?["content"] as? String {
                text += content
            }
        }
        return text
    }
}
