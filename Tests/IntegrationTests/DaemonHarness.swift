import Foundation
import Glibc
import TestSupport
import Testing

/// Runs the real `presswatch` binary against a temporary inbox and state directory, with a
/// `NotifyRecorder` as `NOTIFY_SOCKET`. Everything lives under one temp directory, removed by `cleanUp()`.
/// The daemon is a `ChildProcess`: it inherits no descriptor of the test process (see there why
/// that hung tests), and every wait on it has a deadline that records an issue saying what it
/// waited for.
final class DaemonHarness {
    let root: String
    let inbox: String
    let state: String
    let notify: NotifyRecorder
    private(set) var process: ChildProcess?
    private let logPath: String

    init() throws {
        root = NSTemporaryDirectory() + "presswatch-it-" + UUID().uuidString.prefix(8)
        inbox = root + "/inbox"
        state = root + "/var"
        logPath = root + "/daemon.log"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        notify = try NotifyRecorder(directory: root)
    }

    static var binary: String {
        if let explicit = ProcessInfo.processInfo.environment["PRESSWATCH_BINARY"] { return explicit }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("presswatch").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot + "/.build/debug/presswatch"
    }

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    static var seed: String { packageRoot + "/seeds/000_c270c34a5fa5b89e.txt" }

    func start(extraArguments: [String] = [], environment extra: [String: String] = [:]) throws {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PRESSWATCH_") }
        environment["NOTIFY_SOCKET"] = notify.path
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        process = try ChildProcess(Self.binary, ["run", "--inbox", inbox, "--state", state] + extraArguments,
                                   environment: environment, stdout: .file(logPath), stderr: .file(logPath))
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) {
        process?.signal(number)
    }

    /// Waits for the daemon to exit and returns its status; after `timeout` seconds it records
    /// an issue naming the wait and the log, kills the daemon and returns nil.
    func waitForExit(timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) -> Int32? {
        guard let process else { return nil }
        do {
            return try process.wait(timeout: timeout, for: "the daemon to exit")
        } catch {
            Issue.record("\(error)\nlog:\n\(log)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Writes `bytes` to a sibling folder, then renames it into the inbox (what a careful dropper does).
    func drop(_ name: String, bytes: [UInt8]) throws {
        let staging = root + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: staging + "/" + name))
        guard rename(staging + "/" + name, inbox + "/" + name) == 0 else { throw POSIXError(.EIO) }
    }

    func dropSeed(as name: String = "seed.txt") throws {
        try drop(name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.seed))))
    }

    /// The parsed index.json (the manifest), or nil if missing or unparseable.
    func index() -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: state + "/index.json") else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// Every entry of the published index, read as docs/index-format.md says: the manifest,
    /// then each shard's changes in order, the last change of an id winning (null: removed).
    var articles: [[String: Any]] {
        guard let manifest = index(), let shards = manifest["shards"] as? [[String: Any]] else { return [] }
        var order: [String] = []
        var entries: [String: [String: Any]] = [:]
        for shard in shards {
            guard let path = shard["path"] as? String,
                let data = FileManager.default.contents(atPath: state + "/" + path),
                let document = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                let changes = document["changes"] as? [[String: Any]]
            else { return [] }
            for change in changes {
                guard let id = change["id"] as? String else { continue }
                order.removeAll { $0 == id }
                entries[id] = change["entry"] as? [String: Any]
                if entries[id] != nil { order.append(id) }
            }
        }
        return order.compactMap { entries[$0] }
    }

    /// Polls `condition` every 20 ms until it holds or `timeout` passes.
    func eventually(timeout: Double = 30, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    func cleanUp() {
        if let process, !process.killAndReap() {
            Issue.record("the daemon \(process.command) (pid \(process.pid)) was not reaped within 10 s of SIGKILL")
        }
        notify.close()
        try? FileManager.default.removeItem(atPath: root)
    }
}
