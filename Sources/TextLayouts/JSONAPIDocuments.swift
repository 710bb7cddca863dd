/// A JSON:API document (`{"jsonapi": …, "data": {"type", "id", "attributes", "relationships"},
/// "included": […]}`, Drupal's JSON:API module's): the resource's attributes as one record, each
/// relationship replaced by the names of the included resources it points to (`field_publication`
/// → the taxonomy term's `name`, `Reuters`), Drupal's `field_` prefix dropped from the keys
/// (`field_publication_date` → `publication_date`) and a formatted text field (`body: {"value",
/// "format", "processed"}`) read as its `processed` (else `value`) string.
///
/// Contract: `flattened` is nil unless the value is an object with a `data` object holding an
/// `attributes` object; a relationship whose resource is not included, or names nothing (`name`,
/// `title`, `display_name`), is left out. Pure.
enum JSONAPIDocuments {
    static func flattened(_ value: Any) -> [String: Any]? {
        guard let document = value as? [String: Any], let data = document["data"] as? [String: Any],
            let attributes = data["attributes"] as? [String: Any]
        else { return nil }
        var included: [String: [String: Any]] = [:]
        for item in (document["included"] as? [Any] ?? []).prefix(500) {
            guard let resource = item as? [String: Any], let type = resource["type"] as? String, let id = resource["id"] as? String,
                let fields = resource["attributes"] as? [String: Any]
            else { continue }
            included[type + "/" + id] = fields
        }
        var record: [String: Any] = [:]
        // Strapi's v4 entry (`data` without a `type`): its own moments, when the entry was made, changed and put online.
        let strapi = data["type"] == nil && strapiMoments.allSatisfy { attributes[$0] is String }
        let ownDay = attributes.keys.contains { !strapiMoments.contains($0) && [.date, .bareDate].contains(RecordKeys.field($0)) }
        for (key, value) in attributes {
            var value = value
            if strapi {
                // `publishedAt` is the post's own day when no other key dates it (a site's own post).
                if strapiMoments.contains(key), key != "publishedAt" || ownDay { continue }
                // A relation (`"author": {"data": {"id": 3, "attributes": {"name": …}}}`): the names it points to.
                if let relation = value as? [String: Any], relation.count == 1, let linked = relation["data"] {
                    let names = ((linked as? [Any]) ?? [linked]).prefix(50).compactMap { item -> String? in
                        let fields = (item as? [String: Any])?["attributes"] as? [String: Any]
                        return (fields?["name"] ?? fields?["title"] ?? fields?["displayName"]) as? String
                    }
                    if !names.isEmpty { record[key] = names.count == 1 ? names[0] as Any : names as Any }
                    continue
                }
            }
            if let text = value as? [String: Any], text["format"] != nil, let string = (text["processed"] ?? text["value"]) as? String {
                value = string
            }
            record[drupalKey(key)] = value
        }
        for (key, value) in data["relationships"] as? [String: Any] ?? [:] {
            let linked = (value as? [String: Any])?["data"]
            let targets = (linked as? [Any]) ?? linked.map { [$0] } ?? []
            let names = targets.compactMap { target -> String? in
                guard let target = target as? [String: Any], let type = target["type"] as? String, let id = target["id"] as? String,
                    let fields = included[type + "/" + id]
                else { return nil }
                return (fields["name"] ?? fields["title"] ?? fields["display_name"]) as? String
            }
            guard !names.isEmpty else { continue }
            record[drupalKey(key)] = names.count == 1 ? names[0] as Any : names as Any
        }
        return record
    }

    /// A Strapi entry's own moments (`publishedAt` is when the entry went online on the site that keeps it).
    private static let strapiMoments = ["createdAt", "updatedAt", "publishedAt"]

    /// `field_publication_date` → `publication_date`: Drupal's prefix for a site's own fields.
    private static func drupalKey(_ key: String) -> String {
        key.hasPrefix("field_") && key.count > 6 ? String(key.dropFirst(6)) : key
    }
}
