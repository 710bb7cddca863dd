@testable import ArticleIndex
import ArticleParsing
import Foundation
@testable import IndexQuery
import Testing

/// The query columns files (`index/<generation>.cols`) against the shards they are derived
/// from: every filter, sort and format gives the same answer with them as without, a file that
/// is missing, cut short, of another version or damaged is not used (the shard is read), and
/// a folder without them (written before they existed) reads the same.
@Suite("Query columns give the shards' answers")
struct ColumnsTests {
    /// FastPathTests' two hand-written shards (escapes, nested keys, a pretty-printed entry, a
    /// superseded and a removed version in the second), each with its columns file.
    func trickyState() throws -> String {
        let path = try FastPathTests().state()
        for (name, first, last) in [("000000000001", 1, 6), ("000000000002", 7, 9)] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "/index/\(name).json")))
            let columns = try #require(ShardColumns.encode(shard: bytes, firstSequence: first, lastSequence: last))
            try Data(columns).write(to: URL(fileURLWithPath: path + "/index/\(name).cols"))
        }
        return path
    }

    /// What a query prints in every format and counts, with the columns or from the shards alone.
    func answers(_ path: String, _ arguments: QueryFilter.Arguments, sort: IndexQuery.SortKey = .published,
                 reverse: Bool = false, columns: Bool) throws -> [String] {
        var query = IndexQuery()
        query.filter = try QueryFilter.parse(arguments, today: testDate)
        query.sort = sort
        query.reverse = reverse
        let listing = try IndexSnapshot.open(statePath: path, columns: columns ? query.columnFields(counting: false) : nil)
        let counting = try IndexSnapshot.open(statePath: path, columns: columns ? query.columnFields(counting: true) : nil)
        let entries = try query.order(on: listing).map {
            String(decoding: listing.articles.entryBytes(listing.articles.changes[$0]), as: UTF8.self)
        }
        let printed = try query.run(on: listing, also: .all).map { match in
            let f = match.fields
            return [match.change.id, String(match.change.sequence), f.title, f.published ?? "-", f.language ?? "-", f.source ?? "-",
                    f.authors.joined(separator: ";"), f.placeCodes.joined(separator: ","), f.keywords.joined(separator: ";"),
                    String(f.wordCount), f.archivedPath, f.indexedAt].joined(separator: "|")
        }
        return entries + printed + ["count \(try query.count(in: counting))"]
    }

    /// For each shard of a snapshot, whether its changes were read from its columns file.
    func usedColumns(_ path: String, _ fields: Set<EntryFieldOffsets.Field> = [.language, .title]) throws -> [Bool] {
        let snapshot = try IndexSnapshot.open(statePath: path, columns: fields)
        return zip(snapshot.columns.files, snapshot.articles.files).map { $0 !== $1 }
    }

    static let sorts: [(IndexQuery.SortKey, Bool)] = [(.published, false), (.published, true), (.indexed, false), (.title, false), (.title, true)]

    @Test(arguments: FastPathTests.filters.indices)
    func everyFilterAndSortAnswersAsTheShards(_ index: Int) throws {
        let (label, configure) = FastPathTests.filters[index]
        let path = try trickyState()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var arguments = QueryFilter.Arguments()
        configure(&arguments)
        #expect(try usedColumns(path) == [true, true])
        for (sort, reverse) in Self.sorts {
            let exact = try answers(path, arguments, sort: sort, reverse: reverse, columns: false)
            #expect(try answers(path, arguments, sort: sort, reverse: reverse, columns: true) == exact, "\(label) \(sort) \(reverse)")
        }
    }

    @Test func noFilterAndCombinedFiltersAnswerAsTheShards() throws {
        let path = try trickyState()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var combined = QueryFilter.Arguments()
        combined.language = ["fr", "en"]
        combined.text = ["kigali"]
        combined.since = "2026-02-01"
        for arguments in [QueryFilter.Arguments(), combined] {
            #expect(try answers(path, arguments, columns: true) == (try answers(path, arguments, columns: false)))
        }
    }

    /// Each way a columns file can be unusable. The damaged bytes say something else than the
    /// shard (the language column's "en" becomes "fr"): a reader that trusted them would count
    /// differently, so the same answer shows that the shard was read instead.
    enum Damage: String, CaseIterable {
        case missing, empty, truncated, headerByte, rowsByte, languageValue, otherVersion, otherShard
    }

    func damage(_ path: String, _ kind: Damage) throws {
        let file = path + "/index/000000000002.cols"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        func word(_ index: Int) -> Int {
            Int(UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self) }))
        }
        func setWord(_ index: Int, _ value: UInt64) {
            bytes.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: index * 8, as: UInt64.self) }
        }
        switch kind {
        case .missing: try FileManager.default.removeItem(atPath: file); return
        case .empty: bytes = []
        case .truncated: bytes.removeLast(bytes.count / 3)
        case .headerByte: bytes[17] ^= 0x01  // the shard size
        case .rowsByte: bytes[word(7) + 8] ^= 0x01  // the first row's id
        case .languageValue:
            let language = 1 + ShardColumns.columnFields.firstIndex(of: .language)!
            let start = word(7 + 3 * language), length = word(8 + 3 * language)
            let values = Array(bytes[start..<(start + length)])
            let at = try #require((0..<(values.count - 3)).first { values[$0..<($0 + 4)] == Array(#""en""#.utf8)[...] })
            bytes.replaceSubrange((start + at)..<(start + at + 4), with: Array(#""fr""#.utf8))
        case .otherVersion:
            setWord(1, 2)
            let size = ShardColumns.headerSize
            let sum = bytes.withUnsafeBytes { ShardColumns.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<(size - 8)])) }
            setWord(size / 8 - 1, sum)
        case .otherShard: bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "/index/000000000001.cols")))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
    }

    @Test(arguments: Damage.allCases)
    func anUnusableColumnsFileIsIgnored(_ kind: Damage) throws {
        let path = try trickyState()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var english = QueryFilter.Arguments()
        english.language = ["en"]
        let exact = try answers(path, english, columns: false)
        try damage(path, kind)
        #expect(try usedColumns(path) == [true, false], "\(kind)")
        #expect(try answers(path, english, columns: true) == exact, "\(kind)")
        var text = QueryFilter.Arguments()
        text.text = ["kigali"]
        #expect(try answers(path, text, columns: true) == (try answers(path, text, columns: false)), "\(kind)")
    }

    /// A state folder written by the real store: batches with new versions of stories (which
    /// remove the earlier version), an article indexed again, a compaction; then the same folder
    /// with no columns file at all (as written before they existed).
    @Test func aFolderWrittenByTheStoreAnswersAsItsShardsWithAndWithoutColumns() throws {
        let state = try StateFolder()
        defer { state.remove() }
        let places = [Place(code: "RW", name: "Rwanda", mentions: 2), Place(code: "CI", name: "Côte d'Ivoire", mentions: 1)]
        for n in 1...30 {
            state.add(article(n, title: "Récolte de cacao \(n % 7)", source: ["Reuters", "AFP", nil][n % 3],
                              published: n % 5 == 0 ? nil : "2026-02-\(10 + n % 9)", language: n % 4 == 0 ? "en" : "fr",
                              authors: n % 2 == 0 ? ["Aïcha Diallo"] : [], lede: "Côte d'Ivoire, Kigali \(n).",
                              places: Array(places.prefix(n % 3)), keywords: ["cacao", "marché \(n % 4)"]))
            if n % 10 == 0 { try state.publish() }
        }
        // New versions (same story: title, source, day) replace 1…5; 6 is indexed again.
        for n in 1...5 {
            let version = article(100 + n, title: "Récolte de cacao \(n % 7)", source: ["Reuters", "AFP", nil][n % 3],
                                  published: n % 5 == 0 ? nil : "2026-02-\(10 + n % 9)", language: "en", lede: "Corrigé \(n).")
            _ = state.store.addVersion(version, archivedPath: "archive/v\(n).txt", originalName: "v\(n).txt", at: testDate)
        }
        state.add(article(6, title: "Réindexé", language: "en"))
        try state.publish()
        #expect(try state.store.compact(now: testDate, force: true) >= 2)
        state.add(article(200, title: "Après la compaction", language: "en", places: places))
        try state.publish()

        let index = state.path + "/index/"
        let listed = state.store.manifest.shards.map { String($0.path.dropFirst("index/".count).dropLast(".json".count)) }
        #expect(listed.count >= 2)
        for name in listed { #expect(FileManager.default.fileExists(atPath: index + name + ".cols"), "\(name)") }
        #expect(try usedColumns(state.path).allSatisfy { $0 })

        let cases: [(inout QueryFilter.Arguments) -> Void] = [
            { _ in }, { $0.language = ["en"] }, { $0.place = ["RW"] }, { $0.source = ["reuters"] }, { $0.site = ["osiris"] },
            { $0.author = ["diallo"] }, { $0.since = "2026-02-15" }, { $0.until = "2026-02-12" }, { $0.text = ["cote d'ivoire"] },
            { $0.text = ["corrige"] }, { $0.id = ["00000000000000"] },
        ]
        var exact: [[String]] = []
        for configure in cases {
            var arguments = QueryFilter.Arguments()
            configure(&arguments)
            let withColumns = try answers(state.path, arguments, columns: true)
            exact.append(try answers(state.path, arguments, columns: false))
            #expect(withColumns == exact.last!)
        }
        // Without any columns file: the same answers, and the store still opens and publishes.
        for name in listed { try FileManager.default.removeItem(atPath: index + name + ".cols") }
        #expect(try usedColumns(state.path).allSatisfy { !$0 })
        for (configure, expected) in zip(cases, exact) {
            var arguments = QueryFilter.Arguments()
            configure(&arguments)
            #expect(try answers(state.path, arguments, columns: true) == expected)
        }
        // The daemon's next start writes the missing files; then a new batch gets its own.
        let reopened = try ArticleStore(stateDirectory: URL(fileURLWithPath: state.path))
        #expect(try usedColumns(state.path).allSatisfy { $0 })
        reopened.add(article(300, title: "Après la réouverture"), archivedPath: "archive/300.txt", originalName: "300.txt", at: testDate)
        try reopened.flush(now: testDate)
        #expect(try usedColumns(state.path).allSatisfy { $0 })
        for configure in cases {
            var arguments = QueryFilter.Arguments()
            configure(&arguments)
            #expect(try answers(state.path, arguments, columns: true) == (try answers(state.path, arguments, columns: false)))
        }
    }
}
