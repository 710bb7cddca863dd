import DateReading
import Foundation
import HTMLTree
import TextToolkit

/// The article in a field record already parsed into values (`[String: Any]` objects, `[Any]`
/// lists, `String` scalars, anything else ignored), whatever wrote it: a JSON record, a YAML
/// one, a notes app's `key:: value` properties. The fields are recognised by their keys
/// (`RecordKeys`), wherever the record nests the article: a link preview inside a chat message,
/// a card, a JSON-LD `@graph`.
///
/// Contract: a value wrapped in an object (WordPress's `{"rendered": …}`, a feed reader's
/// `{"direction": …, "content": …}`) is read as the string it wraps. The article is the first
/// object, depth first through lists before nested objects (keys in order, 8 levels, 50 items a
/// list), holding a string under a title key and an author, publication date or text key that
/// states something (not empty: a feed's own `Starred` object with an empty `description` is
/// none); failing one, the first object whose bare `name` stands beside a
/// text of 80 characters or more (a card's `name` over its `desc`); a schema.org object typed as an
/// article (`NewsArticle`, `BlogPosting`) needs its title alone; with `isArticle`, the top object is
/// the article (a page's properties, whose text is `rest`). From it: the title (a ` - Publisher`
/// ending dropped when NewsAPI's `source` object names it), the authors (a string read as a line of
/// names, or a list of strings or of objects' `name`, an organisation's never; else WordPress's
/// `_embedded.author`), the date (the publication keys first, then, with `bareDate` or beside
/// WordPress's `date_gmt`, a bare `date`; a whole number of seconds or milliseconds since 1970 as
/// a UTC day; never a carrier's created, modified or sent time, whose keys are not read), the
/// source (a string or an object's `name`; else a site name in a nested object, WordPress's
/// `yoast_head_json.og_site_name`; else what `FeedEntries` reads: a feed's origin, wallabag's tag;
/// else a JSON Feed's own `authors` or title, the publication's name without its section),
/// and the text: `rest` when it holds any, else the object's longest text field as `RecordTexts`
/// completes it (a link preview's snippet gives way to the message that pasted the whole article;
/// a card's Markdown loses its emphasis, its bold first line naming the publication and day
/// giving the source and date the record lacks), HTML in it made paragraphs (`<p>…</p>`). A
/// WordPress title (`rendered`) has its character references decoded. Failing all of these, the
/// record whose keys only resemble a title's and a text's (`LooseRecords`). An Arc XP story, a
/// Roam Research page, a Ghost site's export, a Pandoc document and a Notion page are read by their own keys
/// first (`ArcStories`, `RoamPages`, `GhostExports`, `PandocDocuments`, `NotionPages`), Unstructured's elements
/// as their headline, the publication their header names and their text (`LayoutParagraphs.elements`); a JSON:API document as its
/// resource's attributes and related names (`JSONAPIDocuments`). A CMS's rich
/// text (Contentful's, ProseMirror's, Portable Text) is read as its paragraphs
/// (`RichTextDocuments`), and Contentful's links to included entries as those entries' fields
/// (the writers' names). Nil when there is no
/// article or no text. Pure.
enum FieldRecords {
    /// The documents a container's reader may read fields of, in order: those of 2,000 fields at most, nested ones
    /// counted (`fieldCount`), until 10,000 fields were handed out over all of them (larger documents skipped, the rest
    /// dropped once the budget is spent). Each document is counted once, at most 2,001 fields of it.
    static func boundedDocuments(_ documents: [[String: Any]]) -> [[String: Any]] {
        var budget = 10_000
        var kept: [[String: Any]] = []
        for document in documents {
            let fields = fieldCount(document, limit: 2_000)
            guard fields <= 2_000 else { continue }
            budget -= fields
            guard budget >= 0 else { break }
            kept.append(document)
        }
        return kept
    }

    /// How many fields and elements `value` holds, nested ones counted, up to `limit + 1` (the walk stops there): a
    /// container's bound on what `record(in:…)` is asked to read (a document of two keys, one of them holding 220,000
    /// fields, is no clipping's). Iterative; linear in the fields counted.
    static func fieldCount(_ value: Any, limit: Int) -> Int {
        var count = 0
        var pending: [Any] = [value]
        while let next = pending.popLast(), count <= limit {
            if let object = next as? [String: Any] {
                count += object.count
                if count > limit { break }
                pending.append(contentsOf: object.values)
            } else if let array = next as? [Any] {
                count += array.count
                if count > limit { break }
                pending.append(contentsOf: array)
            }
        }
        return count
    }

    static func record(in value: Any, rest: String, bareDate: Bool = false, isArticle own: Bool = false,
                       dates: DateRecognizer) -> JSONRecords.Record?
    {
        // 10,000 keys at most in the object itself: one object of 55,000 keys under a `$ curl` took 6.6 s at 989 KB, every
        // reader below walking it; a larger object is no article's record. (Nested values are bounded by their readers and
        // by `boundedDocuments`: a Roam page's attribute of 30,000 links is still read.)
        if let object = value as? [String: Any], object.count > 10_000 { return nil }
        // A wiki's page or a notes app's note holds no article record: its text is read (`KeptPages`, through `JSONTexts`).
        if KeptPages.isKept(value) { return nil }
        // An ntfy alert or reminder holds no article record either: its `title` is no headline.
        if ServiceDocuments.isNtfyNotice(value, dates: dates) { return nil }
        // A desk tool's answer (a GitHub issue, a Gotify message, a Shaarli link, a Redmine issue, a Signal message, a
        // Baserow row, SPARQL results): its own reading, or no article.
        if let shape = DeskAnswers.shape(of: value) { return DeskAnswers.record(shape, dates: dates) }
        // A web service's own shape (NewsBlur's stories, Firestore's typed values, Trove, Prismic, a HAR capture).
        return ServiceDocuments.record(in: value, rest: rest, dates: dates)
            ?? ArcStories.record(in: value, rest: rest, dates: dates)
            ?? RoamPages.record(in: value, rest: rest, dates: dates)
            ?? GhostExports.record(in: value, rest: rest, dates: dates)
            ?? PandocDocuments.record(in: value, rest: rest, dates: dates)
            ?? NotionPages.record(in: value, rest: rest, dates: dates)
            ?? elementsRecord(in: value, rest: rest)
            ?? JSONAPIDocuments.flattened(value).flatMap { keyedRecord(in: $0, rest: rest, bareDate: false, isArticle: true, dates: dates) }
            ?? keyedRecord(in: value, rest: rest, bareDate: bareDate, isArticle: own, dates: dates)
            ?? LooseRecords.record(in: value, rest: rest, dates: dates)
    }

    /// Unstructured's elements: their headline, the publication their header names, their text (`rest` when it holds any).
    private static func elementsRecord(in value: Any, rest: String) -> JSONRecords.Record? {
        guard let page = LayoutParagraphs.elements(value) else { return nil }
        return JSONRecords.Record(title: page.title, source: page.source, rest: LineBytes.trimmed(rest).isEmpty ? page.text : rest)
    }

    /// `record`'s reading by the keys `RecordKeys` names.
    private static func keyedRecord(in value: Any, rest: String, bareDate: Bool, isArticle own: Bool,
                                    dates: DateRecognizer) -> JSONRecords.Record?
    {
        let top = own ? (value as? [String: Any]).map { ($0, fields(of: $0)) } : nil
        guard let (article, fields) = top ?? firstArticle(value, depth: 0, named: false) ?? firstArticle(value, depth: 0, named: true)
        else { return nil }
        func strings(_ field: RecordKeys.Field) -> [Any] { fields.filter { $0.field == field }.compactMap { article[$0.key].map(unwrapped) } }
        let titleKey = fields.first { $0.field == .title && article[$0.key].map(unwrapped) is String }?.key
        let title = titleKey.flatMap { article[$0].map(unwrapped) as? String } ?? strings(.name).lazy.compactMap { $0 as? String }.first
        guard var title else { return nil }
        // WordPress escapes its rendered title (`&lt;CPML&gt;`, `&#8217;`); a plain string is as written.
        if let titleKey, (article[titleKey] as? [String: Any])?["rendered"] is String { title = decodeEntities(title) }
        var record = JSONRecords.Record(title: LineBytes.trimmed(title), rest: rest)
        // A web page's record (its `domain` named): its title may be the page's tab title, `Headline | Publication`.
        record.isPageTitle = article["domain"] is String
        // A link aggregator's post (Lemmy's): its `name` may open with the publication in brackets, its own moments are the posting's.
        let post = PostRecords.isPost(article)
        if post, let named = PostRecords.bracketedSource(record.title) {
            record.title = named.title
            record.source = named.source
        }
        // A source object named by its `title` (Event Registry's `"source": {"uri": …, "title": "Reuters"}`).
        record.source = record.source ?? strings(.source).lazy.compactMap { name($0) ?? ($0 as? [String: Any]).flatMap { name($0["title"]) } ?? listedName($0) }.first
            ?? nestedSource(article) ?? FeedEntries.source(of: article)
        // A JSON Feed's item: the feed's own `authors` (an organisation: the publication) or its title names it.
        if record.source == nil, let feed = value as? [String: Any], (feed["version"] as? String)?.contains("jsonfeed.org") == true {
            record.source = (feed["authors"] as? [Any])?.first.flatMap(name) ?? name(feed["author"])
                ?? (feed["title"] as? String).flatMap { LayoutReader.sectionedMasthead($0)?.name ?? name($0) }
        }
        // A CSL-JSON record (`issued`'s `date-parts`) names its catalogue or database `source`, never the publication.
        if (article["issued"] as? [String: Any])?["date-parts"] != nil || article["accessed"] is [String: Any],
            article["container-title"] == nil, record.source != nil, record.source == (article["source"] as? String).map({ LineBytes.trimmed($0) })
        {
            record.source = nil
        }
        // NewsAPI's `source: {"id": …, "name": …}` beside a title it ended with ` - ` and that name.
        if (article["source"] as? [String: Any])?["name"] is String, let source = record.source, record.title.hasSuffix(" - " + source) {
            record.title = String(record.title.dropLast(source.count + 3))
        }
        // A note's link preview (`annotations`: `{"title": "Title | Reuters", "url": …}`): the page's
        // title names the site after its last ` | `, and is the title when the note has none.
        if article["textContent"] != nil, let link = JSONRecords.linkTitle(article["annotations"]),
            record.title.isEmpty || link.title == record.title
        {
            record.title = link.title
            record.source = record.source ?? link.site
        }
        record.authors = strings(.authors).lazy.map { people(linkedEntries($0, in: value)) }.first(where: { !$0.isEmpty })
            ?? FeedEntries.embeddedAuthors(of: article) ?? []
        // A task's or a ticket's custom fields (`[{"name": "Outlet", "display_value": "Le Figaro"}, …]`).
        let custom = customFields(of: article)
        record.source = record.source ?? custom.first { $0.field == .source }.flatMap { name($0.value) }
            ?? domainName(of: article)
        if record.authors.isEmpty, let names = custom.first(where: { $0.field == .authors }).map({ people($0.value) }) {
            record.authors = names
        }
        // WordPress's bare `date` is the post's publication time (beside its `date_gmt` twin); so is a record's
        // beside its own times (`added`, `updated`: when a service indexed or changed it).
        let trustsBareDate = bareDate || article["date_gmt"] is String || article.keys.contains { ownTimes.contains(RecordKeys.normalized($0)) }
        let customDates = custom.filter { $0.field == .date }.map(\.value)
        let ownDates: [Any] = post ? [] : strings(.date) + (trustsBareDate ? strings(.bareDate) : []) + customDates
        // A feed reader's entry dated by its `updated` (Tiny Tiny RSS's headline: the entry's moment in the feed).
        for value in ownDates + (FeedEntries.entryTime(of: article).map { [$0] } ?? []) {
            if let text = value as? String, let date = dates.firstDate(in: text) {
                record.date = date.date
                break
            }
            if let date = FeedEntries.epochDate(value) ?? dateParts(value) {
                record.date = date
                break
            }
        }
        // A reference manager's day in parts (Mendeley's `year`, `month`, `day`).
        if record.date == nil, !post { record.date = dayParts(article) }
        if LineBytes.trimmed(record.rest).isEmpty {
            // A reference manager's record (CSL-JSON) holds its `abstract` alone.
            var texts = strings(.text).compactMap { $0 as? String }.map { LineBytes.trimmed($0) }
            if texts.allSatisfy(\.isEmpty), let abstract = article["abstract"] as? String { texts = [LineBytes.trimmed(abstract)] }
            guard let longest = texts.max(by: { $0.utf8.count < $1.utf8.count }), !longest.isEmpty else { return nil }
            if let borrowed = RecordTexts.fullText(of: longest, in: value) {
                record.rest = borrowed
            } else if let head = RecordTexts.masthead(longest, dates: dates) {
                record.source = record.source ?? head.name
                record.date = record.date ?? head.date
                record.rest = RecordTexts.withoutEmphasis(head.rest)
            } else {
                record.rest = RecordTexts.withoutEmphasis(longest)
            }
            // A CMS's or a feed's HTML (`<p>…</p>`, opening with a tag): its paragraphs, a blank line between them.
            if LineBytes.leadingByte(record.rest) == 0x3C, XMLRecords.holdsMarkup(record.rest) {
                record.rest = XMLRecords.paragraphs(fromMarkup: record.rest)
            }
            // A post's Markdown quoting the article (`> **Headline**`): the quote's lines.
            if post { record.rest = PostRecords.unquoted(record.rest) }
            // A note titled by its own first line (Nextcloud Notes'): the article is under its first heading.
            if let article = PostRecords.headedArticle(record.rest, noteTitle: record.title) {
                record.title = article.title
                record.rest = article.rest
            }
        }
        return record
    }

    /// A value as the article states it: WordPress (`"title": {"rendered": "…"}`) and a feed
    /// reader (`"summary": {"direction": "ltr", "content": "…"}`) wrap the string in an object.
    static func unwrapped(_ value: Any) -> Any {
        // A CMS's rich text (Contentful's, ProseMirror's, Portable Text): its paragraphs.
        if let text = RichTextDocuments.text(of: value) { return text }
        guard let object = value as? [String: Any] else { return value }
        // MongoDB's Extended JSON (`mongoexport`): `{"$date": "1987-03-03T08:12:00.000Z"}`, `{"$date": {"$numberLong": "…"}}`.
        if object.count == 1, let date = object["$date"] {
            if let long = (date as? [String: Any])?["$numberLong"] as? String, let milliseconds = Int(long) { return milliseconds }
            return date
        }
        if let rendered = object["rendered"] as? String { return rendered }
        if let content = object["content"] as? String, object.count <= 2 { return content }
        return value
    }

    /// Contentful's links to other entries (`{"sys": {"type": "Link", "linkType": "Entry", "id":
    /// X}}`, alone or in a list) replaced by the linked entries' `fields` (a writer's `name`),
    /// found in the response's `includes.Entry`; a link to no included entry, and any other
    /// value, as it is.
    private static func linkedEntries(_ value: Any, in top: Any) -> Any {
        func link(_ item: Any) -> String? {
            guard let sys = (item as? [String: Any])?["sys"] as? [String: Any], sys["type"] as? String == "Link",
                sys["linkType"] as? String == "Entry"
            else { return nil }
            return sys["id"] as? String
        }
        let items = value as? [Any] ?? [value]
        guard items.contains(where: { link($0) != nil }),
            let included = ((top as? [String: Any])?["includes"] as? [String: Any])?["Entry"] as? [Any]
        else { return value }
        var fields: [String: Any] = [:]
        for case let entry as [String: Any] in included.prefix(1_000) {
            if let id = (entry["sys"] as? [String: Any])?["id"] as? String, let entryFields = entry["fields"] { fields[id] = entryFields }
        }
        let resolved = items.map { item in link(item).flatMap { fields[$0] } ?? item }
        return value is [Any] ? resolved : resolved[0]
    }

    /// A site's name in an object the article holds (WordPress's `yoast_head_json.og_site_name`),
    /// when the article names no source itself; only a site-name key (`og_site_name`, `site_name`,
    /// `siteName`): an image's `source` or `provider` is a photo agency, an author's `name` a person.
    private static func nestedSource(_ article: [String: Any]) -> String? {
        for key in article.keys.sorted() {
            guard let inner = article[key] as? [String: Any] else { continue }
            for innerKey in inner.keys.sorted() where siteNameKeys.contains(RecordKeys.normalized(innerKey)) {
                if let source = inner[innerKey] as? String, let name = name(source) { return name }
            }
        }
        return nil
    }

    private static let siteNameKeys: Set<String> = ["og site name", "site name", "sitename", "meta site name"]

    /// A record's own moments beside a bare `date` (a media monitor's `added`, `updated`): the `date` is then the article's.
    private static let ownTimes: Set<String> = ["added", "updated", "indexed", "modified", "added at", "updated at", "indexed at"]

    /// A task's or a ticket's custom fields as the article's object lists them (Asana's `custom_fields`: objects
    /// with a `name` and a `display_value`, or a `value`, a `text_value`, an `enum_value`'s `name`, a
    /// `date_value`'s `date`), each named field (`Outlet`, `Date de parution`: `RecordKeys`) with its value (a
    /// bare `Date` may be a mail's, as in a mail API's `headers` list: read by no one); the first list of at most 50
    /// such objects, in the keys' order; empty when there is none.
    static func customFields(of article: [String: Any]) -> [(field: RecordKeys.Field, value: Any)] {
        for key in article.keys.sorted() {
            guard let list = article[key] as? [Any], !list.isEmpty, list.count <= 50,
                list.allSatisfy({ ($0 as? [String: Any])?["name"] is String })
            else { continue }
            let named = list.compactMap { item -> (field: RecordKeys.Field, value: Any)? in
                guard let object = item as? [String: Any], let name = object["name"] as? String,
                    let field = RecordKeys.field(name), let value = customValue(object)
                else { return nil }
                return (field, value)
            }
            if !named.isEmpty { return named }
        }
        return []
    }

    /// `customFields(of:)` of the first object that lists any, depth first (8 levels, 50 items a list).
    static func customFields(in value: Any, depth: Int = 0) -> [(field: RecordKeys.Field, value: Any)] {
        guard depth < 8 else { return [] }
        if let object = value as? [String: Any] {
            let own = customFields(of: object)
            if !own.isEmpty { return own }
            for key in object.keys.sorted() where object[key] is [String: Any] || object[key] is [Any] {
                let found = customFields(in: object[key] as Any, depth: depth + 1)
                if !found.isEmpty { return found }
            }
        } else if let list = value as? [Any] {
            for item in list.prefix(50) {
                let found = customFields(in: item, depth: depth + 1)
                if !found.isEmpty { return found }
            }
        }
        return []
    }

    private static func customValue(_ object: [String: Any]) -> Any? {
        for key in ["display_value", "value", "text_value"] {
            if let text = object[key] as? String, !LineBytes.trimmed(text).isEmpty { return text }
        }
        if let option = object["enum_value"] as? [String: Any], let name = option["name"] as? String { return name }
        if let day = object["date_value"] as? [String: Any], let date = day["date"] as? String { return date }
        return nil
    }

    /// The publication a record names beside its `domain` (a media monitor's `"fullname": "El País"` beside
    /// `"domain": "elpais.com"`): a string value of at most 60 bytes whose letters and digits, folded, spell the
    /// domain's name (its label before the suffix, without `www.`); nil when none does.
    private static func domainName(of article: [String: Any]) -> String? {
        guard let domain = (article["domain"] as? String).map({ $0.lowercased() }), domain.contains(".") else { return nil }
        var labels = domain.split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        guard labels.count >= 2 else { return nil }
        let spelled = String(labels[labels.count - 2])
        guard spelled.utf8.count >= 3 else { return nil }
        for key in article.keys.sorted() where key != "domain" {
            guard let value = article[key] as? String, value.utf8.count <= 60, value != domain else { continue }
            let letters = TextFolding.fold(value).filter { $0.isLetter || $0.isNumber }
            if letters == spelled { return LineBytes.trimmed(value) }
        }
        return nil
    }

    /// An object's keys with their fields, in the keys' order, the most usual name of each field first
    /// (`title` before `headline`, `author` before `byline`, `source` before `publisher`); each key
    /// normalized once.
    private static func fields(of object: [String: Any]) -> [(key: String, field: RecordKeys.Field)] {
        object.keys.compactMap { key -> (key: String, field: RecordKeys.Field, rank: Int)? in
            guard TextFolding.hasAtMost(key, 60) else { return nil }
            let normalized = RecordKeys.normalized(key)
            guard let field = RecordKeys.field(normalized: normalized) else { return nil }
            return (key, field, preferred.firstIndex(of: normalized) ?? preferred.count)
        }.sorted { ($0.rank, $0.key) < ($1.rank, $1.key) }.map { ($0.key, $0.field) }
    }

    // A CSL-JSON record's `container-title` is the publication, its `source` the catalogue it came from.
    private static let preferred = [
        "title", "author", "authors", "byline", "creator", "published at", "date published", "pub date",
        "publication date", "published", "publish date", "firstcreated", "container title", "source", "publisher", "provider",
        "site name", "meta site name", "copyrightholder",
    ]

    private static func firstArticle(_ value: Any, depth: Int, named: Bool) -> ([String: Any], [(key: String, field: RecordKeys.Field)])? {
        guard depth < 8 else { return nil }
        if let object = value as? [String: Any] {
            let fields = fields(of: object)
            if isArticle(object, fields, named: named) { return (object, fields) }
            let keys = object.keys.sorted().filter { !PostRecords.surroundings.contains($0) }
            for key in keys where object[key] is [Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1, named: named) { return found }
            }
            for key in keys where object[key] is [String: Any] {
                if let found = firstArticle(object[key] as Any, depth: depth + 1, named: named) { return found }
            }
        } else if let array = value as? [Any] {
            for element in array.prefix(50) {
                if let found = firstArticle(element, depth: depth + 1, named: named) { return found }
            }
        }
        return nil
    }

    /// An article's object names more than a title (a feed's or a site's has a title and a link).
    private static func isArticle(_ object: [String: Any], _ fields: [(key: String, field: RecordKeys.Field)], named: Bool) -> Bool {
        // A JSON Feed's own object (its title and `authors` are the publication's): its `items` are the articles.
        if (object["version"] as? String)?.contains("jsonfeed.org") == true { return false }
        if named {
            return fields.contains { $0.field == .name && object[$0.key] is String }
                && fields.contains { $0.field == .text && ((object[$0.key] as? String)?.utf8.count ?? 0) >= 80 }
        }
        guard fields.contains(where: { $0.field == .title && object[$0.key].map(unwrapped) is String }) else { return false }
        if let type = object["@type"] as? String, articleTypes.contains(where: type.hasSuffix) { return true }
        // A feed's own object (`"title": "Starred", "description": ""`) states nothing else; a reference manager's
        // record may state its `abstract` or its day in parts (`year`, `month`, `day`) alone.
        return fields.contains { [.authors, .date, .text].contains($0.field) && isFilled(object[$0.key].map(unwrapped)) }
            || isFilled(object["abstract"] as? String) || dayParts(object) != nil
    }

    /// A value that states something: a string with a letter or digit, a number, a list or object not empty.
    private static func isFilled(_ value: Any?) -> Bool {
        switch value {
        case let text as String: return text.utf8.contains { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 >= 0x80 }
        case is Int, is Double, is NSNumber: return true
        case let list as [Any]: return !list.isEmpty
        case let object as [String: Any]: return !object.isEmpty
        default: return false
        }
    }

    /// schema.org's types of an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`).
    private static let articleTypes = ["Article", "BlogPosting", "Report", "Posting"]

    /// A name given as a string or as an object's `name` (an organisation's only as a source).
    static func name(_ value: Any?) -> String? {
        let text = (value as? String) ?? ((value as? [String: Any])?["name"] as? String)
        return text.map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The name of a list's first object (Bing News' `"provider": [{"_type": "Organization", "name": "Reuters"}]`); nil otherwise.
    private static func listedName(_ value: Any) -> String? {
        guard let first = (value as? [Any])?.first as? [String: Any] else { return nil }
        return name(first)
    }

    /// A CSL-JSON date (`"issued": {"date-parts": [[1987, 2, 26]]}`) stating its day; nil for any other value.
    private static func dateParts(_ value: Any) -> CalendarDate? {
        guard let parts = ((value as? [String: Any])?["date-parts"] as? [Any])?.first as? [Any], parts.count == 3 else { return nil }
        let numbers = parts.compactMap { ($0 as? Int) ?? ($0 as? String).flatMap { Int($0) } }
        guard numbers.count == 3, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    /// A record's day as three whole numbers (Mendeley's `"year": 1987, "month": 2, "day": 26`); nil unless all three
    /// are there and can be a day.
    private static func dayParts(_ object: [String: Any]) -> CalendarDate? {
        guard let year = object["year"] as? Int, let month = object["month"] as? Int, let day = object["day"] as? Int,
            (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The writers a field states: a line of names, or a list of names, of objects' `name` (an
    /// organisation's never), of CSL-JSON's `family` and `given` or of Mendeley's `last_name` and `first_name`.
    static func people(_ value: Any) -> [String] {
        if let text = value as? String { return Bylines.names(text) ?? [] }
        let list = value as? [Any] ?? [value]
        return list.compactMap { item in
            if let object = item as? [String: Any], let type = object["@type"] as? String, type.hasSuffix("Organization") {
                return nil
            }
            // CSL-JSON's `{"family": "Roux", "given": "Hélène"}`, Mendeley's `{"first_name": "Hélène", "last_name": "Roux"}`.
            if let object = item as? [String: Any],
                let family = ((object["family"] ?? object["last_name"]) as? String).map({ LineBytes.trimmed($0) }), !family.isEmpty
            {
                let given = ((object["family"] != nil ? object["given"] : object["first_name"]) as? String).map { LineBytes.trimmed($0) } ?? ""
                return given.isEmpty ? family : given + " " + family
            }
            return name(item)
        }
    }
}
