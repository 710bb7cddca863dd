import SystemPackage

/// Durable file operations for the files presswatch writes (the index, article records, the
/// archive). "Durable" means: once a call returns, the result survives a crash or power loss;
/// if it throws, nothing that was already durable has been damaged.
///
/// Every error is a `DurableIOError` naming the operation, the path and what to do. `EINTR` is
/// retried everywhere. Paths are plain strings, absolute or relative to the working directory.
public enum DurableFile {
    /// Every temporary file DurableIO creates starts with this prefix, so that leftovers of a
    /// crash can be recognised and removed (`removeLeftoverTemporaries(in:)`); readers and
    /// directory scans should ignore such names.
    public static let temporaryPrefix = ".presswatch-tmp-"

    /// Replaces the file at `path` with `bytes`, atomically and durably.
    ///
    /// Writes a temporary file in the same directory (name starting with `temporaryPrefix`),
    /// writes all bytes, fsyncs it, sets `permissions` exactly (independent of the umask),
    /// renames it over `path`, then fsyncs the directory. A concurrent reader of `path` sees the
    /// complete old file or the complete new one, never a mix or a partial file.
    ///
    /// - Parameters:
    ///   - bytes: any contiguous collection of bytes (`[UInt8]`, `Data`, ...). A non-contiguous
    ///     collection is copied into an array first.
    ///   - syncingDirectory: pass `false` when writing many files into one directory, then call
    ///     `syncDirectory(_:)` once; until then the new names are not guaranteed to survive a
    ///     crash (the contents of each file are).
    /// - Throws: `DurableIOError`. If it throws before the rename, the temporary file is removed
    ///   and the previous file at `path` is untouched. If only the final directory fsync fails,
    ///   the new file is in place but may not survive a crash: retry the write.
    public static func writeAtomically(
        _ bytes: some Collection<UInt8>, to path: String, permissions: UInt16 = 0o644,
        syncingDirectory: Bool = true
    ) throws(DurableIOError) {
        let directory = Paths.directory(of: path)
        let temporary = temporaryPath(in: directory, for: Paths.fileName(of: path))
        let fd = try Sys.open(
            temporary, .writeOnly, [.create, .exclusiveCreate],
            permissions: FilePermissions(rawValue: CModeT(permissions)), reportedPath: path)
        do {
            try Sys.fchmod(fd, permissions, reportedPath: path)
            try write(bytes, to: fd, reportedPath: path)
            try Sys.fsync(fd, reportedPath: path)
        } catch {
            _ = try? Sys.close(fd, reportedPath: path)
            Sys.unlinkQuietly(temporary)
            throw error
        }
        do {
            try Sys.close(fd, reportedPath: path)
            try Sys.rename(temporary, path)
        } catch {
            Sys.unlinkQuietly(temporary)
            throw error
        }
        if syncingDirectory { try syncDirectory(directory) }
    }

    /// Makes the directory entries of `path` (creations, renames, removals) durable: fsync(2)
    /// on the directory itself.
    /// - Throws: `DurableIOError` if the directory cannot be opened or synced.
    public static func syncDirectory(_ path: String) throws(DurableIOError) {
        let fd = try Sys.open(path, .readOnly, [.directory], reportedPath: path)
        defer { _ = try? Sys.close(fd, reportedPath: path) }
        try Sys.fsync(fd, reportedPath: path)
    }

    /// `mkdir -p`, durably: each directory created (mode 0755) is followed by an fsync of its
    /// parent, so the new directory survives a crash. Existing directories are left as they are.
    /// - Throws: `DurableIOError`; `.notDirectory` if a component exists and is not a directory.
    public static func createDirectories(_ path: String) throws(DurableIOError) {
        if let info = try Sys.stat(path), Sys.isDirectory(info) { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") where component != "." {
            let parent = prefix.isEmpty ? "." : prefix
            prefix = prefix.isEmpty ? String(component) : Paths.joining(prefix, String(component))
            let current = prefix
            if let info = try Sys.stat(current) {
                guard Sys.isDirectory(info) else {
                    throw DurableIOError(
                        operation: .createDirectory, path: current, errno: .notDirectory)
                }
                continue
            }
            do {
                try Sys.mkdir(current)
            } catch where error.errno == .fileExists {
                continue  // created concurrently by someone else
            }
            try syncDirectory(parent)
        }
    }

    /// Removes the `temporaryPrefix` files a crash may have left in `directory` (it does not
    /// descend into subdirectories), then fsyncs the directory if anything was removed.
    /// Call it only when no write into that directory is in progress.
    /// - Returns: how many files were removed.
    /// - Throws: `DurableIOError` if the directory cannot be listed or a leftover removed.
    public static func removeLeftoverTemporaries(in directory: String) throws(DurableIOError) -> Int {
        var removed = 0
        let prefix = Array(temporaryPrefix.utf8)
        let leftovers = try Sys.listDirectory(directory) { name, _ in name.starts(with: prefix) }
        for (name, _) in leftovers {
            let path = Paths.joining(directory, name)
            do {
                try Sys.unlink(path)
                removed += 1
            } catch where error.errno == .noSuchFileOrDirectory {
                continue
            }
        }
        if removed > 0 { try syncDirectory(directory) }
        return removed
    }

    /// `removeLeftoverTemporaries` in `root` and in every directory below it (symbolic links
    /// are not followed). Lists each directory once and builds no name it does not need, so a
    /// tree of 100,000 archived files costs milliseconds. A missing `root` removes nothing.
    /// - Returns: how many files were removed.
    /// - Throws: `DurableIOError` if a directory cannot be listed or a leftover removed.
    public static func removeLeftoverTemporaries(under root: String) throws(DurableIOError) -> Int {
        guard let info = try Sys.lstat(root), Sys.isDirectory(info) else { return 0 }
        let prefix = Array(temporaryPrefix.utf8)
        var directories = [root]
        var removed = 0
        while let directory = directories.popLast() {
            var leftovers: [String] = []
            let entries = try Sys.listDirectory(directory) { name, isDirectory in
                isDirectory != false || name.starts(with: prefix)
            }
            for (name, isDirectory) in entries {
                let path = Paths.joining(directory, name)
                if name.hasPrefix(temporaryPrefix) && isDirectory != true {
                    leftovers.append(path)
                } else if isDirectory == true {
                    directories.append(path)
                } else if isDirectory == nil, let info = try Sys.lstat(path), Sys.isDirectory(info) {
                    directories.append(path)
                }
            }
            for path in leftovers {
                do {
                    try Sys.unlink(path)
                    removed += 1
                } catch where error.errno == .noSuchFileOrDirectory {
                    continue
                }
            }
            if !leftovers.isEmpty { try syncDirectory(directory) }
        }
        return removed
    }

    // MARK: - Internals shared with move

    /// A fresh temporary path in `directory` for a file that will be renamed to `name`.
    static func temporaryPath(in directory: String, for name: String) -> String {
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return Paths.joining(directory, "\(temporaryPrefix)\(name.prefix(64))-\(random)")
    }

    static func write(
        _ bytes: some Collection<UInt8>, to fd: FileDescriptor, reportedPath: String
    ) throws(DurableIOError) {
        let written: Result<Void, DurableIOError>? = bytes.withContiguousStorageIfAvailable {
            buffer in
            Result { () throws(DurableIOError) in
                try Sys.writeAll(fd, UnsafeRawBufferPointer(buffer), reportedPath: reportedPath)
            }
        }
        if let written {
            try written.get()
        } else {
            try Array(bytes).withUnsafeBytes { raw in
                Result { () throws(DurableIOError) in
                    try Sys.writeAll(fd, raw, reportedPath: reportedPath)
                }
            }.get()
        }
    }
}
