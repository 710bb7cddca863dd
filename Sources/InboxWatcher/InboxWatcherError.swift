import SystemPackage

/// Why the inbox directory cannot be watched or scanned. Each case names the path and its
/// `description` tells the operator what to do; the daemon logs it and exits non-zero at start-up.
public enum InboxWatcherError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing exists at `path`.
    case directoryMissing(path: String)
    /// `path` exists but is not a directory.
    case notADirectory(path: String)
    /// `path` is a symbolic link; the inbox is watched and scanned without following links.
    case symbolicLink(path: String)
    /// The daemon's user may not read (or search) `path`.
    case permissionDenied(path: String)
    /// A kernel limit on inotify instances (`EMFILE`) or watches (`ENOSPC`) was reached.
    case inotifyLimitReached(path: String, errno: Errno)
    /// Any other system-call failure.
    case system(operation: String, path: String, errno: Errno)

    public var description: String {
        switch self {
        case .directoryMissing(let path):
            "inbox directory \(path) does not exist: create it or set inbox.path"
        case .notADirectory(let path):
            "inbox path \(path) is not a directory: create a directory there or set inbox.path"
        case .symbolicLink(let path):
            "inbox path \(path) is a symbolic link, which presswatch does not follow: "
                + "set inbox.path to the real directory"
        case .permissionDenied(let path):
            "cannot read inbox directory \(path): permission denied; "
                + "give the presswatch user read and search (r-x) access to it"
        case .inotifyLimitReached(let path, let errno):
            if errno == .noSpace {
                "cannot watch \(path): the inotify watch limit is reached; "
                    + "raise the sysctl fs.inotify.max_user_watches"
            } else {
                "cannot watch \(path): too many inotify instances for this user; "
                    + "raise the sysctl fs.inotify.max_user_instances"
            }
        case .system(let operation, let path, let errno):
            "\(operation) failed on inbox \(path): \(errno)"
        }
    }

    /// Maps the errno of an operation on the inbox directory itself to the clearest case.
    /// An `ENOTDIR`/`ELOOP` is refined with `lstat` to tell a symbolic link from a plain file.
    static func directory(_ path: String, operation: String, errno: Errno) -> InboxWatcherError {
        switch errno {
        case .noSuchFileOrDirectory:
            return .directoryMissing(path: path)
        case .notDirectory, .tooManySymbolicLinkLevels:
            if let stat = try? FilePath(path).stat(followTargetSymlink: false),
                stat.type == .symbolicLink
            {
                return .symbolicLink(path: path)
            }
            return .notADirectory(path: path)
        case .permissionDenied:
            return .permissionDenied(path: path)
        case .noSpace, .tooManyOpenFiles:
            return .inotifyLimitReached(path: path, errno: errno)
        default:
            return .system(operation: operation, path: path, errno: errno)
        }
    }
}
