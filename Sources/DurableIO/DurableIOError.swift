import SystemPackage

/// A failed file-system operation on a file presswatch writes: which operation, on which path,
/// the system error, and what an operator can do about it.
///
/// `description` is a complete sentence for a log line, e.g.
/// `no space left on device while writing /var/lib/presswatch/index.json; free space on that
/// file system, presswatch retries`.
public struct DurableIOError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What presswatch was doing when the system refused.
    public enum Operation: String, Sendable, Equatable {
        case open = "opening"
        case write = "writing"
        case read = "reading"
        case sync = "syncing"
        case rename = "renaming"
        case link = "linking"
        case unlink = "removing"
        case createDirectory = "creating directory"
        case listDirectory = "listing directory"
        case stat = "inspecting"
        case setPermissions = "setting permissions of"
        case move = "moving to"
        case lock = "locking"
    }

    public var operation: Operation
    /// The path the operation was applied to (for a rename, the destination).
    public var path: String
    /// The system error (`Errno.fileExists` for `destinationExists`).
    public var errno: Errno

    public init(operation: Operation, path: String, errno: Errno) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// `move` refused because `path` already exists and `replace` was false.
    public static func destinationExists(_ path: String) -> DurableIOError {
        DurableIOError(operation: .move, path: path, errno: .fileExists)
    }

    /// True for `destinationExists`: a move would have overwritten an existing file.
    public var isDestinationExists: Bool { operation == .move && errno == .fileExists }

    /// True when the file system is full or the quota is exhausted: a transient condition the
    /// daemon should report and retry, not a reason to reject an article.
    public var isNoSpace: Bool { errno == .noSpace || errno == .diskQuotaExceeded }

    public var description: String {
        if isDestinationExists {
            return "\(path) already exists; presswatch never overwrites it: move it away if it is "
                + "not the same article"
        }
        var reason = errno.description
        if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
        return "\(reason) while \(operation.rawValue) \(path); \(hint)"
    }

    /// What to do about it, in a few words.
    public var hint: String {
        switch errno {
        case .noSpace, .diskQuotaExceeded:
            return "free space on that file system, presswatch retries"
        case .permissionDenied, .notPermitted:
            return "check the owner and mode of that path and its directory "
                + "(the service user must be able to write there)"
        case .readOnlyFileSystem:
            return "the file system is mounted read-only; remount it read-write "
                + "or check ReadWritePaths= in the unit"
        case .noSuchFileOrDirectory:
            return "a directory on that path is missing; check the configured paths"
        case .notDirectory:
            return "a component of that path is a regular file, not a directory; "
                + "check the configured paths"
        case .ioError:
            return "the device reported an I/O error; check the disk (journalctl -k)"
        case .tooManyOpenFiles, .tooManyOpenFilesInSystem:
            return "too many open files; raise LimitNOFILE= or the system limit"
        case .fileNameTooLong:
            return "the path is too long; use a shorter directory"
        case .fileExists:
            return "something unexpected already exists there; move it away"
        case .isDirectory:
            return "a directory is in the way; move it away"
        case .tooManySymbolicLinkLevels:
            return "a symbolic link is in the way, and presswatch does not follow links in its state "
                + "folder; replace the link with the real file or folder (or remove it)"
        default:
            return "check that path; presswatch retries"
        }
    }
}
