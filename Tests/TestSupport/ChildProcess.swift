import CTestSpawn
import Glibc
import Synchronization

/// A child process for tests, started with `posix_spawn`, that inherits **no descriptor** of the
/// test process besides the three it is given (stdin, stdout, stderr), and whose every wait has a
/// deadline.
///
/// Why not Foundation's `Process` or `system(3)`: all test targets run in one process, many
/// tests at once. Foundation's `Pipe` is made without close-on-exec, and `Process` learns that a
/// child exited only when every copy of a socket it hands the child is closed; a child spawned
/// by another thread in the window between the two (or by `system(3)`, which closes nothing, as
/// `pg_ctl start` was) inherits those descriptors. A daemon or PostgreSQL server that inherited
/// them keeps them open as long as it runs, so `waitUntilExit()` never returned for a child that
/// was already a zombie, and `readDataToEndOfFile()` never saw the end of a pipe. Here the pipes
/// are close-on-exec and the child closes every descriptor from 3 up
/// (`posix_spawn_file_actions_addclosefrom_np`), and exit is learnt from `waitpid`, not from a
/// descriptor.
///
/// Failure behaviour: a wait that passes its deadline kills the child's process group (SIGKILL),
/// reaps it, and throws a `ChildProcessError` that names the command and what was waited for.
public final class ChildProcess: Sendable {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable {
        /// /dev/null.
        case null
        /// A file, created or truncated (stdout and stderr to the same path share one descriptor).
        case file(String)
        /// A pipe the test reads (`readOutput`, `run`).
        case pipe
    }

    public let pid: pid_t
    /// The command line, for messages.
    public let command: String
    /// The read ends of the stdout and stderr pipes (`.pipe` only), close-on-exec.
    public let stdoutPipe: Int32?
    public let stderrPipe: Int32?
    private let reaped = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments` (argv[0] is `executable`) in a process group of its
    /// own; `environment` nil inherits the test process's. Throws if the spawn fails.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                stdout: Stream = .null, stderr: Stream = .null) throws {
        command = ([executable] + arguments).joined(separator: " ")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var toClose: [Int32] = []
        defer { for fd in toClose { close(fd) } }
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        guard null >= 0 else { throw ChildProcessError("cannot open /dev/null for \(command): \(Self.errnoText())") }
        toClose.append(null)
        posix_spawn_file_actions_adddup2(&actions, null, 0)

        var readEnds: [Int32?] = [nil, nil]
        var fileFds: [String: Int32] = [:]
        for (index, stream) in [stdout, stderr].enumerated() {
            let target = Int32(index + 1)
            switch stream {
            case .null:
                posix_spawn_file_actions_adddup2(&actions, null, target)
            case .file(let path):
                let fd = fileFds[path] ?? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
                guard fd >= 0 else { throw ChildProcessError("cannot open \(path) for \(command): \(Self.errnoText())") }
                if fileFds[path] == nil { fileFds[path] = fd; toClose.append(fd) }
                posix_spawn_file_actions_adddup2(&actions, fd, target)
            case .pipe:
                var fds: [Int32] = [0, 0]
                guard presswatch_test_pipe_cloexec(&fds) == 0 else {
                    for case let fd? in readEnds { close(fd) }
                    throw ChildProcessError("cannot make a pipe for \(command): \(Self.errnoText())")
                }
                readEnds[index] = fds[0]
                toClose.append(fds[1])
                posix_spawn_file_actions_adddup2(&actions, fds[1], target)
            }
        }
        let closing = presswatch_test_addclosefrom(&actions, 3)
        guard closing == 0 else {
            for case let fd? in readEnds { close(fd) }
            throw ChildProcessError("cannot start \(command): addclosefrom: \(String(cString: strerror(closing)))")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let environmentLines = (environment ?? Self.currentEnvironment).map { "\($0.key)=\($0.value)" }
        var spawned = pid_t()
        let result = Self.withCStrings([executable] + arguments) { argv in
            Self.withCStrings(environmentLines) { envp in
                posix_spawn(&spawned, executable, &actions, &attributes, argv, envp)
            }
        }
        guard result == 0 else {
            for case let fd? in readEnds { close(fd) }
            throw ChildProcessError("cannot start \(command): \(String(cString: strerror(result)))")
        }
        pid = spawned
        stdoutPipe = readEnds[0]
        stderrPipe = readEnds[1]
    }

    deinit {
        if let stdoutPipe { close(stdoutPipe) }
        if let stderrPipe { close(stderrPipe) }
    }

    /// The exit status if the child has ended (it is then reaped), else nil. An exit gives its
    /// code; death by a signal gives 128 + the signal number, as a shell does; -1 if it was
    /// reaped by someone else (waitpid: ECHILD), so its status is unknown.
    public func exitStatus() -> Int32? {
        reaped.withLock { status in
            if let status { return status }
            var raw: Int32 = 0
            var result: pid_t
            repeat { result = waitpid(pid, &raw, WNOHANG) } while result == -1 && errno == EINTR
            if result == -1 && errno == ECHILD {
                status = -1  // reaped by someone else (SIGCHLD ignored?): gone, status unknown
                return status
            }
            guard result == pid else { return nil }
            let signal = raw & 0x7f
            status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
            return status
        }
    }

    public var isRunning: Bool { exitStatus() == nil }

    /// Sends `signal` to the child, unless it has already been reaped.
    public func signal(_ signal: Int32) {
        if isRunning { kill(pid, signal) }
    }

    /// Waits until the child exits and returns its status (see `exitStatus`). After `timeout`
    /// seconds the process group is killed and reaped, and it throws, naming `what` the test
    /// waited for.
    @discardableResult
    public func wait(timeout: Double, for what: String) throws -> Int32 {
        let deadline = Self.now() + timeout
        while Self.now() < deadline {
            if let status = exitStatus() { return status }
            usleep(10_000)
        }
        if let status = exitStatus() { return status }
        let reapedAfterKill = killAndReap()
        throw ChildProcessError("\(command) (pid \(pid)) did not exit within \(Self.seconds(timeout)) while waiting for \(what); "
            + (reapedAfterKill ? "killed it." : "killed it, but it was not reaped within 10 s either (stuck in the kernel?)."))
    }

    /// SIGKILL to the child's process group, then reaps it; false if it is still not reaped after 10 s.
    @discardableResult
    public func killAndReap() -> Bool {
        guard isRunning else { return true }
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        let deadline = Self.now() + 10
        while Self.now() < deadline {
            if exitStatus() != nil { return true }
            usleep(10_000)
        }
        return false
    }

    // MARK: - Helpers

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    private static var currentEnvironment: [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let line = entry.pointee {
            let text = String(cString: line)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}

/// A child that did not do what the test waited for in time, or could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
