import Dispatch

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
    /// Where the entry's fields begin in `entry` (none for a removal).
    public let fields: EntryFieldOffsets
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
                    try Self.readChanges(&json, file: fileIndex, after: after, into: &changes)
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

    /// Shards at least this large are read on two cores.
    static let parallelBytes = 1 << 20

    /// Reads the `changes` array. On a large shard the second half is read on another core,
    /// from a guessed element boundary near the middle (`{"change":` after `},`); the first half
    /// is read up to that point, and the halves are joined only when the first one ends exactly
    /// there, at an element boundary. Otherwise (the guess fell inside a value, or the second
    /// half failed) the first reader simply carries on to the end: the result, and any error,
    /// are exactly those of reading the array in one go.
    static func readChanges(
        _ json: inout RawJSON, file: Int, after: Int, into changes: inout [RawChange]
    ) throws(RawJSON.RawJSONError) {
        try json.expect(UInt8(ascii: "["), "an array")
        if json.peek() == UInt8(ascii: "]") { json.position += 1; return }
        let split = json.bytes.count - json.position >= parallelBytes
            ? elementBoundary(in: json.bytes, from: (json.position + json.bytes.count) / 2) : nil
        guard let split else {
            _ = try readElements(&json, stop: nil, file: file, after: after, into: &changes)
            return
        }
        let halves = [Half(json, stop: split), Half(RawJSON(json.bytes, position: split), stop: nil)]
        DispatchQueue.concurrentPerform(iterations: 2) { part in halves[part].read(file: file, after: after) }
        let (first, second) = (halves[0], halves[1])
        json.position = first.json.position
        if let error = first.error { throw error }
        changes.append(contentsOf: first.changes)
        if first.finished { return }
        if json.position == split, second.error == nil {
            changes.append(contentsOf: second.changes)
            json.position = second.json.position
            return
        }
        _ = try readElements(&json, stop: nil, file: file, after: after, into: &changes)
    }

    /// Reads elements from `json.position` (an element's start): to the closing `]` (true), or
    /// until the next element would start at or after `stop` (false, `position` there).
    static func readElements(
        _ json: inout RawJSON, stop: Int?, file: Int, after: Int, into changes: inout [RawChange]
    ) throws(RawJSON.RawJSONError) -> Bool {
        while true {
            _ = json.peek()
            if let stop, json.position >= stop { return false }
            let change = try Self.change(&json, file: file)
            if change.sequence > after { changes.append(change) }
            guard let next = json.peek() else { throw json.fail("',' or ']'") }
            json.position += 1
            if next == UInt8(ascii: "]") { return true }
            guard next == UInt8(ascii: ",") else { json.position -= 1; throw json.fail("',' or ']'") }
        }
    }

    /// The offset of the first `{"change":` preceded by `},` at or after `from`, if any.
    static func elementBoundary(in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        let pattern = Array("},{\"change\":".utf8)
        var index = max(from, 0)
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index + 1] == pattern[1] {
                var matched = true
                for offset in 2..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index + 2 }
            }
            index += 1
        }
        return nil
    }

    /// One half of a shard's changes, read on its own thread; looked at only after it ends.
    private final class Half: @unchecked Sendable {
        var json: RawJSON
        let stop: Int?
        var changes: [RawChange] = []
        var error: RawJSON.RawJSONError?
        /// Whether it read up to the array's end.
        var finished = false

        init(_ json: RawJSON, stop: Int?) {
            self.json = json
            self.stop = stop
        }

        func read(file: Int, after: Int) {
            do throws(RawJSON.RawJSONError) {
                finished = try ChangeSet.readElements(&json, stop: stop, file: file, after: after, into: &changes)
            } catch {
                self.error = error
            }
        }
    }

    private static func change(_ json: inout RawJSON, file: Int) throws(RawJSON.RawJSONError) -> RawChange {
        var sequence: Int?, kind: IndexChange.Kind?, id: String?, entry: Range<Int>?, replacedBy: String?
        var fields = EntryFieldOffsets(entryStart: 0)
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
                    var offsets = EntryFieldOffsets(entryStart: json.position)
                    entry = try json.skipValue(recording: &offsets)
                    fields = offsets
                }
            } else if json.key(key, is: "replacedBy") {
                replacedBy = try json.optionalString()
            } else {
                try json.skipValue()
            }
        }
        guard let sequence, let kind, let id, IndexCoding.isValidID(id), (entry == nil) == (kind == .removed)
        else { throw RawJSON.RawJSONError(offset: start, expected: "a change with sequence, change, id and entry") }
        return RawChange(sequence: sequence, kind: kind, id: id, entry: entry, replacedBy: replacedBy, file: file, fields: fields)
    }
}

/// A shard that is not valid JSON or not a schemaVersion 2 shard.
public struct ShardProblem: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let detail: String
    public var description: String { "\(path) is not a valid presswatch shard (\(detail))" }
}
