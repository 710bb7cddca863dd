import DurableIO
import Foundation
import Testing

/// `DurableFile.writeBatchDurably`: a small batch written atomically and made durable by
/// concurrent fsyncs (the flush of a few articles, with their archive copies).
@Suite("Group sync")
struct GroupSyncTests {
    @Test func writesEveryFileInEveryFolderWithItsBytesAndNoTemporary() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for folder in ["articles", "index", "archive"] {
            try FileManager.default.createDirectory(atPath: dir.file(folder), withIntermediateDirectories: false)
        }
        try write("shard", to: dir.file("index/2.json"))
        // 70 files: more than one wave of 32 concurrent fsyncs.
        let files = (0..<70).map { n in
            (path: dir.file(["articles", "index", "archive"][n % 3] + "/\(n).json"), bytes: Array("file \(n)".utf8))
        }
        try DurableFile.writeBatchDurably(files, alsoSyncing: [dir.file("index/2.json")], permissions: 0o640)
        for (n, file) in files.enumerated() {
            #expect(contents(file.path) == "file \(n)")
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
            #expect((mode as? NSNumber)?.intValue == 0o640)
        }
        #expect(contents(dir.file("index/2.json")) == "shard")
        let all = ["articles", "index", "archive"].flatMap { names(in: dir.file($0)) }
        #expect(all.count == 71)
        #expect(all.allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func aFileThatCannotBeSyncedIsNamedAfterEveryOtherIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // fsync(2) of /dev/null fails with EINVAL: the failure of one fsync among several.
        #expect {
            try DurableFile.writeBatchDurably([(dir.file("a.json"), Array("a".utf8))], alsoSyncing: ["/dev/null"])
        } throws: { error in
            (error as? DurableIOError)?.path == "/dev/null" && "\(error)".contains("/dev/null")
        }
        #expect(contents(dir.file("a.json")) == "a")
    }

    @Test func aFailedRenameLeavesNoTemporaryAndKeepsWhatWasThere() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let blocked = dir.file("b.json")
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
        try write("keep", to: (blocked as NSString).appendingPathComponent("inside"))
        #expect(throws: DurableIOError.self) {
            try DurableFile.writeBatchDurably([(dir.file("a.json"), Array("a".utf8)), (blocked, Array("b".utf8))])
        }
        #expect(names(in: dir.path) == ["a.json", "b.json"])
        #expect(contents((blocked as NSString).appendingPathComponent("inside")) == "keep")
    }

    @Test func aMissingEarlierFileIsNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect {
            try DurableFile.writeBatchDurably([], alsoSyncing: [dir.file("gone.json")])
        } throws: { error in
            (error as? DurableIOError)?.path == dir.file("gone.json")
        }
    }
}
