import ArticleIndex
import Foundation

/// One batch of the change feed turned into what the database needs: the rows to upsert (as
/// one JSON array, bound as a single `jsonb` parameter), the ids removed for good, and the
/// sequence number the watermark moves to.
///
/// Pure apart from reading each article's body from `articles/<id>.json`. Applying the changes
/// in order means the last change of each id wins, so an id appears once: in `rows` when its
/// last change has an entry, in `removed` when that is a removal without a replacement (a
/// removal by a new version is recorded on the old row as `replaced_by`, from the new
/// version's `previousVersions`). A record that cannot be read gives a row with an empty body
/// (logged by the caller through `missingBodies`), never a lost article.
struct SinkBatch: Sendable {
    var rowsJSON = Data("[]".utf8)
    var rowCount = 0
    /// Whether any row names earlier versions (only then are older rows marked `replaced_by`).
    var namesPreviousVersions = false
    var removed: [String] = []
    /// Every id the batch touches, in feed order (for NOTIFY).
    var ids: [String] = []
    var lastSequence: Int
    var missingBodies: [String] = []

    init(changes: ArraySlice<RawChange>, in set: ChangeSet, statePath: String) throws {
        lastSequence = changes.last?.sequence ?? 0
        var last: [String: RawChange] = [:]
        for change in changes {
            if last.updateValue(change, forKey: change.id) == nil { ids.append(change.id) }
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var rows: [SinkRow] = []
        rows.reserveCapacity(last.count)
        for id in ids {
            guard let change = last[id] else { continue }
            guard change.entry != nil else {
                if change.replacedBy == nil { removed.append(id) }
                continue
            }
            let entry = try decoder.decode(IndexEntry.self, from: Data(set.entryBytes(change)))
            let body: [String]
            if let data = FileManager.default.contents(atPath: statePath + "/articles/" + id + ".json"),
               let record = try? decoder.decode(BodyOnly.self, from: data) {
                body = record.body
            } else {
                body = []
                missingBodies.append(id)
            }
            if !(entry.previousVersions ?? []).isEmpty { namesPreviousVersions = true }
            rows.append(SinkRow(entry: entry, body: body))
        }
        rowCount = rows.count
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        rowsJSON = try encoder.encode(rows)
    }

    private struct BodyOnly: Decodable { var body: [String] }
}

/// One row of `presswatch.articles` as `jsonb_to_recordset` reads it (column names as keys).
struct SinkRow: Encodable {
    let entry: IndexEntry
    let body: [String]

    enum CodingKeys: String, CodingKey {
        case id, story_id, title, authors, source, site, published, published_date, published_at, language
        case lede, summary, word_count, reading_minutes, format, places, amounts, keywords
        case archived_path, original_name, indexed_at, updated_at, previous_versions, previous_ids, record
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entry.id, forKey: .id)
        try c.encode(entry.effectiveStoryID, forKey: .story_id)
        try c.encode(entry.title, forKey: .title)
        try c.encode(entry.authors, forKey: .authors)
        try c.encode(entry.source, forKey: .source)
        try c.encode(entry.site, forKey: .site)
        try c.encode(entry.published, forKey: .published)
        let (day, instant) = PublishedDate.parse(entry.published)
        try c.encode(day, forKey: .published_date)
        try c.encode(instant, forKey: .published_at)
        try c.encode(entry.language, forKey: .language)
        try c.encode(entry.lede, forKey: .lede)
        try c.encode(entry.summary, forKey: .summary)
        try c.encode(entry.wordCount, forKey: .word_count)
        try c.encode(entry.readingMinutes ?? max(1, (entry.wordCount + 229) / 230), forKey: .reading_minutes)
        try c.encode(entry.format, forKey: .format)
        try c.encode(entry.places ?? [], forKey: .places)
        try c.encode(entry.amounts ?? [], forKey: .amounts)
        try c.encode(entry.keywords ?? [], forKey: .keywords)
        try c.encode(entry.archivedPath, forKey: .archived_path)
        try c.encode(entry.originalName, forKey: .original_name)
        try c.encode(entry.indexedAt, forKey: .indexed_at)
        try c.encode(entry.updatedAt, forKey: .updated_at)
        try c.encode(entry.previousVersions ?? [], forKey: .previous_versions)
        try c.encode((entry.previousVersions ?? []).map(\.id), forKey: .previous_ids)
        try c.encode(ArticleRecord(entry: entry, body: body), forKey: .record)
    }
}

/// `published` as the database's typed columns: the day (`date`) when it starts with a valid
/// `YYYY-MM-DD`, and the instant (`timestamptz`, as UTC ISO 8601) when it is a full date-time
/// with an offset. Anything else gives nil (the text stays in `published`).
enum PublishedDate {
    static func parse(_ published: String?) -> (day: String?, instant: String?) {
        guard let published, published.utf8.count >= 10 else { return (nil, nil) }
        let dayText = String(published.prefix(10))
        let parts = dayText.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              year >= 1, DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month,
                                        day: dayOfMonth).isValidDate
        else { return (nil, nil) }
        guard published.utf8.count > 10 else { return (dayText, nil) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var instant = formatter.date(from: published)
        if instant == nil {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            instant = formatter.date(from: published)
        }
        guard let instant else { return (dayText, nil) }
        formatter.formatOptions = [.withInternetDateTime]
        return (dayText, formatter.string(from: instant))
    }
}
