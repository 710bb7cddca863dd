import ArticleParsing
import Foundation
import Testing
@testable import ArticleIndex

/// `IndexJSON` (the bytes a batch writes) against JSONEncoder (`IndexCoding.makeEncoder`, the
/// spelling the format was defined with): byte for byte, on hostile strings, numbers, every
/// optional absent and present, and every parser fixture.
struct IndexJSONTests {
    static let hostile: [String] = {
        var strings = ["", "plain", "a/b\\c\"d", "é ü ß 中文 😀", "\u{2028}\u{2029}\u{FEFF}\u{7F}",
                       "tab\tnew\nret\rback\u{8}feed\u{C}", "e\u{301}", "\u{0}\u{1F}\u{1B}x"]
        strings.append(String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self))
        strings.append((0..<0x300).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }.joined())
        // Each character that needs escaping at every offset of an eight-byte word, between runs that do not.
        for special in ["\"", "\\", "\u{0}", "\u{1F}", "\n"] {
            strings += (0..<17).map { String(repeating: "é", count: $0 / 2) + String(repeating: "a", count: $0 % 2) + special + String(repeating: "b", count: 16) + special }
        }
        return strings
    }()

    func entry(_ text: String, value: Double = 2.5e9, sparse: Bool = false) -> IndexEntry {
        let article = Article(
            id: "0123456789abcdef", title: text, authors: sparse ? [] : [text, "b"], source: sparse ? nil : text,
            site: sparse ? nil : "OSIRIS", published: sparse ? nil : "2026-02-16", language: sparse ? nil : "fr",
            summary: sparse ? nil : text, lede: text, body: [text], wordCount: 230, format: .markdown,
            places: sparse ? [] : [Place(code: "RW", name: text, mentions: 12)],
            amounts: sparse ? [] : [Amount(text: text, value: value, currency: "XOF"), Amount(text: "1 $", value: 1, currency: "USD")],
            keywords: sparse ? [] : [text, "routes"], readingMinutes: 1)
        var entry = IndexEntry(article: article, archivedPath: "archive/2026/02/0123456789abcdef.md", originalName: text,
                               indexedAt: fixedDate, updatedAt: fixedDate.addingTimeInterval(86_400 * 400 + 3_661))
        if sparse {
            // As read back from an index written before these fields existed.
            (entry.places, entry.amounts, entry.keywords, entry.readingMinutes, entry.storyId) = (nil, nil, nil, nil, nil)
            entry.previousVersions = nil
        } else {
            entry.previousVersions = [
                StoryVersion(id: "fedcba9876543210", archivedPath: "archive/2025/12/fedcba9876543210.txt",
                             originalName: text, indexedAt: fixedDate.addingTimeInterval(-1)),
                StoryVersion(id: "00000000000000aa", archivedPath: "archive/2025/11/00000000000000aa.html",
                             originalName: "x", indexedAt: Date(timeIntervalSince1970: 0)),
            ]
        }
        return entry
    }

    func expectSameBytes(_ entries: [IndexEntry], bodies: [[String]], _ comment: Comment? = nil) throws {
        let changes = entries.enumerated().flatMap { n, entry in
            [IndexChange(sequence: 2 * n + 1, change: n % 2 == 0 ? .added : .updated, id: entry.id, entry: entry, replacedBy: nil),
             IndexChange(sequence: 2 * n + 2, change: .removed, id: "00000000000000aa", entry: nil, replacedBy: entry.id)]
        }
        let shard = ShardDocument(schemaVersion: 2, generation: 12, firstSequence: 1, lastSequence: 2 * entries.count,
                                  changes: changes)
        #expect(try IndexJSON.shard(shard) == Array(IndexCoding.makeEncoder(pretty: false).encode(shard)), comment)
        for (entry, body) in zip(entries, bodies) {
            let record = ArticleRecord(entry: entry, body: body)
            #expect(try IndexJSON.record(record) == Array(IndexCoding.makeEncoder(pretty: true).encode(record)), comment)
        }
    }

    @Test func hostileStringsMatchJSONEncoder() throws {
        for text in Self.hostile {
            try expectSameBytes([entry(text), entry(text, sparse: true)], bodies: [[text, text + "/"], []], "\(text.debugDescription)")
        }
    }

    @Test func emptyShardAndNumbersMatchJSONEncoder() throws {
        try expectSameBytes([], bodies: [])
        var values: [Double] = [0, -0.0, 1, 12.5, 0.1, 1e-7, 1e15, 1e16, 1.5e20, 1e21, .leastNonzeroMagnitude,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 123_456_789_012_345_680]
        for _ in 0..<200 { values.append(Double(Int.random(in: -1_000_000_000...1_000_000_000)) / 100) }
        for value in values { try expectSameBytes([entry("x", value: value)], bodies: [["b"]], "\(value)") }
    }

    @Test func nonFiniteAmountThrowsLikeJSONEncoder() {
        let record = ArticleRecord(entry: entry("x", value: .nan), body: [])
        #expect(throws: EncodingError.self) { try IndexJSON.record(record) }
        #expect((try? IndexCoding.makeEncoder(pretty: true).encode(record)) == nil)
    }

    /// Every parser fixture, parsed and written both ways.
    @Test func fixturesMatchJSONEncoder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ArticleParsingTests/Fixtures")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
        var entries: [IndexEntry] = []
        var bodies: [[String]] = []
        for name in files.sorted() {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let article = try? ArticleParser().parse(Array(data), fileName: name)
            else { continue }
            entries.append(IndexEntry(article: article, archivedPath: "archive/2026/02/\(article.id).txt", originalName: name,
                                      indexedAt: fixedDate, updatedAt: fixedDate))
            bodies.append(article.body)
        }
        #expect(entries.count > 50)
        try expectSameBytes(entries, bodies: bodies)
    }
}
