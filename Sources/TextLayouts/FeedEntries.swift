import DateReading
import Foundation
import TextToolkit

/// What a feed reader's or a read-it-later service's saved entry says about its publication
/// and day in its own terms, for `FieldRecords`: Google Reader's JSON (Inoreader, FreshRSS:
/// `"published": 1772969640`, `"origin": {"streamId": "feed/…", "title": "Reuters - World"}`),
/// wallabag's export (`"tags": ["Reuters", "todo"]` beside `"domain_name": "www.reuters.com"`), Miniflux's
/// API entry (`"feed": {"feed_url": …, "title": "Boing Boing"}`), Tiny Tiny RSS's API headline (`"feed_id": "51",
/// "feed_title": "Reuters"`, `"updated": 541349767`), Webz.io's news post (`"thread": {"site": "lefigaro.fr",
/// "title_full": "Headline - Le Figaro", "section_title": "Le Figaro - Économie"}`).
///
/// Contract: `source(of:)` is the publication an entry's origin or feed object names (its title as
/// `FeedNames.publication` reads a feed's name), a crawled thread's tab title after the headline (else its
/// section's title as a feed's name) or, failing one, the tag that spells its domain's name (`Le Figaro` for
/// `www.lefigaro.com`: folded, without spaces, dashes, dots or apostrophes); nil otherwise.
/// `epochDate` reads a whole number of seconds since 1970 between 1973 and 2286, or of
/// milliseconds from 2001 on, as a UTC day; nil for anything else (a compact stamp,
/// `202603031200`, is neither). `embeddedAuthors` reads WordPress's embedded authors, or
/// wallabag's `published_by`. `entryTime(of:)` is a headline's `updated` beside its `feed_id` and `feed_title` (Tiny
/// Tiny RSS: the entry's moment as the feed gave it, not when the reader fetched it), nil otherwise. Pure.
enum FeedEntries {
    static func source(of entry: [String: Any]) -> String? {
        if let origin = entry["origin"] as? [String: Any], origin["streamId"] is String, let title = origin["title"] as? String,
            let name = FeedNames.publication(title)
        {
            return name
        }
        // Miniflux's entry: its `feed` object (with the feed's address) titled by the publication.
        if let feed = entry["feed"] as? [String: Any], feed["feed_url"] is String || feed["site_url"] is String,
            let title = feed["title"] as? String, let name = FeedNames.publication(title)
        {
            return name
        }
        // Tiny Tiny RSS's headline: its feed's title beside the feed's id.
        if entry["feed_id"] != nil, let title = entry["feed_title"] as? String, let name = FeedNames.publication(title) {
            return name
        }
        // Webz.io's post: its `thread` (the page as crawled, `site` its domain) titled `Headline - Publication`
        // (`title_full`) beside the bare `title`, else its section's title (`Le Figaro - Économie`).
        if let thread = entry["thread"] as? [String: Any], thread["site"] is String {
            if let full = thread["title_full"] as? String, let title = (thread["title"] ?? entry["title"]) as? String,
                let site = siteAfter(title: LineBytes.trimmed(title), in: LineBytes.trimmed(full))
            {
                return site
            }
            if let section = thread["section_title"] as? String, let name = FeedNames.publication(section) { return name }
        }
        guard let domain = entry["domain_name"] as? String, let tags = entry["tags"] as? [Any] else { return nil }
        let label = domainLabel(domain)
        guard !label.isEmpty else { return nil }
        return tags.lazy.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["label"] as? String) }
            .first { squeezed($0) == label }
            .map { LineBytes.trimmed($0) }
    }

    /// The site after a page's title in its tab title (`Headline - Le Figaro`, `Headline | Le Figaro`): at most 60
    /// bytes with a letter; nil when the tab title does not open with the title and such a separator.
    private static func siteAfter(title: String, in full: String) -> String? {
        guard !title.isEmpty, full.hasPrefix(title) else { return nil }
        let tail = full.dropFirst(title.count)
        for separator in [" - ", " | ", " – ", " — "] where tail.hasPrefix(separator) {
            let site = LineBytes.trimmed(tail.dropFirst(separator.count))
            // A page's number (`Page 3`, `Seite 2`, `página 4`) is no site.
            if let last = site.split(separator: " ").last, last.allSatisfy(\.isNumber),
                ["page", "seite", "pagina", "pag", "pag."].contains(TextFolding.fold(String(site.dropLast(last.count)).trimmingCharacters(in: .whitespaces)))
            {
                return nil
            }
            return !site.isEmpty && site.utf8.count <= 60 && site.contains(where: \.isLetter) ? site : nil
        }
        return nil
    }

    /// `www.lefigaro.com` → `lefigaro`, `edition.cnn.com` → `cnn`, `www.bbc.co.uk` → `bbc`: the
    /// label before the public suffix (one label, or two where the second level is `co`, `com`,
    /// `net`, `org`, `gov`, `ac` or `edu`).
    private static func domainLabel(_ domain: String) -> String {
        let labels = domain.lowercased().split(separator: ".")
        guard labels.count >= 2 else { return "" }
        if labels.count >= 3, ["co", "com", "net", "org", "gov", "ac", "edu"].contains(String(labels[labels.count - 2])) {
            return String(labels[labels.count - 3])
        }
        return String(labels[labels.count - 2])
    }

    /// A name folded, its spaces, dashes, dots and apostrophes dropped (`El País` → `elpais`).
    private static func squeezed(_ name: String) -> String {
        String(TextFolding.fold(name).filter { !" -.'’".contains($0) })
    }

    /// WordPress's authors (`"author": 3` beside `"_embedded": {"author": [{"name": "Jane Doe", "slug": "jane-doe"}]}`),
    /// a login (`admin`, `redaktion`: one word in lower case) left out; nil when the entry embeds none.
    static func embeddedAuthors(of entry: [String: Any]) -> [String]? {
        // wallabag's `published_by` (a list of names; schema.org's `publishedBy` is an organisation's, never read).
        if entry["domain_name"] is String, let names = entry["published_by"] as? [Any] {
            let people = names.compactMap { $0 as? String }.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
            return people.isEmpty ? nil : people
        }
        guard entry["author"] is Int || entry["author"] is NSNumber, let embedded = entry["_embedded"] as? [String: Any],
            let authors = embedded["author"] as? [Any]
        else { return nil }
        return authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.map { LineBytes.trimmed($0) }
            .filter { name in !name.isEmpty && !(name.utf8.allSatisfy { $0 != 0x20 } && name == name.lowercased()) }
    }

    static func entryTime(of entry: [String: Any]) -> Any? {
        guard entry["feed_id"] != nil, entry["feed_title"] is String else { return nil }
        return entry["updated"]
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
        // Milliseconds from 1e12 (2001) on, and from 1e11 (1973) on unless the digits read as a compact
        // stamp (`202603031200`, `198702261530`: a year, a month and a day), which is neither.
        let seconds = raw >= 1e12 || raw >= 1e11 && !isCompactStamp(Int(raw)) ? raw / 1000 : raw
        guard (1e8..<1e10).contains(seconds) else { return nil }
        let civil = CivilDays.civil(fromDays: Int((seconds / 86_400).rounded(.down)))
        return CalendarDate(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Twelve digits `YYYYMMDDhhmm` with a year from 1900 to 2099, a month and a day that can be.
    private static func isCompactStamp(_ value: Int) -> Bool {
        let year = value / 100_000_000
        let month = value / 1_000_000 % 100
        let day = value / 10_000 % 100
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }
}
