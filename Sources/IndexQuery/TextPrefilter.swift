import ArticleIndex
import CTextPrefilter

/// The byte-level prefilter of `--text` (CTextPrefilter): folds an entry's title, lede and
/// keywords straight from the shard bytes, by `TextFolder`'s rule (its table, made here), and
/// rules out the entries that certainly miss a phrase, without making a String.
///
/// Contract: `mayMatch` is false only when the exact matcher would say no; every entry it lets
/// through is still judged by `QueryFilter.matches` (whatever it cannot fold itself, such as an
/// escape or a scalar outside its table, it lets through). Immutable once made: safe to share
/// between threads, each with its own `Scratch`.
final class TextPrefilter: @unchecked Sendable {
    private let table: UnsafeMutablePointer<presswatch_folded_scalar>
    private let phrases: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private let lengths: UnsafeMutablePointer<Int>
    private let count: Int
    private static let latin: Range<UInt32> = 0x80..<0x250
    private static let punctuation: Range<UInt32> = 0x2000..<0x2070

    /// Folded phrases, as in `QueryFilter.texts`.
    init(phrases folded: [[UInt8]]) {
        let scalars = TextFolder.foldedScalars(Self.latin) + TextFolder.foldedScalars(Self.punctuation)
        table = .allocate(capacity: scalars.count)
        for (index, bytes) in scalars.enumerated() {
            var entry = presswatch_folded_scalar()
            entry.length = UInt8(min(bytes.count, 255))
            withUnsafeMutableBytes(of: &entry.bytes) { slot in
                for (offset, byte) in bytes.prefix(slot.count).enumerated() { slot[offset] = byte }
            }
            (table + index).initialize(to: entry)
        }
        count = folded.count
        phrases = .allocate(capacity: max(count, 1))
        lengths = .allocate(capacity: max(count, 1))
        for (index, phrase) in folded.enumerated() {
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(phrase.count, 1))
            copy.initialize(from: phrase, count: phrase.count)
            (phrases + index).initialize(to: UnsafePointer(copy))
            (lengths + index).initialize(to: phrase.count)
        }
    }

    deinit {
        for index in 0..<count { UnsafeMutablePointer(mutating: phrases[index])?.deallocate() }
        phrases.deallocate()
        lengths.deallocate()
        table.deallocate()
    }

    /// Where one thread folds (entries too large for it are let through).
    final class Scratch {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
        let capacity = 1 << 16
        deinit { bytes.deallocate() }
    }

    /// False only when the change's entry certainly does not contain every phrase.
    func mayMatch(_ change: RawChange, in changes: ChangeSet, scratch: Scratch) -> Bool {
        let entry = changes.entryBytes(change)
        guard let base = entry.baseAddress else { return true }
        var offsets: (Int32, Int32, Int32) = (-1, -1, -1)
        offsets.0 = change.fields[.title].map(Int32.init) ?? -1
        offsets.1 = change.fields[.lede].map(Int32.init) ?? -1
        offsets.2 = change.fields[.keywords].map(Int32.init) ?? -1
        var fold = presswatch_fold_table(latin: UnsafePointer(table), punctuation: UnsafePointer(table + Self.latin.count))
        return withUnsafePointer(to: &offsets) { tuple in
            tuple.withMemoryRebound(to: Int32.self, capacity: 3) { pointer in
                presswatch_text_may_match(
                    base.assumingMemoryBound(to: UInt8.self), entry.count, pointer, phrases, lengths, Int32(count),
                    &fold, scratch.bytes, scratch.capacity) != 0
            }
        }
    }
}
