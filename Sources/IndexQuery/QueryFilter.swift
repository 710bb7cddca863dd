import ArticleIndex
import Foundation

/// What `presswatch query` keeps. Values of one option are alternatives (`--language fr,en`
/// keeps French or English), options combine with AND, and every `--text` phrase must match.
/// Build it with `QueryFilter.parse`, which validates every value.
public struct QueryFilter: Sendable {
    /// Publication days, inclusive, `YYYY-MM-DD`; an entry without a date never matches them.
    public var since: String?
    public var until: String?
    public var languages: Set<String> = []
    /// Folded phrases (see `TextFolder`): the field contains one of them as whole words.
    public var sources: [[UInt8]] = []
    public var sites: [[UInt8]] = []
    public var authors: [[UInt8]] = []
    /// ISO 3166-1 alpha-2, uppercase: one of them is among the entry's places.
    public var places: Set<String> = []
    /// Folded phrases that must all occur in the title, lede and keywords.
    public var texts: [[UInt8]] = []
    /// Ids or id prefixes (lowercase hex): the entry's id starts with one of them.
    public var ids: [String] = []

    public init() {}

    /// The fields `matches` needs.
    public var wanted: EntryFields.Wanted {
        var wanted: EntryFields.Wanted = []
        if since != nil || until != nil { wanted.insert(.published) }
        if !languages.isEmpty { wanted.insert(.language) }
        if !sources.isEmpty { wanted.insert(.source) }
        if !sites.isEmpty { wanted.insert(.site) }
        if !authors.isEmpty { wanted.insert(.authors) }
        if !places.isEmpty { wanted.insert(.places) }
        if !texts.isEmpty { wanted.insert(.searchText) }
        return wanted
    }

    /// Whether every entry passes (no option given).
    public var isEmpty: Bool { wanted.isEmpty && ids.isEmpty }

    /// Whether the id passes `--id` (checked before anything is decoded).
    public func matches(id: String) -> Bool {
        ids.isEmpty || ids.contains { id.hasPrefix($0) }
    }

    /// Whether an entry with these fields (decoded with at least `wanted`, `searchText` with
    /// the same folding as the phrases) is kept.
    public func matches(_ fields: EntryFields, folder: inout TextFolder) -> Bool {
        if since != nil || until != nil {
            guard let published = fields.published else { return false }
            let day = String(published.prefix(10))
            if let since, day < since { return false }
            if let until, day > until { return false }
        }
        if !languages.isEmpty {
            guard let language = fields.language, languages.contains(language) else { return false }
        }
        if !places.isEmpty, !fields.placeCodes.contains(where: places.contains) { return false }
        func any(_ phrases: [[UInt8]], in values: [String]) -> Bool {
            var folded: [UInt8] = [0x20]
            for value in values { folder.append(value, to: &folded) }
            return phrases.contains { folded.containsBytes($0) }
        }
        if !sources.isEmpty, !any(sources, in: fields.source.map { [$0] } ?? []) { return false }
        if !sites.isEmpty, !any(sites, in: fields.site.map { [$0] } ?? []) { return false }
        if !authors.isEmpty, !fields.authors.contains(where: { any(authors, in: [$0]) }) { return false }
        if !texts.isEmpty {
            for phrase in texts where !fields.searchText.containsBytes(phrase) { return false }
        }
        return true
    }
}

extension QueryFilter {
    /// The command-line values, as given (each option may repeat; commas separate alternatives
    /// in --language, --place and --id).
    public struct Arguments: Sendable {
        public var since: String?, until: String?
        public var language: [String] = [], source: [String] = [], site: [String] = []
        public var author: [String] = [], place: [String] = [], text: [String] = [], id: [String] = []
        public init() {}
    }

    /// Validates `arguments` into a filter.
    /// - Throws: `QueryArgumentError` naming the first bad argument.
    public static func parse(_ arguments: Arguments, today: Date = Date()) throws(QueryArgumentError) -> QueryFilter {
        var filter = QueryFilter()
        var folder = TextFolder()
        let dateForms = "a date YYYY-MM-DD, today, yesterday, Nd (N days ago) or Nw (N weeks ago)"
        if let since = arguments.since {
            guard let day = DateArgument.day(since, today: today) else {
                throw QueryArgumentError(argument: "--since", problem: "\"\(since)\" is not \(dateForms)", example: "--since 2026-02-01 or --since 7d")
            }
            filter.since = day
        }
        if let until = arguments.until {
            guard let day = DateArgument.day(until, today: today) else {
                throw QueryArgumentError(argument: "--until", problem: "\"\(until)\" is not \(dateForms)", example: "--until 2026-02-28 or --until yesterday")
            }
            filter.until = day
        }
        if let since = filter.since, let until = filter.until, since > until {
            throw QueryArgumentError(argument: "--until", problem: "\(until) is before --since \(since)", example: "--since 2026-02-01 --until 2026-02-28")
        }
        for code in split(arguments.language) {
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw QueryArgumentError(argument: "--language", problem: "\"\(code)\" is not a two-letter ISO 639-1 code", example: "--language fr or --language fr,en")
            }
            filter.languages.insert(code.lowercased())
        }
        for code in split(arguments.place) {
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw QueryArgumentError(argument: "--place", problem: "\"\(code)\" is not a two-letter ISO 3166-1 country code", example: "--place RW or --place CI,SN")
            }
            filter.places.insert(code.uppercased())
        }
        for prefix in split(arguments.id) {
            let lowered = prefix.lowercased()
            guard !lowered.isEmpty, lowered.count <= 16, lowered.allSatisfy({ $0.isHexDigit }) else {
                throw QueryArgumentError(argument: "--id", problem: "\"\(prefix)\" is not an article id (up to 16 hexadecimal digits)", example: "--id c270c34a5fa5b89e or --id c270c3")
            }
            filter.ids.append(lowered)
        }
        func phrases(_ values: [String], _ name: String, _ example: String) throws(QueryArgumentError) -> [[UInt8]] {
            try values.map { (value) throws(QueryArgumentError) -> [UInt8] in
                let folded = folder.fold(value)
                guard folded.count > 2 else {
                    throw QueryArgumentError(argument: name, problem: "\"\(value)\" has no letter or digit to search for", example: example)
                }
                return folded
            }
        }
        filter.sources = try phrases(arguments.source, "--source", "--source reuters")
        filter.sites = try phrases(arguments.site, "--site", "--site osiris")
        filter.authors = try phrases(arguments.author, "--author", "--author \"aicha diallo\"")
        filter.texts = try phrases(arguments.text, "--text", "--text \"cote d'ivoire\"")
        return filter
    }

    private static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }
}

/// `--id` over id values (`RawChange.idValue`): an id passes when its leading digits are one of
/// the prefixes, as `QueryFilter.matches(id:)` says of its spelling.
struct IDPrefixes: Sendable {
    private let prefixes: [(value: UInt64, mask: UInt64)]
    /// Prefixes that are not 1 to 16 lowercase hexadecimal digits (parse makes none): by String.
    private let others: [String]
    let isEmpty: Bool

    init(_ ids: [String]) {
        var prefixes: [(UInt64, UInt64)] = [], others: [String] = []
        for prefix in ids {
            let digits = prefix.utf8.count
            if digits >= 1, digits <= 16,
               let value = RawChange.value(ofID: Array(prefix.utf8) + repeatElement(UInt8(0x30), count: 16 - digits)) {
                prefixes.append((value, digits == 16 ? .max : ~((1 << UInt64(64 - 4 * digits)) - 1)))
            } else {
                others.append(prefix)
            }
        }
        self.prefixes = prefixes
        self.others = others
        isEmpty = ids.isEmpty
    }

    func matches(_ value: UInt64) -> Bool {
        if isEmpty { return true }
        for prefix in prefixes where value & prefix.mask == prefix.value { return true }
        if others.isEmpty { return false }
        let id = RawChange.spell(value)
        return others.contains { id.hasPrefix($0) }
    }
}
