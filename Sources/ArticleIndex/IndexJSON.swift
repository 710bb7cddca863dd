import ArticleParsing

/// The bytes of the files a batch writes, spelled by `JSONBytesWriter` exactly as
/// `IndexCoding.makeEncoder` (JSONEncoder) spells them: a shard compact, a record pretty-printed,
/// keys sorted. JSONEncoder was about a tenth of the daemon's CPU in a burst; this writes the
/// same bytes directly (the tests compare both on every fixture and on hostile strings).
///
/// Failure: throws `EncodingError.invalidValue` for an amount whose value is not finite, as
/// JSONEncoder does; nothing is written then.
enum IndexJSON {
    /// `index/<generation>.json`: `{"changes":[…],"firstSequence":…,…}`.
    static func shard(_ shard: ShardDocument) throws -> [UInt8] {
        var out = JSONBytesWriter(capacity: shard.changes.count * 2048)
        out.beginObject()
        out.key("changes")
        out.beginArray()
        for change in shard.changes {
            out.element()
            try write(change, into: &out)
        }
        out.endArray()
        out.key("firstSequence")
        out.int(shard.firstSequence)
        out.key("generation")
        out.int(shard.generation)
        out.key("lastSequence")
        out.int(shard.lastSequence)
        out.key("schemaVersion")
        out.int(shard.schemaVersion)
        out.endObject()
        return out.bytes
    }

    /// `articles/<id>.json`: the entry's fields plus `body`, pretty-printed.
    static func record(_ record: ArticleRecord) throws -> [UInt8] {
        var out = JSONBytesWriter(pretty: true, capacity: record.body.reduce(4096) { $0 + $1.utf8.count + 8 })
        try write(record.entry, body: record.body, into: &out)
        return out.bytes
    }

    static func write(_ change: IndexChange, into out: inout JSONBytesWriter) throws {
        out.beginObject()
        out.key("change")
        out.string(change.change.rawValue)
        out.key("entry")
        if let entry = change.entry { try write(entry, body: nil, into: &out) } else { out.null() }
        out.key("id")
        out.string(change.id)
        out.key("replacedBy")
        out.string(change.replacedBy)
        out.key("sequence")
        out.int(change.sequence)
        out.endObject()
    }

    /// The entry as `IndexEntry.encodeFields` encodes it (every key, `null` included), with
    /// `body` when given (a record).
    static func write(_ entry: IndexEntry, body: [String]?, into out: inout JSONBytesWriter) throws {
        out.beginObject()
        out.key("amounts")
        if let bad = out.amounts(entry.amounts ?? []) {
            throw EncodingError.invalidValue(bad, .init(codingPath: [], debugDescription: "Unable to encode Double.\(bad) directly in JSON."))
        }
        out.key("archivedPath")
        out.string(entry.archivedPath)
        out.key("authors")
        out.strings(entry.authors)
        if let body {
            out.key("body")
            out.strings(body)
        }
        out.key("format")
        out.string(entry.format.rawValue)
        out.key("id")
        out.string(entry.id)
        out.key("indexedAt")
        out.string(UTCTimestamp.format(entry.indexedAt))
        out.key("keywords")
        out.strings(entry.keywords ?? [])
        out.key("language")
        out.string(entry.language)
        out.key("lede")
        out.string(entry.lede)
        out.key("originalName")
        out.string(entry.originalName)
        out.key("places")
        out.places(entry.places ?? [])
        out.key("previousVersions")
        out.beginArray()
        for version in entry.previousVersions ?? [] {
            out.element()
            out.beginObject()
            out.key("archivedPath")
            out.string(version.archivedPath)
            out.key("id")
            out.string(version.id)
            out.key("indexedAt")
            out.string(UTCTimestamp.format(version.indexedAt))
            out.key("originalName")
            out.string(version.originalName)
            out.endObject()
        }
        out.endArray()
        out.key("published")
        out.string(entry.published)
        out.key("readingMinutes")
        out.int(entry.readingMinutes ?? Article.readingMinutes(forWords: entry.wordCount))
        out.key("site")
        out.string(entry.site)
        out.key("source")
        out.string(entry.source)
        out.key("storyId")
        out.string(entry.effectiveStoryID)
        out.key("summary")
        out.string(entry.summary)
        out.key("title")
        out.string(entry.title)
        out.key("updatedAt")
        out.string(UTCTimestamp.format(entry.updatedAt))
        out.key("wordCount")
        out.int(entry.wordCount)
        out.endObject()
    }
}

extension JSONBytesWriter {
    /// `[{"currency":…,"text":…,"value":…},…]`; returns the first value that is not finite, if
    /// any (the array is then left unfinished: the caller fails).
    package mutating func amounts(_ amounts: [Amount]) -> Double? {
        beginArray()
        for amount in amounts {
            element()
            beginObject()
            key("currency")
            string(amount.currency)
            key("text")
            string(amount.text)
            key("value")
            guard double(amount.value) else { return amount.value }
            endObject()
        }
        endArray()
        return nil
    }

    /// `[{"code":…,"mentions":…,"name":…},…]`.
    package mutating func places(_ places: [Place]) {
        beginArray()
        for place in places {
            element()
            beginObject()
            key("code")
            string(place.code)
            key("mentions")
            int(place.mentions)
            key("name")
            string(place.name)
            endObject()
        }
        endArray()
    }
}
