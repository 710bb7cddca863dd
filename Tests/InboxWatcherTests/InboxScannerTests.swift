import Foundation
import Glibc
import Testing

@testable import InboxWatcher

@Suite("InboxScanner on real directories")
struct InboxScannerTests {
    @Test("regular files are listed sorted with size, mtime and identity; others are skipped with a reason")
    func mixedInbox() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let outside = try TempDirectory("outside")
        defer { outside.remove() }
        try writeFile(outside.child("secret.txt"), "outside")

        try writeFile(inbox.child("b.txt"), "bravo!")
        try writeFile(inbox.child("a.txt"), "al")
        try writeFile(inbox.child("-dash \"q\"\nnl.txt"), "")
        try writeFile(inbox.child("partial.part"))
        try writeFile(inbox.child(".hidden"))
        try writeFile(inbox.child("old.bak"))
        #expect(symlink("/etc/passwd", inbox.child("passwd-link")) == 0)
        #expect(symlink(outside.child("secret.txt"), inbox.child("outside-link")) == 0)
        #expect(mkfifo(inbox.child("pipe"), 0o644) == 0)
        #expect(mkdir(inbox.child("subdir"), 0o755) == 0)
        try writeFile(in: inbox.path, rawName: [0x6E, 0xE9, 0x2E, 0x74, 0x78, 0x74])  // "né.txt" in Latin-1

        let result = try InboxScanner.scan(directory: inbox.path, ignore: IgnoreRules(extraPatterns: ["*.bak"]))

        #expect(result.files.map(\.name) == ["-dash \"q\"\nnl.txt", "a.txt", "b.txt"])
        #expect(result.files.map(\.size) == [0, 2, 6])
        let stat = try FileManager.default.attributesOfItem(atPath: inbox.child("b.txt"))
        #expect(result.files[2].identity.inode == (stat[.systemFileNumber] as? UInt64))
        let mtime = (stat[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let scanned = Double(result.files[2].modified.components.seconds)
        #expect(abs(scanned - mtime) < 2)

        #expect(result.ignoredCount == 3)
        let skipped = Dictionary(uniqueKeysWithValues: result.skipped.map { ($0.name, $0) })
        #expect(Set(skipped.keys) == ["passwd-link", "outside-link", "pipe", "subdir", "n\\xE9.txt"])
        #expect(skipped["passwd-link"]?.kind == .symbolicLink)
        #expect(skipped["outside-link"]?.kind == .symbolicLink)
        #expect(skipped["pipe"]?.kind == .fifo)
        #expect(skipped["subdir"]?.kind == .directory)
        #expect(skipped["n\\xE9.txt"]?.kind == nil)
        #expect(skipped["n\\xE9.txt"]?.reason == "file name is not valid UTF-8: rename it")
        #expect(skipped["pipe"]?.reason.contains("not a regular file") == true)
        #expect(result.skipped.map(\.name) == result.skipped.map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test("an empty inbox scans to nothing")
    func emptyInbox() throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        #expect(try InboxScanner.scan(directory: inbox.path, ignore: IgnoreRules()) == ScanResult())
    }

    @Test("a missing path, a file or a symbolic link as the inbox give clear errors")
    func badInbox() throws {
        let scratch = try TempDirectory("errors")
        defer { scratch.remove() }
        let missing = scratch.child("missing")
        #expect(throws: InboxWatcherError.directoryMissing(path: missing)) {
            try InboxScanner.scan(directory: missing, ignore: IgnoreRules())
        }
        try writeFile(scratch.child("file"))
        #expect(throws: InboxWatcherError.notADirectory(path: scratch.child("file"))) {
            try InboxScanner.scan(directory: scratch.child("file"), ignore: IgnoreRules())
        }
        #expect(symlink(scratch.path, scratch.child("link")) == 0)
        #expect(throws: InboxWatcherError.symbolicLink(path: scratch.child("link"))) {
            try InboxScanner.scan(directory: scratch.child("link"), ignore: IgnoreRules())
        }
    }
}
