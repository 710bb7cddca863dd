import DurableIO
import Foundation
import Testing

/// `DurableFile.moveAll` (group commit of the archive moves) and `writeBatchAtomically`.
@Suite("DurableFile batches")
struct BatchMoveTests {
    func identity(_ path: String) throws -> (device: UInt64, inode: UInt64) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return ((attributes[.systemNumber] as? NSNumber)?.uint64Value ?? 0, try inode(path))
    }

    @Test func movesEveryFileAndRecognisesDuplicates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("inbox"), withIntermediateDirectories: true)
        for name in ["a", "b", "c"] { try write("text \(name)", to: dir.file("inbox/\(name).txt")) }
        try write("text a", to: dir.file("inbox/a-again.txt"))
        let moves = [
            DurableFile.BatchMove(from: dir.file("inbox/a.txt"), to: dir.file("archive/2026/02/a.txt"),
                                  expected: try identity(dir.file("inbox/a.txt"))),
            DurableFile.BatchMove(from: dir.file("inbox/b.txt"), to: dir.file("archive/2026/03/b.txt")),
            DurableFile.BatchMove(from: dir.file("inbox/c.txt"), to: dir.file("archive/2026/02/c.txt"),
                                  expected: try identity(dir.file("inbox/c.txt"))),
            DurableFile.BatchMove(from: dir.file("inbox/a-again.txt"), to: dir.file("archive/2026/02/a.txt"),
                                  expected: try identity(dir.file("inbox/a-again.txt"))),
        ]
        let results = DurableFile.moveAll(moves)
        #expect(results == [.moved, .moved, .moved, .alreadyThere])
        #expect(names(in: dir.file("inbox")).isEmpty)
        #expect(names(in: dir.file("archive/2026/02")) == ["a.txt", "c.txt"])
        #expect(contents(dir.file("archive/2026/03/b.txt")) == "text b")
    }

    @Test func aFileRenamedOverTheSourceAfterItWasReadStaysInTheInbox() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("inbox"), withIntermediateDirectories: true)
        try write("version 1", to: dir.file("inbox/story.txt"))
        let read = try identity(dir.file("inbox/story.txt"))
        try write("version 2", to: dir.file("staging"))
        _ = rename(dir.file("staging"), dir.file("inbox/story.txt"))
        let results = DurableFile.moveAll([
            DurableFile.BatchMove(from: dir.file("inbox/story.txt"), to: dir.file("archive/v1.txt"), expected: read)
        ])
        #expect(results == [.replaced])
        #expect(contents(dir.file("inbox/story.txt")) == "version 2")
        #expect(!FileManager.default.fileExists(atPath: dir.file("archive/v1.txt")))
    }

    @Test func aMissingSourceFailsOnlyItsOwnMove() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("x", to: dir.file("x.txt"))
        let results = DurableFile.moveAll([
            DurableFile.BatchMove(from: dir.file("gone.txt"), to: dir.file("archive/gone.txt")),
            DurableFile.BatchMove(from: dir.file("x.txt"), to: dir.file("archive/x.txt")),
        ])
        guard case .failed(let error) = results[0] else {
            Issue.record("a missing source did not fail: \(results)")
            return
        }
        #expect(error.errno == .noSuchFileOrDirectory)
        #expect(results[1] == .moved)
    }

    @Test func aBatchOfFilesIsWrittenWithOneSync() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let files = (1...20).map { (path: dir.file("f\($0).json"), bytes: Array("{\"n\":\($0)}".utf8)) }
        try DurableFile.writeBatchAtomically(files, syncing: dir.path)
        #expect(names(in: dir.path).count == 20)
        #expect(contents(dir.file("f7.json")) == "{\"n\":7}")
        #expect(names(in: dir.path).allSatisfy { !$0.hasPrefix(DurableFile.temporaryPrefix) })
    }
}
