import Foundation
import Glibc

/// Parses one file in a child process, to learn whether the parser dies on it without risking
/// the daemon (poison quarantine, `ParseMarkers`). The only place the daemon starts processes.
///
/// The child is the running executable itself (`/proc/self/exe`, which works even after an
/// upgrade replaced the file on disk) as `presswatch parse -- <path>`, with standard input and
/// output on `/dev/null`, without systemd's `NOTIFY_SOCKET`/`WATCHDOG_*` variables and with
/// Swift's crash backtracer off (`SWIFT_BACKTRACE=enable=no`: it would catch a signal, print to
/// `/dev/null`, and could even let the process go on after one sent by `kill`). Its
/// verdict: it ended by itself (whatever its exit status: a file it cannot read or that is not an
/// article is the daemon's own reader's business) → `.survived`; killed by a signal (a crash, an
/// abort, the kernel's OOM killer) → `.died`; still running after `budget` → killed, `.overBudget`;
/// could not be started → `.unavailable` (the caller parses in-process, as without the check).
///
/// Blocking: call it on a worker thread. Never throws. A daemon killed during the check leaves
/// the child to finish its parse on its own (it writes nothing but to `/dev/null`); under systemd
/// (`KillMode=control-group`) it is killed with the daemon.
struct IsolatedParseCheck: Sendable {
    enum Verdict: Equatable, Sendable {
        case survived
        case died(signal: Int32)
        case overBudget
        case unavailable(String)
    }

    /// The program and the arguments that parse `path` (tests use a shell).
    var command: @Sendable (_ path: String) -> (executable: String, arguments: [String])

    init(command: @escaping @Sendable (_ path: String) -> (executable: String, arguments: [String]) = { path in
        ("/proc/self/exe", ["presswatch", "parse", "--", path])
    }) {
        self.command = command
    }

    func check(path: String, budget: Duration) -> Verdict {
        let (executable, arguments) = command(path)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let environment = ProcessInfo.processInfo.environment
            .filter { !["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID"].contains($0.key) }
            .filter { $0.key != "SWIFT_BACKTRACE" }
            .map { "\($0.key)=\($0.value)" } + ["SWIFT_BACKTRACE=enable=no"]
        // Default dispositions and no blocked signal in the child, whatever the daemon set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = Self.withCStrings(arguments) { argv in
            Self.withCStrings(environment) { envp in posix_spawn(&pid, executable, &actions, &attributes, argv, envp) }
        }
        guard status == 0 else { return .unavailable("cannot start \(executable): \(String(cString: strerror(status)))") }
        return wait(for: pid, budget: budget)
    }

    /// Polls the child (1 ms, growing to 20 ms between looks) until it ends or `budget` passes.
    private func wait(for pid: pid_t, budget: Duration) -> Verdict {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: budget)
        var pause: Duration = .milliseconds(1)
        while true {
            var status: Int32 = 0
            let ended = waitpid(pid, &status, WNOHANG)
            if ended == pid { return Self.verdict(status) }
            if ended < 0 && errno != EINTR { return .unavailable("cannot wait for the check: \(String(cString: strerror(errno)))") }
            if clock.now >= deadline {
                kill(pid, SIGKILL)
                var reaped: Int32 = 0
                while waitpid(pid, &reaped, 0) < 0 && errno == EINTR {}
                return .overBudget
            }
            Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18)
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    /// `signal 11, Segmentation fault`.
    static func describe(signal: Int32) -> String {
        guard let text = strsignal(signal) else { return "signal \(signal)" }
        return "signal \(signal), " + String(cString: text)
    }

    /// `WIFSIGNALED`/`WTERMSIG` (macros Swift does not import).
    private static func verdict(_ status: Int32) -> Verdict {
        let signal = status & 0x7f
        return signal != 0 && signal != 0x7f ? .died(signal: signal) : .survived
    }

    /// `strings` as a NULL-terminated `char *[]` for the duration of `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
