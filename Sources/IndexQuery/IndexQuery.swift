import ArticleIndex

/// A query over one snapshot: filter, sort, limit.
///
/// Order: `published` and `indexed` put the newest first (by publication day, then time as
/// written; entries without a publication date last), `title` sorts A to Z ignoring case and
/// accents; `reverse` flips that order. Ties keep the order of the index's changes.
public struct IndexQuery: Sendable {
    public enum SortKey: String, Sendable, CaseIterable {
        case published, indexed, title
    }

    /// One kept entry: its change (id, sequence, entry bytes) and the fields decoded for it.
    public struct Match: Sendable {
        public let change: RawChange
        public let fields: EntryFields
    }

    public var filter = QueryFilter()
    public var sort = SortKey.published
    public var reverse = false
    public var limit: Int?

    public init() {}

    /// The fields `count` (`counting`) or `order` and `run` decide from `IndexSnapshot.columns`:
    /// open the snapshot with `IndexSnapshot.open(statePath:columns:)` and these.
    public func columnFields(counting: Bool) -> Set<EntryFieldOffsets.Field> {
        var wanted = filter.wanted
        if !counting { wanted.formUnion(sortFields) }
        if wanted.contains(.searchText) { wanted.formUnion([.title, .lede, .keywords]) }
        return Set(EntryFieldOffsets.Field.allCases.filter { wanted.contains(EntryFields.Wanted(rawValue: 1 << $0.rawValue)) })
    }

    /// How many entries match, up to `limit` (no sorting, no entry materialised). Large indexes
    /// are read on two cores, one half each. `EntryDecider` decides each entry from its bytes;
    /// what it leaves undecided is judged by `filter.matches` on the decoded fields, as in `run`.
    /// The fields are read from `snapshot.columns` (`columnFields(counting: true)`).
    public func count(in snapshot: IndexSnapshot) throws(RawJSON.RawJSONError) -> Int {
        let matcher = Matcher(filter)
        let articles = snapshot.columns
        let halves = inHalves(articles.changes.count) { range -> Result<Int, RawJSON.RawJSONError> in
            var state = matcher.threadState()
            var count = 0
            do throws(RawJSON.RawJSONError) {
                for index in range where try matcher.keeps(articles.changes[index], in: articles, &state) {
                    count += 1
                    if let limit, count >= limit { break }
                }
            } catch {
                return .failure(error)
            }
            return .success(count)
        }
        var total = 0
        for half in halves { total += try half.get() }
        return limit.map { min($0, total) } ?? total
    }

    /// The positions in `snapshot.articles.changes` of the matching entries, in order, at most
    /// `limit`: what `jsonl` and `json` print (the entry bytes), with nothing decoded but what
    /// the filters and the sort key need, and usually not even that (`SortKeys`), read from
    /// `snapshot.columns` (`columnFields(counting: false)`); the positions are the same in
    /// `snapshot.articles`, where the entries are.
    public func order(on snapshot: IndexSnapshot) throws(RawJSON.RawJSONError) -> [Int] {
        let matcher = Matcher(filter)
        let articles = snapshot.columns
        let halves = inHalves(articles.changes.count) { range -> Result<[Int], RawJSON.RawJSONError> in
            var state = matcher.threadState()
            var kept: [Int] = []
            do throws(RawJSON.RawJSONError) {
                for index in range where try matcher.keeps(articles.changes[index], in: articles, &state) { kept.append(index) }
            } catch {
                return .failure(error)
            }
            return .success(kept)
        }
        var positions: [Int] = []
        for half in halves { positions += try half.get() }
        var order = try sorted(positions, in: articles)
        if let limit, order.count > limit { order.removeSubrange(limit...) }
        return order
    }

    /// The matching entries in order, at most `limit`; each has `filter.wanted`, the sort key
    /// and `also` decoded (only the entries returned are decoded).
    public func run(on snapshot: IndexSnapshot, also: EntryFields.Wanted = []) throws(RawJSON.RawJSONError) -> [Match] {
        let wanted = filter.wanted.union(also).union(sortFields)
        let articles = snapshot.articles
        let positions = try order(on: snapshot)
        var folder = TextFolder()
        var matches: [Match] = []
        matches.reserveCapacity(positions.count)
        for position in positions {
            let change = articles.changes[position]
            matches.append(Match(change: change, fields: try EntryFields(change, in: articles, wanted: wanted, folder: &folder)))
        }
        return matches
    }

    private var sortFields: EntryFields.Wanted {
        switch sort {
        case .published: return .published
        case .indexed: return .indexedAt
        case .title: return .title
        }
    }

    /// `positions` (in the order of changes) in the query's order: by the raw bytes of the sort
    /// field when `SortKeys` can read them all, else by the decoded fields.
    private func sorted(_ positions: [Int], in articles: ChangeSet) throws(RawJSON.RawJSONError) -> [Int] {
        if sort != .title, let keys = SortKeys(positions, in: articles, field: sort == .published ? .published : .indexedAt) {
            return keys.order(published: sort == .published, reverse: reverse).map { positions[$0] }
        }
        var folder = TextFolder()
        var fields: [EntryFields] = []
        fields.reserveCapacity(positions.count)
        for position in positions {
            fields.append(try EntryFields(articles.changes[position], in: articles, wanted: sortFields, folder: &folder))
        }
        return decodedOrder(fields, folder: &folder).map { positions[$0] }
    }

    /// The order of `fields` (indices into it) by the decoded sort field.
    private func decodedOrder(_ fields: [EntryFields], folder: inout TextFolder) -> [Int] {
        var order: [Int]
        switch sort {
        case .published:
            // Oldest first, ties in the order of changes; then flipped for newest first. The
            // undated go last either way (in change order when reversed, else the other way).
            let keys = fields.map { $0.published.map(DateKey.init) }
            var dated = fields.indices.filter { keys[$0] != nil }
            dated.sort { a, b in
                let ka = keys[a]!, kb = keys[b]!
                return ka != kb ? ka < kb : a < b
            }
            let undated = fields.indices.filter { keys[$0] == nil }
            order = reverse ? dated + undated : dated.reversed() + undated.reversed()
        case .indexed:
            order = Array(fields.indices)
            order.sort { a, b in
                let ka = fields[a].indexedAt, kb = fields[b].indexedAt
                return ka != kb ? ka < kb : a < b
            }
            if !reverse { order.reverse() }
        case .title:
            let keys = fields.map { folder.fold($0.title) }
            order = Array(fields.indices)
            order.sort { a, b in
                if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
                return a < b
            }
            if reverse { order.reverse() }
        }
        return order
    }
}

/// Whether a change's entry passes a filter: `--id` on the id's value, the other options by
/// `EntryDecider` from the entry's bytes, and what it leaves undecided by `QueryFilter.matches`
/// on the decoded fields. Shared by threads, each with its own `ThreadState`.
struct Matcher: Sendable {
    let filter: QueryFilter
    let ids: IDPrefixes
    let decider: EntryDecider?
    let wanted: EntryFields.Wanted

    init(_ filter: QueryFilter) {
        self.filter = filter
        ids = IDPrefixes(filter.ids)
        decider = EntryDecider(filter)
        wanted = filter.wanted
    }

    struct ThreadState {
        var folder = TextFolder()
        let scratch = TextPrefilter.Scratch()
    }

    func threadState() -> ThreadState { ThreadState() }

    @inline(__always)
    func keeps(_ change: RawChange, in articles: ChangeSet, _ state: inout ThreadState) throws(RawJSON.RawJSONError) -> Bool {
        guard ids.matches(change.idValue) else { return false }
        if wanted.isEmpty { return true }
        if let decider, let decided = decider.decide(change, in: articles, scratch: state.scratch) { return decided }
        let fields = try EntryFields(change, in: articles, wanted: wanted, folder: &state.folder)
        return filter.matches(fields, folder: &state.folder)
    }
}

/// Orders publication dates: the day first, then what follows it as written. A day written
/// `YYYY-MM-DD` (every date presswatch writes) is compared as a number.
struct DateKey: Comparable {
    /// YYYYMMDD, or -1 when the first ten characters are not a plain date.
    let number: Int
    let day: Substring
    let rest: Substring
    init(_ published: String) {
        day = published.prefix(10)
        rest = published.dropFirst(10)
        var value = 0
        var plain = day.utf8.count == 10
        if plain {
            for (offset, byte) in day.utf8.enumerated() {
                if offset == 4 || offset == 7 {
                    plain = plain && byte == UInt8(ascii: "-")
                } else if byte >= 0x30 && byte <= 0x39 {
                    value = value * 10 + Int(byte - 0x30)
                } else {
                    plain = false
                }
            }
        }
        number = plain ? value : -1
    }
    static func == (a: DateKey, b: DateKey) -> Bool {
        a.number >= 0 && b.number >= 0 ? a.number == b.number && a.rest == b.rest : a.day == b.day && a.rest == b.rest
    }
    static func < (a: DateKey, b: DateKey) -> Bool {
        if a.number >= 0 && b.number >= 0 { return a.number != b.number ? a.number < b.number : a.rest < b.rest }
        return a.day != b.day ? a.day < b.day : a.rest < b.rest
    }
}
