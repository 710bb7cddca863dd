import Foundation
import Glibc
import TestSupport
import Testing

/// The test helper that starts every child process of the tests: nothing of the test process
/// leaks into a child, and each way a wait could hang ends as a failure that says why.
struct ChildProcessTests {
    /// A descriptor the test process holds without close-on-exec (as Foundation's `Pipe` makes
    /// them) is not in the child.
    @Test func aChildInheritsNoDescriptorOfTheTestProcess() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let inode = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fds[1])")
        let listing = try ChildProcess.run("/bin/sh", ["-c", "ls -l /proc/$$/fd/; true"], timeout: 60)
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.contains("/dev/null"), "\(listing.stdout)")
        #expect(!listing.stdout.contains(inode), "the child holds the test's \(inode):\n\(listing.stdout)")
    }

    @Test func aWaitPastItsDeadlineKillsTheChildAndSaysWhatItWaitedFor() throws {
        let child = try ChildProcess("/bin/sleep", ["60"])
        let error = #expect(throws: ChildProcessError.self) { try child.wait(timeout: 0.3, for: "sleep to end") }
        #expect(error?.description.contains("/bin/sleep 60") == true && error?.description.contains("while waiting for sleep to end") == true,
                "\(String(describing: error))")
        #expect(!child.isRunning)
    }

    /// The child exits but a process it started keeps its stdout open: the read ends with a
    /// failure that says so, instead of waiting for an end of file that does not come.
    @Test func outputHeldOpenByAGrandchildIsAFailureNotAHang() throws {
        let started = ChildProcess.now()
        let error = #expect(throws: ChildProcessError.self) {
            try ChildProcess.run("/bin/sh", ["-c", "sleep 300 & echo started"], timeout: 120)
        }
        #expect(error?.description.contains("a process it started holds it") == true, "\(String(describing: error))")
        #expect(error?.description.contains("started") == true)
        #expect(ChildProcess.now() - started < 120)
    }

    /// More than a pipe's buffer on both streams: both are drained while the child writes.
    @Test func largeOutputOnBothStreamsIsReadWhole() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "head -c 1000000 /dev/zero | tr '\\0' a; head -c 1000000 /dev/zero | tr '\\0' b >&2"],
                                          timeout: 60)
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count == 1_000_000 && result.stderr.utf8.count == 1_000_000)
    }
}
