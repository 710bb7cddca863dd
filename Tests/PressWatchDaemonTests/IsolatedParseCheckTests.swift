import ArticleParsing
import Foundation
import Glibc
import InboxWatcher
import Testing

@testable import PressWatchDaemon

/// Poison quarantine without false positives: a file being parsed when the daemon died is next
/// parsed in a separate process, and only that process's death sets it aside.
@Suite("IsolatedParseCheck: a suspect file parsed in a separate process")
struct IsolatedParseCheckTests {
    /// A check that runs `script` in /bin/sh instead of presswatch (`$1` is the path).
    static func shell(_ script: String) -> IsolatedParseCheck {
        IsolatedParseCheck { path in ("/bin/sh", ["sh", "-c", script, "sh", path]) }
    }

    @Test("the child's end decides: a normal exit (any status) survived, a signal died, too long is killed")
    func verdicts() {
        #expect(Self.shell("exit 0").check(path: "/x", budget: .seconds(30)) == .survived)
        #expect(Self.shell("exit 3").check(path: "/x", budget: .seconds(30)) == .survived)
        #expect(Self.shell("kill -SEGV $$").check(path: "/x", budget: .seconds(30)) == .died(signal: SIGSEGV))
        #expect(Self.shell("kill -ABRT $$").check(path: "/x", budget: .seconds(30)) == .died(signal: SIGABRT))
        let started = ContinuousClock.now
        #expect(Self.shell("exec sleep 30").check(path: "/x", budget: .milliseconds(200)) == .overBudget)
        #expect(ContinuousClock.now - started < .seconds(20))
        let missing = IsolatedParseCheck { _ in ("/nonexistent/presswatch", ["presswatch"]) }
        guard case .unavailable(let reason) = missing.check(path: "/x", budget: .seconds(5)) else {
            Issue.record("a missing program must be .unavailable")
            return
        }
        #expect(reason.contains("/nonexistent/presswatch"))
    }

    @Test("the child gets the path, /dev/null for its output, no NOTIFY_SOCKET and no crash backtracer")
    func childEnvironment() throws {
        let out = NSTemporaryDirectory() + "presswatch-check-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        setenv("NOTIFY_SOCKET", "/run/not-for-the-child", 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        let check = Self.shell("echo noise; printf '%s|%s|%s' \"$1\" \"${NOTIFY_SOCKET:-none}\" \"$SWIFT_BACKTRACE\" > \(out)")
        #expect(check.check(path: "/in/a b.txt", budget: .seconds(30)) == .survived)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "/in/a b.txt|none|enable=no")
        #expect(IsolatedParseCheck.describe(signal: SIGSEGV).hasPrefix("signal 11, "))
    }

    /// A folder with `inbox/p.txt` (an article) and markers that count it as a suspect.
    func suspectFile() throws -> (root: String, markers: ParseMarkers, contents: InboxFileContents) {
        let root = NSTemporaryDirectory() + "presswatch-suspect-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/inbox", withIntermediateDirectories: true)
        try ParseWorkersTests.article.write(toFile: root + "/inbox/p.txt", atomically: true, encoding: .utf8)
        let contents = try InboxFileReader.read(name: "p.txt", in: root + "/inbox", sizeLimit: 1 << 20)
        let markers = ParseMarkers(statePath: root + "/state")
        #expect(markers.recover().isEmpty)
        #expect(markers.begin(contents, slot: 0) != nil)  // the daemon died while parsing it
        #expect(markers.recover().isEmpty)  // once: not poison, a suspect
        #expect(markers.isSuspect(contents))
        return (root, markers, contents)
    }

    func prepare(_ root: String, _ markers: ParseMarkers, _ check: IsolatedParseCheck, parsedHere: ParseCount) async -> PreparedFile {
        let workers = ParseWorkers(width: 2, markers: markers, check: check) { bytes, name throws(ArticleParseError) in
            parsedHere.add()
            return try ArticleParser().parse(bytes, fileName: name)
        }
        let results = await workers.prepare(
            ParseRequest(names: ["p.txt"], inbox: root + "/inbox", sizeLimit: 1 << 20, budget: .seconds(30)),
            shouldStop: { false })
        return results[0]
    }

    @Test("a suspect whose separate parse dies is answered killedParser, never parsed in the daemon")
    func suspectThatKillsTheParser() async throws {
        let (root, markers, _) = try suspectFile()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let parsedHere = ParseCount()
        let result = await prepare(root, markers, Self.shell("kill -SEGV $$"), parsedHere: parsedHere)
        guard case .killedParser(let contents, let signal) = result else {
            Issue.record("expected killedParser, got \(result)")
            return
        }
        #expect(contents.name == "p.txt")
        #expect(signal == SIGSEGV)
        #expect(parsedHere.value == 0)
    }

    @Test("a suspect whose separate parse survives is cleared, then parsed in the daemon; others are not checked")
    func innocentSuspect() async throws {
        let (root, markers, contents) = try suspectFile()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let calls = NSTemporaryDirectory() + "presswatch-calls-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: calls) }
        let check = Self.shell("echo \"$1\" >> \(calls)")
        let parsedHere = ParseCount()
        let result = await prepare(root, markers, check, parsedHere: parsedHere)
        guard case .parsed(_, let article) = result else {
            Issue.record("expected parsed, got \(result)")
            return
        }
        #expect(article.title.hasPrefix("Kigali"))
        #expect(parsedHere.value == 1)
        #expect(!markers.isSuspect(contents))
        // Cleared: the next parse of it (or of any file) needs no check.
        _ = await prepare(root, markers, check, parsedHere: parsedHere)
        #expect(try String(contentsOfFile: calls, encoding: .utf8) == root + "/inbox/p.txt\n")
        #expect(parsedHere.value == 2)
    }

    @Test("a suspect that cannot be checked is parsed in the daemon and stays a suspect; a second death sets it aside")
    func uncheckableSuspect() async throws {
        let (root, markers, contents) = try suspectFile()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let missing = IsolatedParseCheck { _ in ("/nonexistent/presswatch", ["presswatch"]) }
        let parsedHere = ParseCount()
        let result = await prepare(root, markers, missing, parsedHere: parsedHere)
        if case .parsed = result {} else { Issue.record("expected parsed, got \(result)") }
        #expect(parsedHere.value == 1)
        #expect(markers.isSuspect(contents))
        #expect(markers.begin(contents, slot: 1) != nil)  // and the daemon dies again while parsing it
        #expect(markers.recover() == [ParseMarkers.Suspect(contents)])
    }
}

/// How many parses ran in the daemon (the parse closure runs on worker threads).
final class ParseCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
