import SystemPackage

/// What kind of directory entry a name refers to, as `lstat`/`fstat` report it.
/// presswatch reads only ``regular`` files; every other kind is reported, never opened for reading.
public enum FileKind: String, Sendable, Hashable, CustomStringConvertible {
    case regular
    case directory
    case symbolicLink
    case fifo
    case socket
    case characterDevice
    case blockDevice
    case unknown

    init(_ type: FileType) {
        switch type {
        case .regular: self = .regular
        case .directory: self = .directory
        case .symbolicLink: self = .symbolicLink
        case .fifo: self = .fifo
        case .socket: self = .socket
        case .characterSpecial: self = .characterDevice
        case .blockSpecial: self = .blockDevice
        default: self = .unknown
        }
    }

    /// Human wording used in skip reasons and error messages.
    public var description: String {
        switch self {
        case .regular: "regular file"
        case .directory: "directory"
        case .symbolicLink: "symbolic link"
        case .fifo: "FIFO (named pipe)"
        case .socket: "socket"
        case .characterDevice: "character device"
        case .blockDevice: "block device"
        case .unknown: "file of unknown type"
        }
    }

    /// Why an entry of this (non-regular) kind is not ingested, and what to do about it.
    var skipReason: String {
        "\(description), not a regular file: presswatch reads only regular files; move it out of the inbox"
    }
}

/// Which file a name pointed to when it was looked at: (device, inode). Two observations with
/// different identities are different files, even under the same name.
public struct FileIdentity: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}

extension Stat {
    var identity: FileIdentity {
        FileIdentity(device: UInt64(deviceID.rawValue), inode: UInt64(inode.rawValue))
    }

    /// Modification time as a duration since the Unix epoch (nanosecond precision).
    var modifiedSinceEpoch: Duration {
        .seconds(Int64(st_mtim.tv_sec)) + .nanoseconds(Int64(st_mtim.tv_nsec))
    }
}
