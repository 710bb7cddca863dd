import DurableIO
import Foundation
import SystemPackage
import Testing

@Suite("DurableFile")
struct DurableFileTests {
    @Test func writeAtomicallyCreatesFileWithExactPermissions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("a.json")
        try DurableFile.writeAtomically(Array("hello".utf8), to: path, permissions: 0o640)
        #expect(contents(path) == "hello")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o640)
        #expect(names(in: dir.path) == ["a.json"])
    }

    @Test func replacingChangesInodeAndLeavesNoTemporary() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("index.json")
        try DurableFile.writeAtomically(Data("old".utf8), to: path)
        let before = try inode(path)
        try DurableFile.writeAtomically(Data("new".utf8), to: path)
        #expect(try inode(path) != before)
        #expect(contents(path) == "new")
        #expect(names(in: dir.path) == ["index.json"])
    }

    /// A batch file is placed whole: a new name is linked from an unnamed file, an existing one
    /// replaced (a new inode), with exact permissions and no name left over either way.
    @Test func batchFilesAreCreatedAndReplacedWholeWithExactPermissions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let files = [(dir.file("a.json"), Array("a".utf8)), (dir.file("b.json"), Array(repeating: UInt8(ascii: "b"), count: 70_000))]
        try DurableFile.writeBatchAtomically(files, syncing: dir.path, permissions: 0o640)
        #expect(names(in: dir.path) == ["a.json", "b.json"])
        #expect(contents(dir.file("b.json"))?.utf8.count == 70_000)
        let before = try inode(dir.file("a.json"))
        try DurableFile.writeBatchDurably([(dir.file("a.json"), Array("new".utf8)), (dir.file("c.json"), Array("c".utf8))],
                                          permissions: 0o640)
        #expect(try inode(dir.file("a.json")) != before)
        #expect(contents(dir.file("a.json")) == "new")
        #expect(contents(dir.file("c.json")) == "c")
        #expect(names(in: dir.path) == ["a.json", "b.json", "c.json"])
        for name in ["a.json", "b.json", "c.json"] {
            let mode = try FileManager.default.attributesOfItem(atPath: dir.file(name))[.posixPermissions]
            #expect((mode as? NSNumber)?.intValue == 0o640, "\(name)")
        }
    }

    @Test func failedReplaceLeavesTargetAndNoTemporary() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // A non-empty directory in the way: the rename fails after the temp file was written.
        let path = dir.file("index.json")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try write("keep", to: (path as NSString).appendingPathComponent("inside"))
        #expect(throws: DurableIOError.self) {
            try DurableFile.writeAtomically(Array("x".utf8), to: path)
        }
        #expect(names(in: dir.path) == ["index.json"])
        #expect(contents((path as NSString).appendingPathComponent("inside")) == "keep")
    }

    @Test func parentIsARegularFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("not a directory", to: dir.file("state"))
        let target = dir.file("state/index.json")
        let error = #expect(throws: DurableIOError.self) {
            try DurableFile.writeAtomically(Array("x".utf8), to: target)
        }
        #expect(error?.errno == .notDirectory)
        #expect(error?.path == target)
        #expect(error?.description.contains(target) == true)
        #expect(contents(dir.file("state")) == "not a directory")
    }

    @Test func errorDescriptionNamesFileOperationAndRemedy() {
        let error = DurableIOError(
            operation: .write, path: "/var/lib/presswatch/index.json", errno: .noSpace)
        #expect(error.isNoSpace)
        #expect(
            error.description == "no space left on device while writing "
                + "/var/lib/presswatch/index.json; free space on that file system, presswatch retries")
        #expect(!DurableIOError(operation: .open, path: "/x", errno: .permissionDenied).isNoSpace)
    }

    @Test func createDirectoriesIsIdempotentAndRejectsFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try DurableFile.createDirectories(dir.file("a/b/c"))
        try DurableFile.createDirectories(dir.file("a/b/c"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: dir.file("a/b/c"), isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        try write("x", to: dir.file("a/file"))
        let error = #expect(throws: DurableIOError.self) {
            try DurableFile.createDirectories(dir.file("a/file/d"))
        }
        #expect(error?.errno == .notDirectory)
    }

    @Test func removesOnlyLeftoverTemporaries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("partial", to: dir.file(".presswatch-tmp-index.json-1234"))
        try write("partial", to: dir.file(".presswatch-tmp-x"))
        try write("keep", to: dir.file("index.json"))
        try write("keep", to: dir.file(".hidden"))
        #expect(try DurableFile.removeLeftoverTemporaries(in: dir.path) == 2)
        #expect(names(in: dir.path) == [".hidden", "index.json"])
        #expect(try DurableFile.removeLeftoverTemporaries(in: dir.path) == 0)
    }

    @Test func leftoverTemporariesAreRemovedInAWholeTree() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("archive/2026/02"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir.file("elsewhere"), withIntermediateDirectories: true)
        try write("partial", to: dir.file("archive/.presswatch-tmp-a"))
        try write("partial", to: dir.file("archive/2026/02/.presswatch-tmp-b.txt-12"))
        try write("keep", to: dir.file("archive/2026/02/0000000000000001.txt"))
        try write("keep", to: dir.file("elsewhere/.presswatch-tmp-c"))
        try FileManager.default.createSymbolicLink(atPath: dir.file("archive/2026/link"), withDestinationPath: dir.file("elsewhere"))
        #expect(try DurableFile.removeLeftoverTemporaries(under: dir.file("archive")) == 2)
        #expect(names(in: dir.file("archive/2026/02")) == ["0000000000000001.txt"])
        #expect(names(in: dir.file("archive")) == ["2026"])
        #expect(names(in: dir.file("elsewhere")) == [".presswatch-tmp-c"], "a symbolic link is not followed")
        #expect(try DurableFile.removeLeftoverTemporaries(under: dir.file("missing")) == 0)
    }

    @Test func moveWithinFileSystemCreatesDirectories() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("article", to: dir.file("inbox.txt"))
        try DurableFile.move(from: dir.file("inbox.txt"), to: dir.file("archive/2026/02/a.txt"))
        #expect(contents(dir.file("archive/2026/02/a.txt")) == "article")
        #expect(!FileManager.default.fileExists(atPath: dir.file("inbox.txt")))
    }

    @Test func moveRefusesToOverwriteDifferentContent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("new", to: dir.file("src.txt"))
        try write("old", to: dir.file("dst.txt"))
        let error = #expect(throws: DurableIOError.self) {
            try DurableFile.move(from: dir.file("src.txt"), to: dir.file("dst.txt"))
        }
        #expect(error?.isDestinationExists == true)
        #expect(contents(dir.file("src.txt")) == "new")
        #expect(contents(dir.file("dst.txt")) == "old")
        try DurableFile.move(from: dir.file("src.txt"), to: dir.file("dst.txt"), replace: true)
        #expect(contents(dir.file("dst.txt")) == "new")
        #expect(names(in: dir.path) == ["dst.txt"])
    }

    @Test func moveOntoIdenticalContentFinishesAnInterruptedMove() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("same", to: dir.file("src.txt"))
        try write("same", to: dir.file("dst.txt"))
        try DurableFile.move(from: dir.file("src.txt"), to: dir.file("dst.txt"))
        #expect(names(in: dir.path) == ["dst.txt"])
        // A crash between link and unlink leaves two names for one inode.
        try write("linked", to: dir.file("a.txt"))
        try FileManager.default.linkItem(atPath: dir.file("a.txt"), toPath: dir.file("b.txt"))
        try DurableFile.move(from: dir.file("a.txt"), to: dir.file("b.txt"))
        #expect(names(in: dir.path) == ["b.txt", "dst.txt"])
    }

    @Test func moveOntoItselfKeepsTheFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write("only copy", to: dir.file("a.txt"))
        try DurableFile.move(from: dir.file("a.txt"), to: dir.path + "/./a.txt")
        #expect(contents(dir.file("a.txt")) == "only copy")
    }

    @Test func moveOfMissingSourceNamesTheSource() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let error = #expect(throws: DurableIOError.self) {
            try DurableFile.move(from: dir.file("nope.txt"), to: dir.file("dst.txt"))
        }
        #expect(error?.errno == .noSuchFileOrDirectory)
        #expect(error?.path == dir.file("nope.txt"))
    }

    /// /dev/shm (tmpfs) and the temp directory are different file systems on these machines.
    static let crossDeviceAvailable: Bool = {
        guard let shm = device("/dev/shm"), let tmp = device(NSTemporaryDirectory()) else {
            return false
        }
        return shm != tmp && FileManager.default.isWritableFile(atPath: "/dev/shm")
    }()

    @Test(.enabled(if: crossDeviceAvailable, "/dev/shm and the temp directory share a file system"))
    func moveAcrossFileSystems() throws {
        let source = try TemporaryDirectory(in: "/dev/shm")
        defer { source.remove() }
        let destination = try TemporaryDirectory()
        defer { destination.remove() }
        let payload = String(repeating: "0123456789abcdef", count: 10_000)  // > one 64 KiB chunk
        try write(payload, to: source.file("in.txt"))
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o640], ofItemAtPath: source.file("in.txt"))
        try DurableFile.move(from: source.file("in.txt"), to: destination.file("archive/in.txt"))
        #expect(contents(destination.file("archive/in.txt")) == payload)
        #expect(names(in: source.path).isEmpty)
        #expect(names(in: destination.file("archive")) == ["in.txt"])
        let mode = try FileManager.default.attributesOfItem(
            atPath: destination.file("archive/in.txt"))[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o640)

        // Across file systems too, an existing different destination is never overwritten.
        try write("other", to: source.file("in.txt"))
        let error = #expect(throws: DurableIOError.self) {
            try DurableFile.move(from: source.file("in.txt"), to: destination.file("archive/in.txt"))
        }
        #expect(error?.isDestinationExists == true)
        #expect(contents(source.file("in.txt")) == "other")
        #expect(names(in: destination.file("archive")) == ["in.txt"])
        try DurableFile.move(
            from: source.file("in.txt"), to: destination.file("archive/in.txt"), replace: true)
        #expect(contents(destination.file("archive/in.txt")) == "other")
        #expect(names(in: source.path).isEmpty)
        #expect(names(in: destination.file("archive")) == ["in.txt"])
    }
}

@Suite("StateLock")
struct StateLockUnitTests {
    @Test func theNextHolderLearnsWhetherTheLastOneExitedCleanly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try StateLock(directory: dir.path)
        #expect(!first.previousHolderExitedCleanly, "a new lock file: nothing known")
        first.release()
        let second = try StateLock(directory: dir.path)
        #expect(second.previousHolderExitedCleanly)
        second.release()
        // A holder killed with the lock held leaves its pid recorded.
        try write("4242               \n", to: dir.file(StateLock.fileName))
        #expect(!(try StateLock(directory: dir.path)).previousHolderExitedCleanly)
    }

    @Test func aSecondLockOnTheSameDirectoryIsRefusedUntilTheFirstIsReleased() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try StateLock(directory: dir.path)
        #expect(throws: StateLockError.held(directory: dir.path, pid: Int(getpid()))) {
            _ = try StateLock(directory: dir.path)
        }
        first.release()
        // A child another test forks in this process between our open and release keeps a copy of
        // the descriptor (and so the flock) until it execs (O_CLOEXEC closes it then): the lock is
        // free again once that child has exec'd, which under load may take a while.
        var again: StateLock?
        for _ in 0..<200 where again == nil {
            again = try? StateLock(directory: dir.path)
            if again == nil { usleep(50_000) }
        }
        let held = try #require(again, "the lock was not free again within 10 s of its release")
        held.release()
        #expect(names(in: dir.path) == [StateLock.fileName])
    }

    @Test func theRefusalSaysWhoAndWhatToDo() {
        let text = StateLockError.held(directory: "/var/lib/presswatch", pid: 42).description
        #expect(text.contains("pid 42"))
        #expect(text.contains("/var/lib/presswatch"))
        #expect(text.contains("systemctl stop presswatch"))
    }
}

