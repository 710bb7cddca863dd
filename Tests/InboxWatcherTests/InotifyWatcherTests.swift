import Foundation
import Glibc
import Testing

@testable import InboxWatcher

@Suite("InotifyWatcher on real inotify")
struct InotifyWatcherTests {
    @Test("a file written then closed gives exactly one .fileClosed")
    func closeWrite() async throws {
        try await withWatcher { inbox, _, recorder in
            try writeFile(inbox.child("article.txt"), "hello")
            #expect(await recorder.waitUntil { $0.readyNames == ["article.txt"] })
            try await Task.sleep(for: .milliseconds(100))
            #expect(recorder.events == [.fileClosed(name: "article.txt")])
        }
    }

    @Test("a file renamed in from a sibling directory gives .fileReady")
    func renameIn() async throws {
        let staging = try TempDirectory("staging")
        defer { staging.remove() }
        try await withWatcher { inbox, _, recorder in
            try writeFile(staging.child("moved.txt"))
            try await Task.sleep(for: .milliseconds(50))
            #expect(recorder.events.isEmpty)
            try rename(staging.child("moved.txt"), inbox.child("moved.txt"))
            #expect(await recorder.waitUntil { $0.readyNames == ["moved.txt"] })
        }
    }

    @Test("a file still open for writing gives no event until it is closed")
    func openFileIsNotReady() async throws {
        try await withWatcher { inbox, _, recorder in
            let fd = try openForWriting(inbox.child("slow.txt"))
            try write(fd, "first half ")
            try await Task.sleep(for: .milliseconds(300))
            try write(fd, "second half")
            try await Task.sleep(for: .milliseconds(100))
            #expect(recorder.events.isEmpty)
            close(fd)
            #expect(await recorder.waitUntil { $0.readyNames == ["slow.txt"] })
        }
    }

    @Test("ignored names are filtered by the watcher itself")
    func ignoredNamesFiltered() async throws {
        try await withWatcher(ignore: IgnoreRules(extraPatterns: ["*.bak"])) { inbox, _, recorder in
            for name in [".hidden", "download.part", "x.tmp", ".notes.txt.swp", "draft~", "old.bak"] {
                try writeFile(inbox.child(name))
            }
            try writeFile(inbox.child("real.txt"))
            #expect(await recorder.waitUntil { $0.readyNames.contains("real.txt") })
            #expect(recorder.readyNames == ["real.txt"])
        }
    }

    @Test("names with newlines, quotes, leading dashes and accents arrive intact")
    func awkwardNames() async throws {
        let names = ["line\nbreak.txt", "quote\"d 'name'.txt", "-rf", "--help.txt", "février é.txt", "back\\slash"]
        try await withWatcher { inbox, _, recorder in
            for name in names { try writeFile(inbox.child(name)) }
            #expect(await recorder.waitUntil { Set($0.readyNames) == Set(names) })
            #expect(recorder.readyNames.count == names.count)
        }
    }

    @Test("a name that is not valid UTF-8 is dropped, later files still arrive")
    func invalidUTF8NameDropped() async throws {
        try await withWatcher { inbox, _, recorder in
            try writeFile(in: inbox.path, rawName: [0x62, 0x61, 0x64, 0xFF, 0xFE])
            try writeFile(inbox.child("good.txt"))
            #expect(await recorder.waitUntil { $0.readyNames.contains("good.txt") })
            #expect(recorder.readyNames == ["good.txt"])
        }
    }

    @Test("2,000 files moved in while watching all arrive")
    func liveBatch() async throws {
        let staging = try TempDirectory("staging")
        defer { staging.remove() }
        let names = (0..<2000).map { String(format: "article-%04d.txt", $0) }
        for name in names { try writeFile(staging.child(name)) }
        try await withWatcher { inbox, _, recorder in
            for name in names { try rename(staging.child(name), inbox.child(name)) }
            #expect(await recorder.waitUntil(timeout: .seconds(60)) { $0.readyNames.count >= names.count })
            #expect(Set(recorder.readyNames) == Set(names))
            // Live, the reader may keep up with part of the stream (47–634 batches seen here);
            // the deterministic batching bound is in backlogIsBatched.
            #expect(recorder.batches.count < names.count)
        }
    }

    @Test("a queued backlog of 2,000 moves arrives in a handful of batches")
    func backlogIsBatched() async throws {
        let staging = try TempDirectory("staging")
        defer { staging.remove() }
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let names = (0..<2000).map { String(format: "article-%04d.txt", $0) }
        for name in names { try writeFile(staging.child(name)) }
        let watcher = try InotifyWatcher(directory: inbox.path, logger: testLogger)
        defer { watcher.stop() }
        // The watch is live from init: these queue in the kernel before anyone reads.
        for name in names { try rename(staging.child(name), inbox.child(name)) }
        let recorder = EventRecorder(watcher.events())
        #expect(await recorder.waitUntil(timeout: .seconds(60)) { $0.readyNames.count >= names.count })
        #expect(recorder.readyNames == names)  // kernel order is rename order
        // 2,000 events of 48 bytes in 64 KiB reads: 2 batches; allow slack for partial reads.
        #expect(recorder.batches.count <= 10)
    }

    @Test("stop() wakes the thread blocked in poll and ends the stream promptly")
    func stopEndsStream() async throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let watcher = try InotifyWatcher(directory: inbox.path, logger: testLogger)
        let recorder = EventRecorder(watcher.events())
        try await Task.sleep(for: .milliseconds(100))  // let the thread block in poll
        watcher.stop()
        // A thread left blocked in poll would never finish the stream; the bound only absorbs load.
        #expect(await recorder.waitUntil(timeout: .seconds(60)) { $0.finished })
        watcher.stop()  // idempotent
        #expect(recorder.events.isEmpty)
    }

    @Test("events() after stop(), or called twice, returns a finished stream")
    func eventsAfterStop() async throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let stopped = try InotifyWatcher(directory: inbox.path, logger: testLogger)
        stopped.stop()
        let late = EventRecorder(stopped.events())
        #expect(await late.waitUntil(timeout: .seconds(60)) { $0.finished })

        let watcher = try InotifyWatcher(directory: inbox.path, logger: testLogger)
        let first = EventRecorder(watcher.events())
        let second = EventRecorder(watcher.events())
        #expect(await second.waitUntil(timeout: .seconds(60)) { $0.finished })
        #expect(!first.finished)
        watcher.stop()
        #expect(await first.waitUntil(timeout: .seconds(60)) { $0.finished })
    }

    @Test("cancelling the consumer stops the watcher")
    func consumerCancellation() async throws {
        let inbox = try TempDirectory()
        defer { inbox.remove() }
        let watcher = try InotifyWatcher(directory: inbox.path, logger: testLogger)
        let recorder = EventRecorder(watcher.events())
        try await Task.sleep(for: .milliseconds(50))
        recorder.cancel()
        #expect(await recorder.waitUntil(timeout: .seconds(60)) { $0.finished })
    }

    @Test("removing the watched directory gives .inboxGone; re-creating it gives .inboxRestored and events again")
    func inboxRemovedThenRecreated() async throws {
        let parent = try TempDirectory("parent")
        defer { parent.remove() }
        let path = parent.child("inbox")
        #expect(mkdir(path, 0o755) == 0)
        let watcher = try InotifyWatcher(directory: path, logger: testLogger)
        defer { watcher.stop() }
        let recorder = EventRecorder(watcher.events())
        #expect(rmdir(path) == 0)
        #expect(await recorder.waitUntil { $0.events.contains(.inboxGone) })
        try await Task.sleep(for: .milliseconds(100))
        #expect(!recorder.finished)
        #expect(recorder.events == [.inboxGone])
        #expect(mkdir(path, 0o755) == 0)
        #expect(await recorder.waitUntil { $0.events == [.inboxGone, .inboxRestored] })
        try writeFile(path + "/after.txt")
        #expect(await recorder.waitUntil { $0.readyNames == ["after.txt"] })
    }

    @Test("moving the watched directory away gives .inboxGone; its files are no longer reported; moving one back restores")
    func inboxMovedAwayAndBack() async throws {
        let parent = try TempDirectory("parent")
        defer { parent.remove() }
        let path = parent.child("inbox")
        #expect(mkdir(path, 0o755) == 0)
        let watcher = try InotifyWatcher(directory: path, logger: testLogger)
        defer { watcher.stop() }
        let recorder = EventRecorder(watcher.events())
        try rename(path, parent.child("elsewhere"))
        #expect(await recorder.waitUntil { $0.events == [.inboxGone] })
        try writeFile(parent.child("elsewhere/stale.txt"))
        #expect(mkdir(parent.child("other"), 0o755) == 0)
        try await Task.sleep(for: .milliseconds(150))
        #expect(recorder.events == [.inboxGone], "nothing from the moved-away folder or another name")
        try rename(parent.child("elsewhere"), path)
        #expect(await recorder.waitUntil { $0.events == [.inboxGone, .inboxRestored] })
        try writeFile(path + "/back.txt")
        #expect(await recorder.waitUntil { $0.readyNames == ["back.txt"] })
    }

    @Test("rm -r and mkdir at once: the inbox is watched again")
    func inboxReplacedAtOnce() async throws {
        let parent = try TempDirectory("parent")
        defer { parent.remove() }
        let path = parent.child("inbox")
        #expect(mkdir(path, 0o755) == 0)
        let watcher = try InotifyWatcher(directory: path, logger: testLogger)
        defer { watcher.stop() }
        let recorder = EventRecorder(watcher.events())
        #expect(rmdir(path) == 0 && mkdir(path, 0o755) == 0)
        #expect(await recorder.waitUntil { $0.events.contains(.inboxRestored) })
        try writeFile(path + "/new.txt")
        #expect(await recorder.waitUntil { $0.readyNames == ["new.txt"] })
    }

    @Test("split gives the parent and the name")
    func splitPath() {
        #expect(InotifyWatcher.split("/srv/inbox") == ("/srv", "inbox"))
        #expect(InotifyWatcher.split("/srv/inbox/") == ("/srv", "inbox"))
        #expect(InotifyWatcher.split("/inbox") == ("/", "inbox"))
        #expect(InotifyWatcher.split("inbox") == (".", "inbox"))
    }

    @Test("init refuses a missing path, a file and a symbolic link, with clear errors")
    func initErrors() throws {
        let scratch = try TempDirectory("errors")
        defer { scratch.remove() }
        let missing = scratch.child("nope")
        #expect(throws: InboxWatcherError.directoryMissing(path: missing)) {
            try InotifyWatcher(directory: missing, logger: testLogger)
        }
        try writeFile(scratch.child("file"))
        #expect(throws: InboxWatcherError.notADirectory(path: scratch.child("file"))) {
            try InotifyWatcher(directory: scratch.child("file"), logger: testLogger)
        }
        #expect(symlink(scratch.path, scratch.child("link")) == 0)
        #expect(throws: InboxWatcherError.symbolicLink(path: scratch.child("link"))) {
            try InotifyWatcher(directory: scratch.child("link"), logger: testLogger)
        }
        #expect(InboxWatcherError.directoryMissing(path: missing).description.contains("create it or set inbox.path"))
    }
}
