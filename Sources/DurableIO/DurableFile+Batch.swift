import SystemPackage

/// Group commit: many files made durable with a constant number of sync calls.
extension DurableFile {
    /// Writes each file of `files` atomically (`place`: an unnamed file linked at its name, or
    /// a temporary file renamed over it) without an fsync per file,
    /// then, unless `directory` is nil, makes all of them, contents and names, durable with one
    /// `syncfs(2)` of the file system holding `directory` (where every file must live; nil: the
    /// caller syncs later). Use it for a batch of new files whose loss in a crash before this
    /// call returns is harmless.
    ///
    /// - Throws: `DurableIOError`. Files placed before the failure stay (complete, maybe not
    ///   durable); rewrite the whole batch to retry.
    public static func writeBatchAtomically(
        _ files: [(path: String, bytes: [UInt8])], syncing directory: String?, permissions: UInt16 = 0o644
    ) throws(DurableIOError) {
        for file in files {
            let fd = try place(file.bytes, at: file.path, permissions: permissions)
            try Sys.close(fd, reportedPath: file.path)
        }
        if let directory { try syncFileSystem(containing: directory) }
    }

    /// syncfs(2) on the file system holding `directory`: every dirty file and directory entry on
    /// it becomes durable (one call, one journal commit).
    /// - Throws: `DurableIOError` if the directory cannot be opened or the sync fails.
    public static func syncFileSystem(containing directory: String) throws(DurableIOError) {
        let fd = try Sys.open(directory, .readOnly, [.directory], reportedPath: directory)
        defer { _ = try? Sys.close(fd, reportedPath: directory) }
        try Sys.syncfs(fd, reportedPath: directory)
    }

    /// How one move of `moveAll` ended.
    public enum BatchMoveResult: Sendable, Equatable {
        /// The file now lives at the destination only.
        case moved
        /// The destination already held identical bytes; the source was removed.
        case alreadyThere
        /// Nothing was removed: the source is still there (the destination may hold a copy).
        case failed(DurableIOError)
        /// The source name no longer held the expected file when it was linked (replaced since
        /// it was read): nothing was moved, the destination name was removed again.
        case replaced
    }

    /// One move of `moveAll`: `expected` is the (device, inode) the caller read at `from`, if any.
    public struct BatchMove: Sendable {
        public var from: String
        public var to: String
        public var expected: (device: UInt64, inode: UInt64)?

        public init(from: String, to: String, expected: (device: UInt64, inode: UInt64)? = nil) {
            self.from = from
            self.to = to
            self.expected = expected
        }
    }

    /// Moves many files at once with the guarantees of `move(from:to:)` (never overwriting, the
    /// destination durable before the source disappears) but one fsync per touched directory
    /// instead of two per file: every destination name is created (hard link), each destination
    /// directory is fsynced once, then every source is unlinked and each source directory is
    /// fsynced once. Moves across file systems fall back to `move(from:to:)` one by one.
    /// A move with an `expected` identity checks, once the destination name exists, that it is
    /// that file: a source replaced (renamed over) since the caller read it gives `.replaced`,
    /// and the new file stays at the source.
    ///
    /// - Returns: one result per move, in order. A failed fsync of a destination directory fails
    ///   every move into it (their sources stay); a failed fsync of a source directory is reported
    ///   on its moves although the file is in place (a crash may then leave it under both names,
    ///   which a later identical move resolves).
    public static func moveAll(_ moves: [BatchMove]) -> [BatchMoveResult] {
        var results = [BatchMoveResult](repeating: .moved, count: moves.count)
        var linked: [Int] = []
        var destinationDirectories: [String: [Int]] = [:]
        var renamedSources: [String: [Int]] = [:]
        for (n, move) in moves.enumerated() {
            do throws(DurableIOError) {
                guard try Sys.stat(move.from) != nil else {
                    throw DurableIOError(operation: .move, path: move.from, errno: .noSuchFileOrDirectory)
                }
                if try isSameEntry(move.from, move.to) { continue }
                let directory = Paths.directory(of: move.to)
                try createDirectories(directory)
                if let expected = move.expected, try Sys.stat(move.to) == nil {
                    // rename(2) takes whatever file holds the name at that instant, atomically: no
                    // window between placing and removing in which a file renamed over the
                    // source could be removed. (Only presswatch creates archive names.)
                    do {
                        try Sys.rename(move.from, move.to)
                    } catch where error.errno == .improperLink {
                        try self.move(from: move.from, to: move.to)
                        continue
                    }
                    if try !isFile(move.to, expected) {
                        results[n] = try giveBack(move)
                        continue
                    }
                    destinationDirectories[directory, default: []].append(n)
                    renamedSources[Paths.directory(of: move.from), default: []].append(n)
                    continue
                }
                switch try placeWithoutReplacing(move.from, at: move.to) {
                case .linked:
                    if let expected = move.expected, let info = try Sys.stat(move.to),
                        UInt64(info.st_dev) != expected.device || UInt64(info.st_ino) != expected.inode
                    {
                        Sys.unlinkQuietly(move.to)
                        results[n] = .replaced
                        continue
                    }
                    linked.append(n)
                    destinationDirectories[directory, default: []].append(n)
                case .alreadyThere:
                    results[n] = .alreadyThere
                    linked.append(n)
                case .renamed:
                    try syncDirectory(directory)
                    try syncDirectory(Paths.directory(of: move.from))
                case .crossDevice:
                    try self.move(from: move.from, to: move.to)
                }
            } catch {
                results[n] = .failed(error)
            }
        }
        for (directory, members) in destinationDirectories {
            do throws(DurableIOError) { try syncDirectory(directory) } catch {
                for n in members { results[n] = .failed(error) }
            }
        }
        var sourceDirectories = renamedSources
        for n in linked {
            guard case .failed = results[n] else {
                if let expected = moves[n].expected, (try? isFile(moves[n].from, expected)) == false {
                    results[n] = .replaced
                    continue
                }
                do throws(DurableIOError) {
                    try Sys.unlink(moves[n].from)
                    sourceDirectories[Paths.directory(of: moves[n].from), default: []].append(n)
                } catch {
                    results[n] = .failed(error)
                }
                continue
            }
        }
        for (directory, members) in sourceDirectories {
            do throws(DurableIOError) { try syncDirectory(directory) } catch {
                for n in members { results[n] = .failed(error) }
            }
        }
        return results
    }

    /// True when `path` is the file `expected` (false when it is another or missing).
    static func isFile(_ path: String, _ expected: (device: UInt64, inode: UInt64)) throws(DurableIOError) -> Bool {
        guard let info = try Sys.stat(path) else { return false }
        return UInt64(info.st_dev) == expected.device && UInt64(info.st_ino) == expected.inode
    }

    /// A file renamed over the source after the caller read it went to the destination instead:
    /// put it back under the source name (or, if that was taken again meanwhile, beside it as
    /// `<name>.presswatch-returned-<random>`), durably, and report `.replaced`.
    static func giveBack(_ move: BatchMove) throws(DurableIOError) -> BatchMoveResult {
        var target = move.from
        while true {
            do {
                try Sys.link(move.to, target)
                break
            } catch where error.errno == .fileExists {
                target = move.from + ".presswatch-returned-" + String(UInt32.random(in: .min ... .max), radix: 16)
            }
        }
        try syncDirectory(Paths.directory(of: move.from))
        try Sys.unlink(move.to)
        try syncDirectory(Paths.directory(of: move.to))
        return .replaced
    }
}
