import Glibc

/// What a finished child wrote and how it ended.
public struct ChildOutput: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

extension ChildProcess {
    /// Runs a program to its end, draining stdout and stderr as it writes (so it never blocks on
    /// a full pipe), and returns its status and output.
    ///
    /// Throws `ChildProcessError` if it does not end within `timeout` seconds (its process group
    /// is killed), or if it ended but its stdout or stderr stays open for 5 s more (a process it
    /// started holds them: give that one /dev/null or a file instead; what is left of the child's
    /// process group is then killed); the message names the
    /// command, what was waited for and the output so far.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           timeout: Double = 120) throws -> ChildOutput {
        let child = try ChildProcess(executable, arguments, environment: environment, stdout: .pipe, stderr: .pipe)
        return try child.readOutput(timeout: timeout)
    }

    /// Reads the `.pipe` streams to their end and reaps the child, within `timeout` seconds
    /// (see `run`). Call it once.
    public func readOutput(timeout: Double) throws -> ChildOutput {
        let deadline = Self.now() + timeout
        var pending = [stdoutPipe, stderrPipe].map { $0 ?? -1 }
        var collected: [[UInt8]] = [[], []]
        var exitedAt: Double?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let status = exitStatus()
            if status != nil && exitedAt == nil { exitedAt = Self.now() }
            if let status, pending.allSatisfy({ $0 < 0 }) {
                return ChildOutput(status: status, stdout: String(decoding: collected[0], as: UTF8.self),
                                   stderr: String(decoding: collected[1], as: UTF8.self))
            }
            let sofar = "\nstdout so far:\n\(String(decoding: collected[0], as: UTF8.self))"
                + "\nstderr so far:\n\(String(decoding: collected[1], as: UTF8.self))"
            if let exitedAt, Self.now() > exitedAt + 5 {
                kill(-pid, SIGKILL)
                throw ChildProcessError("\(command) (pid \(pid)) exited with status \(status ?? -1), but its "
                    + "\(pending[0] >= 0 ? "stdout" : "stderr") was still open 5 s later while waiting for the end of its output: "
                    + "a process it started holds it (killed what was left of its process group).\(sofar)")
            }
            if Self.now() > deadline {
                let reapedAfterKill = killAndReap()
                throw ChildProcessError("\(command) (pid \(pid)) did not finish within \(Self.seconds(timeout)) while waiting for "
                    + (exitedAt == nil ? "it to exit" : "the end of its output")
                    + "; killed it\(reapedAfterKill ? "" : ", but it was not reaped within 10 s").\(sofar)")
            }
            var fds = pending.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), 50)
            if ready < 0 && errno != EINTR { throw ChildProcessError("poll on the output of \(command): \(Self.errnoText())") }
            guard ready > 0 else { continue }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[index] += buffer[0..<count]
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    pending[index] = -1
                }
            }
        }
    }
}
