import Foundation
import TestSupport
import Glibc
import Testing

/// The Python reader recipe of docs/index-format.md and README.md ("Reading the index"), run
/// exactly as written against the real daemon's output, including a new version of a story
/// (an `updated` change and a tombstone) and a compaction.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ReaderRecipeTests {
    struct Reading: Decodable, Equatable {
        var ids: [String]
        var articleCount: Int
        var lastSequence: Int
        var after: [Int]
        var afterIds: [String]
    }

    static func runRecipe(doc: String, state: String, after: Int) throws -> Reading {
        let root = DaemonHarness.packageRoot
        let result = try ChildProcess.run("/usr/bin/env", ["python3", root + "/Tests/schema/run_recipe.py", root + "/" + doc, state, "\(after)"])
        #expect(result.status == 0, "run_recipe.py: \(result.stderr)")
        return try JSONDecoder().decode(Reading.self, from: Data(result.stdout.utf8))
    }

    @Test func documentedRecipeReadsTheDaemonsIndexAndFeed() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" }, "no READY=1; log:\n\(daemon.log)")
        let seed = try String(contentsOfFile: DaemonHarness.seed, encoding: .utf8)
        for n in 1...4 {
            // Four stories (another title each), one batch each.
            try daemon.drop("story\(n).txt", bytes: Array(seed.replacingOccurrences(
                of: "Coopération numérique", with: "Coopération numérique \(n)").utf8))
            #expect(daemon.eventually { daemon.articles.count == n }, "log:\n\(daemon.log)")
        }
        // A corrected body for story 2: a new version replaces it.
        try daemon.drop("story2-corrected.txt", bytes: Array(seed.replacingOccurrences(
            of: "Coopération numérique", with: "Coopération numérique 2").replacingOccurrences(
            of: "Le Rwanda", with: "Le Rwanda (corrigé)").utf8))
        #expect(daemon.eventually { daemon.log.contains("new version of") }, "log:\n\(daemon.log)")
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0, "log:\n\(daemon.log)")

        let ids = daemon.articles.compactMap { $0["id"] as? String }
        #expect(ids.count == 4)
        let manifest = try #require(daemon.index())
        let last = try #require(manifest["lastSequence"] as? Int)
        #expect(last == 6, "4 added, 1 removed (replaced), 1 updated")
        for doc in ["docs/index-format.md", "README.md"] {
            let whole = try Self.runRecipe(doc: doc, state: daemon.state, after: 0)
            #expect(whole.ids == ids, "\(doc)")
            #expect(whole.articleCount == 4 && whole.lastSequence == last)
            let tail = try Self.runRecipe(doc: doc, state: daemon.state, after: 4)
            #expect(tail.after == [5, 6], "\(doc): the removal of the old version and the new one")
            #expect(tail.afterIds.last == ids.last)
        }
        #expect(try SchemaValidation.validate(indexAt: daemon.state + "/index.json") == "ok: 4 articles")
    }
}
