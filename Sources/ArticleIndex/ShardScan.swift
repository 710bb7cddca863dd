import CShardScan
import Dispatch

/// One change of the feed as found in a shard, its entry left as bytes (see `RawJSON`).
public struct RawChange: Sendable {
    public let sequence: Int
    public let kind: IndexChange.Kind
    /// The id's 16 hexadecimal digits as a number (`id` spells it): what readers compare and
    /// hash, so that reading 100,000 changes makes no String.
    public let idValue: UInt64
    /// The byte range of `entry` in the shard file (nil for a removal).
    public let entry: Range<Int>?
    /// `replacedBy`'s value as `idValue` is the id's (nil when null): with it, a change holds
    /// no reference, so arrays of 100,000 changes copy as plain memory.
    public let replacedByValue: UInt64?
    /// Which of the `ChangeSet`'s files holds `entry`.
    public let file: Int
    /// Where the entry's fields begin in `entry` (none for a removal).
    public let fields: EntryFieldOffsets

    /// The id: 16 lowercase hexadecimal digits.
    public var id: String { RawChange.spell(idValue) }

    /// For a removal caused by a new version: that version's id.
    public var replacedBy: String? { replacedByValue.map(RawChange.spell) }

    /// The 16 lowercase hexadecimal digits of an id's value.
    public static func spell(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * index)) & 0x0F
                buffer[index] = digit < 10 ? 0x30 + digit : 0x57 + digit
            }
            return 16
        }
    }

    /// The value of an id of 16 lowercase hexadecimal digits (`IndexCoding.isValidID`), else nil.
    public static func value<Bytes: Collection<UInt8>>(ofID bytes: Bytes) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x57
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }
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

    /// Maps the shards at `paths` and appends their changes numbered above `after`, in the
    /// order of `paths`. The shards are read by simdjson (`CShardScan`: every byte checked to be
    /// UTF-8 in closed strings and balanced brackets, every change and each entry's top-level
    /// members parsed), several at once on several cores.
    /// - Throws: `MappedFile.OpenFailure` (a shard retired and deleted since the manifest was
    ///   read is `isMissing`), or `ShardProblem` when one is not a valid shard (the first in
    ///   `paths` order); nothing is appended then.
    mutating func appendShards(paths: [String], after: Int) throws {
        var opened: [MappedFile] = []
        for path in paths { opened.append(try MappedFile(path: path)) }
        let mapped = opened
        let results = ScanResults(count: mapped.count)
        DispatchQueue.concurrentPerform(iterations: mapped.count) { index in
            let bytes = mapped[index].bytes
            let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            results.slots[index] = presswatch_scan_shard(base, bytes.count, Int64(after))
        }
        var total = 0
        var starts: [Int] = []
        for (index, result) in results.slots.enumerated() {
            starts.append(total)
            if result.failed != 0 {
                let message = withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                throw ShardProblem(path: paths[index], detail: message)
            }
            total += result.count
        }
        // The changes are made in place in one array, each shard's on its own thread.
        let first = files.count
        let offsets = starts
        let converted = [RawChange](unsafeUninitializedCapacity: total) { buffer, initialized in
            results.target = buffer.baseAddress
            DispatchQueue.concurrentPerform(iterations: mapped.count) { index in
                let result = results.slots[index]
                let start = offsets[index]
                guard let target = results.target else { return }
                for offset in 0..<result.count {
                    var change = RawChange(result.changes[offset], file: first + index)
                    if change == nil {
                        results.invalid[index] = true
                        change = RawChange(sequence: 0, kind: .removed, idValue: 0, entry: nil, replacedByValue: nil,
                                           file: first + index, fields: EntryFieldOffsets())
                    }
                    (target + start + offset).initialize(to: change!)
                }
                presswatch_scan_free(results.slots.baseAddress! + index)
            }
            initialized = total
        }
        for index in results.slots.indices where results.invalid[index] {
            throw ShardProblem(path: paths[index], detail: "a change whose id or replacedBy is not 16 lowercase hexadecimal digits")
        }
        files += mapped
        if changes.isEmpty { changes = converted } else { changes += converted }
    }

    /// Each scan writes its own slots (and its own part of `target`); read after all have ended;
    /// freed with the object.
    private final class ScanResults: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<presswatch_scan_result>
        let invalid: UnsafeMutableBufferPointer<Bool>
        var target: UnsafeMutablePointer<RawChange>?
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: presswatch_scan_result())
            invalid = .allocate(capacity: count)
            invalid.initialize(repeating: false)
        }
        deinit {
            for index in slots.indices { presswatch_scan_free(&slots[index]) }
            slots.deallocate()
            invalid.deallocate()
        }
    }
}

extension RawChange {
    /// The change the scanner found, or nil when its id or replacedBy is not a valid id.
    init?(_ scanned: presswatch_scan_change, file: Int) {
        guard scanned.idLength == 16,
              let idValue = withUnsafeBytes(of: scanned.id, { RawChange.value(ofID: $0.prefix(16)) }) else { return nil }
        var replacedBy: UInt64?
        if scanned.replacedByLength >= 0 {
            guard scanned.replacedByLength == 16,
                  let value = withUnsafeBytes(of: scanned.replacedBy, { RawChange.value(ofID: $0.prefix(16)) }) else { return nil }
            replacedBy = value
        }
        let kind: IndexChange.Kind = scanned.kind == 0 ? .added : scanned.kind == 1 ? .updated : .removed
        var entry: Range<Int>?
        var fields = EntryFieldOffsets()
        if scanned.entryLength > 0 {
            let start = Int(scanned.entryOffset)
            entry = start..<(start + Int(scanned.entryLength))
            fields = withUnsafeBytes(of: scanned.fields) { EntryFieldOffsets(scanned: $0) }
        }
        self.init(sequence: Int(scanned.sequence), kind: kind, idValue: idValue, entry: entry, replacedByValue: replacedBy, file: file, fields: fields)
    }
}

/// A shard that is not valid JSON or not a schemaVersion 2 shard.
public struct ShardProblem: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let detail: String
    public var description: String { "\(path) is not a valid presswatch shard (\(detail))" }
}
