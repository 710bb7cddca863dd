import ArticleIndex
import ArticleParsing
import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing

/// Runs `presswatch query`/`show` as a user would; builds state folders with the real store.
enum QueryHarness {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary to its end (stdout and stderr drained apart); throws, naming the command,
    /// if it has not finished within `timeout` seconds (`ChildProcess.run`).
    static func run(_ arguments: [String], environment extra: [String: String] = [:], timeout: Double = 120) throws -> Result {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PRESSWATCH_") }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        let output = try ChildProcess.run(DaemonHarness.binary, arguments, environment: environment, timeout: timeout)
        return Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// A state folder with `articles`, published in one batch by `ArticleStore`.
    static func state(_ articles: [Article]) throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-query-it-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let store = try ArticleStore(stateDirectory: URL(fileURLWithPath: path))
        for article in articles {
            _ = store.add(article, archivedPath: "archive/\(article.id).txt", originalName: "\(article.id).txt",
                          at: Date(timeIntervalSince1970: 1_771_234_567))
        }
        try store.flush(now: Date(timeIntervalSince1970: 1_771_234_567))
        return path
    }

    static func article(_ n: Int, title: String, language: String? = "fr", published: String? = "2026-02-16",
                        source: String? = "Agence Ecofin", places: [Place] = []) -> Article {
        let hex = String(n, radix: 16)
        return Article(
            id: String(repeating: "0", count: 16 - hex.count) + hex, title: title, authors: ["Aïcha Diallo"],
            source: source, site: "OSIRIS", published: published, language: language,
            lede: "Le plan couvre la Côte d’Ivoire.", body: ["Le plan couvre la Côte d’Ivoire.", "Suite du texte."],
            wordCount: 9, format: .text, places: places, keywords: ["routes"])
    }
}

/// `presswatch query --follow` running in the background, its output collected line by line
/// by a thread of its own (a `ChildProcess`: the pipe is the follower's alone).
final class FollowProcess {
    let process: ChildProcess
    private final class Buffer: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    private let output = Buffer()

    init(_ arguments: [String]) throws {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PRESSWATCH_") }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let process = try ChildProcess(DaemonHarness.binary, ["query", "--follow"] + arguments,
                                       environment: environment, stdout: .pipe, stderr: .null)
        self.process = process
        let sink = output
        Thread {
            guard let fd = process.stdoutPipe else { return }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                sink.bytes.withLock { $0.append(contentsOf: buffer[0..<count]) }
            }
        }.start()
    }

    /// Complete lines so far, parsed; a partial last line is left out.
    var lines: [[String: Any]] {
        let bytes = output.bytes.withLock { $0 }
        guard let end = bytes.lastIndex(of: 0x0A) else { return [] }
        return bytes[...end].split(separator: 0x0A).compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0))) as? [String: Any]
        }
    }

    /// Everything written, as text.
    var text: String { String(decoding: output.bytes.withLock { $0 }, as: UTF8.self) }

    func signal(_ number: Int32) { process.signal(number) }

    /// Waits for the exit; after `timeout` seconds records an issue naming the wait, kills the
    /// follower and returns nil.
    func waitForExit(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Int32? {
        do {
            return try process.wait(timeout: timeout, for: "query --follow to exit")
        } catch {
            Issue.record("\(error)\noutput:\n\(text)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
