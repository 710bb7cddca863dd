import DateReading
import TextToolkit

/// A Ghost site's JSON export (`{"db": [{"meta": …, "data": {"posts": […], "users": […],
/// "posts_authors": […], "settings": [{"key": "title", "value": …}]}}]}`): its first post with a
/// title, the writers `posts_authors` links to it (in their `sort_order`; a desk's account, one
/// word such as `Newsroom`, is no writer), the site's `title` setting as the source, the post's
/// `published_at` as the date (a draft has none; `created_at` and `updated_at` are the CMS's),
/// the post's `plaintext`, else its `html`, as the text.
///
/// Contract: `record` reads an object whose `db` list's first object holds `data.posts`; at most
/// 1,000 posts, users, links and settings are looked at. The record's fields are `FieldRecords`'
/// reading of those values. Nil for any other value, and for a post without text. Pure.
enum GhostExports {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let database = ((value as? [String: Any])?["db"] as? [Any])?.first as? [String: Any],
            let data = database["data"] as? [String: Any], let posts = data["posts"] as? [Any],
            let post = posts.prefix(1_000).lazy.compactMap({ $0 as? [String: Any] }).first(where: { $0["title"] is String }),
            let title = post["title"] as? String
        else { return nil }
        func objects(_ key: String) -> [[String: Any]] { ((data[key] as? [Any]) ?? []).prefix(1_000).compactMap { $0 as? [String: Any] } }
        let id = post["id"] as? String
        let links = objects("posts_authors").filter { id != nil && $0["post_id"] as? String == id }
            .sorted { (($0["sort_order"] as? Int) ?? 0) < (($1["sort_order"] as? Int) ?? 0) }
        let users = objects("users")
        let writers = links.compactMap { link in users.first { $0["id"] as? String == link["author_id"] as? String }?["name"] as? String }
            .filter { LineBytes.words($0).count >= 2 }
        var properties: [String: Any] = ["title": title, "authors": writers]
        if let published = post["published_at"] as? String { properties["published_at"] = published }
        if let site = objects("settings").first(where: { $0["key"] as? String == "title" })?["value"] as? String {
            properties["source"] = site
        }
        var text = LineBytes.trimmed(rest)
        if text.isEmpty, let plain = post["plaintext"] as? String { text = LineBytes.trimmed(plain) }
        if text.isEmpty, let html = post["html"] as? String { text = XMLRecords.paragraphs(fromMarkup: html) }
        guard !text.isEmpty else { return nil }
        return FieldRecords.record(in: properties, rest: text, isArticle: true, dates: dates)
    }
}
