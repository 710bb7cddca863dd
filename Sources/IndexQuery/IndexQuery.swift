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

    /// One kept entry: its change (id, sequence, entry bytes) and the fields decoded so far.
    public struct Match: Sendable {
        public let change: RawChange
        public let fields: EntryFields
    }

    public var filter = QueryFilter()
    public var sort = SortKey.published
    public var reverse = false
    public var limit: Int?

    public init() {}

    /// How many entries match, up to `limit` (no sorting, nothing decoded but the filters').
    /// Large indexes are read on two cores, one half each. With `--text`, `TextPrefilter` rules
    /// out entries first; what it lets through is judged by `filter.matches`, as in `run`.
    public func count(in snapshot: IndexSnapshot) throws(RawJSON.RawJSONError) -> Int {
        let wanted = filter.wanted
        let articles = snapshot.articles
        let prefilter = filter.texts.isEmpty ? nil : TextPrefilter(phrases: filter.texts)
        let halves = inHalves(articles.changes.count) { range -> Result<Int, RawJSON.RawJSONError> in
            var folder = TextFolder()
            let scratch = TextPrefilter.Scratch()
            var count = 0
            do throws(RawJSON.RawJSONError) {
                for index in range {
                    let change = articles.changes[index]
                    guard filter.matches(id: change.id) else { continue }
                    if let prefilter, !prefilter.mayMatch(change, in: articles, scratch: scratch) { continue }
                    if !wanted.isEmpty {
                        let fields = try EntryFields(change, in: articles, wanted: wanted, folder: &folder)
                        guard filter.matches(fields, folder: &folder) else { continue }
                    }
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

    /// The matching entries in order, at most `limit`; each has `filter.wanted`, the sort key
    /// and `also` decoded. Large indexes are filtered on two cores, one half each.
    public func run(on snapshot: IndexSnapshot, also: EntryFields.Wanted = []) throws(RawJSON.RawJSONError) -> [Match] {
        let wanted = filter.wanted.union(also).union(sortFields)
        let articles = snapshot.articles
        let prefilter = filter.texts.isEmpty ? nil : TextPrefilter(phrases: filter.texts)
        let halves = inHalves(articles.changes.count) { range -> Result<[Match], RawJSON.RawJSONError> in
            var folder = TextFolder()
            let scratch = TextPrefilter.Scratch()
            var matches: [Match] = []
            do throws(RawJSON.RawJSONError) {
                for index in range {
                    let change = articles.changes[index]
                    guard filter.matches(id: change.id) else { continue }
                    if let prefilter, !prefilter.mayMatch(change, in: articles, scratch: scratch) { continue }
                    let fields = try EntryFields(change, in: articles, wanted: wanted, folder: &folder)
                    if filter.matches(fields, folder: &folder) { matches.append(Match(change: change, fields: fields)) }
                }
            } catch {
                return .failure(error)
            }
            return .success(matches)
        }
        var matches: [Match] = []
        for half in halves { matches += try half.get() }
        var folder = TextFolder()
        sortInPlace(&matches, folder: &folder)
        if let limit, matches.count > limit { matches.removeSubrange(limit...) }
        return matches
    }

    private var sortFields: EntryFields.Wanted {
        switch sort {
        case .published: return .published
        case .indexed: return .indexedAt
        case .title: return .title
        }
    }

    /// Sorts by moving indices, not matches (a match holds a dozen references: copying it is
    /// most of the cost of sorting 100,000), then permutes once.
    private func sortInPlace(_ matches: inout [Match], folder: inout TextFolder) {
        var order: [Int]
        switch sort {
        case .published:
            // Oldest first, ties in the order of changes; then flipped for newest first. The
            // undated go last either way (in change order when reversed, else the other way).
            let keys = matches.map { $0.fields.published.map(DateKey.init) }
            var dated = matches.indices.filter { keys[$0] != nil }
            dated.sort { a, b in
                let ka = keys[a]!, kb = keys[b]!
                return ka != kb ? ka < kb : a < b
            }
            let undated = matches.indices.filter { keys[$0] == nil }
            order = reverse ? dated + undated : dated.reversed() + undated.reversed()
        case .indexed:
            order = Array(matches.indices)
            order.sort { a, b in
                let ka = matches[a].fields.indexedAt, kb = matches[b].fields.indexedAt
                return ka != kb ? ka < kb : a < b
            }
            if !reverse { order.reverse() }
        case .title:
            let keys = matches.map { folder.fold($0.fields.title) }
            order = Array(matches.indices)
            order.sort { a, b in
                if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
                return a < b
            }
            if reverse { order.reverse() }
        }
        matches = order.map { matches[$0] }
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
