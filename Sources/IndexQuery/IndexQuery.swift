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
    public func count(in snapshot: IndexSnapshot) throws(RawJSON.RawJSONError) -> Int {
        var folder = TextFolder()
        let wanted = filter.wanted
        var count = 0
        let articles = snapshot.articles
        for change in articles.changes where filter.matches(id: change.id) {
            if !wanted.isEmpty {
                let fields = try EntryFields(articles.entryBytes(change), wanted: wanted)
                guard filter.matches(fields, folder: &folder) else { continue }
            }
            count += 1
            if let limit, count >= limit { break }
        }
        return count
    }

    /// The matching entries in order, at most `limit`; each has `filter.wanted`, the sort key
    /// and `also` decoded.
    public func run(on snapshot: IndexSnapshot, also: EntryFields.Wanted = []) throws(RawJSON.RawJSONError) -> [Match] {
        var folder = TextFolder()
        let wanted = filter.wanted.union(also).union(sortFields)
        let articles = snapshot.articles
        var matches: [Match] = []
        for change in articles.changes where filter.matches(id: change.id) {
            let fields = try EntryFields(articles.entryBytes(change), wanted: wanted)
            if filter.matches(fields, folder: &folder) { matches.append(Match(change: change, fields: fields)) }
        }
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

    private func sortInPlace(_ matches: inout [Match], folder: inout TextFolder) {
        switch sort {
        case .published:
            // Newest first; the undated last in either direction.
            let dated = matches.filter { $0.fields.published != nil }
            let undated = matches.filter { $0.fields.published == nil }
            let keyed = dated.enumerated().map { (key: DateKey($0.element.fields.published!), order: $0.offset, match: $0.element) }
            let sorted = keyed.sorted { a, b in
                if a.key != b.key { return reverse ? a.key < b.key : a.key > b.key }
                return reverse ? a.order < b.order : a.order > b.order
            }
            matches = sorted.map(\.match) + (reverse ? undated : undated.reversed())
        case .indexed:
            let keyed = matches.enumerated().map { (key: $0.element.fields.indexedAt, order: $0.offset, match: $0.element) }
            matches = keyed.sorted { a, b in
                if a.key != b.key { return reverse ? a.key < b.key : a.key > b.key }
                return reverse ? a.order < b.order : a.order > b.order
            }.map(\.match)
        case .title:
            let keyed = matches.enumerated().map { (key: folder.fold($0.element.fields.title), order: $0.offset, match: $0.element) }
            matches = keyed.sorted { a, b in
                if a.key != b.key { return reverse ? b.key.lexicographicallyPrecedes(a.key) : a.key.lexicographicallyPrecedes(b.key) }
                return reverse ? a.order > b.order : a.order < b.order
            }.map(\.match)
        }
    }
}

/// Orders publication dates: the day first, then what follows it as written.
struct DateKey: Comparable {
    let day: Substring
    let rest: Substring
    init(_ published: String) {
        day = published.prefix(10)
        rest = published.dropFirst(10)
    }
    static func < (a: DateKey, b: DateKey) -> Bool { a.day != b.day ? a.day < b.day : a.rest < b.rest }
}
