import SystemPackage

/// A regular file found in the inbox by a scan.
public struct ScannedFile: Sendable, Equatable {
    /// The bare file name (valid UTF-8, not ignored).
    public let name: String
    /// Size in bytes when it was looked at.
    public let size: Int64
    /// Modification time, as a duration since the Unix epoch (nanosecond precision).
    public let modified: Duration
    /// (device, inode) when it was looked at.
    public let identity: FileIdentity

    public init(name: String, size: Int64, modified: Duration, identity: FileIdentity) {
        self.name = name
        self.size = size
        self.modified = modified
        self.identity = identity
    }
}

/// An inbox entry a scan will not ingest, with a reason an operator can act on.
public struct SkippedEntry: Sendable, Equatable {
    /// The name; when it is not valid UTF-8 its bytes are escaped as `\xNN`.
    public let name: String
    /// What it is; nil when the kind was not looked at (a name that is not valid UTF-8).
    public let kind: FileKind?
    public let reason: String

    public init(name: String, kind: FileKind?, reason: String) {
        self.name = name
        self.kind = kind
        self.reason = reason
    }
}

/// What one scan found.
public struct ScanResult: Sendable, Equatable {
    /// Regular files to consider, sorted by name (byte order of their UTF-8).
    public var files: [ScannedFile]
    /// Entries that are not regular files or whose name is not valid UTF-8, sorted by name.
    public var skipped: [SkippedEntry]
    /// How many names matched the ``IgnoreRules`` (not listed: they are normal, e.g. `.part`).
    public var ignoredCount: Int

    public init(files: [ScannedFile] = [], skipped: [SkippedEntry] = [], ignoredCount: Int = 0) {
        self.files = files
        self.skipped = skipped
        self.ignoredCount = ignoredCount
    }
}

/// Lists the inbox: the truth that inotify events only hint at (start-up, after overflow,
/// on reload, on a slow timer).
public enum InboxScanner {
    /// Lists the regular files directly inside `directory`, minus ignored names.
    ///
    /// Each entry is looked at with `lstat` (via `fstatat(AT_SYMLINK_NOFOLLOW)` on the opened
    /// directory), so a symbolic link is reported as one and never followed. Symbolic links,
    /// FIFOs, sockets, devices and directories go to `skipped` with a reason, as do names that
    /// are not valid UTF-8 (reason ``FileName/invalidUTF8Reason``: see ``FileName``). Entries
    /// that vanish between listing and `lstat` are left out silently. Nothing is opened.
    ///
    /// - Throws: ``InboxWatcherError`` when the directory itself cannot be listed (missing,
    ///   not a directory, a symbolic link, permission denied...).
    public static func scan(directory: String, ignore: IgnoreRules) throws(InboxWatcherError) -> ScanResult {
        let listing: DirectoryListing
        do {
            listing = try DirectoryListing(path: directory)
        } catch {
            throw .directory(directory, operation: "opendir", errno: error)
        }
        var result = ScanResult()
        for raw in listing.names {
            guard let name = FileName.decode(raw) else {
                result.skipped.append(
                    SkippedEntry(name: FileName.escaped(raw), kind: nil, reason: FileName.invalidUTF8Reason))
                continue
            }
            if ignore.isIgnored(name) {
                result.ignoredCount += 1
                continue
            }
            let stat: Stat
            do {
                stat = try listing.lstat(name)
            } catch where error == .noSuchFileOrDirectory {
                continue
            } catch {
                throw .system(operation: "lstat \(name)", path: directory, errno: error)
            }
            let kind = FileKind(stat.type)
            if kind == .regular {
                result.files.append(
                    ScannedFile(name: name, size: stat.size, modified: stat.modifiedSinceEpoch,
                                identity: stat.identity))
            } else {
                result.skipped.append(SkippedEntry(name: name, kind: kind, reason: kind.skipReason))
            }
        }
        result.files.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        result.skipped.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return result
    }

    /// One regular file of `directory` as a scan would list it (`lstat`, never followed), or nil
    /// when `name` is missing, not a plain name, or not a regular file. Opens nothing.
    public static func look(name: String, in directory: String) -> ScannedFile? {
        guard FileName.isSingleComponent(name),
            let stat = try? FilePath(directory).appending(name).stat(followTargetSymlink: false),
            FileKind(stat.type) == .regular
        else { return nil }
        return ScannedFile(name: name, size: stat.size, modified: stat.modifiedSinceEpoch, identity: stat.identity)
    }
}
