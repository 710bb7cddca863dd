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
    private let fold = FoldTable()
    private let phrases: FoldedPhrases

    /// Folded phrases, as in `QueryFilter.texts`.
    init(phrases folded: [[UInt8]]) {
        phrases = FoldedPhrases(folded)
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
        var table = fold.table
        return withUnsafePointer(to: &offsets) { tuple in
            tuple.withMemoryRebound(to: Int32.self, capacity: 3) { pointer in
                presswatch_text_may_match(
                    base.assumingMemoryBound(to: UInt8.self), entry.count, pointer, phrases.pointers, phrases.lengths,
                    Int32(phrases.count), &table, scratch.bytes, scratch.capacity) != 0
            }
        }
    }
}

/// `TextFolder`'s rule as the table the C folding reads (U+0080..U+024F, then U+2000..U+206F).
/// Immutable once made.
final class FoldTable: @unchecked Sendable {
    private let entries: UnsafeMutablePointer<presswatch_folded_scalar>
    private static let latin: Range<UInt32> = 0x80..<0x250
    private static let punctuation: Range<UInt32> = 0x2000..<0x2070

    init() {
        let scalars = TextFolder.foldedScalars(Self.latin) + TextFolder.foldedScalars(Self.punctuation)
        entries = .allocate(capacity: scalars.count)
        for (index, bytes) in scalars.enumerated() {
            var entry = presswatch_folded_scalar()
            entry.length = UInt8(min(bytes.count, 255))
            withUnsafeMutableBytes(of: &entry.bytes) { slot in
                for (offset, byte) in bytes.prefix(slot.count).enumerated() { slot[offset] = byte }
            }
            (entries + index).initialize(to: entry)
        }
    }

    deinit { entries.deallocate() }

    /// Valid while `self` lives.
    var table: presswatch_fold_table {
        presswatch_fold_table(latin: UnsafePointer(entries), punctuation: UnsafePointer(entries + Self.latin.count))
    }
}

/// Folded phrases as C arrays (pointers and lengths), valid while `self` lives.
final class FoldedPhrases: @unchecked Sendable {
    let pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    let lengths: UnsafeMutablePointer<Int>
    let count: Int

    init(_ folded: [[UInt8]]) {
        count = folded.count
        pointers = .allocate(capacity: max(count, 1))
        lengths = .allocate(capacity: max(count, 1))
        for (index, phrase) in folded.enumerated() {
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(phrase.count, 1))
            copy.initialize(from: phrase, count: phrase.count)
            (pointers + index).initialize(to: UnsafePointer(copy))
            (lengths + index).initialize(to: phrase.count)
        }
    }

    deinit {
        for index in 0..<count { UnsafeMutablePointer(mutating: pointers[index])?.deallocate() }
        pointers.deallocate()
        lengths.deallocate()
    }

    /// The C view (valid while `self` lives).
    var view: presswatch_phrases {
        presswatch_phrases(phrases: UnsafePointer(pointers), lengths: UnsafePointer(lengths), count: Int32(count))
    }
}
