import DateReading
import Foundation
import TextToolkit

/// What a feed reader's or a read-it-later service's saved entry says about its publication
/// and day in its own terms, for `FieldRecords`: Google Reader's JSON (Inoreader, FreshRSS:
/// `"published": 1772969640`, `"origin": {"streamId": "feed/…", "title": "Reuters - World"}`),
/// wallabag's export (`"tags": ["Reuters", "todo"]` beside `"domain_name": "www.reuters.com"`).
///
/// Contract: `source(of:)` is the publication an entry's origin feed names (its title as
/// `FeedNames.publication` reads a feed's name) or, failing one, the tag that spells its domain's name (`Le Figaro` for
/// `www.lefigaro.com`: folded, without spaces, dashes or apostrophes); nil otherwise.
/// `epochDate` reads a whole number of seconds (or milliseconds) since 1970 between 1973 and
/// 2286 as a UTC day; nil for anything else. Pure.
enum FeedEntries {
    static func source(of entry: [String: Any]) -> String? {
        if let origin = entry["origin"] as? [String: Any], origin["streamId"] is String, let title = origin["title"] as? String,
            let name = FeedNames.publication(title)
        {
            return name
        }
        guard let domain = entry["domain_name"] as? String, let tags = entry["tags"] as? [Any] else { return nil }
        let label = domainLabel(domain)
        guard !label.isEmpty else { return nil }
        return tags.lazy.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["label"] as? String) }
            .first { squeezed($0) == label }
            .map { LineBytes.trimmed($0) }
    }

    /// `www.lefigaro.com` → `lefigaro`, `edition.cnn.com` → `cnn`: the label before the top-level domain.
    private static func domainLabel(_ domain: String) -> String {
        let labels = domain.lowercased().split(separator: ".")
        return labels.count >= 2 ? String(labels[labels.count - 2]) : ""
    }

    /// A name folded, its spaces, dashes, dots and apostrophes dropped (`El País` → `elpais`).
    private static func squeezed(_ name: String) -> String {
        String(TextFolding.fold(name).filter { !" -.'’".contains($0) })
    }

    /// WordPress's authors (`"author": 3` beside `"_embedded": {"author": [{"name": "Jane Doe", "slug": "jane-doe"}]}`),
    /// a login (`admin`, `redaktion`: one word in lower case) left out; nil when the entry embeds none.
    static func embeddedAuthors(of entry: [String: Any]) -> [String]? {
        guard entry["author"] is Int || entry["author"] is NSNumber, let embedded = entry["_embedded"] as? [String: Any],
            let authors = embedded["author"] as? [Any]
        else { return nil }
        return authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.map { LineBytes.trimmed($0) }
            .filter { name in !name.isEmpty && !(name.utf8.allSatisfy { $0 != 0x20 } && name == name.lowercased()) }
    }

    static func epochDate(_ value: Any) -> CalendarDate? {
        let raw: Double
        switch value {
        case is Bool: return nil
        case let whole as Int: raw = Double(whole)
        case let number as NSNumber: raw = number.doubleValue
        default: return nil
        }
        guard raw == raw.rounded() else { return nil }
        let seconds = raw >= 1e11 ? raw / 1000 : raw
        guard (1e8..<1e10).contains(seconds) else { return nil }
        let civil = CivilDays.civil(fromDays: Int((seconds / 86_400).rounded(.down)))
        return CalendarDate(year: civil.year, month: civil.month, day: civil.day)
    }
}
