/// `index.json`, or a shard it lists, exists but cannot be used. The file is left exactly as it was.
///
/// What to do: set it aside (`ArticleStore.setAsideDamagedIndex(in:now:)`) and rebuild the index
/// from the archived originals (the daemon does both at start-up), or, for
/// `.unsupportedSchemaVersion`, run the presswatch version that wrote it.
public struct IndexLoadError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The file could not be read (permissions, I/O error).
        case unreadable
        /// The bytes are not JSON (truncated, garbage, not UTF-8).
        case invalidJSON
        /// `schemaVersion` is missing or not one this build understands (the value, if any).
        case unsupportedSchemaVersion(Int?)
        /// Valid JSON of the right version, but not a valid index (a field missing or of the
        /// wrong type, a bad or duplicate id).
        case invalidContent
    }

    public var kind: Kind
    /// The path of the offending file.
    public var path: String
    /// What exactly is wrong, for the log.
    public var detail: String

    public init(kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    public var description: String {
        let what: String
        switch kind {
        case .unreadable: what = "cannot read \(path)"
        case .invalidJSON: what = "\(path) is not valid JSON"
        case .unsupportedSchemaVersion(let version?):
            what = "\(path) has schemaVersion \(version); this presswatch understands "
                + "\(ArticleStore.schemaVersion) (and migrates 1)"
        case .unsupportedSchemaVersion(nil): what = "\(path) has no integer schemaVersion"
        case .invalidContent: what = "\(path) is not a valid presswatch index"
        }
        let todo: String
        switch kind {
        case .unreadable:
            todo = "check its owner and mode (the service user must read and write it)"
        case .unsupportedSchemaVersion(let version?) where version > ArticleStore.schemaVersion:
            todo = "run the newer presswatch that wrote it, or set the file aside to rebuild"
        default:
            todo = "set index.json aside (rename it) so presswatch rebuilds the index from archive/"
        }
        return "\(what) (\(detail)); \(todo)"
    }
}
