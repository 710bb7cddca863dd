import ArticleIndex
import ArticleParsing
import Foundation
import Testing

/// The snapshot reader against the index's own reader: same articles, same entries, same
/// order, after new versions and compaction; the change-feed cursor across a rebuild.
@Suite("Index snapshot and change feed cursor")
struct SnapshotTests {
    func decode(_ bytes: UnsafeRawBufferPointer) throws -> IndexEntry {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(IndexEntry.self, from: Data(bytes))
    }

    @Test func snapshotEqualsTheIndexAfterVersionsAndCompaction() throws {
        let state = try StateFolder()
        defer { state.remove() }
        for n in 1...40 {
            state.add(article(n, title: "Titre \(n) « guillemets » \"quotes\"\nligne", lede: "Lède \\ \(n) \u{1}"))
            if n % 7 == 0 { try state.publish() }
        }
        try state.publish()
        var corrected = article(3, title: "Titre 3 « guillemets » \"quotes\"\nligne", lede: "Corrigé")
        corrected.id = "00000000000000a3"
        _ = state.store.addVersion(corrected, archivedPath: "archive/a3.txt", originalName: "a3.txt", at: testDate)
        try state.publish()
        _ = try state.store.compact(now: testDate, force: true)

        let snapshot = try IndexSnapshot.open(statePath: state.path)
        let (manifest, entries) = try ArticleStore.readIndex(stateDirectory: URL(fileURLWithPath: state.path))
        #expect(snapshot.manifest == manifest)
        #expect(snapshot.articles.changes.map(\.id) == entries.map(\.id))
        for (change, entry) in zip(snapshot.articles.changes, entries) {
            #expect(try decode(snapshot.articles.entryBytes(change)) == entry)
        }
        #expect(!snapshot.articles.changes.contains { $0.id == article(3, title: "").id })
    }

    @Test func cursorGivesEachLaterChangeOnceAndNoticesARebuild() throws {
        let state = try StateFolder()
        defer { state.remove() }
        state.add(article(1, title: "Un"))
        try state.publish()
        var cursor = ChangeFeedCursor(statePath: state.path, indexID: nil, lastSequence: 0)
        let first = try cursor.advance()
        #expect(first.changes.changes.map(\.sequence) == [1] && !first.rebuilt)
        state.add(article(2, title: "Deux"))
        state.add(article(3, title: "Trois"))
        try state.publish()
        _ = try state.store.compact(now: testDate, force: true)
        let second = try cursor.advance()
        #expect(second.changes.changes.map(\.sequence) == [2, 3])
        #expect(try cursor.advance().changes.changes.isEmpty)

        // A rebuild: another index (another indexId) in the same folder.
        try FileManager.default.removeItem(atPath: state.path + "/index.json")
        let rebuilt = try ArticleStore(stateDirectory: URL(fileURLWithPath: state.path))
        _ = rebuilt.add(article(9, title: "Neuf"), archivedPath: "archive/9.txt", originalName: "9.txt", at: testDate)
        try rebuilt.flush(now: testDate)
        let third = try cursor.advance()
        #expect(third.rebuilt)
        #expect(third.changes.changes.map(\.id) == [article(9, title: "").id])
        #expect(cursor.lastSequence == 1)
    }

    @Test func missingFolderAndMissingIndexSaySo() throws {
        #expect(throws: IndexReadError.self) { try IndexSnapshot.open(statePath: "/nonexistent/presswatch-state") }
        let empty = NSTemporaryDirectory() + "presswatch-empty-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        do {
            _ = try IndexSnapshot.open(statePath: empty)
            Issue.record("an empty folder opened")
        } catch {
            #expect(error.description.contains("holds no index"))
            #expect(error.description.contains("presswatch run"))
        }
    }

    @Test func rawJSONDecodesEscapesAndRejectsBrokenInput() throws {
        let text = #"{"a": "x\"\\\/\n\u00e9\ud83d\ude00", "b": [1, -2, 3.5e2, true, null, {}], "c": null}"#
        var bytes = Array(text.utf8)
        try bytes.withUnsafeBytes { raw throws in
            var json = RawJSON(raw)
            var seen: [String] = []
            try json.object { (json, key) throws(RawJSON.RawJSONError) in
                if json.key(key, is: "a") {
                    seen.append(try json.string())
                } else {
                    try json.skipValue()
                }
            }
            #expect(seen == ["x\"\\/\né😀"])
        }
        for broken in [#"{"a": "unterminated}"#, #"{"a" 1}"#, #"{"a": [1, 2}"#, #"{"a": tru}"#, #"{"a": "x\"}"#, ""] {
            bytes = Array(broken.utf8)
            bytes.withUnsafeBytes { raw in
                var json = RawJSON(raw)
                #expect(throws: RawJSON.RawJSONError.self, "\(broken)") { try json.skipValue() }
            }
        }
    }

    /// The iterative skipper: exact ranges, any depth without recursion, and every kind of
    /// broken container rejected.
    @Test func skipValueHandlesDepthAndRejectsBrokenContainers() throws {
        let valid = #"  {"a": [1, {"b": [[], {}, "x]}\"", -0.5e3]}, false], "c": {"d": null}}  , 7"#
        try Array(valid.utf8).withUnsafeBytes { raw throws in
            var json = RawJSON(raw)
            let range = try json.skipValue()
            #expect(range == 2..<(valid.utf8.count - 5))
            #expect(json.peek() == UInt8(ascii: ","))
        }
        let depth = 100_000
        let deep = Array(repeating: UInt8(ascii: "["), count: depth) + [UInt8(ascii: "1")] + Array(repeating: UInt8(ascii: "]"), count: depth)
        try deep.withUnsafeBytes { raw throws in
            var json = RawJSON(raw)
            #expect(try json.skipValue() == 0..<deep.count)
        }
        let broken = [#"[1,]"#, #"{"a": 1,}"#, #"[1 2]"#, #"{1: 2}"#, #"{"a": 1 "b": 2}"#, #"[[[]]"#, #"{"a": [}"#,
                      #"[{"a": 1]}"#, #"{"a"}"#, String(repeating: "[", count: 1000)]
        for text in broken {
            Array(text.utf8).withUnsafeBytes { raw in
                var json = RawJSON(raw)
                #expect(throws: RawJSON.RawJSONError.self, "\(text.prefix(40))") { try json.skipValue() }
            }
        }
    }
}
