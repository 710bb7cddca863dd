import ArticleIndex
import CTextPrefilter

/// `QueryFilter.matches` decided from an entry's bytes by C code (CTextPrefilter's
/// `presswatch_entry_decide`), without decoding a String: the option values are handed over
/// once, then each entry costs one call.
///
/// Contract: `decide` answers true or false only when that is what `QueryFilter.matches` says
/// of the entry's decoded fields; nil when it left the entry to that matcher (an escape, a
/// scalar outside the fold table, a value of an unexpected type). The id option is not its
/// business (`QueryFilter.matches(idValue:)`). Immutable once made: share it between threads,
/// each with its own `TextPrefilter.Scratch`.
final class EntryDecider: @unchecked Sendable {
    private let fold = FoldTable()
    private let sources: FoldedPhrases, sites: FoldedPhrases, authors: FoldedPhrases, texts: FoldedPhrases
    private let codes: UnsafeMutablePointer<UInt8>
    private var filter = presswatch_entry_filter()

    /// Nil when `filter` has no option but `--id` (nothing to decide).
    init?(_ filter: QueryFilter) {
        let languages = filter.languages.sorted(), places = filter.places.sorted()
        // A code that is not two ASCII bytes cannot come from parse; if one did, leave it all to Swift.
        guard !filter.wanted.isEmpty, (languages + places).allSatisfy({ $0.utf8.count == 2 }) else { return nil }
        sources = FoldedPhrases(filter.sources)
        sites = FoldedPhrases(filter.sites)
        authors = FoldedPhrases(filter.authors)
        texts = FoldedPhrases(filter.texts)
        // languages, then places, then since, then until: all ASCII (validated by parse).
        var bytes: [UInt8] = []
        for code in languages + places { bytes += code.utf8 }
        let since = Array((filter.since ?? "").utf8), until = Array((filter.until ?? "").utf8)
        bytes += since + until
        codes = .allocate(capacity: max(bytes.count, 1))
        codes.initialize(from: bytes, count: bytes.count)
        var c = presswatch_entry_filter()
        c.languages = UnsafePointer(codes)
        c.languageCount = Int32(languages.count)
        c.places = UnsafePointer(codes + 2 * languages.count)
        c.placeCount = Int32(places.count)
        let dates = codes + 2 * (languages.count + places.count)
        if filter.since != nil {
            c.since = UnsafePointer(dates)
            c.sinceLength = since.count
        }
        if filter.until != nil {
            c.until = UnsafePointer(dates + since.count)
            c.untilLength = until.count
        }
        c.sources = sources.view
        c.sites = sites.view
        c.authors = authors.view
        c.texts = texts.view
        c.table = fold.table
        self.filter = c
    }

    deinit { codes.deallocate() }

    /// Whether the change's entry is kept, or nil when the Swift matcher must say.
    func decide(_ change: RawChange, in changes: ChangeSet, scratch: TextPrefilter.Scratch) -> Bool? {
        let entry = changes.entryBytes(change)
        guard let base = entry.baseAddress else { return nil }
        let outcome = change.fields.withScannedOffsets { offsets in
            withUnsafePointer(to: filter) { filter in
                presswatch_entry_decide(base.assumingMemoryBound(to: UInt8.self), entry.count, offsets, filter,
                                        scratch.bytes, scratch.capacity)
            }
        }
        return outcome < 0 ? nil : outcome == 1
    }
}
