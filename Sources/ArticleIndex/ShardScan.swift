/// One change of the feed as found in a shard, its entry left as bytes (see `RawJSON`).
public struct RawChange: Sendable {
    public let sequence: Int
    public let kind: IndexChange.Kind
    public let id: String
    /// The byte range of `entry` in the shard file (nil for a removal).
    public let entry: Range<Int>?
    public let replacedBy: String?
    /// Which of the `ChangeSet`'s files holds `entry`.
    public let file: Int
}

/// Changes read from one manifest's shards, with the mapped files their entries point into.
public struct ChangeSet: Sendable {
    public var files: [MappedFile] = []
    public var changes: [RawChange] = []

    public init() {}

    /// The JSON bytes of a change's entry (an empty buffer for a removal); valid while `self`
    /// (or any copy of it) lives.
    public func entryBytes(_ change: RawChange) -> UnsafeRawBufferPointer {
        guard let range = change.entry else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(rebasing: files[change.file].bytes[range])
    }

    /// Maps the shard at `path` and appends its changes numbered above `after`.
    /// - Throws: `MappedFile.OpenFailure` (a shard retired and deleted since the manifest was
    ///   read is `isMissing`), or `ShardProblem` when it is not a valid shard.
    mutating func appendShard(path: String, after: Int) throws -> Void {
        let file = try MappedFile(path: path)
        let fileIndex = files.count
        files.append(file)
        var json = RawJSON(file.bytes)
        var inRange = true
        do {
            try json.object { (json, key) throws(RawJSON.RawJSONError) in
                if json.key(key, is: "changes") {
                    try json.array { (json) throws(RawJSON.RawJSONError) in
                        let change = try Self.change(&json, file: fileIndex)
                        if change.sequence > after { changes.append(change) }
                    }
                } else if json.key(key, is: "schemaVersion") {
                    inRange = try json.integer() == ArticleStore.schemaVersion && inRange
                } else {
                    try json.skipValue()
                }
            }
        } catch {
            throw ShardProblem(path: path, detail: error.description)
        }
        guard inRange else { throw ShardProblem(path: path, detail: "schemaVersion is not \(ArticleStore.schemaVersion)") }
    }

    private static func change(_ json: inout RawJSON, file: Int) throws(RawJSON.RawJSONError) -> RawChange {
        var sequence: Int?, kind: IndexChange.Kind?, id: String?, entry: Range<Int>?, replacedBy: String?
        let start = json.position
        try json.object { (json, key) throws(RawJSON.RawJSONError) in
            if json.key(key, is: "sequence") {
                sequence = try json.integer()
            } else if json.key(key, is: "change") {
                kind = IndexChange.Kind(rawValue: try json.string())
            } else if json.key(key, is: "id") {
                id = try json.string()
            } else if json.key(key, is: "entry") {
                if try !json.takeNull() {
                    guard json.peek() == UInt8(ascii: "{") else { throw json.fail("an entry object") }
                    entry = try json.skipValue()
                }
            } else if json.key(key, is: "replacedBy") {
                replacedBy = try json.optionalString()
            } else {
                try json.skipValue()
            }
        }
        guard let sequence, let kind, let id, IndexCoding.isValidID(id), (entry == nil) == (kind == .removed)
        else { throw RawJSON.RawJSONError(offset: start, expected: "a change with sequence, change, id and entry") }
        return RawChange(sequence: sequence, kind: kind, id: id, entry: entry, replacedBy: replacedBy, file: file)
    }
}

/// A shard that is not valid JSON or not a schemaVersion 2 shard.
public struct ShardProblem: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let detail: String
    public var description: String { "\(path) is not a valid presswatch shard (\(detail))" }
}
