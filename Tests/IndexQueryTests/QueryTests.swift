import ArticleIndex
import ArticleParsing
import Foundation
import IndexQuery
import Testing

/// Every filter, the sort orders and limit, over a state folder written by the real store.
@Suite("Query filters and order")
struct QueryTests {
    static let rwanda = Place(code: "RW", name: "Rwanda", mentions: 2)
    static let ivoryCoast = Place(code: "CI", name: "Côte d'Ivoire", mentions: 1)

    func withIndex(_ body: (IndexSnapshot) throws -> Void) throws {
        let state = try StateFolder()
        defer { state.remove() }
        state.add(article(1, title: "Le Rwanda discute avec le Japon", source: "Agence Ecofin", published: "2026-02-16",
                          language: "fr", authors: ["Aïcha Diallo"], places: [Self.rwanda], keywords: ["coopération"]))
        state.add(article(2, title: "Abidjan: new port", source: "Reuters", site: "Wire", published: "2026-02-10T08:00:00+01:00",
                          language: "en", authors: ["John Smith"], lede: "Trade in CÔTE D’IVOIRE grows.", places: [Self.ivoryCoast]))
        state.add(article(3, title: "Économie sans date", source: nil, site: "OSIRIS", published: nil, language: nil))
        state.add(article(4, title: "Zèbres à Kigali", source: "AFP", published: "2026-01-31", language: "fr",
                          authors: ["Jean Dupont", "Aïcha Diallo"], places: [Self.rwanda, Self.ivoryCoast], keywords: ["faune"]))
        try state.publish()
        try body(try IndexSnapshot.open(statePath: state.path))
    }

    func ids(_ snapshot: IndexSnapshot, _ configure: (inout QueryFilter.Arguments) -> Void,
             sort: IndexQuery.SortKey = .published, reverse: Bool = false, limit: Int? = nil) throws -> [Int] {
        var arguments = QueryFilter.Arguments()
        configure(&arguments)
        var query = IndexQuery()
        query.filter = try QueryFilter.parse(arguments, today: testDate)
        query.sort = sort
        query.reverse = reverse
        query.limit = limit
        let matches = try query.run(on: snapshot)
        #expect(try query.count(in: snapshot) == matches.count)
        return matches.map { Int($0.change.id, radix: 16)! }
    }

    func check(_ snapshot: IndexSnapshot, _ expected: [Int], sort: IndexQuery.SortKey = .published, reverse: Bool = false,
               limit: Int? = nil, _ configure: (inout QueryFilter.Arguments) -> Void,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try ids(snapshot, configure, sort: sort, reverse: reverse, limit: limit)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    @Test func eachFilter() throws {
        try withIndex { snapshot in
            try check(snapshot, [1, 2, 4, 3], { _ in })
            try check(snapshot, [1, 2], { $0.since = "2026-02-10" })
            try check(snapshot, [2, 4], { $0.until = "2026-02-10" })
            try check(snapshot, [2], { $0.since = "2026-02-01"; $0.until = "2026-02-15" })
            try check(snapshot, [1, 4], { $0.language = ["fr"] })
            try check(snapshot, [1, 2, 4], { $0.language = ["en,FR"] })
            try check(snapshot, [1], { $0.source = ["ecofin"] })
            try check(snapshot, [2, 4], { $0.source = ["reuters", "afp"] })
            try check(snapshot, [], { $0.source = ["ecof"] })
            try check(snapshot, [1, 4, 3], { $0.site = ["osiris"] })
            try check(snapshot, [1, 4], { $0.author = ["aicha diallo"] })
            try check(snapshot, [4], { $0.author = ["DUPONT"] })
            try check(snapshot, [1, 4], { $0.place = ["rw"] })
            try check(snapshot, [2, 4], { $0.place = ["CI"] })
            try check(snapshot, [2], { $0.text = ["cote d'ivoire"] })
            try check(snapshot, [3], { $0.text = ["economie"] })
            try check(snapshot, [1], { $0.text = ["COOPERATION"] })
            try check(snapshot, [1], { $0.text = ["rwanda", "japon"] })
            try check(snapshot, [], { $0.text = ["rwanda", "kigali"] })
            try check(snapshot, [], { $0.text = ["rwand"] })
            try check(snapshot, [4], { $0.id = ["0000000000000004"] })
            try check(snapshot, [1, 2, 4, 3], { $0.id = ["000000000000000"] })
            try check(snapshot, [4], { $0.language = ["fr"]; $0.place = ["CI"] })
        }
    }

    @Test func sortReverseAndLimit() throws {
        try withIndex { snapshot in
            try check(snapshot, [4, 2, 1, 3], reverse: true, { _ in })
            // Abidjan, Économie, Le Rwanda, Zèbres: accents do not push a title to the end.
            try check(snapshot, [2, 3, 1, 4], sort: .title, { _ in })
            try check(snapshot, [4, 1, 3, 2], sort: .title, reverse: true, { _ in })
            try check(snapshot, [4, 3, 2, 1], sort: .indexed, { _ in })
            try check(snapshot, [1, 2], limit: 2, { _ in })
        }
    }

    @Test func badValuesNameTheArgumentAndGiveAnExample() {
        func problem(_ configure: (inout QueryFilter.Arguments) -> Void) -> QueryArgumentError? {
            var arguments = QueryFilter.Arguments()
            configure(&arguments)
            do {
                _ = try QueryFilter.parse(arguments, today: testDate)
                return nil
            } catch {
                return error
            }
        }
        #expect(problem { $0.since = "last tuesday" }?.argument == "--since")
        #expect(problem { $0.until = "2026-02-30" }?.argument == "--until")
        #expect(problem { $0.since = "2026-03-01"; $0.until = "2026-02-01" }?.argument == "--until")
        #expect(problem { $0.language = ["french"] }?.argument == "--language")
        #expect(problem { $0.place = ["RWA"] }?.argument == "--place")
        #expect(problem { $0.id = ["xyz"] }?.argument == "--id")
        #expect(problem { $0.text = ["--"] }?.argument == "--text")
        let message = problem { $0.since = "soon" }?.description ?? ""
        #expect(message.contains("\"soon\"") && message.contains("for example: --since"))
    }

    @Test func relativeDays() {
        let utc = TimeZone(identifier: "UTC")!
        // testDate is 2026-02-16 09:36:07 UTC.
        #expect(DateArgument.day("today", today: testDate, timeZone: utc) == "2026-02-16")
        #expect(DateArgument.day("yesterday", today: testDate, timeZone: utc) == "2026-02-15")
        #expect(DateArgument.day("7d", today: testDate, timeZone: utc) == "2026-02-09")
        #expect(DateArgument.day("2w", today: testDate, timeZone: utc) == "2026-02-02")
        #expect(DateArgument.day("2026-02-29", today: testDate, timeZone: utc) == nil)
        #expect(DateArgument.day("2024-02-29", today: testDate, timeZone: utc) == "2024-02-29")
        #expect(DateArgument.day("16/02/2026", today: testDate, timeZone: utc) == nil)
    }

    @Test func foldingIsCaseAndAccentInsensitive() {
        var folder = TextFolder()
        #expect(folder.fold("Côte d’Ivoire") == Array(" cote d ivoire ".utf8))
        #expect(folder.fold("ÉCONOMIE, d'ÉTAT!") == folder.fold("economie d etat"))
        #expect(folder.fold("Zürich–Genève") == Array(" zurich geneve ".utf8))
    }

    /// Folding a JSON string's raw bytes (what queries do) gives what folding the decoded text
    /// gives, escapes, combining marks, other scripts and broken UTF-8 included.
    @Test func foldingRawJSONBytesEqualsFoldingTheText() throws {
        let raw: [[UInt8]] = [
            Array("Côte d’Ivoire: l'ÉTAT, 2026!".utf8), Array(#"Deux\nlignes \"citées\" \u00e9t\u00c9 \ud83d\ude00 ok"#.utf8),
            Array("Cafe\u{301} e\u{301}te\u{301} – 東京の新聞 Ωμέγα".utf8), [0x61, 0xFF, 0x62, 0xC3, 0x28, 0x63, 0xE2, 0x82], [],
            Array("  ...  ".utf8),
        ]
        var folder = TextFolder()
        for bytes in raw {
            try bytes.withUnsafeBytes { buffer throws in
                let text = try RawJSON.decodeString(buffer, 0..<buffer.count)
                var fromBytes: [UInt8] = [0x20], fromText: [UInt8] = [0x20]
                try folder.append(json: buffer, 0..<buffer.count, to: &fromBytes)
                folder.append(text, to: &fromText)
                #expect(fromBytes == fromText, "\(text)")
            }
        }
    }
}
