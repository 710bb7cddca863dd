import CShardScan

/// Where the values of the entry fields that queries read begin, found while a shard is
/// scanned (`CShardScan`), so that a query decodes a field without reading the entry again.
///
/// Offsets are relative to the start of the entry's bytes (`ChangeSet.entryBytes`); a field
/// the entry does not have is absent (nil). Fields are in the order of `IndexQuery`'s
/// `EntryFields.Wanted` bits and of the scanner's `PRESSWATCH_SCAN_FIELDS` names.
public struct EntryFieldOffsets: Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case title, published, language, source, site, authors, places, lede, keywords, indexedAt, wordCount, archivedPath
    }

    private var offsets = SIMD16<Int32>(repeating: -1)

    /// No field (a removal's entry).
    public init() {}

    /// The scanner's `fields`: `PRESSWATCH_SCAN_FIELDS` Int32 offsets, -1 for an absent field.
    init(scanned: UnsafeRawBufferPointer) {
        for field in Field.allCases {
            offsets[field.rawValue] = scanned.load(fromByteOffset: field.rawValue * 4, as: Int32.self)
        }
    }

    /// Offsets in `Field` order (-1 for an absent field; lanes past the fields are -1).
    init(offsets: SIMD16<Int32>) {
        self.offsets = offsets
    }

    /// The offsets as the scanner wrote them (`PRESSWATCH_SCAN_FIELDS` Int32s in `Field` order,
    /// -1 for an absent field), for C code that reads an entry's fields.
    public func withScannedOffsets<Result>(_ body: (UnsafePointer<Int32>) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(of: offsets) { try body($0.baseAddress!.assumingMemoryBound(to: Int32.self)) }
    }

    /// Where `field`'s value begins in the entry's bytes, or nil when the entry has none.
    public subscript(field: Field) -> Int? {
        let offset = offsets[field.rawValue]
        return offset >= 0 ? Int(offset) : nil
    }
}
