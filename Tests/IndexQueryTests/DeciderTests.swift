import ArticleIndex
import Foundation
@testable import IndexQuery
import Testing

/// The C decisions of a query (`EntryDecider`: the filters from an entry's bytes; `SortKeys`:
/// the sort key's bytes; `IDPrefixes`: `--id` on id values) against the Swift matcher on the
/// decoded fields: never another answer, and an answer for plain entries.
@Suite("Entry decider against the Swift matcher")
struct DeciderTests {
    /// Entries with escapes, non-ASCII, missing and null optional fields, odd key orders,
    /// nested values and formatting; `plain` are those the decider must decide itself.
    static let entries: [(json: String, plain: Bool)] = [
        (#"{"authors":["Aïcha Diallo"],"id":"0000000000000001","indexedAt":"2026-02-16T09:00:00Z","keywords":["Kigali","coopération"],"language":"fr","lede":"Le Rwanda et la Côte d’Ivoire.","places":[{"code":"RW","mentions":2,"name":"Rwanda"}],"published":"2026-02-16","site":"OSIRIS","source":"Agence Ecofin","title":"Récolte record à Kigali"}"#, true),
        (#"{"id":"0000000000000002","indexedAt":"2026-02-16T09:00:01Z","language":"en","lede":"Nothing.","published":"2026-02-10T08:00:00+01:00","title":"No places, no authors"}"#, true),
        (#"{"authors":[],"id":"0000000000000003","language":null,"lede":"x","places":[],"published":null,"site":null,"source":null,"title":"Nulls"}"#, true),
        (#"{"title":"Missing everything"}"#, true),
        (#"{"id":"0000000000000005","language":"f\u0072","lede":"Escaped language","published":"2026\u002d02-01","source":"Reut\u0065rs","title":"Escapes"}"#, false),
        (#"{"authors":["Jean \"JD\" Dupont","A\u00efcha Diallo"],"id":"0000000000000006","language":"fr","places":[{"name":"C\u00f4te d'Ivoire","code":"CI"},{"code":"R\u0057"}],"published":"2026-03-03","title":"Escaped author and place"}"#, false),
        ("{\n  \"id\" : \"0000000000000007\",\n  \"language\" : \"en\" ,\n  \"places\" : [ { \"code\" : \"KE\" , \"mentions\" : 1 , \"name\" : \"Kenya\" } ] ,\n  \"published\" : \"2026-01-31\" ,\n  \"source\" : \"AFP\",\n  \"title\" : \"Pretty\"\n}", true),
        (#"{"extra":{"language":"fr","places":[{"code":"RW"}]},"id":"0000000000000008","language":"en","places":[{"code":"SN","extra":{"code":"RW"}}],"published":"2026-02-02","title":"Nested"}"#, false),
        (#"{"id":"0000000000000009","language":"FR","published":"2026-02-3","source":"Agence Écofin","site":"Ωmega News","title":"Ελλάδα ＫＩＧＡＬＩ","places":[{"code":"rw"}]}"#, false),
        (#"{"id":"000000000000000a","language":"fr","published":"2026-02-16","source":"Agence Écofin de presse","title":"Accents decided","authors":["Jean Dupont","Aïcha Diallo"],"places":[{"code":"CI","mentions":1,"name":"Côte d’Ivoire"},{"code":"RW","mentions":1,"name":"Rwanda"}]}"#, true),
        (#"{"id":"000000000000000b","language":"fr","published":"2026","title":"Short day"}"#, true),
        (#"{"id":"000000000000000c","language":"fr","published":"2026-02-16\u00e9","title":"Day then non-ASCII"}"#, false),
        // Over 16 KiB from the lede on (the fold finds the end of each string before folding it).
        (#"{"id":"000000000000000d","language":"fr","lede":"\#(String(repeating: "Côte mot ", count: 1200))Kigali","published":"2026-02-16","summary":"\#(String(repeating: "x", count: 12_000))","title":"Grand"}"#, true),
    ]

    static let filters: [(String, @Sendable (inout QueryFilter.Arguments) -> Void)] = [
        ("--language fr", { $0.language = ["fr"] }), ("--language en,de", { $0.language = ["en,de"] }),
        ("--place RW", { $0.place = ["RW"] }), ("--place CI,KE", { $0.place = ["CI,KE"] }),
        ("--source ecofin", { $0.source = ["ecofin"] }), ("--source reuters", { $0.source = ["reuters", "afp"] }),
        ("--site osiris", { $0.site = ["osiris"] }), ("--site omega", { $0.site = ["ωmega"] }),
        ("--author diallo", { $0.author = ["aicha diallo"] }), ("--author dupont", { $0.author = ["jean"] }),
        ("--since 2026-02-10", { $0.since = "2026-02-10" }), ("--until 2026-02-10", { $0.until = "2026-02-10" }),
        ("--since --until", { $0.since = "2026-02-01"; $0.until = "2026-02-16" }), ("--since 2026", { $0.until = "2026-01-31" }),
        ("--text kigali", { $0.text = ["kigali"] }), ("--text cote d'ivoire", { $0.text = ["cote d'ivoire"] }),
        ("--language fr --place RW --text recolte", { $0.language = ["fr"]; $0.place = ["RW"]; $0.text = ["RÉCOLTE"] }),
    ]

    func changeSet(_ entries: [String]) throws -> (ChangeSet, String) {
        let path = NSTemporaryDirectory() + "presswatch-decider-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path + "/index", withIntermediateDirectories: true)
        let changes = entries.enumerated().map { n, entry in
            #"{"change":"added","entry":\#(entry),"id":"\#(String(format: "%016x", n + 1))","replacedBy":null,"sequence":\#(n + 1)}"#
        }
        try #"{"changes":[\#(changes.joined(separator: ","))],"schemaVersion":2}"#
            .write(toFile: path + "/index/000000000001.json", atomically: true, encoding: .utf8)
        let manifest = #"{"articleCount":\#(entries.count),"generatedAt":"2026-02-16T09:36:07Z","generation":1,"graceSeconds":300,"indexId":"6c1f0e5a9b2d4e71","lastSequence":\#(entries.count),"retired":[],"schemaVersion":2,"shards":[{"changes":\#(entries.count),"firstSequence":1,"lastSequence":\#(entries.count),"path":"index/000000000001.json"}]}"#
        try manifest.write(toFile: path + "/index.json", atomically: true, encoding: .utf8)
        return (try IndexSnapshot.open(statePath: path).articles, path)
    }

    @Test(arguments: filters.indices)
    func decidesAsTheSwiftMatcherDoes(_ index: Int) throws {
        let (label, configure) = Self.filters[index]
        var arguments = QueryFilter.Arguments()
        configure(&arguments)
        let filter = try QueryFilter.parse(arguments)
        let decider = try #require(EntryDecider(filter))
        let (articles, path) = try changeSet(Self.entries.map(\.json))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let scratch = TextPrefilter.Scratch()
        var folder = TextFolder()
        for (change, entry) in zip(articles.changes, Self.entries) {
            let fields = try EntryFields(change, in: articles, wanted: filter.wanted, folder: &folder)
            let exact = filter.matches(fields, folder: &folder)
            let decided = decider.decide(change, in: articles, scratch: scratch)
            #expect(decided == nil || decided == exact, "\(label) on \(entry.json)")
            if entry.plain { #expect(decided != nil, "\(label) left a plain entry undecided: \(entry.json)") }
        }
    }

    /// A value the Swift matcher reports as damage stays undecided, even when another option
    /// would already rule the entry out.
    @Test func damageIsNeverDecided() throws {
        let (articles, path) = try changeSet([#"{"language":"en","places":null,"title":"x"}"#, #"{"language":7,"title":"y"}"#])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var arguments = QueryFilter.Arguments()
        arguments.language = ["fr"]
        arguments.place = ["RW"]
        let decider = try #require(EntryDecider(try QueryFilter.parse(arguments)))
        for change in articles.changes { #expect(decider.decide(change, in: articles, scratch: TextPrefilter.Scratch()) == nil) }
    }

    @Test func idPrefixesMatchAsTheSpelling() {
        var generator = SystemRandomNumberGenerator()
        let prefixes = ["0", "c270c3", "c270c34a5fa5b89e", "ffff", "1"]
        let matcher = IDPrefixes(prefixes)
        for value in (0..<2000).map({ _ in UInt64.random(in: .min ... .max, using: &generator) }) + [0xc270_c34a_5fa5_b89e, 0, .max] {
            let id = RawChange.spell(value)
            #expect(RawChange.value(ofID: Array(id.utf8)) == value)
            #expect(matcher.matches(value) == prefixes.contains { id.hasPrefix($0) }, "\(id)")
        }
        #expect(IDPrefixes([]).matches(42))
    }

    /// Shard 1 adds an article in French, shard 2 (a later generation) changes it to English:
    /// only the last change counts, for the decider as for the exact path.
    @Test func theLastChangeOfAnIDWins() throws {
        let path = NSTemporaryDirectory() + "presswatch-decider-gen-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path + "/index", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = [
            #"{"change":"added","entry":{"id":"00000000000000aa","language":"fr","published":"2026-02-01","title":"Avant"},"id":"00000000000000aa","replacedBy":null,"sequence":1}"#,
            #"{"change":"added","entry":{"id":"00000000000000bb","language":"fr","published":"2026-02-02","title":"Autre"},"id":"00000000000000bb","replacedBy":null,"sequence":2}"#,
        ]
        let second = #"{"change":"updated","entry":{"id":"00000000000000aa","language":"en","published":"2026-02-03","title":"After"},"id":"00000000000000aa","replacedBy":null,"sequence":3}"#
        try #"{"changes":[\#(first.joined(separator: ","))],"schemaVersion":2}"#.write(toFile: path + "/index/000000000001.json", atomically: true, encoding: .utf8)
        try #"{"changes":[\#(second)],"schemaVersion":2}"#.write(toFile: path + "/index/000000000002.json", atomically: true, encoding: .utf8)
        let manifest = #"{"articleCount":2,"generatedAt":"2026-02-16T09:36:07Z","generation":2,"graceSeconds":300,"indexId":"6c1f0e5a9b2d4e71","lastSequence":3,"retired":[],"schemaVersion":2,"shards":[{"changes":2,"firstSequence":1,"lastSequence":2,"path":"index/000000000001.json"},{"changes":1,"firstSequence":3,"lastSequence":3,"path":"index/000000000002.json"}]}"#
        try manifest.write(toFile: path + "/index.json", atomically: true, encoding: .utf8)
        let snapshot = try IndexSnapshot.open(statePath: path)
        for (language, expected) in [("fr", ["00000000000000bb"]), ("en", ["00000000000000aa"])] {
            var arguments = QueryFilter.Arguments()
            arguments.language = [language]
            var query = IndexQuery()
            query.filter = try QueryFilter.parse(arguments)
            #expect(try query.run(on: snapshot).map(\.change.id) == expected)
            #expect(try query.order(on: snapshot).map { snapshot.articles.changes[$0].id } == expected)
            #expect(try query.count(in: snapshot) == 1)
        }
        var all = IndexQuery()
        all.sort = .published
        #expect(try all.run(on: snapshot).map(\.change.id) == ["00000000000000aa", "00000000000000bb"])
    }

    /// The byte order of sort keys equals the decoded order: the same query sorted once with
    /// plain keys only, once with an escaped date that sends every key to the decoder.
    @Test(arguments: [IndexQuery.SortKey.published, .indexed], [false, true])
    func sortKeysOrderAsTheDecodedFields(sort: IndexQuery.SortKey, reverse: Bool) throws {
        let dates = ["2026-02-16", "2026-02-16T08:00:00+01:00", "2026-02-16T08:00:00+01:00", "2026-02-1", "2026", "2026-02-16 late",
                     "2025-12-31", "2026-02-16T08:00:00+01:00 and a very long rest beyond sixteen bytes", "2026-02-16T08:00:00+01:00 and a very long rest"]
        func entries(escaped: Bool) -> [String] {
            var list = dates.enumerated().map { n, day in
                #"{"id":"\#(String(format: "%016x", n + 1))","indexedAt":"\#(day)","published":"\#(day)","title":"T\#(n)"}"#
            }
            list.append(#"{"id":"00000000000000f1","indexedAt":"2026-01-01","published":null,"title":"undated"}"#)
            list.append(#"{"id":"00000000000000f2","title":"no date at all"}"#)
            if escaped { list.append(#"{"id":"00000000000000f3","indexedAt":"2026\u002d03-01","published":"2026\u002d03-01","title":"escaped"}"#) }
            return list
        }
        var query = IndexQuery()
        query.sort = sort
        query.reverse = reverse
        func order(escaped: Bool) throws -> [String] {
            let (_, path) = try changeSet(entries(escaped: escaped))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let snapshot = try IndexSnapshot.open(statePath: path)
            let ids = try query.order(on: snapshot).map { snapshot.articles.changes[$0].id }
            #expect(try query.run(on: snapshot).map(\.change.id) == ids)
            return ids
        }
        let fast = try order(escaped: false)
        let decoded = try order(escaped: true).filter { $0 != String(format: "%016x", dates.count + 3) }
        #expect(fast == decoded)
        #expect(fast.count == dates.count + 2)
    }
}
