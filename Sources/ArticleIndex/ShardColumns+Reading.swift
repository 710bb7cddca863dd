/// Reading a shard's query columns file (`ShardColumns`).
extension ShardColumns {
    /// One shard's columns file, checked against its shard. Immutable once made.
    struct File {
        let mapped: MappedFile
        let rows: Int
        private let sections: [(offset: Int, length: Int, checksum: UInt64)]

        /// Nil unless `mapped` is a columns file of this version whose header is intact (its
        /// checksum), whose sections lie inside it, and which describes the shard `shard` of
        /// `shardSize` bytes (size, sequence range, number of changes).
        init?(_ mapped: MappedFile, shard: ShardInfo, shardSize: Int) {
            let bytes = mapped.bytes
            let size = ShardColumns.headerSize
            guard bytes.count >= size, Array(bytes[0..<8]) == ShardColumns.magic else { return nil }
            func word(_ index: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
            guard word(1) == ShardColumns.version, word(2) == UInt64(shardSize),
                  Int64(bitPattern: word(3)) == Int64(shard.firstSequence), Int64(bitPattern: word(4)) == Int64(shard.lastSequence),
                  word(5) == UInt64(shard.changes), word(6) == UInt64(ShardColumns.sectionCount),
                  word(size / 8 - 1) == ShardColumns.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<(size - 8)]))
            else { return nil }
            let rows = shard.changes
            var sections: [(Int, Int, UInt64)] = []
            for index in 0..<ShardColumns.sectionCount {
                let offset = word(7 + 3 * index), length = word(8 + 3 * index)
                guard offset >= UInt64(size), offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { return nil }
                sections.append((Int(offset), Int(length), word(9 + 3 * index)))
            }
            guard sections[0].1 == rows * ShardColumns.rowSize else { return nil }
            for section in sections.dropFirst() where section.1 < rows * 4 { return nil }
            self.mapped = mapped
            self.rows = rows
            self.sections = sections
        }

        /// Whether the sections holding the rows and `fields` match their checksums.
        func verify(_ fields: [EntryFieldOffsets.Field]) -> Bool {
            let wanted = [0] + fields.compactMap { field in ShardColumns.columnFields.firstIndex(of: field).map { $0 + 1 } }
            for index in wanted {
                let section = sections[index]
                let bytes = UnsafeRawBufferPointer(rebasing: mapped.bytes[section.offset..<(section.offset + section.length)])
                guard ShardColumns.checksum(bytes) == section.checksum else { return false }
            }
            return true
        }

        /// The shard's changes numbered above `after`, as the shard scan gives them (`file`:
        /// `shardFile`, entries in the shard of `shardSize` bytes), and the same changes as
        /// the query decides them (`file`: `columnsFile`, entry: the whole columns file, and
        /// the offsets of `fields` only, pointing at their column values). Nil when an offset
        /// or a range lies outside its file or an entry's field outside its entry (a file
        /// whose checksums match was written wrong: ignore it).
        func changes(after: Int, fields: [EntryFieldOffsets.Field], shardFile: Int, shardSize: Int, columnsFile: Int)
            -> (shard: [RawChange], columns: [RawChange])? {
            let bytes = mapped.bytes
            let rowsAt = sections[0].offset
            let columns = fields.compactMap { field in
                ShardColumns.columnFields.firstIndex(of: field).map { (field: field, at: sections[$0 + 1].offset) }
            }
            let fileSize = Int32(clamping: bytes.count)
            var shard: [RawChange] = [], decided: [RawChange] = []
            shard.reserveCapacity(rows)
            decided.reserveCapacity(rows)
            for row in 0..<rows {
                let base = rowsAt + row * ShardColumns.rowSize
                func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: base + offset, as: UInt64.self)) }
                func half(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: base + offset, as: UInt32.self)) }
                let sequence = Int(truncatingIfNeeded: Int64(bitPattern: word(0)))
                guard sequence > after else { continue }
                let flags = half(24)
                guard flags & 3 != 3 else { return nil }
                let kind: IndexChange.Kind = flags & 3 == 0 ? .added : flags & 3 == 1 ? .updated : .removed
                let replacedBy = flags & 4 != 0 ? word(16) : nil
                var entry: Range<Int>?
                var offsets = SIMD16<Int32>(repeating: -1)
                if flags & 8 != 0 {
                    let length = UInt64(half(28)), start = word(32)
                    guard length > 0, start <= UInt64(shardSize), length <= UInt64(shardSize) - start else { return nil }
                    entry = Int(start)..<Int(start + length)
                    for field in EntryFieldOffsets.Field.allCases {
                        let value = Int32(bitPattern: half(40 + 4 * field.rawValue))
                        guard value < Int32(length) else { return nil }
                        offsets[field.rawValue] = value
                    }
                }
                var decidedOffsets = SIMD16<Int32>(repeating: -1)
                if entry != nil {
                    for column in columns {
                        let value = Int32(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: column.at + 4 * row, as: UInt32.self)))
                        guard value < fileSize else { return nil }
                        decidedOffsets[column.field.rawValue] = value
                    }
                }
                let id = word(8)
                shard.append(RawChange(sequence: sequence, kind: kind, idValue: id, entry: entry, replacedByValue: replacedBy,
                                       file: shardFile, fields: EntryFieldOffsets(offsets: offsets)))
                decided.append(RawChange(sequence: sequence, kind: kind, idValue: id, entry: entry.map { _ in 0..<bytes.count },
                                         replacedByValue: replacedBy, file: columnsFile,
                                         fields: EntryFieldOffsets(offsets: decidedOffsets)))
            }
            return (shard, decided)
        }
    }
}
