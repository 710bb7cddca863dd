import DurableIO
import Foundation
import Testing

@testable import ArticleIndex

/// The parts of a large batch done on two threads (issue 9): the same files and bytes as one
/// thread gives, in order, and the first failure reported.
@Suite("Large batches on two threads")
struct ParallelBatchTests {
    @Test func placesEveryFileOfALargeBatchWithItsBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for folder in ["articles", "archive"] {
            try FileManager.default.createDirectory(atPath: dir.file(folder), withIntermediateDirectories: false)
        }
        let files = (0..<150).map { n in (path: dir.file(["articles", "archive"][n % 2] + "/\(n).json"), bytes: Array("file \(n)".utf8)) }
        try DurableFile.writeBatchAtomically(files, syncing: dir.path)
        for (n, file) in files.enumerated() { #expect(contents(file.path) == "file \(n)") }
        #expect(names(in: dir.file("articles")).count + names(in: dir.file("archive")).count == 150)
    }

    @Test func aLargeBatchWithAFileThatCannotBeWrittenThrows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var files = (0..<100).map { n in (path: dir.file("\(n).json"), bytes: Array("file \(n)".utf8)) }
        files[57].path = dir.file("missing/57.json")
        #expect(throws: DurableIOError.self) { try DurableFile.writeBatchAtomically(files, syncing: nil) }
        #expect(names(in: dir.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func encodesTheRecordsOfALargeBatchInOrder() throws {
        let records = (0..<130).map { n in
            ArticleRecord(entry: IndexJSONTests().entry("title \(n) é"), body: ["paragraph \(n)", "more"])
        }
        #expect(try IndexJSON.records(records) == records.map { try IndexJSON.record($0) })
        var bad = records
        bad[90] = ArticleRecord(entry: IndexJSONTests().entry("nan", value: .nan), body: [])
        #expect(throws: EncodingError.self) { try IndexJSON.records(bad) }
    }
}
