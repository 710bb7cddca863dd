import Dispatch

extension ChangeSet {
    /// The changes of `shards` (a whole manifest's, in its order) as two change sets with the
    /// same changes in the same order: `shard`, whose entries are in the shard files (as
    /// `appendShards` gives them), and `columns`, from which a query reads `fields`. A shard
    /// whose columns file (`ShardColumns`) is present, of this version, matches the shard and
    /// its checksums is not parsed at all: its changes come from that file, its `columns`
    /// entries are the file's column values of `fields` (no other field is there), and the
    /// shard is mapped without being read (only the entries a query prints are). Every other
    /// shard is read by `appendShards`, and its changes are the same in both sets.
    ///
    /// - Throws: as `appendShards` (a shard deleted since the manifest was read is
    ///   `MappedFile.OpenFailure.isMissing`); a columns file that cannot be used never throws.
    static func read(shards: [ShardInfo], statePath: String, fields: [EntryFieldOffsets.Field]) throws
        -> (shard: ChangeSet, columns: ChangeSet) {
        var shardFiles: [MappedFile] = []
        var columnFiles: [ShardColumns.File?] = []
        for info in shards {
            let shardFile = try MappedFile(path: statePath + "/" + info.path, populate: false)
            shardFiles.append(shardFile)
            let mapped = try? MappedFile(path: statePath + "/" + ShardColumns.path(forShard: info.path), populate: false)
            columnFiles.append(mapped.flatMap { ShardColumns.File($0, shard: info, shardSize: shardFile.bytes.count) })
        }
        let results = ColumnResults(count: shards.count)
        let candidates = columnFiles, sizes = shardFiles.map(\.bytes.count)
        DispatchQueue.concurrentPerform(iterations: shards.count) { index in
            guard let file = candidates[index], file.verify(fields) else { return }
            results.slots[index] = file.changes(after: 0, fields: fields, shardFile: index, shardSize: sizes[index], columnsFile: index)
        }
        let unread = shards.indices.filter { results.slots[$0] == nil }
        var scanned = ChangeSet()
        if !unread.isEmpty {
            try scanned.appendShards(paths: unread.map { statePath + "/" + shards[$0].path }, after: 0)
        }
        // The scanned changes of each unread shard: a run of `file` k for the k-th unread shard.
        var runs: [Range<Int>] = []
        var start = 0
        for k in unread.indices {
            var end = start
            while end < scanned.changes.count, scanned.changes[end].file == k { end += 1 }
            runs.append(start..<end)
            start = end
        }
        var shard = ChangeSet(), columns = ChangeSet()
        let total = shards.indices.reduce(0) { $0 + (results.slots[$1]?.shard.count ?? 0) } + scanned.changes.count
        shard.changes.reserveCapacity(total)
        columns.changes.reserveCapacity(total)
        var next = 0
        for index in shards.indices {
            if let read = results.slots[index] {
                shard.files.append(shardFiles[index])
                columns.files.append(candidates[index]!.mapped)
                shard.changes += read.shard
                columns.changes += read.columns
            } else {
                let file = scanned.files[next]
                shard.files.append(file)
                columns.files.append(file)
                for change in scanned.changes[runs[next]] {
                    let moved = change.moved(toFile: index)
                    shard.changes.append(moved)
                    columns.changes.append(moved)
                }
                next += 1
            }
        }
        return (shard, columns)
    }

    /// Each iteration writes its own slot; read after all have ended; freed with the object.
    private final class ColumnResults: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<(shard: [RawChange], columns: [RawChange])?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }
    }
}

extension RawChange {
    /// The same change, its entry in the change set's file `file`.
    func moved(toFile file: Int) -> RawChange {
        RawChange(sequence: sequence, kind: kind, idValue: idValue, entry: entry, replacedByValue: replacedByValue, file: file, fields: fields)
    }
}
