/// Where the values of the entry fields that queries read begin, found while a shard is
/// scanned, so that a query decodes a field without reading the entry a second time.
///
/// Offsets are relative to the start of the entry's bytes (`ChangeSet.entryBytes`); a field
/// the entry does not have is absent (nil). Fields are in the order of `IndexQuery`'s
/// `EntryFields.Wanted` bits.
public struct EntryFieldOffsets: Sendable, TopLevelMembers {
    public enum Field: Int, CaseIterable, Sendable {
        case title, published, language, source, site, authors, places, lede, keywords, indexedAt, wordCount, archivedPath
    }

    private var offsets = SIMD16<Int32>(repeating: -1)
    private let start: Int

    /// Offsets for an entry whose bytes begin at `start` in the file.
    public init(entryStart start: Int) { self.start = start }

    /// Where `field`'s value begins in the entry's bytes, or nil when the entry has none.
    public subscript(field: Field) -> Int? {
        let offset = offsets[field.rawValue]
        return offset >= 0 ? Int(offset) : nil
    }

    public mutating func member(_ key: Range<Int>, valueAt offset: Int, in bytes: UnsafeRawBufferPointer) {
        let json = RawJSON(bytes)
        let field: Field
        switch key.count {
        case 4 where json.key(key, is: "lede"): field = .lede
        case 4 where json.key(key, is: "site"): field = .site
        case 5 where json.key(key, is: "title"): field = .title
        case 6 where json.key(key, is: "source"): field = .source
        case 6 where json.key(key, is: "places"): field = .places
        case 7 where json.key(key, is: "authors"): field = .authors
        case 8 where json.key(key, is: "language"): field = .language
        case 8 where json.key(key, is: "keywords"): field = .keywords
        case 9 where json.key(key, is: "published"): field = .published
        case 9 where json.key(key, is: "indexedAt"): field = .indexedAt
        case 9 where json.key(key, is: "wordCount"): field = .wordCount
        case 12 where json.key(key, is: "archivedPath"): field = .archivedPath
        default: return
        }
        let relative = offset - start
        if relative <= Int(Int32.max) { offsets[field.rawValue] = Int32(relative) }
    }
}
