import ArticleIndex
import Foundation

/// One batch of the change feed turned into what the database needs: the rows to upsert (as
/// one JSON array, bound as a single `jsonb` parameter), the ids removed for good, and the
/// sequence number the watermark moves to.
///
/// Each row is `{"record": R, "day": D, "instant": T}`: R the change's entry exactly as the
/// shard holds it with `"body": B` added as its last member, B the `body` array exactly as
/// `articles/<id>.json` holds it (checked by `RecordBody`); D and T `published` as a day and
/// an instant (`PublishedDate`). Nothing else is decoded or encoded: the rows are spliced from
/// JSON bytes already validated, and the database takes the columns out of R
/// (`SinkWriter.upsert`). An entry without `storyId` or
/// `readingMinutes` (written before they existed) is decoded and encoded again with them, as
/// the index reads it.
///
/// Pure apart from reading the records. Applying the changes in order means the last change of
/// each id wins, so an id appears once: in the rows when its last change has an entry, in
/// `removed` when that is a removal without a replacement (a removal by a new version is
/// recorded on the old row as `replaced_by`, from the new version's `previousVersions`). A
/// record that cannot be read gives a row with an empty body (logged by the caller through
/// `missingBodies`), never a lost article.
struct SinkBatch: Sendable {
    var rowsJSON: [UInt8] = Array("[]".utf8)
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
        var last: [UInt64: RawChange] = [:]
        last.reserveCapacity(changes.count)
        var order: [UInt64] = []
        for change in changes where last.updateValue(change, forKey: change.idValue) == nil {
            order.append(change.idValue)
        }
        var out: [UInt8] = []
        out.reserveCapacity(changes.count * 3000)
        out.append(UInt8(ascii: "["))
        for value in order {
            guard let change = last[value] else { continue }
            let id = change.id
            ids.append(id)
            guard change.entry != nil else {
                if change.replacedByValue == nil { removed.append(id) }
                continue
            }
            let entry = set.entryBytes(change)
            let facts = try EntryFacts(entry)
            if facts.namesPreviousVersions { namesPreviousVersions = true }
            if rowCount > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: Array("{\"record\":".utf8))
            if facts.isComplete {
                Self.appendOpen(entry, to: &out)
            } else {
                try Self.normalized(entry).withUnsafeBytes { Self.appendOpen($0, to: &out) }
            }
            out.append(contentsOf: Array("\"body\":".utf8))
            if let record = RecordBody.read(path: statePath + "/articles/" + id + ".json") {
                out.append(contentsOf: record.bytes[record.body])
            } else {
                out.append(contentsOf: Array("[]".utf8))
                missingBodies.append(id)
            }
            out.append(UInt8(ascii: "}"))  // the record
            let (day, instant) = PublishedDate.parse(facts.published)
            out.append(contentsOf: Array(",\"day\":".utf8))
            Self.appendJSONString(day, to: &out)
            out.append(contentsOf: Array(",\"instant\":".utf8))
            Self.appendJSONString(instant, to: &out)
            out.append(UInt8(ascii: "}"))
            rowCount += 1
        }
        out.append(UInt8(ascii: "]"))
        rowsJSON = out
    }

    /// An object's bytes without its closing brace, followed by a comma when it has members:
    /// ready for one more member. (`bytes` is a JSON object, validated.)
    private static func appendOpen(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var end = bytes.count - 1
        while end > 0 && bytes[end] != UInt8(ascii: "}") { end -= 1 }
        var last = end - 1
        while last > 0 && [0x20, 0x0A, 0x0D, 0x09].contains(bytes[last]) { last -= 1 }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<end]))
        if bytes[last] != UInt8(ascii: "{") { out.append(UInt8(ascii: ",")) }
    }

    /// `"text"` (the dates here need no escaping) or `null`.
    private static func appendJSONString(_ text: String?, to out: inout [UInt8]) {
        guard let text else {
            out.append(contentsOf: Array("null".utf8))
            return
        }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: text.utf8)
        out.append(UInt8(ascii: "\""))
    }

    /// An entry as the index reads it (`IndexEntry`), encoded again with every field.
    private static func normalized(_ bytes: UnsafeRawBufferPointer) throws -> [UInt8] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let entry = try decoder.decode(IndexEntry.self, from: Data(bytes))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return Array(try encoder.encode(entry))
    }
}

/// What the sink needs to know of an entry without decoding it: `published`, whether
/// `previousVersions` names any, and whether `storyId` and `readingMinutes` are there.
struct EntryFacts {
    var published: String?
    var namesPreviousVersions = false
    var isComplete: Bool { hasStoryID && hasReadingMinutes }
    private var hasStoryID = false
    private var hasReadingMinutes = false

    init(_ bytes: UnsafeRawBufferPointer) throws {
        var json = RawJSON(bytes)
        var facts = self
        try json.object { (json, key) throws(RawJSON.RawJSONError) in
            switch String(decoding: UnsafeRawBufferPointer(rebasing: bytes[key]), as: UTF8.self) {
            case "published":
                facts.published = try json.optionalString()
            case "previousVersions":
                if try json.takeNull() { return }
                var count = 0
                try json.array { (json) throws(RawJSON.RawJSONError) in
                    try json.skipValue()
                    count += 1
                }
                facts.namesPreviousVersions = count > 0
            case "storyId":
                facts.hasStoryID = !(try json.takeNull())
                if facts.hasStoryID { try json.skipValue() }
            case "readingMinutes":
                facts.hasReadingMinutes = !(try json.takeNull())
                if facts.hasReadingMinutes { try json.skipValue() }
            default:
                try json.skipValue()
            }
        }
        self = facts
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
