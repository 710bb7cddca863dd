import SystemPackage

/// Why one inbox file could not be read. Every case names the file; `description` says what to do.
public enum InboxReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `name` is empty, ".", "..", or contains "/" or NUL: it is not an entry of the inbox.
    case invalidName(String)
    /// The file is gone (moved or deleted since it was seen).
    case notFound(name: String)
    /// The entry is not a regular file (symbolic link, FIFO, directory, device, socket...).
    case notRegularFile(name: String, kind: FileKind)
    /// The file is larger than the configured limit (`size` is what was seen, in bytes).
    case tooLarge(name: String, size: Int64, limit: Int)
    /// Size or modification time changed while it was read: it is still being written.
    case changedWhileReading(name: String)
    /// The daemon's user may not read it.
    case permissionDenied(name: String)
    /// Any other system-call failure.
    case system(operation: String, name: String, errno: Errno)

    public var description: String {
        switch self {
        case .invalidName(let name):
            "\"\(name)\" is not a file name inside the inbox"
        case .notFound(let name):
            "\(name) disappeared before it could be read"
        case .notRegularFile(let name, let kind):
            "\(name) is a \(kind), not a regular file: presswatch reads only regular files"
        case .tooLarge(let name, let size, let limit):
            "\(name) is \(size) bytes, over the limit of \(limit) bytes: "
                + "raise the size limit (ingest.maxFileSize) or split the file"
        case .changedWhileReading(let name):
            "\(name) changed while it was being read: it will be retried once it is complete"
        case .permissionDenied(let name):
            "\(name) cannot be read: permission denied; make it readable by the presswatch user"
        case .system(let operation, let name, let errno):
            "\(operation) failed on \(name): \(errno)"
        }
    }
}
