import Foundation
import Glibc
import Testing

@testable import InboxWatcher

@Suite("InboxFileReader")
struct InboxFileReaderTests {
    @Test("a normal file returns its bytes, size, mtime and identity")
    func normalFile() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let text = "Titre\n\nCorps de l'article, février 2026.\n"
        try writeFile(inbox.child("article.txt"), text)
        let contents = try InboxFileReader.read(name: "article.txt", in: inbox.path, sizeLimit: 1 << 20)
        #expect(contents.bytes == Array(text.utf8))
        #expect(contents.size == Int64(text.utf8.count))
        let scanned = try InboxScanner.scan(directory: inbox.path, ignore: IgnoreRules()).files[0]
        #expect(contents.identity == scanned.identity)
        #expect(contents.modified == scanned.modified)
        #expect(InboxFileReader.isUnchanged(contents, name: "article.txt", in: inbox.path))
    }

    @Test("a file larger than one read chunk and awkward names are read whole")
    func bigFileAndAwkwardName() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let text = String(repeating: "0123456789abcdef", count: 200_000)  // 3.2 MB
        let name = "-n \"quoted\"\nline.txt"
        try writeFile(inbox.child(name), text)
        let contents = try InboxFileReader.read(name: name, in: inbox.path, sizeLimit: 4_000_000)
        #expect(contents.bytes.count == text.utf8.count)
        #expect(contents.bytes.elementsEqual(text.utf8))
    }

    @Test("empty file and exactly-at-limit file are fine; one byte over is tooLarge")
    func sizeLimit() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        try writeFile(inbox.child("empty"), "")
        #expect(try InboxFileReader.read(name: "empty", in: inbox.path, sizeLimit: 0).bytes.isEmpty)
        try writeFile(inbox.child("ten"), "0123456789")
        #expect(try InboxFileReader.read(name: "ten", in: inbox.path, sizeLimit: 10).bytes.count == 10)
        #expect(throws: InboxReadError.tooLarge(name: "ten", size: 10, limit: 9)) {
            try InboxFileReader.read(name: "ten", in: inbox.path, sizeLimit: 9)
        }
    }

    @Test("a FIFO is refused at once, even with a writer-less pipe that would block open or read")
    func fifoNeverBlocks() async throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        #expect(mkfifo(inbox.child("pipe"), 0o644) == 0)
        let path = inbox.path
        // A blocking open or read would hang forever: finishing before the 5 s guard is the test.
        let result = await withTaskGroup(of: Result<InboxFileContents, InboxReadError>?.self) { group in
            group.addTask { Result { () throws(InboxReadError) in try InboxFileReader.read(name: "pipe", in: path, sizeLimit: 100) } }
            group.addTask { try? await Task.sleep(for: .seconds(5)); return nil }
            let first = await group.next()!
            group.cancelAll()
            return first
        }
        guard case .failure(let error) = result else {
            Issue.record("expected a fifo error, got \(String(describing: result))")
            return
        }
        #expect(error == .notRegularFile(name: "pipe", kind: .fifo))
    }

    @Test("symbolic links (to /etc/passwd, to a file outside) are refused, not followed")
    func symlinks() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let outside = try TempDirectory("outside")
        defer { outside.remove() }
        try writeFile(outside.child("secret.txt"), "secret")
        #expect(symlink("/etc/passwd", inbox.child("passwd")) == 0)
        #expect(symlink(outside.child("secret.txt"), inbox.child("secret")) == 0)
        for name in ["passwd", "secret"] {
            #expect(throws: InboxReadError.notRegularFile(name: name, kind: .symbolicLink)) {
                try InboxFileReader.read(name: name, in: inbox.path, sizeLimit: 1 << 20)
            }
        }
    }

    @Test("directories, devices and missing files get their own errors")
    func otherKinds() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        #expect(mkdir(inbox.child("subdir"), 0o755) == 0)
        #expect(throws: InboxReadError.notRegularFile(name: "subdir", kind: .directory)) {
            try InboxFileReader.read(name: "subdir", in: inbox.path, sizeLimit: 100)
        }
        #expect(throws: InboxReadError.notRegularFile(name: "null", kind: .characterDevice)) {
            try InboxFileReader.read(name: "null", in: "/dev", sizeLimit: 100)
        }
        #expect(throws: InboxReadError.notFound(name: "gone.txt")) {
            try InboxFileReader.read(name: "gone.txt", in: inbox.path, sizeLimit: 100)
        }
    }

    @Test("names that are not a single entry are refused", arguments: ["", ".", "..", "../etc/passwd", "a/b", "nul\0byte"])
    func invalidNames(name: String) throws {
        #expect(throws: InboxReadError.invalidName(name)) {
            try InboxFileReader.read(name: name, in: "/tmp", sizeLimit: 100)
        }
    }

    @Test("isUnchanged notices a replaced or rewritten file")
    func replacementDetected() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        try writeFile(inbox.child("a.txt"), "one")
        let contents = try InboxFileReader.read(name: "a.txt", in: inbox.path, sizeLimit: 100)
        try writeFile(inbox.child("new"), "two")
        try rename(inbox.child("new"), inbox.child("a.txt"))
        #expect(!InboxFileReader.isUnchanged(contents, name: "a.txt", in: inbox.path))
        #expect(!InboxFileReader.isUnchanged(contents, name: "missing", in: inbox.path))
    }

    @Test("error descriptions say what to do")
    func descriptions() {
        #expect(InboxReadError.tooLarge(name: "a", size: 20, limit: 10).description.contains("over the limit of 10 bytes"))
        #expect(InboxReadError.notRegularFile(name: "p", kind: .fifo).description.contains("FIFO"))
    }

    /// Reading by path (`presswatch parse`) gives FileManager's bytes for a regular file within
    /// the limit, also through a symbolic link, and declines everything else (a folder, a file
    /// over the limit, a missing file).
    @Test func readingByPathGivesFileManagersBytes() throws {
        let folder = NSTemporaryDirectory() + "presswatch-bypath-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, 4_096] {
            let path = folder + "/f\(size).txt"
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0) }).write(to: URL(fileURLWithPath: path))
            #expect((try? InboxFileReader.read(path: path, sizeLimit: 4_096)) == Array(FileManager.default.contents(atPath: path)!))
            #expect((try? InboxFileReader.read(path: path, sizeLimit: size - 1)) == nil)
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/f1.txt")
        #expect((try? InboxFileReader.read(path: folder + "/link", sizeLimit: 4_096)) == [0])
        #expect((try? InboxFileReader.read(path: folder, sizeLimit: 4_096)) == nil)
        #expect((try? InboxFileReader.read(path: folder + "/missing", sizeLimit: 4_096)) == nil)
    }
}
