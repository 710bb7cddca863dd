import DateReading
import Foundation
import TextToolkit

/// An article a web service hands back in a shape of its own, whose keys are not the article's
/// fields as they stand: a NewsBlur story (`GET /reader/starred_stories`: `stories` whose
/// `story_title`, `story_authors`, `story_date` in UTC and `story_content` are the article's, the
/// feed's `feed_title` under `feeds` its publication; `starred_date`, `read_status` the reader's),
/// a Cloud Firestore document read through its REST API (`name` its path, `fields` holding typed
/// values: `stringValue`, `timestampValue`, `integerValue`, `booleanValue`, `nullValue`,
/// `arrayValue.values`, `mapValue.fields`; `createTime`/`updateTime` the database's), a Trove
/// newspaper article (the National Library of Australia's API: `heading` the headline, `title`
/// the catalogue's title of the paper with its place and years, `Le Figaro (Paris, France : 1826
/// - )`, `date`, `articleText` the OCR'd text; `lastCorrection` a volunteer's), a Prismic document
/// (`results` of documents whose `data` holds the repository's own fields, rich text as blocks
/// `{"type": "heading1", "text": …, "spans": […]}`; `first_publication_date` and
/// `last_publication_date` Prismic's own), and a browser's HAR file (`log.entries`) whose
/// response is a site's article API answer (`content.text` a JSON string read as a record; the
/// capture's `startedDateTime`, the headers and `log.creator` the browser's), and a Bing News Search
/// answer (`_type` `News`, its first hit's `name`, `provider` and `datePublished`; Bing no publication).
///
/// Contract: `record` returns the article read from the fields the service gives it, through
/// `FieldRecords` (the record keys of the decoded fields: `outlet`, `publishedAt`, `article_date`,
/// `clippedBy` a carrier's), with `rest` the text when it holds any, else the service's text
/// (HTML made paragraphs, rich-text blocks joined a blank line apart). The service's own moments,
/// users, readers and correctors are never read. Nil for any other value and when the service's
/// object holds no title or no text. Bounded: 8 levels of typed values, 200 fields an object, 200
/// items a list, 50 HAR entries. Pure.
enum ServiceDocuments {
    static func record(in value: Any, rest: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let object = value as? [String: Any] else { return nil }
        if let story = newsBlurStory(object) { return read(story, rest: rest, bareDate: false, dates: dates) }
        if let document = firestoreDocument(object) { return read(document, rest: rest, bareDate: true, dates: dates) }
        if let article = troveArticle(object) { return read(article, rest: rest, bareDate: false, dates: dates) }
        if let data = prismicData(object) { return read(data, rest: rest, bareDate: true, dates: dates) }
        if let hit = bingNewsHit(object) { return read(hit, rest: rest, bareDate: false, dates: dates) }
        if let item = dynamoItem(object) { return read(item, rest: rest, bareDate: true, dates: dates) }
        if let payload = kafkaPayload(object) { return FieldRecords.record(in: payload, rest: rest, dates: dates) }
        if isNtfyMessage(object), let title = object["title"] as? String, let message = object["message"] as? String {
            // An ops alert or a desk's reminder is no article (`isNtfyNotice`, refused by `FieldRecords` before this).
            guard isNtfyArticle(object, message: message, dates: dates) else { return nil }
            // The message's lines (a byline, the publication and day, the lead) read under the headline.
            let title = LineBytes.trimmed(title)
            return JSONRecords.Record(title: title, rest: LineBytes.trimmed(rest).isEmpty ? title + "\n" + message : rest)
        }
        if isFeedbinEntry(object) { return read(feedbinEntry(object), rest: rest, bareDate: false, dates: dates) }
        // A HAR capture's answers in order (a site's config, then its article API's): the first that holds an article.
        for answer in harAnswers(object) {
            if let record = FieldRecords.record(in: blocksJoined(answer), rest: rest, dates: dates) { return record }
        }
        return nil
    }

    /// Whether `value` is one of the services' shapes that only `record` reads (a Firestore document or list, a
    /// Prismic document or answer, a HAR capture of JSON answers): when `record` finds no article in it (a reader's comment, a
    /// task, an author's profile, an event page, a capture of a login), the document holds none, and none of its
    /// strings is an article's text.
    static func isServiceShape(_ value: Any) -> Bool {
        guard let object = value as? [String: Any] else { return false }
        if isFirestoreDocument(object) || ((object["documents"] as? [Any])?.first as? [String: Any]).map(isFirestoreDocument) == true {
            return true
        }
        if isPrismicDocument(object) || ((object["results"] as? [Any])?.first as? [String: Any]).map(isPrismicDocument) == true {
            return true
        }
        // A HAR capture of JSON answers (an API's), none an article; a capture of pages is read as text.
        return !harAnswers(object).isEmpty
    }

    /// Whether the text may hold one of `isServiceShape`'s shapes, on its bytes: `"fields"`, `"first_publication_date"`, `"entries"`.
    static func mayHoldServiceShape(_ text: String) -> Bool {
        LineBytes.contains(text, bytes: "\"fields\"") || LineBytes.contains(text, bytes: "\"first_publication_date\"")
            || LineBytes.contains(text, bytes: "\"entries\"")
    }

    private static func read(_ fields: [String: Any], rest: String, bareDate: Bool, dates: DateRecognizer) -> JSONRecords.Record? {
        FieldRecords.record(in: fields, rest: rest, bareDate: bareDate, isArticle: true, dates: dates)
    }

    // MARK: NewsBlur

    /// The first story of a NewsBlur answer (`stories`, each with `story_title` and `story_hash` or
    /// `story_feed_id`), its feed's `feed_title` the publication.
    private static func newsBlurStory(_ object: [String: Any]) -> [String: Any]? {
        guard let stories = object["stories"] as? [Any],
            let story = stories.prefix(50).first(where: { ($0 as? [String: Any])?["story_title"] is String }) as? [String: Any],
            story["story_hash"] != nil || story["story_feed_id"] != nil
        else { return nil }
        var fields: [String: Any] = ["title": story["story_title"] as? String ?? ""]
        if let authors = story["story_authors"] as? String { fields["author"] = authors }
        if let day = story["story_date"] as? String { fields["published"] = day }
        if let content = story["story_content"] as? String { fields["text"] = content }
        let feeds = object["feeds"] as? [String: Any] ?? [:]
        let feedID = (story["story_feed_id"] as? Int).map { String($0) } ?? story["story_feed_id"] as? String
        let feed = (feedID.flatMap { feeds[$0] } ?? (feeds.count == 1 ? feeds.values.first : nil)) as? [String: Any]
        if let title = feed?["feed_title"] as? String { fields["source"] = title }
        return fields
    }

    // MARK: Cloud Firestore

    /// A Firestore document's fields as plain values: the document itself (`name` a path holding
    /// `/documents/`, `fields`), the first of a list's `documents`, or of a query's `[{"document": …}]`.
    private static func firestoreDocument(_ object: [String: Any]) -> [String: Any]? {
        let document = isFirestoreDocument(object) ? object
            : ((object["documents"] as? [Any])?.first as? [String: Any]).flatMap { isFirestoreDocument($0) ? $0 : nil }
        guard let document, let fields = document["fields"] as? [String: Any] else { return nil }
        // An article's document names its writers, publication or day (`authors`, `outlet`, `publishedAt`, `fecha`); a
        // calendar event's (`startsAt`, `room`, `organizer`), a user's profile or a task does not.
        guard fields.keys.contains(where: { [.authors, .source, .date, .bareDate].contains(RecordKeys.field($0)) }) else { return nil }
        return firestoreFields(fields, depth: 0)
    }

    private static func isFirestoreDocument(_ object: [String: Any]) -> Bool {
        guard let name = object["name"] as? String, LineBytes.contains(name, bytes: "/documents/"), let fields = object["fields"] as? [String: Any]
        else { return false }
        return fields.values.prefix(200).contains { typedValue($0) }
    }

    /// Whether a value is one of Firestore's typed values (`{"stringValue": …}`).
    private static func typedValue(_ value: Any) -> Bool {
        guard let typed = value as? [String: Any], typed.count == 1, let key = typed.keys.first else { return false }
        return firestoreTypes.contains(key)
    }

    private static let firestoreTypes: Set<String> = [
        "stringValue", "timestampValue", "integerValue", "doubleValue", "booleanValue", "nullValue", "arrayValue",
        "mapValue", "referenceValue", "geoPointValue", "bytesValue",
    ]

    private static func firestoreFields(_ fields: [String: Any], depth: Int) -> [String: Any] {
        var plain: [String: Any] = [:]
        for (key, value) in fields.prefix(200) {
            if let value = firestoreValue(value, depth: depth) { plain[key] = value }
        }
        return plain
    }

    /// A typed value as a plain one: a string, a list, an object; nil for a null, a reference, bytes, a place.
    private static func firestoreValue(_ value: Any, depth: Int) -> Any? {
        guard depth < 8, let typed = value as? [String: Any] else { return nil }
        if let text = (typed["stringValue"] ?? typed["timestampValue"] ?? typed["integerValue"]) as? String { return text }
        if let number = typed["doubleValue"] as? NSNumber { return number }
        if let array = typed["arrayValue"] as? [String: Any] {
            return (array["values"] as? [Any] ?? []).prefix(200).compactMap { firestoreValue($0, depth: depth + 1) }
        }
        if let map = (typed["mapValue"] as? [String: Any])?["fields"] as? [String: Any] { return firestoreFields(map, depth: depth + 1) }
        return nil
    }

    // MARK: Trove

    /// A Trove newspaper article (at the top or under `article`): `heading`, the paper's catalogue
    /// title without its place and years, `date`, `articleText`.
    private static func troveArticle(_ object: [String: Any]) -> [String: Any]? {
        let article = object["heading"] is String ? object : object["article"] as? [String: Any]
        guard let article, let heading = article["heading"] as? String, let text = article["articleText"] as? String,
            article["troveUrl"] != nil || (article["identifier"] as? String).map({ LineBytes.contains($0, bytes: "nla.news-article") }) == true
        else { return nil }
        var fields: [String: Any] = ["title": heading, "text": text]
        let paper = article["title"] as? [String: Any]
        if let name = (paper?["value"] ?? paper?["title"]) as? String ?? article["title"] as? String { fields["source"] = catalogueName(name) }
        if let day = article["date"] as? String { fields["published"] = day }
        return fields
    }

    /// A catalogue's title of a paper without its place and years: `Le Figaro (Paris, France : 1826 - )` → `Le Figaro`,
    /// `The Argus (Melbourne, Vic. : 1848 - 1957)` → `The Argus`; any other name as it is.
    static func catalogueName(_ title: String) -> String {
        let title = LineBytes.trimmed(title)
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return title }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
        guard let colon = inside.lastIndex(of: ":") else { return title }
        let years = inside[inside.index(after: colon)...].filter { !$0.isWhitespace }
        // `1826-`, `1848-1957`: a first year, a dash, perhaps a last one.
        let parts = years.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII), Int(parts[0]) != nil,
            parts[1].isEmpty || parts[1].count == 4 && Int(parts[1]) != nil
        else { return title }
        let name = LineBytes.trimmed(String(title[..<open]))
        return name.isEmpty ? title : name
    }

    // MARK: Prismic

    /// A Prismic document's `data` (the document, or the first of an answer's `results`), its rich text joined.
    private static func prismicData(_ object: [String: Any]) -> [String: Any]? {
        let document = isPrismicDocument(object) ? object
            : ((object["results"] as? [Any])?.first as? [String: Any]).flatMap { isPrismicDocument($0) ? $0 : nil }
        guard let document, let data = document["data"] as? [String: Any] else { return nil }
        // An article's document: its type says so (`article`, `blog_post`, `press_clipping`), or its fields name its
        // writers, publication or publication day (an event's page, `evenement` with a `date` and a `lieu`, is none).
        let type = TextFolding.fold(document["type"] as? String ?? "")
        guard articleTypes.contains(where: { type.contains($0) })
            || data.keys.contains(where: { [.authors, .source, .date].contains(RecordKeys.field($0)) })
        else { return nil }
        return blocksJoined(data)
    }

    /// Words of an article's document type (folded, a part of the type: `blog_post`, `press_clipping`, `news_item`).
    private static let articleTypes = [
        "article", "post", "news", "story", "clipping", "actualite", "artikel", "nachricht", "noticia", "notizia", "noticia",
        "reportage", "chronique", "column", "kolumne", "feature", "editorial", "opinion", "interview", "entrevista",
        "intervista", "review", "critique", "kritik",
    ]

    private static func isPrismicDocument(_ object: [String: Any]) -> Bool {
        object["data"] is [String: Any] && object["type"] is String && object["id"] is String
            && object.keys.contains("first_publication_date") && object.keys.contains("last_publication_date")
    }

    // MARK: Bing News Search

    /// The first hit of a Bing News Search answer (`_type` `News`, `value` of hits, each a `NewsArticle`): its `name`
    /// the headline, its `provider`'s first organisation the publication, `datePublished`, `description` the lead.
    private static func bingNewsHit(_ object: [String: Any]) -> [String: Any]? {
        guard object["_type"] as? String == "News", let hits = object["value"] as? [Any],
            let hit = hits.first as? [String: Any], let name = hit["name"] as? String, hit["url"] is String
        else { return nil }
        var fields: [String: Any] = ["title": name]
        if let provider = ((hit["provider"] as? [Any])?.first as? [String: Any])?["name"] as? String { fields["source"] = provider }
        if let day = hit["datePublished"] as? String { fields["published"] = day }
        if let lead = hit["description"] as? String { fields["text"] = lead }
        return fields
    }

    // MARK: HAR

    /// The JSON answers a HAR file's entries hold (`response.content` with a JSON `mimeType`, its `text` plain or
    /// base64) that are objects, in the capture's order.
    private static func harAnswers(_ object: [String: Any]) -> [[String: Any]] {
        guard let log = object["log"] as? [String: Any], let entries = log["entries"] as? [Any], log["version"] is String || log["creator"] != nil
        else { return [] }
        var answers: [[String: Any]] = []
        for case let entry as [String: Any] in entries.prefix(50) {
            guard let content = (entry["response"] as? [String: Any])?["content"] as? [String: Any],
                (content["mimeType"] as? String)?.lowercased().contains("json") == true, var text = content["text"] as? String
            else { continue }
            if (content["encoding"] as? String)?.lowercased() == "base64" {
                guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { continue }
                text = String(decoding: data, as: UTF8.self)
            }
            if let answer = JSONTexts.parsed(text) as? [String: Any] { answers.append(answer) }
        }
        return answers
    }

    // MARK: Rich text

    /// The object with each rich-text value (a list of blocks each holding a `type` and a `text`
    /// string: Prismic's, a site's `body` of paragraph objects) made one string, the blocks a blank line apart.
    private static func blocksJoined(_ object: [String: Any]) -> [String: Any] {
        var joined = object
        for (key, value) in object.prefix(200) {
            if let text = blockText(value) { joined[key] = text }
        }
        return joined
    }

    private static func blockText(_ value: Any) -> String? {
        guard let blocks = value as? [Any], !blocks.isEmpty else { return nil }
        var texts: [String] = []
        for block in blocks.prefix(10_000) {
            guard let block = block as? [String: Any], block["type"] is String, let text = block["text"] as? String else { return nil }
            let trimmed = LineBytes.trimmed(text)
            if !trimmed.isEmpty { texts.append(trimmed) }
        }
        return texts.joined(separator: "\n\n")
    }

    // MARK: DynamoDB

    /// A DynamoDB item (`get-item`'s `Item`, a query's or scan's first of `Items`) with its typed values made plain.
    private static func dynamoItem(_ object: [String: Any]) -> [String: Any]? {
        guard let item = object["Item"] as? [String: Any] ?? (object["Items"] as? [Any])?.first as? [String: Any], !item.isEmpty,
            item.values.prefix(200).allSatisfy(isDynamoValue)
        else { return nil }
        return dynamoFields(item, depth: 0)
    }

    private static let dynamoTypes: Set<String> = ["S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"]

    private static func isDynamoValue(_ value: Any) -> Bool {
        guard let typed = value as? [String: Any], typed.count == 1, let key = typed.keys.first else { return false }
        return dynamoTypes.contains(key)
    }

    private static func dynamoFields(_ fields: [String: Any], depth: Int) -> [String: Any] {
        var plain: [String: Any] = [:]
        for (key, value) in fields.prefix(200) {
            if let value = dynamoValue(value, depth: depth) { plain[key] = value }
        }
        return plain
    }

    /// A typed value as a plain one: `S` a string, `N` a number (a whole one an `Int`), `L`/`SS` a list, `M` an object;
    /// nil for `NULL`, a boolean, bytes.
    private static func dynamoValue(_ value: Any, depth: Int) -> Any? {
        guard depth < 8, let typed = value as? [String: Any] else { return nil }
        if let text = typed["S"] as? String { return text }
        if let number = typed["N"] as? String { return Int(number).map { $0 as Any } ?? number }
        if let list = typed["L"] as? [Any] { return list.prefix(200).compactMap { dynamoValue($0, depth: depth + 1) } }
        if let strings = typed["SS"] as? [String] { return Array(strings.prefix(200)) }
        if let map = typed["M"] as? [String: Any] { return dynamoFields(map, depth: depth + 1) }
        return nil
    }

    // MARK: Kafka (kcat -J)

    /// A Kafka message as `kcat -J` prints it (`topic`, `partition`, `offset`, `payload`): its payload parsed when it
    /// holds a JSON object, a list of paragraphs under a text key joined a blank line apart. The message's own `ts`,
    /// `key` and headers are the broker's.
    private static func kafkaPayload(_ object: [String: Any]) -> [String: Any]? {
        guard object["topic"] is String, object["partition"] != nil, object["offset"] != nil, let payload = object["payload"] as? String,
            var value = JSONTexts.parsed(payload) as? [String: Any]
        else { return nil }
        for (key, field) in value.prefix(200) where RecordKeys.field(key) == .text {
            if let paragraphs = field as? [Any], !paragraphs.isEmpty, paragraphs.count <= 10_000, paragraphs.allSatisfy({ $0 is String }) {
                value[key] = paragraphs.compactMap { $0 as? String }.joined(separator: "\n\n")
            }
        }
        return value
    }

    // MARK: ntfy

    /// An ntfy message event (`event` `message`, `topic`, `title` the headline, `message` its text); its `time` ntfy's.
    static func isNtfyMessage(_ object: [String: Any]) -> Bool {
        object["event"] as? String == "message" && object["topic"] is String && object["title"] is String && object["message"] is String
    }

    /// An ntfy message event that carries no article (an ops alert, a desk's reminder): no record's keys are read in it.
    static func isNtfyNotice(_ value: Any, dates: DateRecognizer) -> Bool {
        guard let object = value as? [String: Any], isNtfyMessage(object), let message = object["message"] as? String else { return false }
        return !isNtfyArticle(object, message: message, dates: dates)
    }

    /// An ntfy message carrying an article: among its first three lines a byline or a publication's day (`Por Antonio
    /// Belmonte`, `La Verdad, 7 de marzo de 2026`), or a `click` link to a web page; an ops alert (`/var/lib/postgresql
    /// at 94%`) or a desk's reminder (`Le pagine di cronaca chiudono alle 22:30`) has neither.
    private static func isNtfyArticle(_ object: [String: Any], message: String, dates: DateRecognizer) -> Bool {
        if let click = object["click"] as? String, click.hasPrefix("http://") || click.hasPrefix("https://") { return true }
        for line in PsqlRecords.firstLines(of: message, count: 3) where line.utf8.count <= 120 {
            let line = LineBytes.trimmed(line)
            if line.isEmpty || LayoutReader.endsLikeSentence(line) { continue }
            if Bylines.read(line, dates: dates, keepsAgencies: true) != nil || dates.firstDate(in: line) != nil { return true }
        }
        return false
    }

    // MARK: Feedbin

    /// A Feedbin entry (`feed_id`, `title`, `content` or `summary`, `published`, `created_at` Feedbin's own moment).
    static func isFeedbinEntry(_ object: [String: Any]) -> Bool {
        object["feed_id"] != nil && object["title"] is String && (object["content"] != nil || object["summary"] != nil)
            && object.keys.contains("published") && (object["extracted_content_url"] != nil || object["created_at"] != nil)
    }

    /// The entry's article fields: its title, `author`, `published`, content (else summary), the subscription's title
    /// (`feed_title`, set by `ConsoleRecords.known`) its publication; never `created_at`. A podcast's or a video's
    /// episode (an `enclosure` of audio or video) names its show as `author`, no writer: no author then. (An
    /// organisation's blog naming itself, `author` the feed's title, keeps it: the development set's desk expects it.)
    private static func feedbinEntry(_ object: [String: Any]) -> [String: Any] {
        var fields: [String: Any] = ["title": object["title"] as? String ?? ""]
        let enclosure = ((object["enclosure"] as? [String: Any])?["enclosure_type"] as? String).map { TextFolding.fold($0) } ?? ""
        let episode = enclosure.hasPrefix("audio") || enclosure.hasPrefix("video")
        if let author = object["author"] as? String, !episode { fields["author"] = author }
        if let day = object["published"] as? String { fields["published"] = day }
        if let text = (object["content"] as? String) ?? (object["summary"] as? String) { fields["content"] = text }
        if let feed = object["feed_title"] as? String { fields["source"] = feed }
        return fields
    }

    /// A DynamoDB answer or a Kafka message: a shape `ConsoleRecords` reads under its command line.
    static func isKnownConsoleShape(_ value: Any) -> Bool {
        guard let object = value as? [String: Any] else { return false }
        return dynamoItem(object) != nil || kafkaPayload(object) != nil
    }
}
