import ArticleIndex
import Foundation
import TestSupport
import Testing

/// Validates real store output with Python's `jsonschema` (a client nobody here wrote) against
/// docs/index.schema.json, through Tests/schema/validate_index.py.
@Suite("index.json and its shards against docs/index.schema.json")
struct SchemaValidationTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = repository.appendingPathComponent("docs/index.schema.json").path
    static let script = repository.appendingPathComponent("Tests/schema/validate_index.py").path

    /// True when `python3` with the `jsonschema` package can run.
    static let validatorAvailable: Bool =
        (try? run(["python3", "-c", "import jsonschema"]).status) == 0

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run("/usr/bin/env", arguments)
        return (result.status, result.stdout + result.stderr)
    }

    @Test(.enabled(if: validatorAvailable, "python3 with the jsonschema package is not installed"))
    func storeOutputValidates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        let articles = [sampleArticle(1), sampleArticle(2), sampleArticle(3)]
        for article in articles {
            store.add(
                article, archivedPath: "archive/2026/02/\(article.id).txt",
                originalName: "\(article.id).txt", at: fixedDate)
        }
        try store.flush(now: fixedDate)
        var corrected = sampleArticle(1)
        corrected.id = "00000000000000a1"
        store.addVersion(corrected, archivedPath: "archive/2026/02/a1.txt", originalName: "a1.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        try store.compact(now: fixedDate, force: true)

        let index = try Self.run(["python3", Self.script, Self.schema, dir.file("index.json")])
        #expect(index.status == 0, "\(index.output)")
        #expect(index.output == "ok: 3 articles\n")

        let records = articles.map { store.recordPath(id: $0.id) }
        let checked = try Self.run(["python3", Self.script, "--record", Self.schema] + records)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output == "ok: 3 records\n")
    }

    @Test(.enabled(if: validatorAvailable, "python3 with the jsonschema package is not installed"))
    func schemaCatchesDrift() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try ArticleStore(stateDirectory: dir.url)
        store.add(sampleArticle(2), archivedPath: "archive/x.txt", originalName: "x.txt", at: fixedDate)
        try store.flush(now: fixedDate)
        let shard = dir.file("index/000000000001.json")
        let json = try #require(contents(shard))
        // A renamed field, as a careless change would produce.
        try write(json.replacingOccurrences(of: "\"wordCount\"", with: "\"words\""), to: shard)
        let result = try Self.run(["python3", Self.script, Self.schema, dir.file("index.json")])
        #expect(result.status == 1)
        #expect(result.output.contains("'words' was unexpected"))
        #expect(result.output.contains("'wordCount' is a required property"))
    }
}
