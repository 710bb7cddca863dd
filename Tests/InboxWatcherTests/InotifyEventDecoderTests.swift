import Glibc
import Testing

@testable import InboxWatcher

/// Builds the bytes of a `struct inotify_event` sequence the way the kernel lays them out.
struct EventBuffer {
    var bytes: [UInt8] = []

    mutating func add(wd: Int32 = 1, mask: Int32, cookie: UInt32 = 0, name: [UInt8] = [], padTo: Int = 16) {
        var field = name
        if !name.isEmpty {
            field.append(0)
            while field.count % padTo != 0 { field.append(0) }
        }
        withUnsafeBytes(of: wd) { bytes += $0 }
        withUnsafeBytes(of: UInt32(bitPattern: mask)) { bytes += $0 }
        withUnsafeBytes(of: cookie) { bytes += $0 }
        withUnsafeBytes(of: UInt32(field.count)) { bytes += $0 }
        bytes += field
    }

    mutating func add(wd: Int32 = 1, mask: Int32, name: String) {
        add(wd: wd, mask: mask, name: Array(name.utf8))
    }

    func decode(_ ignore: IgnoreRules = IgnoreRules()) -> InotifyEventDecoder.Batch {
        InotifyEventDecoder.decode(bytes[...], ignore: ignore)
    }
}

@Suite("InotifyEventDecoder on hand-built buffers")
struct InotifyEventDecoderTests {
    @Test("IN_Q_OVERFLOW with wd = -1 becomes .overflow")
    func overflow() {
        var buffer = EventBuffer()
        buffer.add(wd: -1, mask: IN_Q_OVERFLOW)
        #expect(buffer.bytes.count == 16)
        #expect(buffer.decode().events == [.overflow])
    }

    @Test("close-write becomes .fileClosed, moved-to .fileReady, in order; overflow keeps its place")
    func fileReadyInOrder() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: "a.txt")
        buffer.add(mask: IN_MOVED_TO, cookie: 7, name: Array("a-name-longer-than-sixteen-bytes.html".utf8))
        buffer.add(wd: -1, mask: IN_Q_OVERFLOW)
        buffer.add(mask: IN_CLOSE_WRITE, name: "b.txt")
        #expect(buffer.decode().events == [
            .fileClosed(name: "a.txt"), .fileReady(name: "a-name-longer-than-sixteen-bytes.html"),
            .overflow, .fileClosed(name: "b.txt"),
        ])
    }

    @Test("a name filling its field with no NUL padding is read whole")
    func unpaddedName() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: Array("exactly16bytes!!".utf8), padTo: 1)
        buffer.bytes.removeLast()  // drop the NUL too: len == 16 exactly
        buffer.bytes.replaceSubrange(12..<16, with: [16, 0, 0, 0])
        #expect(buffer.decode().events == [.fileClosed(name: "exactly16bytes!!")])
    }

    @Test("with watches: stale records are skipped; the parent flags only a directory with the inbox's name")
    func watchAware() {
        let watches = InotifyEventDecoder.Watches(inbox: 3, parent: 2, inboxName: "inbox")
        var buffer = EventBuffer()
        buffer.add(wd: 9, mask: IN_CLOSE_WRITE, name: "stale.txt")
        buffer.add(wd: 9, mask: IN_IGNORED)
        buffer.add(wd: 2, mask: IN_CREATE | IN_ISDIR, name: "other")
        buffer.add(wd: 2, mask: IN_CREATE, name: "inbox")
        buffer.add(wd: 3, mask: IN_CLOSE_WRITE, name: "a.txt")
        var batch = InotifyEventDecoder.decode(buffer.bytes[...], ignore: IgnoreRules(), watches: watches)
        #expect(batch.events == [.fileClosed(name: "a.txt")])
        #expect(!batch.inboxReappeared && !batch.parentGone)
        buffer.add(wd: 2, mask: IN_MOVED_TO | IN_ISDIR, name: "inbox")
        buffer.add(wd: -1, mask: IN_Q_OVERFLOW)
        batch = InotifyEventDecoder.decode(buffer.bytes[...], ignore: IgnoreRules(), watches: watches)
        #expect(batch.inboxReappeared)
        #expect(batch.events == [.fileClosed(name: "a.txt"), .overflow])
        var parentGone = EventBuffer()
        parentGone.add(wd: 2, mask: IN_DELETE_SELF)
        #expect(InotifyEventDecoder.decode(parentGone.bytes[...], ignore: IgnoreRules(), watches: watches).parentGone)
    }

    @Test("delete-self then ignored give one .inboxGone; move-self and unmount too")
    func inboxGone() {
        var deleted = EventBuffer()
        deleted.add(mask: IN_DELETE_SELF)
        deleted.add(mask: IN_IGNORED)
        #expect(deleted.decode().events == [.inboxGone])
        for mask in [IN_MOVE_SELF, IN_UNMOUNT, IN_IGNORED] {
            var buffer = EventBuffer()
            buffer.add(mask: mask)
            #expect(buffer.decode().events == [.inboxGone])
        }
    }

    @Test("ignored names, directories and non-UTF-8 names are dropped with a reason")
    func dropped() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: "draft.part")
        buffer.add(mask: IN_MOVED_TO | IN_ISDIR, name: "subdir")
        buffer.add(mask: IN_CLOSE_WRITE, name: [0x62, 0xFF, 0x5C])
        buffer.add(mask: IN_CLOSE_WRITE, name: "x.bak")
        buffer.add(mask: IN_CLOSE_WRITE, name: "keep.txt")
        let batch = buffer.decode(IgnoreRules(extraPatterns: ["*.bak"]))
        #expect(batch.events == [.fileClosed(name: "keep.txt")])
        #expect(batch.dropped == [
            .init(name: "draft.part", reason: .ignored),
            .init(name: "subdir", reason: .directory),
            .init(name: "b\\xFF\\x5C", reason: .invalidUTF8),
            .init(name: "x.bak", reason: .ignored),
        ])
    }

    @Test("a name reported twice in one batch appears once")
    func deduplicated() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: "a.txt")
        buffer.add(mask: IN_MOVED_TO, name: "b.txt")
        buffer.add(mask: IN_CLOSE_WRITE, name: "a.txt")
        buffer.add(mask: IN_CLOSE_WRITE, name: "c.txt")
        buffer.add(mask: IN_MOVED_TO, name: "c.txt")
        #expect(buffer.decode().events == [.fileClosed(name: "a.txt"), .fileReady(name: "b.txt"), .fileReady(name: "c.txt")])
    }

    @Test("events that are not ours (and nameless file events) are skipped silently")
    func foreignEvents() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_ACCESS, name: "a.txt")
        buffer.add(mask: IN_CLOSE_WRITE)
        let batch = buffer.decode()
        #expect(batch.events.isEmpty)
        #expect(batch.dropped.isEmpty)
    }

    @Test("a truncated buffer ends with .overflow so the daemon rescans")
    func truncated() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: "a.txt")
        buffer.add(mask: IN_CLOSE_WRITE, name: "b.txt")
        let whole = buffer.bytes
        buffer.bytes = Array(whole.dropLast(3))  // name runs past the end
        #expect(buffer.decode().events == [.fileClosed(name: "a.txt"), .overflow])
        buffer.bytes = Array(whole.prefix(32 + 10))  // header cut short
        #expect(buffer.decode().events == [.fileClosed(name: "a.txt"), .overflow])
        #expect(EventBuffer().decode().events.isEmpty)
    }

    @Test("decoding works on a slice that does not start at index 0")
    func offsetSlice() {
        var buffer = EventBuffer()
        buffer.add(mask: IN_CLOSE_WRITE, name: "a.txt")
        let padded = [0xAA, 0xBB, 0xCC] + buffer.bytes
        #expect(InotifyEventDecoder.decode(padded[3...], ignore: IgnoreRules()).events == [.fileClosed(name: "a.txt")])
    }
}
