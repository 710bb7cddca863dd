import CShardScan
import CXXHash

/// A shard's query columns: `index/<generation>.cols`, an optional file derived from the shard
/// `index/<generation>.json` and written with it (same batch, same group sync), so that
/// `presswatch query` reads a few compact columns instead of parsing every shard byte, and
/// touches the shard only for the entries it prints.
///
/// Contract: optional and derived. A reader that finds it missing, of another version, or not
/// matching its shard (size, sequence range, row count) or its own checksums reads the shard
/// instead and gets the same answer; a reader of the documented format never needs it. It is
/// deleted with its shard (same retention rules).
///
/// Layout (little-endian; docs/index-format.md, "index/<generation>.cols"):
///
///     magic "PWCOLS\r\n", version (1), shard size, firstSequence, lastSequence, rows, sections
///     sections × {offset, length, XXH64 of the section's bytes}
///     XXH64 of every byte above
///     section 0, rows: per change (88 bytes) sequence, id, replacedBy (ids as 64-bit values),
///       flags (bits 0-1 kind: 0 added, 1 updated, 2 removed; bit 2 replacedBy set; bit 3
///       entry set), entry length, entry offset in the shard, then the 12 offsets of
///       `EntryFieldOffsets.Field` in the entry (int32, -1 when absent)
///     sections 1…10, one per field of `columnFields`: per change the offset in this file of
///       the field's value (int32, -1 when absent), then the values: each the value's JSON
///       bytes exactly as in the shard, followed by a line feed.
///
/// Every word is 8 bytes but the flags, entry length and the int32 offsets.
public enum ShardColumns {
    static let magic = Array("PWCOLS\r\n".utf8)
    /// The version this presswatch writes and reads; a file of any other is ignored.
    public static let version: UInt64 = 1
    /// The entry fields held as columns, in section order (section 1 is the first).
    public static let columnFields: [EntryFieldOffsets.Field] = [
        .title, .published, .language, .source, .site, .authors, .places, .lede, .keywords, .indexedAt,
    ]
    static let rowSize = 88
    static var sectionCount: Int { 1 + columnFields.count }
    /// Header words, section table, header checksum.
    static var headerSize: Int { 7 * 8 + sectionCount * 24 + 8 }

    /// `index/000000000042.json` → `index/000000000042.cols`.
    public static func path(forShard shardPath: String) -> String {
        String(shardPath.dropLast(".json".count)) + ".cols"
    }

    /// The columns file of the shard whose bytes are `shard` (as written: read back exactly as
    /// a reader would, by `CShardScan`) and whose range is `firstSequence…lastSequence`, or nil when it cannot be made: the bytes are not a
    /// valid shard, or the file would pass 2 GiB (its offsets are int32). Nil is not an error:
    /// the file is optional.
    public static func encode(shard: [UInt8], firstSequence: Int, lastSequence: Int) -> [UInt8]? {
        var padded = shard
        padded += repeatElement(0, count: Int(PRESSWATCH_SCAN_PADDING))
        var result = padded.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                presswatch_scan_shard($0, shard.count, 0)
            }
        }
        defer { presswatch_scan_free(&result) }
        guard result.failed == 0 else { return nil }
        var rows: [RawChange] = []
        rows.reserveCapacity(result.count)
        for index in 0..<result.count {
            guard let change = RawChange(result.changes[index], file: 0) else { return nil }
            rows.append(change)
        }
        return padded.withUnsafeBytes { bytes in
            encode(rows: rows, shard: UnsafeRawBufferPointer(rebasing: bytes[0..<shard.count]),
                   first: firstSequence, last: lastSequence)
        }
    }

    private static func encode(rows: [RawChange], shard: UnsafeRawBufferPointer, first: Int, last: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: headerSize)
        var sections: [(offset: Int, length: Int)] = []
        // Rows.
        let rowsStart = out.count
        out.reserveCapacity(headerSize + rows.count * (rowSize + 40) + shard.count / 2)
        for row in rows {
            put64(&out, UInt64(bitPattern: Int64(row.sequence)))
            put64(&out, row.idValue)
            put64(&out, row.replacedByValue ?? 0)
            let kind: UInt32 = row.kind == .added ? 0 : row.kind == .updated ? 1 : 2
            let flags = kind | (row.replacedByValue != nil ? 4 : 0) | (row.entry != nil ? 8 : 0)
            put32(&out, flags)
            put32(&out, UInt32(row.entry?.count ?? 0))
            put64(&out, UInt64(row.entry?.lowerBound ?? 0))
            for field in EntryFieldOffsets.Field.allCases { put32(&out, UInt32(bitPattern: Int32(row.fields[field] ?? -1))) }
        }
        sections.append((rowsStart, out.count - rowsStart))
        // One section per column: the offsets, then the values.
        for field in columnFields {
            let start = out.count
            out += repeatElement(0, count: rows.count * 4)
            for (index, row) in rows.enumerated() {
                var offset: Int32 = -1
                if let entry = row.entry, let at = row.fields[field] {
                    let bytes = UnsafeRawBufferPointer(rebasing: shard[entry])
                    var json = RawJSON(bytes, position: at)
                    guard let value = try? json.skipValue(), out.count < Int(Int32.max) else { return nil }
                    offset = Int32(out.count)
                    out += UnsafeRawBufferPointer(rebasing: bytes[value])
                    out.append(0x0A)
                }
                set32(&out, at: start + index * 4, UInt32(bitPattern: offset))
            }
            sections.append((start, out.count - start))
        }
        guard out.count < Int(Int32.max) else { return nil }
        // Header.
        var header: [UInt8] = magic
        put64(&header, version)
        put64(&header, UInt64(shard.count))
        put64(&header, UInt64(bitPattern: Int64(first)))
        put64(&header, UInt64(bitPattern: Int64(last)))
        put64(&header, UInt64(rows.count))
        put64(&header, UInt64(sections.count))
        out.withUnsafeBytes { bytes in
            for section in sections {
                put64(&header, UInt64(section.offset))
                put64(&header, UInt64(section.length))
                put64(&header, checksum(UnsafeRawBufferPointer(rebasing: bytes[section.offset..<(section.offset + section.length)])))
            }
        }
        let sum = header.withUnsafeBytes { checksum($0) }
        put64(&header, sum)
        out.replaceSubrange(0..<headerSize, with: header)
        return out
    }

    /// XXH64 (seed 0) of `bytes`, by Debian's libxxhash.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        XXH64(bytes.baseAddress, bytes.count, 0)
    }

    private static func put64(_ out: inout [UInt8], _ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    private static func put32(_ out: inout [UInt8], _ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    private static func set32(_ out: inout [UInt8], at offset: Int, _ value: UInt32) {
        out.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt32.self) }
    }
}
