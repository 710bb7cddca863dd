import ArticleIndex
import CTextPrefilter
#if canImport(Glibc)
import Glibc
#endif

/// The sort keys of `--sort published` and `--sort indexed` read as raw bytes from the entries
/// (CTextPrefilter's `presswatch_entry_plain_string`), without decoding a String.
///
/// Why raw bytes are enough: when every value is printable ASCII without escapes, comparing the
/// Strings (and `DateKey`: the first ten characters, then the rest) orders them exactly as
/// comparing their bytes does. `init` gives nil when one value is anything else (an escape,
/// non-ASCII, a value of another type); the caller then sorts by the decoded fields.
struct SortKeys {
    /// One entry's key: its first 16 bytes big-endian (zero-padded, below any printable byte),
    /// where the rest of its bytes are, and its rank in the order of changes.
    private struct Key {
        var head: UInt64, next: UInt64
        var tail: UnsafePointer<UInt8>?, tailCount: Int
        var rank: Int
        var dated: Bool
    }

    private var keys: [Key] = []

    /// Keys of the entries at `positions` (in the order of changes); `field` is `.published`
    /// (absent or null: undated) or `.indexedAt` (absent: empty; null is left to the decoder).
    init?(_ positions: [Int], in articles: ChangeSet, field: EntryFieldOffsets.Field) {
        keys.reserveCapacity(positions.count)
        for (rank, position) in positions.enumerated() {
            let change = articles.changes[position]
            let entry = articles.entryBytes(change)
            guard let base = entry.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            let offset = Int32(change.fields[field] ?? -1)
            var start = 0, count = 0
            let found = presswatch_entry_plain_string(base, entry.count, offset, &start, &count)
            if found < 0 || (found == 0 && field == .indexedAt && offset >= 0) { return nil }
            var key = Key(head: 0, next: 0, tail: nil, tailCount: 0, rank: rank, dated: found == 1)
            if found == 1 {
                let bytes = base + start
                for index in 0..<min(count, 16) {
                    let byte = UInt64(bytes[index]) << UInt64(56 - 8 * (index % 8))
                    if index < 8 { key.head |= byte } else { key.next |= byte }
                }
                if count > 16 {
                    key.tail = UnsafePointer(bytes + 16)
                    key.tailCount = count - 16
                }
            }
            keys.append(key)
        }
    }

    private static func precedes(_ a: Key, _ b: Key) -> Bool {
        if a.head != b.head { return a.head < b.head }
        if a.next != b.next { return a.next < b.next }
        if a.tailCount > 0 || b.tailCount > 0 {
            let common = min(a.tailCount, b.tailCount)
            if common > 0, let ta = a.tail, let tb = b.tail {
                let order = memcmp(ta, tb, common)
                if order != 0 { return order < 0 }
            }
            if a.tailCount != b.tailCount { return a.tailCount < b.tailCount }
        }
        return a.rank < b.rank
    }

    /// The ranks in the query's order, as `IndexQuery` orders decoded fields: `published` newest
    /// first with the undated last (flipped by `reverse`, the undated still last), `indexed`
    /// newest first (flipped by `reverse`); ties in the order of changes, as there.
    func order(published: Bool, reverse: Bool) -> [Int] {
        if published {
            var dated = keys.filter(\.dated)
            dated.sort(by: Self.precedes)
            let undated = keys.lazy.filter { !$0.dated }.map(\.rank)
            return reverse ? dated.map(\.rank) + undated : dated.reversed().map(\.rank) + undated.reversed()
        }
        var all = keys
        all.sort(by: Self.precedes)
        return reverse ? all.map(\.rank) : all.reversed().map(\.rank)
    }
}
