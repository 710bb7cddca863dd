import Foundation
import InboxWatcher
import Testing

@testable import PressWatchDaemon

/// Issue 11: an inbox name is removed only while it still names the file that was read.
@Suite("InboxRemoval")
struct InboxRemovalTests {
    func inbox() throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-removal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func read(_ name: String, _ directory: String) throws -> InboxFileContents {
        try InboxFileReader.read(name: name, in: directory, sizeLimit: 1 << 20)
    }

    @Test("the file that was read is removed; a vanished one is .gone")
    func removesTheSameFile() throws {
        let dir = try inbox()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "one".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        let contents = try read("a.txt", dir)
        #expect(InboxRemoval.removeIfSame(contents, name: "a.txt", in: dir) == .removed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        #expect(InboxRemoval.removeIfSame(contents, name: "a.txt", in: dir) == .gone)
    }

    @Test("a file appended to, replaced, or swapped for a symbolic link stays")
    func keepsAnyOtherFile() throws {
        let dir = try inbox()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "first".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        let contents = try read("a.txt", dir)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/a.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" and more".utf8))
        try handle.close()
        #expect(InboxRemoval.removeIfSame(contents, name: "a.txt", in: dir) == .changed(name: "a.txt"))
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "first and more")

        try "other".write(toFile: dir + "/b.txt", atomically: false, encoding: .utf8)
        let b = try read("b.txt", dir)
        try "replacement".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)  // renamed over
        #expect(InboxRemoval.removeIfSame(b, name: "b.txt", in: dir) == .changed(name: "b.txt"))
        #expect(try String(contentsOfFile: dir + "/b.txt", encoding: .utf8) == "replacement")

        try "linked".write(toFile: dir + "/c.txt", atomically: false, encoding: .utf8)
        let c = try read("c.txt", dir)
        try FileManager.default.removeItem(atPath: dir + "/c.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/c.txt", withDestinationPath: "/etc/hostname")
        #expect(InboxRemoval.removeIfSame(c, name: "c.txt", in: dir) == .changed(name: "c.txt"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/c.txt") == "/etc/hostname")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir)).contains { $0.hasPrefix(".presswatch") })
    }
}
